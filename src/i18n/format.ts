/**
 * Numbers, money, percentages and dates through Intl, in the widget's
 * language. Formatters are cached: creating one costs far more than using it.
 */
import type { Locale } from './lang.js';

/** The Intl locale for our locale: U.S. English or U.S. Spanish (dollars, U.S. number style). */
const intlLocale = (locale: Locale) => (locale === 'es' ? 'es-US' : 'en-US');

const cache = new Map<string, Intl.NumberFormat>();
/** A cached Intl.NumberFormat for the locale and options. */
export function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = locale + JSON.stringify(options);
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.NumberFormat(intlLocale(locale), options)));
  return f;
}

export function formatNumber(n: number, locale: Locale, maximumFractionDigits = 0): string {
  return numberFormat(locale, { maximumFractionDigits }).format(n);
}

/** `$44,200`, `$44K` with `compact`, or `$21.97` with `cents` (hourly pay). */
export function formatMoney(amount: number, locale: Locale, { currency = 'USD', compact = false, cents = false } = {}): string {
  return numberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: cents && !compact ? 2 : 0,
    maximumFractionDigits: compact ? 1 : cents ? 2 : 0,
    notation: compact ? 'compact' : 'standard',
  }).format(amount);
}

/** A percentage given as 0-100 (12.5 -> "12.5%"), with an optional sign. */
export function formatPercent(pct: number, locale: Locale, { signed = false } = {}): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 1, signDisplay: signed ? 'exceptZero' : 'auto' }).format(pct / 100);
}

const dates = new Map<string, Intl.DateTimeFormat>();
/**
 * A remembered text per key, for words every card says on every render (a date, a length) that
 * repeat across a catalog: `said(key, make)`. Bounded: past 500 keys it starts again.
 */
export function textCache(): (key: string, make: () => string) => string {
  const texts = new Map<string, string>();
  return (key, make) => {
    let text = texts.get(key);
    if (text === undefined) {
      if (texts.size > 500) texts.clear();
      texts.set(key, (text = make()));
    }
    return text;
  };
}

const datesSaid = textCache();
/** An ISO date (YYYY-MM-DD) as people read it; the date is taken as a calendar day, not a UTC instant. */
export function formatDate(iso: string, locale: Locale, month: 'long' | 'short' = 'long'): string {
  return datesSaid(`${locale} ${month} ${iso}`, () => dateText(iso, locale, month));
}

function dateText(iso: string, locale: Locale, month: 'long' | 'short'): string {
  const [y, m, d] = iso.split('-').map(Number);
  const key = locale + month;
  let f = dates.get(key);
  if (!f) dates.set(key, (f = new Intl.DateTimeFormat(intlLocale(locale), { year: 'numeric', month, day: 'numeric', timeZone: 'UTC' })));
  return f.format(new Date(Date.UTC(y, (m || 1) - 1, d || 1)));
}

const warmed = new Set<Locale>();
const idle = (run: () => void) => {
  const g = globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number };
  if (g.requestIdleCallback) g.requestIdleCallback(run, { timeout: 500 });
  else setTimeout(run, 0);
};
/** `warmFormats` when the page is next idle: called when a widget connects, long before its catalog usually arrives. */
export function warmFormatsSoon(locale: Locale): void {
  if (!warmed.has(locale)) idle(() => warmFormats(locale));
}
/**
 * Creates the usual formatters for a locale ahead of time: a page's first
 * Intl formatter costs about 10-15 ms (locale data). Called by the loading
 * state, so that this cost is paid before the catalog arrives (or in the
 * short first task of a sliced validation), not in the first render's task.
 */
export function warmFormats(locale: Locale): void {
  if (warmed.has(locale)) return;
  warmed.add(locale);
  try {
    formatNumber(0, locale);
    formatNumber(0, locale, 1);
    formatMoney(0, locale);
    formatDate('2024-01-01', locale, 'short');
  } catch {
    // A runtime without this locale: the render reports it where it happens.
  }
}
