/**
 * What a program costs, as the finder and the quiz compare it. Pure; shared
 * so that both widgets filter and rank by the same number.
 */
import type { Program } from '../catalog/schema.js';

/** The whole program's tuition in US dollars; a yearly price is counted for the longest length. Undefined: not reported (or not in US dollars). */
export function totalTuition(p: Program): number | undefined {
  const t = p.tuition;
  if (!t || t.currency !== 'USD') return undefined;
  return t.covers === 'program' ? t.amount : Math.round(t.amount * Math.max(1, p.lengthMonths.max / 12));
}
