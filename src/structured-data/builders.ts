/**
 * schema.org JSON-LD built from the catalog: FAQPage (the FAQ), HowTo (the
 * steps), Occupation with its estimated salary (outlook, salary table) and an
 * ItemList of EducationalOccupationalProgram (a finder's first page). Pure
 * functions, typed with schema-dts (types only: nothing of it is bundled).
 *
 * Only catalog data goes in, in the widget's language; a value the catalog
 * does not hold is left out rather than guessed (no empty string, no
 * undefined, no zero for "not reported"). `serializeJsonLd` writes it safely.
 */
import type {
  EducationalOccupationalProgram,
  FAQPage,
  Graph,
  HowTo,
  ItemList,
  MonetaryAmountDistribution,
  Occupation as LdOccupation,
  Offer,
  WithContext,
} from 'schema-dts';
import type { Catalog, Occupation, Pay, Program } from '../catalog/schema.js';
import { localize, type Locale } from '../i18n/lang.js';
import { newest } from '../careers/pay.js';

const CONTEXT = 'https://schema.org' as const;

/** The catalog text in `locale`, trimmed; undefined when there is none. */
function text(value: Parameters<typeof localize>[0], locale: Locale): string | undefined {
  const t = localize(value, locale).trim();
  return t || undefined;
}

/** A copy without the keys whose value is undefined, so optional facts that are absent are simply not said. */
function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** FAQPage: every question with its accepted answer. Undefined when the catalog has none. */
export function faqPageLd(catalog: Catalog, locale: Locale): WithContext<FAQPage> | undefined {
  const items = (catalog.faq ?? []).flatMap((f) => {
    const name = text(f.question, locale);
    const answer = text(f.answer, locale);
    return name && answer ? [{ '@type': 'Question' as const, name, acceptedAnswer: { '@type': 'Answer' as const, text: answer } }] : [];
  });
  if (!items.length) return undefined;
  return { '@context': CONTEXT, '@type': 'FAQPage', inLanguage: locale, mainEntity: items };
}

/** HowTo: the steps in order, each a HowToStep with its name and text. `name` is what the steps lead to. */
export function howToLd(catalog: Catalog, locale: Locale, name: string): WithContext<HowTo> | undefined {
  const steps = (catalog.steps ?? []).flatMap((s) => {
    const title = text(s.title, locale);
    const body = text(s.body, locale);
    return title && body ? [{ title, body }] : [];
  });
  if (!steps.length || !name.trim()) return undefined;
  return {
    '@context': CONTEXT,
    '@type': 'HowTo',
    name: name.trim(),
    inLanguage: locale,
    step: steps.map((s, i) => ({ '@type': 'HowToStep' as const, position: i + 1, name: s.title, text: s.body })),
  };
}

/** ISO 8601 duration of a pay period. */
const DURATION = { annual: 'P1Y', hourly: 'PT1H' } as const;

/**
 * The newest pay set that reports a median, as a MonetaryAmountDistribution
 * (`name: "base"`, currency, duration, median and the percentiles it has),
 * with its source and vintage in `description`.
 */
export function salaryDistribution(catalog: Catalog, pay: Pay, locale: Locale): MonetaryAmountDistribution {
  const source = catalog.meta.sources.find((s) => s.id === pay.source);
  const sourceName = source ? text(source.name, locale) : undefined;
  return defined({
    '@type': 'MonetaryAmountDistribution' as const,
    name: 'base',
    currency: pay.currency ?? 'USD',
    duration: DURATION[pay.period],
    percentile10: pay.p10,
    percentile25: pay.p25,
    median: pay.median,
    percentile75: pay.p75,
    percentile90: pay.p90,
    // "OEWS, May 2025" already says its vintage; do not say it twice.
    description: sourceName?.includes(pay.vintage) ? sourceName : `${sourceName ?? pay.source}, ${pay.vintage}`,
  });
}

/** The pay set an Occupation's estimatedSalary uses: the newest with a median, preferring one with percentiles on a tie. */
export function salaryPay(occupation: Occupation): Pay | undefined {
  return newest((occupation.pay ?? []).filter((p) => p.median != null));
}

/**
 * Occupation: name, SOC code (`occupationalCategory`), summary, entry
 * education, the page it is described on (`sameAs`) and the estimated salary.
 * Undefined when the occupation is not in the catalog or reports no median
 * pay (search engines want an Occupation's estimatedSalary; no block is
 * better than an incomplete one).
 */
export function occupationLd(catalog: Catalog, id: string, locale: Locale): WithContext<LdOccupation> | undefined {
  const o = catalog.occupations?.find((x) => x.id === id);
  const name = o && text(o.title, locale);
  if (!o || !name) return undefined;
  const pay = salaryPay(o);
  if (!pay) return undefined;
  return defined({
    '@context': CONTEXT,
    '@type': 'Occupation' as const,
    name,
    occupationalCategory: o.soc,
    description: text(o.summary, locale),
    educationRequirements: text(o.entryEducation, locale),
    sameAs: o.url,
    estimatedSalary: [salaryDistribution(catalog, pay, locale)],
  });
}

/** Several occupations in one block (a salary table's rows): one Occupation, or a @graph of them. */
export function occupationsLd(catalog: Catalog, ids: readonly string[], locale: Locale): WithContext<LdOccupation> | Graph | undefined {
  const list = [...new Set(ids)].map((id) => occupationLd(catalog, id, locale)).filter((x) => x !== undefined);
  if (list.length <= 1) return list[0];
  return { '@context': CONTEXT, '@graph': list.map(({ '@context': _, ...rest }) => rest) };
}

const CREDENTIAL = {
  en: { certificate: 'Certificate', diploma: 'Diploma', associate: 'Associate degree', bachelor: "Bachelor's degree" },
  es: { certificate: 'Certificado', diploma: 'Diploma', associate: 'Título asociado', bachelor: 'Licenciatura' },
} as const;
/** schema.org's suggested values for educationalProgramMode. */
const MODE = { online: 'online', hybrid: 'hybrid', campus: 'onsite' } as const;

/** The program's length as an ISO 8601 duration: the longer end of its typical range, in whole months. */
export function timeToComplete(lengthMonths: Program['lengthMonths']): string | undefined {
  const months = Math.ceil(lengthMonths.max);
  return months > 0 ? `P${months}M` : undefined;
}

/** Tuition as an Offer: the whole program's price, or a price per year. Undefined when not reported. */
function tuitionOffer(p: Program): Offer | undefined {
  const t = p.tuition;
  if (!t) return undefined;
  if (t.covers === 'program') return { '@type': 'Offer', category: 'Tuition', price: t.amount, priceCurrency: t.currency };
  return {
    '@type': 'Offer',
    category: 'Tuition',
    priceSpecification: { '@type': 'UnitPriceSpecification', price: t.amount, priceCurrency: t.currency, referenceQuantity: { '@type': 'QuantitativeValue', value: 1, unitCode: 'ANN' } },
  };
}

/** One program as an EducationalOccupationalProgram. */
export function programLd(p: Program, locale: Locale, soc?: string): EducationalOccupationalProgram {
  const provider = text(p.institution.name, locale) ?? '';
  return defined({
    '@type': 'EducationalOccupationalProgram' as const,
    name: text(p.name, locale) ?? p.id,
    url: p.url,
    provider: {
      '@type': 'EducationalOrganization' as const,
      name: provider,
      address: defined({ '@type': 'PostalAddress' as const, addressLocality: p.location.city, addressRegion: p.location.state, postalCode: p.location.zip, addressCountry: 'US' }),
    },
    educationalCredentialAwarded: CREDENTIAL[locale][p.credential],
    timeToComplete: timeToComplete(p.lengthMonths),
    educationalProgramMode: p.delivery ? MODE[p.delivery] : undefined,
    offers: tuitionOffer(p),
    occupationalCategory: soc,
    inLanguage: p.languages?.length ? p.languages : undefined,
  });
}

/** ItemList of the programs a finder shows (in its order), each with its position. Undefined for none. */
export function programListLd(programs: readonly Program[], locale: Locale, { soc }: { soc?: string } = {}): WithContext<ItemList> | undefined {
  if (!programs.length) return undefined;
  return {
    '@context': CONTEXT,
    '@type': 'ItemList',
    numberOfItems: programs.length,
    itemListElement: programs.map((p, i) => ({ '@type': 'ListItem' as const, position: i + 1, item: programLd(p, locale, soc) })),
  };
}
