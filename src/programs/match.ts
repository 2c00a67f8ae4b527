/**
 * Get-matched scoring, pure (no DOM, no Lit). The score is meant to be
 * explained to the person in one sentence: one point for every answer the
 * program fits. A program is never hidden for a miss; what does not fit, and
 * what the catalog does not report, is listed beside it instead.
 *
 * Ties: fewer misses first, then the nearer campus (when a ZIP was given),
 * then catalog order. `sponsored` is never read here, so paying for a
 * listing cannot move a program up.
 *
 * "When do you want to start" does not change the ranking: the catalog has
 * no start dates, and a shorter program does not start sooner. The answer is
 * kept, passed on (event, query string) and shown as "ask about start dates".
 */
import type { Delivery, Program } from '../catalog/schema.js';
import { examEligibility } from './eligibility.js';
import { DEFAULT_RADIUS, distanceMiles, programLocation, type LatLon, type ZipLocation } from './geo.js';
import { totalTuition } from './tuition.js';

export const QUESTIONS = ['location', 'delivery', 'credential', 'start', 'budget', 'schedule', 'language', 'cma'] as const;
export type Question = (typeof QUESTIONS)[number];

/** The choices each question offers (`any`: no preference / not sure, which scores nothing). */
export const CHOICES = {
  where: ['zip', 'state', 'online'],
  radius: [10, 25, 50, 100],
  delivery: ['online', 'hybrid', 'campus', 'any'],
  credential: ['certificate', 'associate', 'any'],
  start: [1, 3, 6, 12],
  budget: [5000, 10000, 15000, 20000],
  schedule: ['day', 'evening', 'weekend'],
  language: ['en', 'es', 'any'],
  cma: ['yes', 'no'],
} as const;

type Of<K extends keyof typeof CHOICES> = (typeof CHOICES)[K][number];

/** A person's answers: only enums, numbers and a ZIP code; every one optional (skipped). */
export interface MatchAnswers {
  where?: Of<'where'>;
  /** With `where: 'zip'`. */
  zip?: string;
  /** Miles, with `where: 'zip'` (default 25). */
  radius?: number;
  /** Two-letter state code, with `where: 'state'`. */
  state?: string;
  delivery?: Delivery | 'any';
  /** `certificate` means a certificate or a diploma. */
  credential?: Of<'credential'>;
  /** Start within this many months. */
  start?: number;
  /** Most the person wants to pay for the whole program, in US dollars. */
  budget?: number;
  schedule?: Of<'schedule'>[];
  language?: Of<'language'>;
  /** Whether being able to sit the CMA (AAMA) exam matters. */
  cma?: Of<'cma'>;
}

export type Fit = 'yes' | 'no' | 'unknown';
export interface Reason {
  q: Question;
  fit: Fit;
}
export interface Match {
  program: Program;
  /** Answers the program fits (one point each). */
  score: number;
  /** Answers that counted for this program (skipped and "no preference" ones do not). */
  asked: number;
  misses: number;
  reasons: Reason[];
  /** Distance from the person's ZIP to the campus, when both are known. */
  miles?: number;
}

export { DEFAULT_RADIUS, totalTuition };

const tri = (known: boolean, ok: boolean): Fit => (known ? (ok ? 'yes' : 'no') : 'unknown');

export type { ZipLocation };

function location(p: Program, a: MatchAnswers, origin?: LatLon, zipLocation?: ZipLocation): { fit?: Fit; miles?: number } {
  if (a.where === 'online') return { fit: tri(!!p.delivery, p.delivery === 'online') };
  if (!a.where || (a.where === 'state' && !a.state) || (a.where === 'zip' && !origin)) return {};
  // An online program can be studied from anywhere.
  if (p.delivery === 'online') return { fit: 'yes' };
  if (a.where === 'state') return { fit: tri(true, p.location.state === a.state) };
  // Like the finder: the campus's own coordinates, else its ZIP's centroid.
  const at = programLocation(p.location, zipLocation);
  if (!at) return { fit: 'unknown' };
  const miles = distanceMiles(origin!, at);
  return { fit: tri(true, miles <= (a.radius ?? DEFAULT_RADIUS)), miles };
}

/** How one program fits the answers; `origin` is where the person's ZIP is, `zipLocation` places campuses known by ZIP only. */
export function matchProgram(p: Program, a: MatchAnswers, origin?: LatLon, zipLocation?: ZipLocation): Match {
  const reasons: Reason[] = [];
  const add = (q: Question, fit: Fit | undefined) => fit && reasons.push({ q, fit });
  const loc = location(p, a, origin, zipLocation);
  add('location', loc.fit);
  if (a.delivery && a.delivery !== 'any') add('delivery', tri(!!p.delivery, p.delivery === a.delivery));
  if (a.credential && a.credential !== 'any') {
    const short = p.credential === 'certificate' || p.credential === 'diploma';
    add('credential', tri(true, a.credential === 'associate' ? p.credential === 'associate' : short));
  }
  if (a.budget) {
    const cost = totalTuition(p);
    add('budget', tri(cost !== undefined, cost! <= a.budget));
  }
  if (a.schedule?.length) add('schedule', tri(!!p.schedule, !!p.schedule?.some((s) => a.schedule!.includes(s as never))));
  if (a.language && a.language !== 'any') {
    const langs = p.languages?.map((l) => l.slice(0, 2).toLowerCase());
    add('language', tri(!!langs, !!langs?.includes(a.language)));
  }
  if (a.cma === 'yes') {
    const e = examEligibility(p).CMA;
    add('cma', e === 'unknown' ? 'unknown' : tri(true, e === 'yes'));
  }
  const count = (f: Fit) => reasons.filter((r) => r.fit === f).length;
  return { program: p, score: count('yes'), misses: count('no'), asked: reasons.length, reasons, miles: loc.miles };
}

/** Every program, best match first (see the module comment for the order). */
export function matchPrograms(programs: readonly Program[], a: MatchAnswers, origin?: LatLon, zipLocation?: ZipLocation): Match[] {
  const far = Number.MAX_VALUE;
  return programs
    .map((p) => matchProgram(p, a, origin, zipLocation))
    .sort((x, y) => y.score - x.score || x.misses - y.misses || (x.miles ?? far) - (y.miles ?? far));
}

/** The answers without the details of a place not chosen (a ZIP with `where: 'state'`, a state with `where: 'zip'`…). */
export function usedAnswers(a: MatchAnswers): MatchAnswers {
  const u = { ...a };
  if (a.where !== 'zip') {
    delete u.zip;
    delete u.radius;
  }
  if (a.where !== 'state') delete u.state;
  return u;
}

/** The answers without the ZIP code: what `ma-match-complete` may carry (enums and numbers only). */
export function publicAnswers(a: MatchAnswers): Omit<MatchAnswers, 'zip'> {
  const { zip: _zip, ...rest } = a;
  return rest;
}

/**
 * The answers as finder filters in a query string (`state`, `zip`, `radius`,
 * `delivery`, `credential` as `<ma-program-finder>` names its attributes;
 * `tuition`, `schedule`, `language`, `exam`, `start` for the rest).
 */
export function answersToQuery(a: MatchAnswers): URLSearchParams {
  const q = new URLSearchParams();
  const set = (k: string, v: unknown) => v !== undefined && v !== 'any' && v !== '' && q.set(k, String(v));
  if (a.where === 'zip') {
    set('zip', a.zip);
    set('radius', a.zip && (a.radius ?? DEFAULT_RADIUS));
  }
  if (a.where === 'state') set('state', a.state);
  set('delivery', a.where === 'online' ? 'online' : a.delivery);
  set('credential', a.credential === 'certificate' ? 'certificate,diploma' : a.credential);
  set('tuition', a.budget);
  set('schedule', a.schedule?.join(','));
  set('language', a.language);
  if (a.cma === 'yes') set('exam', 'CMA');
  set('start', a.start);
  return q;
}
