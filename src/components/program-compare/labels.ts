/**
 * Words for the catalog's enums (delivery, credential, schedule, accreditation
 * status) and program facts, shared by <ma-program-compare> and
 * <ma-get-matched> so that both say "On campus" the same way.
 */
import type { Program } from '../../catalog/schema.js';
import { defineMessages } from '../../i18n/messages.js';
import { formatMoney, formatNumber } from '../../i18n/format.js';
import type { Locale } from '../../i18n/lang.js';

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
    months: (min: string, max: string) => (min === max ? `${min} months` : `${min}–${max} months`),
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
    months: (min: string, max: string) => (min === max ? `${min} meses` : `${min}–${max} meses`),
  },
});

/** The label of an enum value (`online`, `associate`, `evening`…). */
export const label = (value: string, locale: Locale): string => ((labels(locale) as Record<string, unknown>)[value] as string) ?? value;

/** "$12,900 (whole program)"; undefined when tuition is not reported. */
export function tuitionText(p: Program, locale: Locale): string | undefined {
  const t = p.tuition;
  return t && `${formatMoney(t.amount, locale, { currency: t.currency })} (${label(t.covers, locale)})`;
}

export const monthsText = (p: Program, locale: Locale): string => labels(locale).months(formatNumber(p.lengthMonths.min, locale, 1), formatNumber(p.lengthMonths.max, locale, 1));

const names = new Map<string, Intl.DisplayNames>();
/** "Spanish" / "español" for "es", through Intl. */
export function languageName(code: string, locale: Locale): string {
  let n = names.get(locale);
  if (!n) names.set(locale, (n = new Intl.DisplayNames([locale], { type: 'language' })));
  return n.of(code) ?? code;
}
