/// <reference types="node" />
/**
 * `ma-catalog stats FILE [--json]`: how many programs report each optional
 * field, in all and per credential and state, so a publisher sees the gaps
 * ("tuition 12%, delivery 0%") before publishing. `catalogStats` is pure.
 */
import { CREDENTIALS, type Catalog, type Program } from '../catalog/schema.js';
import { CatalogError } from '../catalog/errors.js';
import { parseCatalogText } from '../catalog/validate.js';
import { CliError, parseArgs, readText, stableJson, type ExitCode, type Io } from './io.js';

/** The fields counted, named as the CSV columns are (so a gap points at the column to fill), a short header, and when a program reports it. */
export const STAT_FIELDS: readonly { field: string; short: string; has: (p: Program) => boolean }[] = [
  { field: 'name_es', short: 'name_es', has: (p) => typeof p.name === 'object' && !!p.name.es },
  { field: 'ipeds_id', short: 'ipeds', has: (p) => p.institution.ipedsId !== undefined },
  { field: 'control', short: 'control', has: (p) => p.institution.control !== undefined },
  { field: 'school_accredited', short: 'inst_acc', has: (p) => p.institution.accredited !== undefined },
  { field: 'zip', short: 'zip', has: (p) => p.location.zip !== undefined },
  { field: 'lat/lon', short: 'lat/lon', has: (p) => p.location.lat !== undefined && p.location.lon !== undefined },
  { field: 'delivery', short: 'delivery', has: (p) => p.delivery !== undefined },
  { field: 'length (school)', short: 'length', has: (p) => p.lengthMonths.basis !== 'award-level' },
  { field: 'tuition', short: 'tuition', has: (p) => p.tuition !== undefined },
  { field: 'accreditation', short: 'accred', has: (p) => p.accreditation !== undefined },
  { field: 'contact_hours', short: 'hours', has: (p) => p.contactHours !== undefined },
  { field: 'externship_hours', short: 'extern', has: (p) => p.externshipHours !== undefined },
  { field: 'schedule', short: 'sched', has: (p) => !!p.schedule?.length },
  { field: 'languages', short: 'lang', has: (p) => !!p.languages?.length },
  { field: 'outcomes', short: 'outcome', has: (p) => p.outcomes !== undefined },
  { field: 'completions', short: 'grads', has: (p) => !!p.completions?.length },
  { field: 'online_states', short: 'onl_st', has: (p) => !!p.onlineStates?.length },
  { field: 'url', short: 'url', has: (p) => p.url !== undefined },
  { field: 'sponsored', short: 'sponsor', has: (p) => p.sponsored !== undefined },
  { field: 'provenance', short: 'prov', has: (p) => !!p.provenance?.length },
];

export interface GroupStats {
  programs: number;
  /** Per field: how many programs report it, and that as a whole percent (never 0 unless none, never 100 unless all). */
  fields: Record<string, { count: number; percent: number }>;
}

export interface CatalogStats {
  programs: number;
  all: GroupStats;
  byCredential: Record<string, GroupStats>;
  byState: Record<string, GroupStats>;
}

/** 0 only when none, 100 only when all: 1 of 400 is "1%", not "0%". */
export function percent(count: number, total: number): number {
  if (!total || !count) return 0;
  if (count === total) return 100;
  return Math.min(99, Math.max(1, Math.round((count / total) * 100)));
}

function group(programs: Program[]): GroupStats {
  const fields: GroupStats['fields'] = {};
  for (const f of STAT_FIELDS) {
    const count = programs.filter(f.has).length;
    fields[f.field] = { count, percent: percent(count, programs.length) };
  }
  return { programs: programs.length, fields };
}

const groupBy = (programs: Program[], key: (p: Program) => string, order: (a: string, b: string) => number) => {
  const map = new Map<string, Program[]>();
  for (const p of programs) {
    const list = map.get(key(p));
    if (list) list.push(p);
    else map.set(key(p), [p]);
  }
  return Object.fromEntries([...map.keys()].sort(order).map((k) => [k, group(map.get(k)!)]));
};

export function catalogStats(catalog: Catalog): CatalogStats {
  const ps = catalog.programs;
  return {
    programs: ps.length,
    all: group(ps),
    byCredential: groupBy(ps, (p) => p.credential, (a, b) => CREDENTIALS.indexOf(a as never) - CREDENTIALS.indexOf(b as never)),
    byState: groupBy(ps, (p) => p.location.state, (a, b) => (a < b ? -1 : a > b ? 1 : 0)),
  };
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ').trimEnd()).join('\n');
}

/** The two tables: fields by credential, then states by field. */
export function formatStats(s: CatalogStats, file: string): string {
  const states = Object.keys(s.byState);
  const head = `${file}: ${s.programs} program(s) in ${states.length} state(s); the share of programs that report each field`;
  if (!s.programs) return head + '\n';
  const groups: [string, GroupStats][] = [['all', s.all], ...Object.entries(s.byCredential)];
  const byField = [
    ['field', ...groups.map(([g]) => g)],
    ['programs', ...groups.map(([, g]) => String(g.programs))],
    ...STAT_FIELDS.map((f) => [f.field, ...groups.map(([, g]) => `${g.fields[f.field].percent}%`)]),
  ];
  // A field that no state reports, or every program of every state does, is said once above, not in every row.
  const st = Object.values(s.byState);
  const varies = STAT_FIELDS.filter((f) => !st.every((g) => g.fields[f.field].percent === st[0].fields[f.field].percent && [0, 100].includes(g.fields[f.field].percent)));
  const byState = [
    ['state', 'programs', ...varies.map((f) => f.short)],
    ...Object.entries(s.byState).map(([code, g]) => [code, String(g.programs), ...varies.map((f) => `${g.fields[f.field].percent}%`)]),
  ];
  const left = STAT_FIELDS.length - varies.length;
  return `${head}\n\n${table(byField)}\n\nBy state${left ? ` (${left} field(s) that are 0% or 100% in every state left out)` : ''}:\n${table(byState)}\n`;
}

export async function statsCommand(args: string[], io: Io): Promise<ExitCode> {
  const { positional, values } = parseArgs(args, { json: 'flag' });
  if (positional.length !== 1) throw new CliError(2, ['ma-catalog stats: name one catalog FILE (ma-catalog stats catalog.json [--json])']);
  const [file] = positional;
  let catalog: Catalog;
  try {
    catalog = parseCatalogText(readText(file), file);
  } catch (e) {
    if (!(e instanceof CatalogError)) throw e;
    if (e.kind === 'not-json') throw new CliError(2, [`${file}: not JSON (${(e.cause as Error | undefined)?.message ?? e.message})`]);
    throw new CliError(1, e.issues.map((i) => `${file}: ${i.path}: ${i.message}`));
  }
  const s = catalogStats(catalog);
  io.out(values.json ? stableJson(s) : formatStats(s, file));
  return 0;
}
