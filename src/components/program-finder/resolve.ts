/**
 * Which filters a finder applies, from four layers: the publisher's
 * attributes, the page URL (with `sync-url`), and the person's choices (and a
 * quiz hand-off, which the person asked for). Pure, so the locking rule is
 * tested on its own:
 *
 * - The URL lays over the attributes group by group: a group the URL names
 *   replaces the attribute's value (an empty `state=` clears it); a group it
 *   does not name keeps the attribute's value.
 * - The person's choices lay over both.
 * - A group hidden with `hide-filters` is locked: it is whatever the
 *   attributes say (set or not), whatever the URL or the person ask for.
 */
import type { FilterKey, ProgramFilters } from '../../programs/query.js';
import type { UrlLayer } from './params.js';

/** Which filter properties each filter group owns. */
export const OWNS: Record<FilterKey, (keyof ProgramFilters)[]> = {
  search: ['q'],
  state: ['state'],
  zip: ['zip', 'radius'],
  delivery: ['delivery'],
  credential: ['credential'],
  control: ['control'],
  length: ['maxMonths'],
  tuition: ['maxTuition', 'tuitionReported'],
  accreditation: ['accreditation'],
  exams: ['exams'],
  schedule: ['schedule'],
  language: ['spanish'],
};

const GROUPS = Object.keys(OWNS) as FilterKey[];

/** Filters without empty values, so that "no filter" has one shape. */
export function clean(f: Partial<ProgramFilters>): ProgramFilters {
  const out: ProgramFilters = {};
  for (const [k, v] of Object.entries(f)) if (v !== undefined && v !== '' && v !== false && !(Array.isArray(v) && !v.length)) (out as Record<string, unknown>)[k] = v;
  return out;
}

/** The groups a set of filters sets. */
export function groupsSet(f: ProgramFilters): FilterKey[] {
  return GROUPS.filter((g) => (g === 'zip' ? f.zip !== undefined : OWNS[g].some((k) => f[k] !== undefined)));
}

function take(into: Partial<ProgramFilters>, from: Partial<ProgramFilters>, group: FilterKey) {
  for (const k of OWNS[group]) (into as Record<string, unknown>)[k] = from[k];
}

/**
 * The filters to apply. `hidden`: the groups named in `hide-filters` (locked). `url`: the finder's own URL
 * parameters, or undefined without `sync-url`. `person`: what the person set since (a key present with
 * `undefined` is a filter they removed).
 */
export function resolveFilters(
  attributes: ProgramFilters,
  hidden: readonly string[],
  url: UrlLayer | undefined,
  person: Partial<ProgramFilters> | undefined,
): ProgramFilters {
  const out: Partial<ProgramFilters> = { ...attributes };
  for (const g of url?.groups ?? []) take(out, url!.filters, g);
  if (person) for (const k of Object.keys(person) as (keyof ProgramFilters)[]) (out as Record<string, unknown>)[k] = person[k];
  for (const g of GROUPS) if (hidden.includes(g)) take(out, attributes, g);
  return clean(out);
}
