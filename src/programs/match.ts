/**
 * Get-matched matching, pure (no DOM, no Lit). The rule, in the sentence
 * the quiz shows: programs you can attend where and how you want to study
 * are the matches, ordered by how many of your other answers they fit.
 *
 * - Filter: place and delivery are constraints, not points. The quiz turns
 *   them into finder filters (`matchFilters`) and runs the finder's own
 *   `queryPrograms`, so the quiz and `<ma-program-finder>` given the same
 *   filters (the hand-off, `answersToQuery`) list the same programs. Place
 *   follows `placeFits`: a campus or hybrid program must be within the
 *   radius or in the state; an online program reaches everyone.
 * - Rank: one point for every other answer the program fits; ties: fewer
 *   misses first, then the nearer campus, then catalog order. `sponsored` is
 *   never read here, so paying for a listing cannot move a program up.
 * - Nothing fits: `matchResults` says so (`matches` empty) and offers what is
 *   closest instead: the nearest campus programs and the online programs
 *   that reach the person, never called matches.
 *
 * "When do you want to start" does not change the ranking: the catalog has
 * no start dates, and a shorter program does not start sooner. The answer is
 * kept, passed on (event) and shown as "ask about start dates".
 */
import type { Delivery, Program } from '../catalog/schema.js';
import { examEligibility } from './eligibility.js';
import { DEFAULT_RADIUS, programLocation, type LatLon, type ZipLocation } from './geo.js';
import { acceptsFrom, fitsRadius, isOnline, placeFits, programDistance } from './place.js';
import { zipState } from './zip-state.js';
import { queryPrograms, type ProgramFilters } from './query.js';
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

/** The delivery the person asked for (campus / hybrid / online), if any: "online only" as a place means online. */
function wantedDelivery(a: MatchAnswers): Delivery | undefined {
  if (a.where === 'online') return 'online';
  return a.delivery && a.delivery !== 'any' ? a.delivery : undefined;
}

/** The person's state, for an online program's `onlineStates`: the state chosen, else the ZIP's. */
const homeState = (a: MatchAnswers): string | undefined => (a.where === 'state' ? a.state : a.where === 'zip' ? zipState(a.zip) : undefined);

function location(p: Program, a: MatchAnswers, origin?: LatLon, zipLocation?: ZipLocation): { fit?: Fit; miles?: number } {
  if (a.where === 'online') return { fit: tri(!!p.delivery, isOnline(p)) };
  if (!a.where || (a.where === 'state' && !a.state) || (a.where === 'zip' && !origin)) return {};
  if (isOnline(p)) {
    // Whether an online program suits someone who asked for a campus is the delivery answer's to say:
    // two reasons about the same fact could contradict each other ("study from anywhere" / "not on campus").
    const wanted = wantedDelivery(a);
    if (wanted && wanted !== 'online') return {};
    return { fit: acceptsFrom(p, homeState(a)) ? 'yes' : 'no' };
  }
  if (a.where === 'state') return { fit: tri(true, placeFits(p, { state: a.state })) };
  // Like the finder: the campus's own coordinates, else its ZIP's centroid.
  const miles = programDistance(p, origin, zipLocation);
  if (miles === undefined) return { fit: 'unknown' };
  return { fit: tri(true, fitsRadius(p, a.zip, a.radius ?? DEFAULT_RADIUS, miles)), miles };
}

/** How one program fits the answers; `origin` is where the person's ZIP is, `zipLocation` places campuses known by ZIP only. */
export function matchProgram(p: Program, a: MatchAnswers, origin?: LatLon, zipLocation?: ZipLocation): Match {
  const reasons: Reason[] = [];
  const add = (q: Question, fit: Fit | undefined) => fit && reasons.push({ q, fit });
  const loc = location(p, a, origin, zipLocation);
  add('location', loc.fit);
  // "Online only" already said how: its location reason covers delivery.
  if (a.where !== 'online' && a.delivery && a.delivery !== 'any') add('delivery', tri(!!p.delivery, p.delivery === a.delivery));
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

const FAR = Number.MAX_VALUE;
const byFit = (x: Match, y: Match) => y.score - x.score || x.misses - y.misses || (x.miles ?? FAR) - (y.miles ?? FAR);

/** Every program scored, best fit first (see the module comment for the order); no program is left out. */
export function matchPrograms(programs: readonly Program[], a: MatchAnswers, origin?: LatLon, zipLocation?: ZipLocation): Match[] {
  return programs.map((p) => matchProgram(p, a, origin, zipLocation)).sort(byFit);
}

/**
 * The constraints among the answers, as `<ma-program-finder>` filters: the place
 * (`zip` + `radius`, or `state`) and the delivery ("online only" as a place is
 * delivery online). The other answers rank; they do not filter.
 */
export function matchFilters(a: MatchAnswers): ProgramFilters {
  const f: ProgramFilters = {};
  if (a.where === 'zip' && a.zip) {
    f.zip = a.zip;
    f.radius = a.radius ?? DEFAULT_RADIUS;
  }
  if (a.where === 'state' && a.state) f.state = a.state;
  const d = wantedDelivery(a);
  if (d) f.delivery = [d];
  return f;
}

/** Where the person is, for the quiz's filter step and distances. */
export interface MatchContext {
  /** The location of `answers.zip` (with `where: 'zip'`). */
  origin?: LatLon;
  /** Places campuses known by ZIP only. */
  zipLocation?: ZipLocation;
}

export interface MatchResult {
  /** Every program that fits the constraints, best first. Empty: nothing fits where and how the person wants to study. */
  matches: Match[];
  /** Whether the answers had any constraint (place or delivery); without one every program is a match. */
  constrained: boolean;
  /** With no matches: the campus programs nearest the chosen place, nearest first (at most `CLOSEST`). */
  nearest: Match[];
  /** With no matches: online programs that accept students from the chosen place, best fit first (at most `CLOSEST`). */
  online: Match[];
}

/** How many programs each "closest" list offers. */
export const CLOSEST = 3;

/** The middle of a state's campuses in the catalog, to measure "nearest" from when the person chose a state. */
function stateCentre(programs: readonly Program[], state: string, zipLocation?: ZipLocation): LatLon | undefined {
  let lat = 0;
  let lon = 0;
  let n = 0;
  for (const p of programs) {
    const at = p.location.state === state ? programLocation(p.location, zipLocation) : undefined;
    if (at) (lat += at.lat), (lon += at.lon), n++;
  }
  return n ? { lat: lat / n, lon: lon / n } : undefined;
}

/**
 * The quiz's results: the finder's query with `matchFilters(answers)` (one
 * function for both widgets), ranked by fit; with nothing found, what is
 * closest (see `MatchResult`).
 */
export function matchResults(programs: readonly Program[], a: MatchAnswers, ctx: MatchContext = {}): MatchResult {
  const origin = a.where === 'zip' ? ctx.origin : undefined;
  const { zipLocation } = ctx;
  const filters = matchFilters(a);
  const constrained = Object.keys(filters).length > 0;
  const { hits } = queryPrograms(programs, filters, { origin, zipLocation });
  const matches = hits.map((h) => matchProgram(h.program, a, origin, zipLocation)).sort(byFit);
  if (matches.length || !constrained) return { matches, constrained, nearest: [], online: [] };
  const from = origin ?? (a.where === 'state' && a.state ? stateCentre(programs, a.state, zipLocation) : undefined);
  const wanted = wantedDelivery(a);
  // Only the few programs offered are scored: at 10,000 programs this runs once per answers, not per program.
  const nearest = programs
    .filter((p) => !isOnline(p) && (!wanted || wanted === 'online' || p.delivery === wanted))
    .map((p) => ({ p, d: programDistance(p, from, zipLocation) }))
    .filter((y) => y.d !== undefined)
    .sort((x, y) => x.d! - y.d!)
    .slice(0, CLOSEST)
    .map((y) => matchProgram(y.p, a, origin, zipLocation));
  const home = homeState(a);
  const online = programs
    .filter((p) => isOnline(p) && acceptsFrom(p, home))
    .map((p) => matchProgram(p, a, origin, zipLocation))
    .sort(byFit)
    .slice(0, CLOSEST);
  return { matches, constrained, nearest, online };
}

/**
 * `matchResults` remembered for its last arguments: a widget re-renders its
 * results (a status message, a language change) without ranking every
 * program again. Answers are compared by identity: give a new object on change.
 */
export function createMatcher(): (programs: readonly Program[], a: MatchAnswers, ctx?: MatchContext) => MatchResult {
  let last: { programs: readonly Program[]; a: MatchAnswers; origin?: LatLon; zipLocation?: ZipLocation; result: MatchResult } | undefined;
  return (programs, a, ctx = {}) => {
    if (last && last.programs === programs && last.a === a && last.origin === ctx.origin && last.zipLocation === ctx.zipLocation) return last.result;
    const result = matchResults(programs, a, ctx);
    last = { programs, a, origin: ctx.origin, zipLocation: ctx.zipLocation, result };
    return result;
  };
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
 * The answers' constraints (`matchFilters`) as finder query parameters
 * (`zip`, `radius`, `state`, `delivery`, as `<ma-program-finder>` names them):
 * what `results-url` receives, so a finder there lists the same programs the
 * quiz counted. The ZIP travels only here, because the publisher asked for it.
 */
export function answersToQuery(a: MatchAnswers): URLSearchParams {
  const f = matchFilters(a);
  const q = new URLSearchParams();
  if (f.zip) q.set('zip', f.zip), q.set('radius', String(f.radius));
  if (f.state) q.set('state', f.state);
  if (f.delivery) q.set('delivery', f.delivery.join(','));
  return q;
}
