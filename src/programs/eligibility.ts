/**
 * Which certification exams a program's graduates may sit, from the catalog's
 * own fields and nothing else (FACTS.md §5). Pure: no DOM, no Lit.
 *
 * 'unknown' is honest: when a rule needs a field the catalog does not report
 * (institutional accreditation, contact or externship hours), we do not guess.
 *
 * Decisions where the sources are silent:
 * - A CAAHEP/ABHES program on "probation" or with "initial" accreditation is
 *   still accredited (both bodies list such programs as accredited), so CMA = yes.
 * - CCMA (NHA) admits anyone who completed a medical assisting training
 *   program; every catalog program is one, so CCMA is always 'yes'.
 */
import type { Program } from '../catalog/schema.js';

export type Exam = 'CMA' | 'RMA' | 'CCMA';
export type Eligibility = 'yes' | 'no' | 'unknown';

export const EXAMS: readonly Exam[] = ['CMA', 'RMA', 'CCMA'];

/** Minimum hours from FACTS.md §5. */
export const CMA_ALT_CONTACT_HOURS = 560;
export const RMA_CONTACT_HOURS = 720;
export const MIN_EXTERNSHIP_HOURS = 160;

/** Three-valued AND: any 'no' wins, then any 'unknown', else 'yes'. */
function all(...parts: Eligibility[]): Eligibility {
  return parts.includes('no') ? 'no' : parts.includes('unknown') ? 'unknown' : 'yes';
}

/** `value >= min` as a three-valued answer; an absent value is 'unknown'. */
function atLeast(value: number | undefined, min: number): Eligibility {
  return value === undefined ? 'unknown' : value >= min ? 'yes' : 'no';
}

function flag(value: boolean | undefined): Eligibility {
  return value === undefined ? 'unknown' : value ? 'yes' : 'no';
}

function cma(p: Program): Eligibility {
  // Programmatic accreditation (any status the body still lists) is the main route.
  if (p.accreditation) return 'yes';
  // Alternative pathway: institutionally accredited school, ≥560 contact hours,
  // ≥160 practicum hours, and a certificate, diploma or associate degree.
  return all(
    flag(p.institution.accredited),
    atLeast(p.contactHours, CMA_ALT_CONTACT_HOURS),
    atLeast(p.externshipHours, MIN_EXTERNSHIP_HOURS),
    p.credential === 'bachelor' ? 'no' : 'yes',
  );
}

function rma(p: Program): Eligibility {
  return all(flag(p.institution.accredited), atLeast(p.contactHours, RMA_CONTACT_HOURS), atLeast(p.externshipHours, MIN_EXTERNSHIP_HOURS));
}

export function examEligibility(p: Program): Record<Exam, Eligibility> {
  return { CMA: cma(p), RMA: rma(p), CCMA: 'yes' };
}
