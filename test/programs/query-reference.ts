/**
 * The finder's previous query engine (src/programs/query.ts before the bitset engine), kept
 * unchanged as the oracle of test/programs/query-bitset.test.ts: the new engine must give the
 * same results, order, distances, facets and suggestions. Its types and constants come from
 * the real module; only the engine is here. Not used by the library.
 */
import type { Control, Credential, Delivery, Program, Schedule } from '../../src/catalog/schema.js';
import { localize, toLocale, type Locale } from '../../src/i18n/lang.js';
import { examEligibility, EXAMS, type Eligibility, type Exam } from '../../src/programs/eligibility.js';
import type { LatLon } from '../../src/programs/geo.js';
import { fitsRadius, fitsState, isOnline, programDistance } from '../../src/programs/place.js';
import { totalTuition } from '../../src/programs/tuition.js';
import { MONTH_LIMITS, NONE, RADII, TUITION_LIMITS, type Counts, type Facets, type FilterKey, type ProgramFilters, type QueryOptions, type SortKey } from '../../src/programs/query.js';

export interface Hit {
  program: Program;
  exams: Record<Exam, Eligibility>;
  distance?: number;
}

export interface QueryResult {
  hits: Hit[];
  facets: Facets;
  suggestions: { filter: FilterKey; count: number }[];
}

interface Entry {
  program: Program;
  /** The result for this program when there is no distance: built once, so a keystroke allocates nothing per match. */
  hit: Hit;
  order: number;
  text: string;
  exams: Record<Exam, Eligibility>;
  /** Estimated whole-program tuition in US dollars; undefined: not reported (or in another currency). */
  tuition?: number;
  /** Graduates in the newest award year reported; undefined: not reported. */
  awards?: number;
  spanish: boolean;
  /** Facet slots (see `Index.slots`) of the options the program has, all static groups in one list. */
  slots: number[];
}

/** Facet groups whose options do not depend on the filters: counted through precomputed slots. */
const STATIC = ['state', 'delivery', 'credential', 'length', 'accreditation', 'exams', 'schedule', 'language', 'control'] as const;
type StaticKey = (typeof STATIC)[number];

interface Index {
  entries: Entry[];
  /** Slot number -> [group, option]: facet counts are one typed array indexed by slot. */
  slots: [StaticKey, string][];
  /** Slot number -> position of its group in STATIC. */
  slotGroup: number[];
  /** Position of each program when sorted by name, per locale (computed on first use). */
  ranks: Partial<Record<Locale, Int32Array>>;
}

function nameRank(index: Index, locale: Locale): Int32Array {
  let r = index.ranks[locale];
  if (!r) {
    // Folded names are only needed for this sort, so they are not part of the index build.
    const names = index.entries.map((e) => fold(localize(e.program.name, locale)));
    const key = (i: number) => names[i];
    const sorted = index.entries.map((e) => e.order).sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a - b));
    const ranked = (r = index.ranks[locale] = new Int32Array(sorted.length));
    sorted.forEach((order, rank) => (ranked[order] = rank));
  }
  return r;
}

/** Lower case, accents removed: "San José" -> "san jose". */
export function fold(s: string): string {
  // Most names are plain ASCII, which needs no decomposition.
  if (!/[^\x00-\x7f]/.test(s)) return s.toLowerCase();
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

function allTexts(t: Program['name']): string[] {
  return typeof t === 'string' ? [t] : Object.values(t);
}

const indexes = new WeakMap<readonly Program[], Index>();

/** Builds the index of `programs` one program at a time (`entry`); `finish` stores it for the array. */
function indexBuilder(programs: readonly Program[]) {
  const slots: Index['slots'] = [];
  const slotGroup: number[] = [];
  // One map per group (no string keys to build): this runs about ten times per program on first render.
  const slotOf = STATIC.map(() => new Map<string | number, number>());
  let own: number[] = [];
  const put = (g: number, option: string | number) => {
    let n = slotOf[g].get(option);
    if (n === undefined) {
      slotOf[g].set(option, (n = slots.length));
      slots.push([STATIC[g], String(option)]);
      slotGroup.push(g);
    }
    own.push(n);
  };
  // An online program counts toward every state it takes students from (the place rule in ./place.ts).
  let states: string[] | undefined;
  const entry = (p: Program, order: number): Entry => {
    const exams = examEligibility(p);
    const spanish = !!p.languages?.some((l) => toLocale(l) === 'es');
    own = [];
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
    if (spanish) put(7, 'es');
    if (!p.languages) put(7, NONE);
    put(8, p.institution.control ?? NONE);
    return {
      program: p,
      hit: { program: p, exams },
      order,
      // "\n" keeps words of different fields from running together into false matches.
      text: fold([...allTexts(p.name), ...allTexts(p.institution.name), p.location.city].join('\n')),
      exams,
      tuition: totalTuition(p),
      awards: p.completions?.[0]?.awards,
      spanish,
      slots: own,
    };
  };
  const finish = (entries: Entry[]): Index => {
    const index: Index = { entries, slots, slotGroup, ranks: {} };
    indexes.set(programs, index);
    return index;
  };
  return { entry, finish };
}

/** The normalized search index of a catalog's programs, built once per programs array. */
export function indexPrograms(programs: readonly Program[]): Index {
  const index = indexes.get(programs);
  if (index) return index;
  const b = indexBuilder(programs);
  return b.finish(programs.map(b.entry));
}

/** A test for one filter group. */
interface Group {
  key: Exclude<FilterKey, 'search'>;
  active: boolean;
  pass(e: Entry, d: number | undefined): boolean;
  /** Facet options that depend on the filters (radius, tuition); the other groups use `Entry.slots`. */
  limits?: readonly number[];
  within?(e: Entry, d: number | undefined, limit: number): boolean;
  /** AND group: its options count only programs that pass every filter, this group included. */
  and?: boolean;
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
  const tuitionLimit = (e: Entry, _d: unknown, max: number) => (e.tuition === undefined ? !f.tuitionReported : e.tuition <= max);

  const groups: Group[] = [
    { key: 'state', active: !!f.state, pass: (e) => fitsState(e.program, f.state) },
    { key: 'delivery', active: has(f.delivery), pass: (e) => f.delivery!.includes(e.program.delivery!) },
    { key: 'credential', active: has(f.credential), pass: (e) => f.credential!.includes(e.program.credential) },
    { key: 'length', active: f.maxMonths !== undefined, pass: (e) => e.program.lengthMonths.min <= f.maxMonths! },
    {
      key: 'accreditation',
      active: !!f.accreditation,
      pass: (e) => !!e.program.accreditation && (f.accreditation === 'any' || e.program.accreditation.body === f.accreditation),
    },
    { key: 'exams', active: has(f.exams), pass: (e) => f.exams!.every((x) => e.exams[x] === 'yes'), and: true },
    { key: 'schedule', active: has(f.schedule), pass: (e) => f.schedule!.some((s) => e.program.schedule?.includes(s)) },
    { key: 'language', active: !!f.spanish, pass: (e) => e.spanish },
    { key: 'control', active: has(f.control), pass: (e) => !!e.program.institution.control && f.control!.includes(e.program.institution.control) },
    // The two groups whose options depend on the filters come last (after the STATIC ones, in order).
    {
      key: 'zip',
      active: radius !== undefined,
      pass: (e, d) => fitsRadius(e.program, f.zip, radius!, d),
      limits: RADII,
      within: (e, d, r) => fitsRadius(e.program, f.zip, r, d),
    },
    {
      key: 'tuition',
      active: f.maxTuition !== undefined || !!f.tuitionReported,
      pass: (e) => tuitionLimit(e, 0, f.maxTuition ?? Infinity),
      limits: TUITION_LIMITS,
      within: tuitionLimit,
    },
  ];
  const active = groups.filter((g) => g.active);
  const index = indexPrograms(programs);
  const counts = new Int32Array(index.slots.length);
  const dynamic: Record<'zip' | 'tuition', Counts> = { zip: {}, tuition: {} };
  const onlyFailed: Partial<Record<FilterKey, number>> = {};
  // Matches as entries, their score and distance in typed arrays by catalog order:
  // no object per match, so a keystroke at 10,000 programs leaves little to collect.
  const matched: Entry[] = [];
  const scores = new Int32Array(index.entries.length);
  const distances = origin ? new Float64Array(index.entries.length).fill(NaN) : undefined;

  for (const e of index.entries) {
    // Search text is a filter like the others, except that it has no facet.
    let failed: FilterKey | undefined;
    let fails = 0;
    let score = 0;
    for (const t of tokens) {
      const at = e.text.indexOf(t);
      if (at < 0) {
        fails = 1;
        failed = 'search';
        break;
      }
      // A match at the start of a word ranks above one inside a word.
      score += at === 0 || e.text.charCodeAt(at - 1) < 48 ? 2 : 1;
    }
    const d = origin ? programDistance(e.program, origin, zipLocation) : undefined;
    for (let i = 0; i < active.length && fails < 2; i++) {
      if (!active[i].pass(e, d)) {
        failed = active[i].key;
        fails++;
      }
    }
    if (fails > 1) continue;
    if (fails === 1) onlyFailed[failed!] = (onlyFailed[failed!] ?? 0) + 1;
    // Facets: a program that passes everything counts toward every group; one that fails
    // exactly one OR group counts toward that group only (what choosing another option would give).
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i];
      if (fails === 1 && (g.key !== failed || g.and)) continue;
      if (g.limits) {
        const c = dynamic[g.key as 'zip' | 'tuition'];
        for (const m of g.limits) if (g.within!(e, d, m)) c[m] = (c[m] ?? 0) + 1;
        if (g.key === 'tuition' && e.tuition === undefined) c[NONE] = (c[NONE] ?? 0) + 1;
      } else if (fails === 0) {
        // Every static group at once (they come first in `groups`, in STATIC order).
        if (i === 0) for (const n of e.slots) counts[n]++;
      } else for (const n of e.slots) if (index.slotGroup[n] === i) counts[n]++;
    }
    if (fails === 0) {
      matched.push(e);
      scores[e.order] = score;
      if (distances && d !== undefined) distances[e.order] = d;
    }
  }

  const facets = { ...dynamic } as Facets;
  for (const k of STATIC) facets[k] = {};
  index.slots.forEach(([g, o], n) => counts[n] && (facets[g][o] = counts[n]));

  const sorted = sortMatches(matched, sort, { scores, distances, names: sort === 'name' ? nameRank(index, locale) : undefined }, tokens.length > 0);
  const hits = distances
    ? sorted.map((e): Hit => {
        const d = distances[e.order];
        return Number.isNaN(d) ? e.hit : { program: e.program, exams: e.exams, distance: d };
      })
    : sorted.map((e) => e.hit);

  const suggestions =
    hits.length === 0
      ? [...(tokens.length ? ['search' as const] : []), ...active.map((g) => g.key)]
          .map((filter) => ({ filter, count: onlyFailed[filter] ?? 0 }))
          .filter((s) => s.count > 0)
          .sort((a, b) => b.count - a.count)
      : [];
  return { hits, facets, suggestions };
}

interface SortKeys {
  /** Search score by catalog order. */
  scores: Int32Array;
  /** Miles by catalog order; NaN: no location. */
  distances?: Float64Array;
  /** Rank by name, by catalog order. */
  names?: Int32Array;
}

/** Not reported (distance, tuition) sorts last; ties keep the catalog's order. */
function sortMatches(list: Entry[], sort: SortKey, keys: SortKeys, scored: boolean): Entry[] {
  // Matches arrive in catalog order, so relevance without search text needs no sort.
  if (sort === 'relevance' && !scored) return list;
  const { scores, distances, names } = keys;
  if (sort === 'relevance') {
    // Scores are small whole numbers: bucket them (best first, catalog order kept) instead of a comparison sort.
    const buckets: Entry[][] = [];
    for (const e of list) (buckets[scores[e.order]] ??= []).push(e);
    const out: Entry[] = [];
    for (let i = buckets.length - 1; i >= 0; i--) for (const e of buckets[i] ?? []) out.push(e);
    return out;
  }
  const last = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? Number.MAX_VALUE : v);
  const by: Record<SortKey, (a: Entry, b: Entry) => number> = {
    relevance: () => 0, // bucketed above
    distance: (a, b) => last(distances?.[a.order]) - last(distances?.[b.order]),
    shortest: (a, b) => a.program.lengthMonths.min - b.program.lengthMonths.min || a.program.lengthMonths.max - b.program.lengthMonths.max,
    tuition: (a, b) => last(a.tuition) - last(b.tuition),
    graduates: (a, b) => Number(a.awards === undefined) - Number(b.awards === undefined) || (b.awards ?? 0) - (a.awards ?? 0),
    name: (a, b) => names![a.order] - names![b.order],
  };
  const cmp = by[sort];
  return list.sort((a, b) => cmp(a, b) || a.order - b.order);
}
