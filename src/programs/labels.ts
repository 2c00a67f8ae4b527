/**
 * Words for the catalog's enums (delivery, credential, schedule, accreditation
 * status, school type) and program facts (tuition, length, graduates, where
 * each fact comes from), shared by every program widget so that all of them
 * say "On campus" the same way.
 */
import type { Catalog, Program } from '../catalog/schema.js';
import { defineMessages } from '../i18n/messages.js';
import { formatDate, formatMoney, formatNumber } from '../i18n/format.js';
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
    public: 'Public',
    nonprofit: 'Private nonprofit',
    'for-profit': 'Private for-profit',
    awardLevel: (months: string) => `${months} (the usual length for this award level, not a figure from the school)`,
    graduates: (n: string, count: number, year: string) => `${n} ${count === 1 ? 'graduate' : 'graduates'} in ${year}`,
    and: 'and',
    checked: (date: string) => `checked ${date}`,
    catalogChecked: (title: string, date: string) => `${title}, checked ${date}`,
    fact: (f: string) => ({
      name: 'name', institution: 'school', location: 'location', delivery: 'how classes are taught', credential: 'credential',
      lengthMonths: 'length', tuition: 'tuition', accreditation: 'accreditation', contactHours: 'hours',
      externshipHours: 'externship hours', schedule: 'class times', languages: 'languages', outcomes: 'outcomes',
      completions: 'graduates', url: 'web page', sponsored: 'sponsorship', onlineStates: 'states accepted',
    } as Record<string, string>)[f] ?? f,
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
    public: 'Pública',
    nonprofit: 'Privada sin fines de lucro',
    'for-profit': 'Privada con fines de lucro',
    awardLevel: (months: string) => `${months} (la duración habitual de este nivel de título, no un dato de la escuela)`,
    graduates: (n: string, count: number, year: string) => `${n} ${count === 1 ? 'graduado' : 'graduados'} en ${year}`,
    and: 'y',
    checked: (date: string) => `revisado el ${date}`,
    catalogChecked: (title: string, date: string) => `${title}, revisado el ${date}`,
    fact: (f: string) => ({
      name: 'nombre', institution: 'escuela', location: 'ubicación', delivery: 'modalidad', credential: 'título',
      lengthMonths: 'duración', tuition: 'matrícula', accreditation: 'acreditación', contactHours: 'horas',
      externshipHours: 'horas de prácticas', schedule: 'horario', languages: 'idiomas', outcomes: 'resultados',
      completions: 'graduados', url: 'página web', sponsored: 'patrocinio', onlineStates: 'estados aceptados',
    } as Record<string, string>)[f] ?? f,
  },
});

/** The label of an enum value (`online`, `associate`, `evening`…). */
export const label = (value: string, locale: Locale): string => ((labels(locale) as Record<string, unknown>)[value] as string) ?? value;

/** A note that continues a sentence: "Books, uniform…" -> "books, uniform…", but "CMA fee…" stays. */
export function midSentence(note: string): string {
  return /^\p{Lu}\p{Ll}/u.test(note) ? note[0].toLowerCase() + note.slice(1) : note;
}

/** "$12,900 (whole program, books, uniform…)", "$8,200 (per year, in-state rate)"; undefined when tuition is not reported. */
export function tuitionText(p: Program, locale: Locale): string | undefined {
  const t = p.tuition;
  if (!t) return undefined;
  const covers = label(t.covers, locale);
  let note = t.note && midSentence(localize(t.note, locale).trim());
  // "per year" followed by "per academic year, …" says it twice: keep the catalog's more precise words.
  const lead = note?.toLowerCase().startsWith(covers.toLowerCase().split(' ')[0] + ' ');
  const inner = note ? (lead ? note : `${covers}, ${note}`) : covers;
  return `${formatMoney(t.amount, locale, { currency: t.currency })} (${inner})`;
}

/** "9–12 months", "1 month", "2 years": the program's length, through the one month formatter. */
export const monthsText = (p: Program, locale: Locale): string => formatMonths(p.lengthMonths, locale);

/** The length, saying when it is the award level's band (IPEDS) rather than the school's own figure. */
export function lengthText(p: Program, locale: Locale): string {
  const months = monthsText(p, locale);
  return p.lengthMonths.basis === 'award-level' ? labels(locale).awardLevel(months) : months;
}

/** "Public", "Private nonprofit", "Private for-profit"; undefined when not reported. */
export const controlText = (p: Program, locale: Locale): string | undefined => p.institution.control && label(p.institution.control, locale);

/** "37 graduates in 2023-24" (the newest year; 0 is said as 0); undefined when not reported. */
export function graduatesText(p: Program, locale: Locale): string | undefined {
  const c = p.completions?.[0];
  return c && labels(locale).graduates(formatNumber(c.awards, locale), c.awards, c.year);
}

/** "a, b and c" / "a, b y c". */
export function andList(items: readonly string[], locale: Locale): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${labels(locale).and} ${items.at(-1)}`;
}

/**
 * Where a program's facts come from, one part per source, as the card and the comparison both say it:
 * "location and graduates: IPEDS 2023-24", "tuition: the school, checked Oct 1, 2026" (a figure
 * checked on a date is dated by that, a dataset by its vintage). Without `provenance`, the catalog
 * itself is the source: "<title>, checked <date>". Never empty.
 */
export function sourceParts(p: Program, catalog: Catalog, locale: Locale): string[] {
  const w = labels(locale);
  if (!p.provenance?.length) return [w.catalogChecked(localize(catalog.meta.title, locale), formatDate(p.verified, locale, 'short'))];
  return p.provenance.map((e) => {
    const s = catalog.meta.sources.find((x) => x.id === e.source);
    const name = s ? localize(s.name, locale) : e.source;
    const vintage = s && !e.checked && !name.includes(s.vintage) ? ` ${s.vintage}` : '';
    const checked = e.checked ? `, ${w.checked(formatDate(e.checked, locale, 'short'))}` : '';
    return `${andList(e.fields.map((f) => w.fact(f)), locale)}: ${name}${vintage}${checked}`;
  });
}

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
