/**
 * Words for the catalog's enums (delivery, credential, schedule, accreditation
 * status) and program facts, shared by <ma-program-compare> and
 * <ma-get-matched> so that both say "On campus" the same way.
 */
import type { Program } from '../catalog/schema.js';
import { defineMessages } from '../i18n/messages.js';
import { formatMoney } from '../i18n/format.js';
import { localize, type Locale } from '../i18n/lang.js';
import { formatMonths } from '../careers/time.js';

export const labels = defineMessages('program-labels', {
  en: {
    online: 'Online',
    hybrid: 'Hybrid',
    campus: 'On campus',
    certificate: 'Certificate',
    diploma: 'Diploma',
    associate: 'Associate degree',
    bachelor: "Bachelor's degree",
    day: 'Days',
    evening: 'Evenings',
    weekend: 'Weekends',
    'part-time': 'Part-time',
    accredited: 'accredited',
    initial: 'initial accreditation',
    probation: 'on probation',
    sponsored: 'Sponsored',
    program: 'whole program',
    year: 'per year',
  },
  es: {
    online: 'En línea',
    hybrid: 'Híbrido',
    campus: 'Presencial',
    certificate: 'Certificado',
    diploma: 'Diploma',
    associate: 'Título asociado',
    bachelor: 'Licenciatura',
    day: 'De día',
    evening: 'Por la noche',
    weekend: 'Fines de semana',
    'part-time': 'Medio tiempo',
    accredited: 'acreditado',
    initial: 'acreditación inicial',
    probation: 'en período de prueba',
    sponsored: 'Patrocinado',
    program: 'programa completo',
    year: 'por año',
  },
});

/** The label of an enum value (`online`, `associate`, `evening`…). */
export const label = (value: string, locale: Locale): string => ((labels(locale) as Record<string, unknown>)[value] as string) ?? value;

/** "$12,900 (whole program)", "$8,200 (per year, in-state rate)"; undefined when tuition is not reported. */
export function tuitionText(p: Program, locale: Locale): string | undefined {
  const t = p.tuition;
  if (!t) return undefined;
  const note = t.note && localize(t.note, locale);
  return `${formatMoney(t.amount, locale, { currency: t.currency })} (${label(t.covers, locale)}${note ? `, ${note}` : ''})`;
}

/** "9–12 months", "1 month", "2 years": the program's length, through the one month formatter. */
export const monthsText = (p: Program, locale: Locale): string => formatMonths(p.lengthMonths, locale);

const names = new Map<string, Intl.DisplayNames>();
/** "Spanish" / "español" for "es", through Intl. */
export function languageName(code: string, locale: Locale): string {
  let n = names.get(locale);
  if (!n) names.set(locale, (n = new Intl.DisplayNames([locale], { type: 'language' })));
  // The schema accepts codes Intl rejects (RangeError on "es-a1"): show the code itself.
  try {
    return n.of(code) ?? code;
  } catch {
    return code;
  }
}
