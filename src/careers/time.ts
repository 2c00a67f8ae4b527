/**
 * Added training time as people say it: "1–3 months", "3–4 years",
 * "3-4 años". Whole years when both ends are whole years of 12 months or more.
 */
import type { Locale } from '../i18n/lang.js';

const cache = new Map<string, Intl.NumberFormat>();
const nf = (locale: Locale, unit?: string) => {
  const key = locale + unit;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.NumberFormat(locale === 'es' ? 'es-US' : 'en-US', unit ? { style: 'unit', unit, unitDisplay: 'long' } : {})));
  return f;
};

export function formatMonths({ min, max }: { min: number; max: number }, locale: Locale): string {
  const years = min >= 12 && min % 12 === 0 && max % 12 === 0;
  const d = years ? 12 : 1;
  const unit = nf(locale, years ? 'year' : 'month');
  // Intl's formatRange would do this too, but the unit goes on the upper end only in both languages.
  return min === max ? unit.format(max / d) : `${nf(locale).format(min / d)}–${unit.format(max / d)}`;
}
