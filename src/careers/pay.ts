/**
 * Pay figures of an occupation: which set is newest, and how two occupations
 * compare. A catalog may carry several sets for one occupation (e.g. OEWS
 * May 2024 and May 2025, or an older outlook figure quoted by an article);
 * the widgets show the newest and say which one it is.
 */
import type { Occupation, Pay } from '../catalog/schema.js';

// English and Spanish month abbreviations, so "May 2025" and "mayo de 2025" both sort.
const MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec ene feb mar abr may jun jul ago sep oct nov dic'.split(' ');

/** A sortable number for a vintage such as "May 2025", "2025-05" or "2023"; an undated one ("not stated") is the oldest. */
export function vintageRank(vintage: string): number {
  const m = /\b(\d{4})\b(?:-(\d{2})\b)?/.exec(vintage);
  if (!m) return -1;
  let month = m[2] ? +m[2] : 0;
  if (!m[2]) {
    for (const w of vintage.toLowerCase().match(/\p{L}{3,}/gu) ?? []) {
      const i = MONTHS.indexOf(w.slice(0, 3));
      if (i >= 0) {
        month = (i % 12) + 1;
        break;
      }
    }
  }
  // "2024-34" is a projection period, not a month.
  return +m[1] * 13 + (month <= 12 ? month : 0);
}

/** The newest of several pay sets; on a tie, the later one in the catalog wins. */
export function newest(list: readonly Pay[]): Pay | undefined {
  let best: Pay | undefined;
  for (const p of list) if (!best || vintageRank(p.vintage) >= vintageRank(best.vintage)) best = p;
  return best;
}

/** The newest pay set of an occupation that reports a median. */
export function newestPay(occupation: Occupation | undefined): Pay | undefined {
  return newest(occupation?.pay?.filter((p) => p.median != null) ?? []);
}

export interface PayComparison {
  /** The starting occupation's figures the comparison uses. */
  from: Pay;
  /** The destination's newest figures. */
  to: Pay;
  /** Destination median minus starting median. */
  diff: number;
  /** The difference as a percentage of the starting median. */
  pct: number;
}

/**
 * The destination's newest median against the starting occupation's median
 * from the same source and vintage when there is one (so that two years are
 * not mixed), else its newest in the same period and currency. Undefined when
 * either side is not reported: no comparison is better than a guess.
 */
export function comparePay(start: Occupation | undefined, dest: Occupation | undefined): PayComparison | undefined {
  const to = newestPay(dest);
  if (!to) return undefined;
  const same = (start?.pay ?? []).filter((p) => p.median && p.period === to.period && (p.currency ?? 'USD') === (to.currency ?? 'USD'));
  const from = same.find((p) => p.source === to.source && p.vintage === to.vintage) ?? newest(same);
  if (!from) return undefined;
  const diff = to.median! - from.median!;
  return { from, to, diff, pct: (diff / from.median!) * 100 };
}
