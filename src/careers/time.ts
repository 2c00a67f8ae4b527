/**
 * Added training time as people say it: "1–3 months", "3–4 years",
 * "3-4 años" (Intl's own range style per language). Whole years when both ends are whole years of 12 months or more.
 */
import type { Locale } from '../i18n/lang.js';
import { numberFormat, textCache } from '../i18n/format.js';
import { defineMessages } from '../i18n/messages.js';

const words = defineMessages('time', {
  en: { upTo: (time: string) => `up to ${time} more` },
  es: { upTo: (time: string) => `hasta ${time} más` },
});

const said = textCache();
/** Cached per locale and range: a card shows one on every render, and lengths repeat across a catalog. */
export function formatMonths({ min, max }: { min: number; max: number }, locale: Locale): string {
  return said(`${locale} ${min} ${max}`, () => months(min, max, locale));
}

function months(min: number, max: number, locale: Locale): string {
  const years = min >= 12 && min % 12 === 0 && max % 12 === 0;
  const d = years ? 12 : 1;
  const f = numberFormat(locale, { style: 'unit', unit: years ? 'year' : 'month', unitDisplay: 'long' }) as Intl.NumberFormat & { formatRange(a: number, b: number): string };
  // formatRange (ES2023) picks the plural for the range: "0–1 months", not "0–1 month".
  return min === max ? f.format(max / d) : f.formatRange(min / d, max / d);
}

/** Added time: "+3–4 years", and "up to 1 month more" for a range from 0 (never "+0–1 months"). */
export function formatAddedMonths(r: { min: number; max: number }, locale: Locale): string {
  return r.min === 0 ? words(locale).upTo(formatMonths({ min: r.max, max: r.max }, locale)) : '+' + formatMonths(r, locale);
}
