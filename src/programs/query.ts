/**
 * Program search: filtering, facet counts, sort and the empty-state
 * suggestion, in one pass over the catalog. Pure (no DOM, no Lit) so it is
 * unit-tested and benchmarked on its own.
 *
 * Speed: `indexPrograms` reads every program once per catalog (cached per
 * programs array, built in slices by `indexProgramsInSlices`): one bitset per
 * facet option (a bit per program), the folded search texts joined into one
 * string, tuition in a typed array. A query ANDs the bitsets of the filters
 * set (each filter value's set is cached, so a click computes one and a
 * keystroke none), counts facets by popcount against the other filters'
 * intersection, and runs the search as `indexOf` over the joined text. The
 * result holds the matches as catalog positions: `page` builds only the hits
 * shown, and the index keeps no object per program.
 *
 * Semantics (documented in the finder's README section):
 * - Within delivery, credential and schedule, options are alternatives (OR);
 *   groups combine with AND. Exams combine with AND: a program must qualify
 *   for every exam ticked.
 * - Facet counts say how many results the option would give with every other
 *   filter unchanged (for OR groups, ignoring the group's own selection).
 * - Not reported is never a number: a program whose tuition is not reported
 *   passes a tuition limit unless `tuitionReported` is set, and sorts last.
 * - Length filter: the program can be finished within N months (its shortest
 *   length, `lengthMonths.min`).
 * - Tuition per year is compared as an estimate for the whole program
 *   (amount × the longest length in years, at least one year), in US dollars
 *   only: `totalTuition` from match.ts, so a price in another currency counts
 *   as not reported.
 * - Place (state, ZIP radius) follows the one rule in ./place.ts, shared with
 *   the quiz: a campus must be in the state or within the radius (a campus
 *   without a known place is left out of a radius); an online program fits
 *   anywhere unless its `onlineStates` leave the state out, and has no distance.
 * - Facets also count the programs that do not report a field (option
 *   `none`), and `coverage` says how many programs report each field, so a
 *   filter nobody reports is not offered.
 */
import type { Control, Credential, Delivery, Program, Schedule } from '../catalog/schema.js';
import { localize, toLocale, type Locale } from '../i18n/lang.js';
import { examEligibility, EXAMS, type Eligibility, type Exam } from './eligibility.js';
import type { LatLon } from './geo.js';
import { fitsRadius, fitsState, isOnline, programDistance } from './place.js';
import { zipState } from './zip-state.js';
import { totalTuition } from './tuition.js';
import { yieldToPage } from '../catalog/yield.js';

export const RADII = [10, 25, 50, 100] as const;
export const MONTH_LIMITS = [6, 9, 12, 18, 24] as const;
export const TUITION_LIMITS = [5000, 10000, 15000, 20000, 30000] as const;
export const SORTS = ['relevance', 'distance', 'shortest', 'tuition', 'graduates', 'name'] as const;
export type SortKey = (typeof SORTS)[number];
/** The facet option that counts programs not reporting a field. */
export const NONE = 'none';
export type AccreditationFilter = 'CAAHEP' | 'ABHES' | 'any';
export type ScheduleFilter = Schedule;

export interface ProgramFilters {
  /** Search text: program, school and city names, case- and accent-insensitive. */
  q?: string;
  /** Two-letter state code. */
  state?: string;
  /** A 5-digit ZIP and a radius in miles; applied when the query is given the ZIP's location (`origin`). */
  zip?: string;
  radius?: number;
  delivery?: Delivery[];
  credential?: Credential[];
  /** School type (who runs the school); a school that does not report it does not pass. */
  control?: Control[];
  maxMonths?: number;
  maxTuition?: number;
  /** Leave out programs that do not report tuition. */
  tuitionReported?: boolean;
  accreditation?: AccreditationFilter;
  exams?: Exam[];
  schedule?: ScheduleFilter[];
  /** Instruction available in Spanish. */
  spanish?: boolean;
}

/** The filter groups, as named in `hide-filters`, facets and suggestions. */
export const FILTER_KEYS = ['search', 'state', 'zip', 'delivery', 'credential', 'control', 'length', 'tuition', 'accreditation', 'exams', 'schedule', 'language'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export interface QueryOptions {
  sort?: SortKey;
  /** The location of `filters.zip`, once looked up. Without it, no radius filter and no distances. */
  origin?: LatLon;
  /** A ZIP's location, for programs without coordinates (see `loadZipTable`). */
  zipLocation?: (zip: string) => LatLon | undefined;
  /** Language of the names sorted by `name`. */
  locale?: Locale;
}

export interface Hit {
  program: Program;
  exams: Record<Exam, Eligibility>;
  /** Miles from the origin, when there is one and the program has a location. */
  distance?: number;
}

export type Counts = Record<string, number>;
export type Facets = Record<Exclude<FilterKey, 'search'>, Counts>;

export interface QueryResult {
  /** Every result, best first (built on first read: a page of results needs only `page`). */
  readonly hits: Hit[];
  /** How many results there are. */
  total: number;
  /** Results `offset` to `offset + n`, best first: only these are built. */
  page(offset: number, n: number): Hit[];
  facets: Facets;
  /** When some filters are set: for each one, the results there would be without it, best first. */
  suggestions: { filter: FilterKey; count: number }[];
}

/** Facet groups whose options do not depend on the filters: counted through precomputed bitsets. */
const STATIC = ['state', 'delivery', 'credential', 'length', 'accreditation', 'exams', 'schedule', 'language', 'control'] as const;
type StaticKey = (typeof STATIC)[number];

/** A set of programs by catalog order: bit `i` of word `i >>> 5`. */
type Bits = Uint32Array;

interface Index {
  programs: readonly Program[];
  /** Words per bitset. */
  words: number;
  /** Slot number -> [group, option]; slot n's programs are `bits[n]`. */
  slots: [StaticKey, string][];
  /** Per STATIC group: option -> slot number. */
  slotOf: Map<string | number, number>[];
  bits: Bits[];
  /** Every program's folded search text in one string, separated by "\n"; program i's starts at `starts[i]`. */
  text: string;
  starts: Int32Array;
  /** Estimated whole-program tuition in US dollars by catalog order; NaN: not reported (or in another currency). */
  tuition: Float64Array;
  /** Programs whose tuition is reported and at most each of TUITION_LIMITS; programs whose tuition is not reported. */
  tuitionWithin: Bits[];
  tuitionNone: Bits;
  /** Position of each program when sorted by name, per locale (computed on first use). */
  ranks: Partial<Record<Locale, Int32Array>>;
  /** Filter groups' passing programs by filter value: a click recomputes one group, a keystroke none. */
  passes: Map<string, Bits>;
  /** The last search: a query that changes only the filters reuses it. */
  searched?: { q: string; bits: Bits; scores: Int32Array };
  /** Distances by catalog order (NaN: none) for the last origin. */
  distances?: { origin: LatLon; zipLocation: QueryOptions['zipLocation']; d: Float64Array };
}

function nameRank(index: Index, locale: Locale): Int32Array {
  let r = index.ranks[locale];
  if (!r) {
    // Folded names are only needed for this sort, so they are not part of the index build.
    const names = index.programs.map((p) => fold(localize(p.name, locale)));
    const key = (i: number) => names[i];
    const sorted = names.map((_, i) => i).sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a - b));
    const ranked = (r = index.ranks[locale] = new Int32Array(sorted.length));
    sorted.forEach((order, rank) => (ranked[order] = rank));
  }
  return r;
}

/** Lower case, accents removed: "San José" -> "san jose". */
export function fold(s: string): string {
  // Most names are plain ASCII, which needs no decomposition.
  if (!/[^\x00-\x7f]/.test(s)) return s.toLowerCase();
  return compact(s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase());
}

/**
 * The same string, rebuilt from its character codes: V8 keeps a string two bytes a character once it
 * held an accent, even when none is left, and one such piece makes the whole joined search text two
 * bytes a character (about 10 MB more at 100,000 programs).
 */
function compact(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i += 4096) {
    const codes: number[] = [];
    for (let j = i; j < Math.min(s.length, i + 4096); j++) codes.push(s.charCodeAt(j));
    out += String.fromCharCode(...codes);
  }
  return out;
}

function allTexts(t: Program['name']): string[] {
  return typeof t === 'string' ? [t] : Object.values(t);
}

const setBit = (b: Bits, i: number) => (b[i >>> 5] |= 1 << (i & 31));

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** How many programs are in both sets. */
function countBoth(a: Bits, b: Bits): number {
  let c = 0;
  for (let w = 0; w < a.length; w++) if (a[w] & b[w]) c += popcount(a[w] & b[w]);
  return c;
}

function count(a: Bits): number {
  let c = 0;
  for (let w = 0; w < a.length; w++) if (a[w]) c += popcount(a[w]);
  return c;
}

function and(a: Bits, b: Bits): Bits {
  const out = new Uint32Array(a.length);
  for (let w = 0; w < a.length; w++) out[w] = a[w] & b[w];
  return out;
}

/** Every program of `n`. */
function everyone(n: number, words: number): Bits {
  const b = new Uint32Array(words).fill(0xffffffff);
  if (n & 31) b[words - 1] = (1 << (n & 31)) - 1;
  return b;
}

/** Calls `f` with each program in the set, in catalog order. */
function each(b: Bits, f: (i: number) => void): void {
  for (let w = 0; w < b.length; w++) {
    let x = b[w];
    while (x) {
      const low = x & -x;
      f((w << 5) + 31 - Math.clz32(low));
      x ^= low;
    }
  }
}

const indexes = new WeakMap<readonly Program[], Index>();

/** Builds the index of `programs` one program at a time, in catalog order (`add`); `finish` stores it for the array. */
function indexBuilder(programs: readonly Program[]) {
  const n = programs.length;
  const words = (n + 31) >>> 5;
  const slots: Index['slots'] = [];
  const bits: Bits[] = [];
  // One map per group (no string keys to build): this runs about ten times per program on first render.
  const slotOf = STATIC.map(() => new Map<string | number, number>());
  const tuition = new Float64Array(n);
  const tuitionWithin = TUITION_LIMITS.map(() => new Uint32Array(words));
  const tuitionNone = new Uint32Array(words);
  const texts: string[] = [];
  const starts = new Int32Array(n + 1);
  let at = 0;
  const put = (g: number, option: string | number) => {
    let s = slotOf[g].get(option);
    if (s === undefined) {
      slotOf[g].set(option, (s = slots.length));
      slots.push([STATIC[g], String(option)]);
      bits.push(new Uint32Array(words));
    }
    setBit(bits[s], at);
  };
  // An online program counts toward every state it takes students from (the place rule in ./place.ts).
  let states: string[] | undefined;
  const add = (p: Program) => {
    const exams = examEligibility(p);
    if (isOnline(p)) for (const s of p.onlineStates ?? (states ??= [...new Set(programs.map((x) => x.location.state))])) put(0, s);
    else put(0, p.location.state);
    // 'none': the program does not report the field (counted so that a panel can say so).
    put(1, p.delivery ?? NONE);
    put(2, p.credential);
    for (const m of MONTH_LIMITS) if (p.lengthMonths.min <= m) put(3, m);
    if (p.accreditation) put(4, 'any'), put(4, p.accreditation.body);
    else put(4, NONE);
    for (const x of EXAMS) if (exams[x] === 'yes') put(5, x);
    for (const s of p.schedule ?? [NONE]) put(6, s);
    if (p.languages?.some((l) => toLocale(l) === 'es')) put(7, 'es');
    if (!p.languages) put(7, NONE);
    put(8, p.institution.control ?? NONE);
    const t = totalTuition(p);
    tuition[at] = t ?? NaN;
    if (t === undefined) setBit(tuitionNone, at);
    else TUITION_LIMITS.forEach((m, k) => t <= m && setBit(tuitionWithin[k], at));
    // "\n" keeps words of different fields (and programs) from running together into false matches.
    const text = fold([...allTexts(p.name), ...allTexts(p.institution.name), p.location.city].join('\n'));
    texts.push(text);
    starts[at + 1] = starts[at] + text.length + 1;
    at++;
  };
  const finish = (): Index => {
    const index: Index = {
      programs,
      words,
      slots,
      slotOf,
      bits,
      text: texts.join('\n'),
      starts,
      tuition,
      tuitionWithin,
      tuitionNone,
      ranks: {},
      passes: new Map(),
    };
    texts.length = 0;
    indexes.set(programs, index);
    return index;
  };
  return { add, finish };
}

/** The normalized search index of a catalog's programs, built once per programs array. */
export function indexPrograms(programs: readonly Program[]): Index {
  const index = indexes.get(programs);
  if (index) return index;
  const b = indexBuilder(programs);
  for (const p of programs) b.add(p);
  return b.finish();
}

/** Whether `programs` has its index already (a query on it costs no index build). */
export function isIndexed(programs: readonly Program[]): boolean {
  return indexes.has(programs);
}

const building = new WeakMap<readonly Program[], Promise<Index>>();
/**
 * The same index as `indexPrograms`, built `slice` programs at a time with the
 * page free in between: at 10,000 programs one build is a long task (100 ms
 * and more on a slow phone). Builds sharing a programs array share one run.
 */
export function indexProgramsInSlices(programs: readonly Program[], slice = 500, pause: () => Promise<void> = yieldToPage): Promise<Index> {
  const done = indexes.get(programs);
  if (done) return Promise.resolve(done);
  let p = building.get(programs);
  if (!p) {
    p = (async () => {
      const b = indexBuilder(programs);
      for (let start = 0; start < programs.length; start += slice) {
        await pause();
        const end = Math.min(programs.length, start + slice);
        for (let i = start; i < end; i++) b.add(programs[i]);
      }
      // A synchronous query may have built it meanwhile: keep that one.
      return indexes.get(programs) ?? b.finish();
    })();
    building.set(programs, p);
  }
  return p;
}

/** The programs whose search text has every token, and their score (a match at the start of a word counts 2, inside one 1). */
function search(index: Index, tokens: string[]): NonNullable<Index['searched']> {
  const q = tokens.join(' ');
  if (index.searched?.q === q) return index.searched;
  const { text, starts, words } = index;
  const n = index.programs.length;
  const scores = new Int32Array(n);
  let bits: Bits | undefined;
  for (const t of tokens) {
    const found = new Uint32Array(words);
    let i = 0;
    // Only a program's first match counts (the search goes on from the next program), as with one text per program.
    for (let at = text.indexOf(t); at >= 0 && i < n; at = text.indexOf(t, starts[i + 1])) {
      while (starts[i + 1] <= at) i++;
      setBit(found, i);
      scores[i] += at === 0 || text.charCodeAt(at - 1) < 48 ? 2 : 1;
    }
    bits = bits ? and(bits, found) : found;
  }
  return (index.searched = { q, bits: bits!, scores });
}

/** The programs that pass `test`, cached by `key` (one filter value of one group). */
function passing(index: Index, key: string, test: (p: Program, i: number) => boolean): Bits {
  let b = index.passes.get(key);
  if (!b) {
    b = new Uint32Array(index.words);
    const ps = index.programs;
    for (let i = 0; i < ps.length; i++) if (test(ps[i], i)) setBit(b, i);
    if (index.passes.size > 64) index.passes.clear();
    index.passes.set(key, b);
  }
  return b;
}

function has<T>(list: readonly T[] | undefined): list is readonly T[] {
  return !!list && list.length > 0;
}

export function queryPrograms(programs: readonly Program[], filters: ProgramFilters = {}, options: QueryOptions = {}): QueryResult {
  const f = filters;
  const { origin, zipLocation, locale = 'en' } = options;
  const sort = options.sort ?? 'relevance';
  const tokens = fold(f.q ?? '').split(/\s+/).filter(Boolean);
  const radius = origin && f.radius ? f.radius : undefined;
  const index = indexPrograms(programs);
  const n = programs.length;
  const { words } = index;
  const slotBits = (g: StaticKey, option: string): Bits => {
    const s = index.slotOf[STATIC.indexOf(g)].get(option);
    return s === undefined ? new Uint32Array(words) : index.bits[s];
  };

  let distances: Float64Array | undefined;
  if (origin) {
    const last = index.distances;
    if (last && last.origin === origin && last.zipLocation === zipLocation) distances = last.d;
    else {
      distances = new Float64Array(n);
      for (let i = 0; i < n; i++) distances[i] = programDistance(programs[i], origin, zipLocation) ?? NaN;
      index.distances = { origin, zipLocation, d: distances };
    }
  }
  const dist = (i: number) => (distances && !Number.isNaN(distances[i]) ? distances[i] : undefined);
  // One cached set per group and value (String keeps NaN apart from null, which JSON would not).
  const key = (g: string, v: unknown) => `${g} ${Array.isArray(v) ? v.map(String).join('\u0001') : String(v)}`;

  // The filters set, each as the set of programs that pass it (search text is one, without a facet),
  // in the order of FILTER_KEYS but length, then zip and tuition (the order of suggestions).
  const active: { key: FilterKey; bits: Bits; and?: boolean }[] = [];
  const searched = tokens.length ? search(index, tokens) : undefined;
  if (searched) active.push({ key: 'search', bits: searched.bits });
  if (f.state) active.push({ key: 'state', bits: passing(index, key('state', f.state), (p) => fitsState(p, f.state)) });
  if (has(f.delivery)) active.push({ key: 'delivery', bits: passing(index, key('delivery', f.delivery), (p) => f.delivery!.includes(p.delivery!)) });
  if (has(f.credential)) active.push({ key: 'credential', bits: passing(index, key('credential', f.credential), (p) => f.credential!.includes(p.credential)) });
  if (f.maxMonths !== undefined) active.push({ key: 'length', bits: passing(index, key('length', f.maxMonths), (p) => p.lengthMonths.min <= f.maxMonths!) });
  if (f.accreditation)
    active.push({
      key: 'accreditation',
      bits: passing(index, key('accreditation', f.accreditation), (p) => !!p.accreditation && (f.accreditation === 'any' || p.accreditation.body === f.accreditation)),
    });
  // Exams combine with AND: a program must qualify for every exam ticked.
  if (has(f.exams)) active.push({ key: 'exams', bits: f.exams.map((x) => slotBits('exams', x)).reduce(and, everyone(n, words)), and: true });
  if (has(f.schedule)) active.push({ key: 'schedule', bits: passing(index, key('schedule', f.schedule), (p) => f.schedule!.some((s) => p.schedule?.includes(s))) });
  if (f.spanish) active.push({ key: 'language', bits: slotBits('language', 'es') });
  if (has(f.control))
    active.push({ key: 'control', bits: passing(index, key('control', f.control), (p) => !!p.institution.control && f.control!.includes(p.institution.control)) });
  if (radius !== undefined) {
    const b = new Uint32Array(words);
    for (let i = 0; i < n; i++) if (fitsRadius(programs[i], f.zip, radius, dist(i))) setBit(b, i);
    active.push({ key: 'zip', bits: b });
  }
  const tuitionReported = !!f.tuitionReported;
  if (f.maxTuition !== undefined || tuitionReported) {
    const max = f.maxTuition ?? Infinity;
    const t = index.tuition;
    active.push({ key: 'tuition', bits: passing(index, key('tuition', [max, tuitionReported]), (_, i) => (Number.isNaN(t[i]) ? !tuitionReported : t[i] <= max)) });
  }

  // The programs passing every filter, and for each filter those passing every other one
  // (what choosing another option of that group would give): prefix and suffix intersections.
  const k = active.length;
  const none0 = everyone(n, words);
  const before: Bits[] = [none0];
  for (let i = 0; i < k; i++) before.push(and(before[i], active[i].bits));
  const all = before[k];
  const others: Partial<Record<FilterKey, Bits>> = {};
  let after = none0;
  for (let i = k - 1; i >= 0; i--) {
    others[active[i].key] = and(before[i], after);
    after = and(after, active[i].bits);
  }
  // Facet counts: an OR group's options count the programs passing every other filter; a group
  // not set, or an AND group (exams), counts those passing every filter.
  const base = (g: Exclude<FilterKey, 'search'>): Bits => (active.find((a) => a.key === g)?.and ? all : (others[g] ?? all));

  const facets = {} as Facets;
  for (const g of STATIC) facets[g] = {};
  index.slots.forEach(([g, o], s) => {
    const c = countBoth(base(g), index.bits[s]);
    if (c) facets[g][o] = c;
  });
  const zipCounts: Counts = (facets.zip = {});
  const zipBase = base('zip');
  if (origin) {
    for (const m of RADII) {
      let c = 0;
      each(zipBase, (i) => fitsRadius(programs[i], f.zip, m, dist(i)) && c++);
      if (c) zipCounts[m] = c;
    }
  } else {
    // Without an origin no campus has a distance: only online programs fit a radius, whatever the radius.
    const c = countBoth(zipBase, passing(index, key('online from', f.zip ? zipState(f.zip) ?? '' : ''), (p) => fitsRadius(p, f.zip, 0, undefined)));
    if (c) for (const m of RADII) zipCounts[m] = c;
  }
  const tuitionCounts: Counts = (facets.tuition = {});
  const tuitionBase = base('tuition');
  const unreported = countBoth(tuitionBase, index.tuitionNone);
  TUITION_LIMITS.forEach((m, i) => {
    const c = countBoth(tuitionBase, index.tuitionWithin[i]) + (tuitionReported ? 0 : unreported);
    if (c) tuitionCounts[m] = c;
  });
  if (unreported) tuitionCounts[NONE] = unreported;

  // Matches in catalog order, then sorted.
  const total = count(all);
  let order = new Int32Array(total);
  let at = 0;
  each(all, (i) => (order[at++] = i));
  order = sortMatches(index, order, sort, { scores: searched?.scores, distances, names: sort === 'name' ? nameRank(index, locale) : undefined });

  // Built per page asked for (20 cards), not kept per program: the index holds no object per program.
  const hitOf = (i: number): Hit => {
    const d = dist(i);
    return d === undefined ? { program: programs[i], exams: examEligibility(programs[i]) } : { program: programs[i], exams: examEligibility(programs[i]), distance: d };
  };
  const page = (offset: number, size: number): Hit[] => Array.from(order.subarray(Math.max(0, offset), Math.max(0, offset + size)), hitOf);
  let hits: Hit[] | undefined;

  // When nothing matches, the programs passing every filter but one fail only that one.
  const suggestions =
    total === 0
      ? active
          .map((a) => ({ filter: a.key, count: count(others[a.key]!) }))
          .filter((s) => s.count > 0)
          .sort((a, b) => b.count - a.count)
      : [];
  return {
    get hits() {
      return (hits ??= page(0, total));
    },
    total,
    page,
    facets,
    suggestions,
  };
}

interface SortKeys {
  /** Search score by catalog order (with search text). */
  scores?: Int32Array;
  /** Miles by catalog order; NaN: no location. */
  distances?: Float64Array;
  /** Rank by name, by catalog order. */
  names?: Int32Array;
}

/** Sorts catalog positions in place. Not reported (distance, tuition) sorts last; ties keep the catalog's order. */
function sortMatches<T extends Int32Array>(index: Index, list: T, sort: SortKey, keys: SortKeys): T {
  const { scores, distances, names } = keys;
  // Matches arrive in catalog order, so relevance without search text needs no sort.
  if (sort === 'relevance' && !scores) return list;
  if (sort === 'relevance') {
    // Scores are small whole numbers: bucket them (best first, catalog order kept) instead of a comparison sort.
    const buckets: number[][] = [];
    for (const i of list) (buckets[scores![i]] ??= []).push(i);
    let at = 0;
    for (let s = buckets.length - 1; s >= 0; s--) for (const i of buckets[s] ?? []) list[at++] = i;
    return list;
  }
  const ps = index.programs;
  const last = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? Number.MAX_VALUE : v);
  const awards = (i: number) => ps[i].completions?.[0]?.awards;
  const by: Record<SortKey, (a: number, b: number) => number> = {
    relevance: () => 0, // bucketed above
    distance: (a, b) => last(distances?.[a]) - last(distances?.[b]),
    shortest: (a, b) => ps[a].lengthMonths.min - ps[b].lengthMonths.min || ps[a].lengthMonths.max - ps[b].lengthMonths.max,
    tuition: (a, b) => last(index.tuition[a]) - last(index.tuition[b]),
    graduates: (a, b) => Number(awards(a) === undefined) - Number(awards(b) === undefined) || (awards(b) ?? 0) - (awards(a) ?? 0),
    name: (a, b) => names![a] - names![b],
  };
  const cmp = by[sort];
  return list.sort((a, b) => cmp(a, b) || a - b);
}

/** Program fields a filter or a card depends on, which a catalog may not report. */
export const REPORTABLE = ['delivery', 'tuition', 'accreditation', 'schedule', 'languages', 'control', 'completions', 'url'] as const;
export type Reportable = (typeof REPORTABLE)[number];

const coverages = new WeakMap<readonly Program[], Record<Reportable, number>>();
/** How many programs report each field (once per programs array): 0 means the catalog does not report it. */
export function coverage(programs: readonly Program[]): Record<Reportable, number> {
  let c = coverages.get(programs);
  if (c) return c;
  c = { delivery: 0, tuition: 0, accreditation: 0, schedule: 0, languages: 0, control: 0, completions: 0, url: 0 };
  for (const p of programs) {
    if (p.delivery) c.delivery++;
    if (p.tuition) c.tuition++;
    if (p.accreditation) c.accreditation++;
    if (p.schedule) c.schedule++;
    if (p.languages) c.languages++;
    if (p.institution.control) c.control++;
    if (p.completions?.length) c.completions++;
    if (p.url) c.url++;
  }
  coverages.set(programs, c);
  return c;
}

/** A 5-digit ZIP typed into the search box ("78701", "evening 78701") and the rest of the text. */
export function splitSearch(text: string): { q: string; zip?: string } {
  const words = text.trim().split(/\s+/);
  const at = words.findIndex((w) => /^\d{5}$/.test(w));
  if (at < 0) return { q: text };
  return { q: words.filter((_, i) => i !== at).join(' '), zip: words[at] };
}
