/**
 * Finder filters to and from text: the element's attributes and the page's
 * query string (`sync-url`) use the same names, so a search is shareable and
 * `<ma-get-matched>` can hand its answers over as a link (see
 * `answersToQuery` in programs/match.ts). Everything read is checked against
 * the allowed values: a URL is input from anyone.
 *
 * Names: q, state, zip, radius, delivery, credential, control, months,
 * tuition, reported, accreditation, exam, schedule, language, sort. Lists are
 * comma-separated (spaces also accepted in attributes). With a prefix
 * (`sync-url="finder2"`) each name becomes `finder2.state` and so on, so two
 * finders on one page keep their own parameters.
 */
import { CONTROLS, CREDENTIALS, DELIVERY, SCHEDULES } from '../../catalog/vocabulary.js';
import { EXAMS } from '../../programs/eligibility.js';
import { SORTS, type FilterKey, type ProgramFilters, type SortKey } from '../../programs/query.js';

export const PARAMS = ['q', 'state', 'zip', 'radius', 'delivery', 'credential', 'control', 'months', 'tuition', 'reported', 'accreditation', 'exam', 'schedule', 'language', 'sort'];

type Get = (name: string) => string | null | undefined;

function list<T extends string>(raw: string | null | undefined, allowed: readonly T[]): T[] | undefined {
  const out = (raw ?? '').split(/[\s,]+/).filter((v): v is T => (allowed as readonly string[]).includes(v));
  return out.length ? [...new Set(out)] : undefined;
}

function num(raw: string | null | undefined): number | undefined {
  const n = raw ? Number(raw) : NaN;
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

/** Filters from named values (attributes or URL parameters); unknown or malformed values are dropped. */
export function readFilters(get: Get): { filters: ProgramFilters; sort?: SortKey } {
  const state = get('state')?.trim().toUpperCase();
  const zip = get('zip')?.trim();
  const accreditation = get('accreditation')?.trim();
  const sort = get('sort') as SortKey;
  const filters: ProgramFilters = {
    q: get('q')?.slice(0, 200) || undefined,
    state: state && /^[A-Z]{2}$/.test(state) ? state : undefined,
    zip: zip && /^\d{5}$/.test(zip) ? zip : undefined,
    radius: num(get('radius')),
    delivery: list(get('delivery'), DELIVERY),
    credential: list(get('credential'), CREDENTIALS),
    control: list(get('control'), CONTROLS),
    maxMonths: num(get('months')),
    maxTuition: num(get('tuition')),
    tuitionReported: get('reported') === '1' || undefined,
    accreditation: accreditation === 'CAAHEP' || accreditation === 'ABHES' || accreditation === 'any' ? accreditation : undefined,
    exams: list(get('exam'), EXAMS),
    schedule: list(get('schedule'), SCHEDULES),
    spanish: get('language') === 'es' || undefined,
  };
  for (const k of Object.keys(filters) as (keyof ProgramFilters)[]) if (filters[k] === undefined) delete filters[k];
  return { filters, sort: SORTS.includes(sort) ? sort : undefined };
}

/** The filters (and a sort other than relevance) as query-string pairs. */
export function writeFilters(f: ProgramFilters, sort: SortKey): [string, string][] {
  const pairs: [string, string | number | undefined][] = [
    ['q', f.q?.trim()],
    ['state', f.state],
    ['zip', f.zip],
    ['radius', f.zip ? f.radius : undefined],
    ['delivery', f.delivery?.join(',')],
    ['credential', f.credential?.join(',')],
    ['control', f.control?.join(',')],
    ['months', f.maxMonths],
    ['tuition', f.maxTuition],
    ['reported', f.tuitionReported ? '1' : undefined],
    ['accreditation', f.accreditation],
    ['exam', f.exams?.join(',')],
    ['schedule', f.schedule?.join(',')],
    ['language', f.spanish ? 'es' : undefined],
    ['sort', sort === 'relevance' ? undefined : sort],
  ];
  return pairs.filter((p): p is [string, string | number] => p[1] !== undefined && p[1] !== '').map(([k, v]) => [k, String(v)]);
}

/** The URL parameters of each filter group. */
export const GROUP_PARAMS: Record<FilterKey, string[]> = {
  search: ['q'],
  state: ['state'],
  zip: ['zip', 'radius'],
  delivery: ['delivery'],
  credential: ['credential'],
  control: ['control'],
  length: ['months'],
  tuition: ['tuition', 'reported'],
  accreditation: ['accreditation'],
  exams: ['exam'],
  schedule: ['schedule'],
  language: ['language'],
};

/** A parameter's name in the URL: `state`, or `finder2.state` with a prefix. */
export const paramName = (name: string, prefix = '') => (prefix ? `${prefix}.${name}` : name);

/** What the URL says for one finder: its filters, the groups it names (even empty: a cleared filter), and its sort. */
export interface UrlLayer {
  filters: ProgramFilters;
  groups: FilterKey[];
  sort?: SortKey;
}

/** The finder's own parameters in `search`, as a layer to lay over the attributes. */
export function readUrl(search: string, prefix = ''): UrlLayer {
  const params = new URLSearchParams(search);
  const get = (n: string) => params.get(paramName(n, prefix));
  const groups = (Object.keys(GROUP_PARAMS) as FilterKey[]).filter((g) => GROUP_PARAMS[g].some((n) => params.has(paramName(n, prefix))));
  return { ...readFilters(get), groups };
}

/** The finder's own parameters in `search`, as one comparable string (to tell whether a history change concerns it). */
export function ownParams(search: string, prefix = ''): string {
  const params = new URLSearchParams(search);
  return PARAMS.map((n) => paramName(n, prefix))
    .filter((n) => params.has(n))
    .map((n) => `${n}=${params.get(n)}`)
    .join('&');
}

/**
 * `search` (a location.search) with this finder's parameters replaced by these filters; other parameters
 * (the host page's, another finder's) are kept. `cleared`: groups to write as empty (`state=`), because the
 * attributes set them and the person removed them, which a missing parameter could not say.
 */
export function mergeSearch(search: string, f: ProgramFilters, sort: SortKey, prefix = '', cleared: FilterKey[] = []): string {
  const params = new URLSearchParams(search);
  for (const k of PARAMS) params.delete(paramName(k, prefix));
  for (const g of cleared) params.set(paramName(GROUP_PARAMS[g][0], prefix), '');
  for (const [k, v] of writeFilters(f, sort)) params.set(paramName(k, prefix), v);
  const s = params.toString();
  return s ? `?${s}` : '';
}
