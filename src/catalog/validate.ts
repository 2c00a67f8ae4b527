/**
 * Turns parsed JSON into a typed Catalog or a CatalogError. Shared by the
 * browser loader, the controller (for `catalog` objects) and the CLI.
 */
import * as z from 'zod/mini';
import {
  CATALOG_VERSION, CatalogSchema, CatalogShape, CareerPathSchema, FaqSchema, OccupationSchema, ProgramSchema, SalaryTableSchema, StepSchema,
  checkReferences, type Catalog, type Program, type SalaryTable,
} from './schema.js';
import { CatalogError, formatPath, schemaError, type CatalogIssue } from './errors.js';
import { issuesFromZod } from './zod-issues.js';
import { parseJson } from './parse.js';
import type { LenientResult, SkippedRecord } from './result.js';
import { SLICE, yieldToPage } from './yield.js';

// Moved to zod-free modules (the browser loads this one only for catalogs that need a full check); still exported from here.
export { parseJson, parseJsonInSlices } from './parse.js';
export { strictResult, type LenientResult, type SkippedRecord } from './result.js';
export { SLICE } from './yield.js';

function checkVersion(data: unknown, url?: string) {
  const version = data && typeof data === 'object' ? (data as { catalogVersion?: unknown }).catalogVersion : undefined;
  if (version !== CATALOG_VERSION && version !== undefined) {
    throw new CatalogError('unsupported-version', `catalogVersion ${JSON.stringify(version)} is not supported; this version of ma-widgets reads catalogVersion ${CATALOG_VERSION}`, {
      url,
      issues: [{ path: 'catalogVersion', message: `expected ${CATALOG_VERSION}, got ${JSON.stringify(version)}` }],
    });
  }
}

export function validateCatalog(data: unknown, url?: string): Catalog {
  checkVersion(data, url);
  const result = CatalogSchema.safeParse(data, { reportInput: true });
  if (result.success) return result.data;
  throw schemaError(issuesFromZod(result.error.issues as never), url);
}



const programList = z.array(ProgramSchema);

/**
 * The same checks as `validateCatalog`, with the same issues and paths, but a
 * large catalog's programs are checked a slice at a time with the page free in
 * between: 10,000 programs would otherwise freeze the page for 100 ms or more.
 * Small catalogs are checked at once.
 */
export async function validateCatalogInSlices(data: unknown, url?: string, slice = SLICE, pause: () => Promise<void> = yieldToPage): Promise<Catalog> {
  const programs = (data as { programs?: unknown } | null)?.programs;
  if (!Array.isArray(programs) || programs.length <= slice) return validateCatalog(data, url);
  checkVersion(data, url);
  const issues: CatalogIssue[] = [];
  const rest = CatalogShape.safeParse({ ...(data as object), programs: [] }, { reportInput: true });
  if (!rest.success) issues.push(...issuesFromZod(rest.error.issues as never));
  const parsed: Program[] = [];
  for (let start = 0; start < programs.length; start += slice) {
    await pause();
    const part = programList.safeParse(programs.slice(start, start + slice), { reportInput: true });
    if (part.success) parsed.push(...part.data);
    else issues.push(...issuesFromZod(part.error.issues.map((i) => ({ ...i, path: [start + (i.path[0] as number), ...i.path.slice(1)] })) as never, ['programs']));
  }
  if (!issues.length && rest.success) {
    const catalog = { ...rest.data, programs: parsed };
    const refs: CatalogIssue[] = [];
    checkReferences(catalog, { addIssue: (i) => refs.push(...issuesFromZod([i as never])) });
    if (!refs.length) return catalog;
    issues.push(...refs);
  }
  throw schemaError(issues, url);
}

const RECORD_LISTS = ['programs', 'occupations', 'salaryTables', 'careerPaths', 'steps', 'faq'] as const;
const SalaryRowSchema = SalaryTableSchema.def.shape.rows.def.element;
const described = (issues: CatalogIssue[]) => issues.map((i) => `${i.path}: ${i.message}`).join('; ');

/**
 * The lenient check as steps (a generator that yields between slices of
 * programs), so that the at-once and the sliced runners share every line and
 * give the same result. Throws a CatalogError for what cannot be shown at all
 * (not an object, wrong version, meta or a record list of the wrong shape);
 * returns the valid records otherwise.
 */
function* lenientSteps(data: unknown, url: string | undefined, slice: number): Generator<void, LenientResult, void> {
  checkVersion(data, url);
  const d = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  // The structure: the catalog with every record list emptied must be valid as it is.
  const shell: Record<string, unknown> = { ...d };
  for (const k of RECORD_LISTS) if (Array.isArray(shell[k])) shell[k] = [];
  const rest = CatalogShape.safeParse(d ? shell : data, { reportInput: true });
  const refIssues: CatalogIssue[] = [];
  if (rest.success) checkReferences(rest.data, { addIssue: (i) => refIssues.push(...issuesFromZod([i as never])) });
  if (!rest.success || refIssues.length) {
    // Cannot be shown at all: the error the strict check gives (every problem, records included).
    validateCatalog(data, url);
    throw schemaError(rest.success ? refIssues : issuesFromZod(rest.error.issues as never), url);
  }

  const skipped: SkippedRecord[] = [];
  const shapeIssues: CatalogIssue[] = [];
  const referenceIssues: CatalogIssue[] = [];
  /** Skipped record paths in catalog order. */
  const skip = (path: string, message: string) => skipped.push({ path, message });

  /** Parses one list record by record (a slice at a time); returns the good ones with their index. */
  function* records<T>(list: unknown[], schema: z.ZodMiniType<T>, at: (string | number)[], step = list.length || 1): Generator<void, [T, number][], void> {
    const out: [T, number][] = [];
    const many = z.array(schema);
    for (let start = 0; start < list.length; start += step) {
      if (step < list.length) yield;
      const part = list.slice(start, start + step);
      const whole = many.safeParse(part, { reportInput: true });
      // zod copies every object it checks. The schema has no transforms or defaults, and strict objects
      // refuse unknown keys, so a valid record equals its input: the input is kept and zod's copy is
      // left to the collector (one copy of a large catalog in memory, not two).
      if (whole.success) {
        part.forEach((v, i) => out.push([v as T, start + i]));
        continue;
      }
      part.forEach((item, i) => {
        const one = schema.safeParse(item, { reportInput: true });
        if (one.success) out.push([item as T, start + i]);
        else {
          const found = issuesFromZod(one.error.issues as never, [...at, start + i]);
          shapeIssues.push(...found);
          skip(formatPath([...at, start + i]), described(found));
        }
      });
    }
    return out;
  }

  const sources = new Set(rest.data.meta.sources.map((s) => s.id));
  const refIssue = (path: (string | number)[], message: string) => {
    const issue = { path: formatPath(path), message };
    referenceIssues.push(issue);
    return `${issue.path}: ${message}`;
  };
  /** First index of each id; later ones are duplicates, skipped with a reason naming the first. */
  const firstOf = <T extends { id: string }>(list: [T, number][], key: string) => {
    const first = new Map<string, number>();
    return list.filter(([v, i]) => {
      const prior = first.get(v.id);
      if (prior === undefined) return first.set(v.id, i), true;
      skip(`${key}[${i}]`, refIssue([key, i, 'id'], `duplicate id "${v.id}" (also ${key}[${prior}])`));
      return false;
    });
  };

  const list = (k: (typeof RECORD_LISTS)[number]) => (Array.isArray(d![k]) ? (d![k] as unknown[]) : undefined);

  // Programs, a slice at a time.
  const programList = list('programs')!;
  let programs = firstOf(yield* records(programList, ProgramSchema, ['programs'], slice), 'programs');
  if (slice < programList.length) yield;
  programs = programs.filter(([p, i]) => {
    const bad = (p.provenance ?? []).map((e, j) => (sources.has(e.source) ? '' : refIssue(['programs', i, 'provenance', j, 'source'], `unknown source "${e.source}" (not in meta.sources)`))).filter(Boolean);
    if (bad.length) skip(`programs[${i}]`, bad.join('; '));
    return !bad.length;
  });

  // Occupations; ids of skipped ones are remembered, so that what refers to them can say so.
  const occupationList = list('occupations');
  let occupations = occupationList ? firstOf(yield* records(occupationList, OccupationSchema, ['occupations']), 'occupations') : undefined;
  occupations = occupations?.filter(([o, i]) => {
    const bad = [
      ...(o.pay ?? []).map((p, j) => (sources.has(p.source) ? '' : refIssue(['occupations', i, 'pay', j, 'source'], `unknown source "${p.source}" (not in meta.sources)`))),
      o.outlook && !sources.has(o.outlook.source) ? refIssue(['occupations', i, 'outlook', 'source'], `unknown source "${o.outlook.source}" (not in meta.sources)`) : '',
    ].filter(Boolean);
    if (bad.length) skip(`occupations[${i}]`, bad.join('; '));
    return !bad.length;
  });
  const kept = new Set(occupations?.map(([o]) => o.id));
  const skippedOccupation = new Map<string, number>();
  occupationList?.forEach((o, i) => {
    const oid = (o as { id?: unknown } | null)?.id;
    if (typeof oid === 'string' && !kept.has(oid) && !skippedOccupation.has(oid)) skippedOccupation.set(oid, i);
  });
  /** '' when the reference holds, else why not (naming the skipped occupation when that is the cause). */
  const occupationRef = (path: (string | number)[], oid: string | undefined) => {
    if (oid === undefined || kept.has(oid)) return '';
    const gone = skippedOccupation.get(oid);
    return gone === undefined
      ? refIssue(path, `unknown occupation "${oid}"`)
      : refIssue(path, `occupation "${oid}" was skipped with occupations[${gone}]`);
  };

  // Salary tables: a bad table is skipped whole, a bad row only itself.
  const tableList = list('salaryTables');
  let tables: [SalaryTable, number][] | undefined;
  if (tableList) {
    const headers = yield* records(
      tableList.map((t) => (t && typeof t === 'object' && Array.isArray((t as { rows?: unknown }).rows) ? { ...t, rows: [] } : t)),
      SalaryTableSchema,
      ['salaryTables'],
    );
    tables = [];
    for (const [t, i] of firstOf(headers, 'salaryTables')) {
      if (!sources.has(t.source)) {
        skip(`salaryTables[${i}]`, refIssue(['salaryTables', i, 'source'], `unknown source "${t.source}" (not in meta.sources)`));
        continue;
      }
      const cols = new Set(t.columns.map((c) => c.id));
      const rows = (yield* records((tableList[i] as { rows: unknown[] }).rows, SalaryRowSchema, ['salaryTables', i, 'rows'])).filter(([r, j]) => {
        const at = ['salaryTables', i, 'rows', j];
        const bad = [
          occupationRef([...at, 'occupation'], r.occupation),
          ...Object.keys(r.values).map((k) => (cols.has(k) ? '' : refIssue([...at, 'values', k], `unknown column "${k}"`))),
        ].filter(Boolean);
        if (bad.length) skip(formatPath(at), bad.join('; '));
        return !bad.length;
      });
      tables.push([{ ...t, rows: rows.map(([r]) => r) }, i]);
    }
  }

  const pathList = list('careerPaths');
  const paths = pathList
    ? (yield* records(pathList, CareerPathSchema, ['careerPaths'])).filter(([p, i]) => {
        const bad = [occupationRef(['careerPaths', i, 'from'], p.from), occupationRef(['careerPaths', i, 'to'], p.to)].filter(Boolean);
        if (bad.length) skip(`careerPaths[${i}]`, bad.join('; '));
        return !bad.length;
      })
    : undefined;
  const stepList = list('steps');
  const steps = stepList ? yield* records(stepList, StepSchema, ['steps']) : undefined;
  const faqList = list('faq');
  const faq = faqList ? yield* records(faqList, FaqSchema, ['faq']) : undefined;

  // A catalog none of whose programs can be shown is broken as a whole (an export in the wrong format, say), not partial.
  if (programList.length && !programs.length) throw schemaError(shapeIssues.length ? shapeIssues : referenceIssues, url);
  const values = <T>(l: [T, number][] | undefined) => l?.map(([v]) => v);
  const catalog: Catalog = { ...rest.data, programs: values(programs)! };
  if (occupations) catalog.occupations = values(occupations);
  if (tables) catalog.salaryTables = values(tables);
  if (paths) catalog.careerPaths = values(paths);
  if (steps) catalog.steps = values(steps);
  if (faq) catalog.faq = values(faq);
  // In catalog order (programs are checked first but skipped entries of later lists can come from reference checks).
  const order = (p: string) => RECORD_LISTS.indexOf(p.replace(/\[.*$/, '') as never);
  skipped.sort((a, b) => order(a.path) - order(b.path) || compareIndexPaths(a.path, b.path));
  // What `validateCatalog` would report: shape problems first; references only once the shape is right.
  return { catalog, skipped, issues: shapeIssues.length ? shapeIssues : referenceIssues };
}

/** `programs[2]` before `programs[10]`, `salaryTables[0]` before `salaryTables[0].rows[1]`. */
function compareIndexPaths(a: string, b: string): number {
  const na = a.match(/\d+/g)!.map(Number);
  const nb = b.match(/\d+/g)!.map(Number);
  for (let i = 0; i < Math.max(na.length, nb.length); i++) {
    if (na[i] === undefined) return -1;
    if (nb[i] === undefined) return 1;
    if (na[i] !== nb[i]) return na[i] - nb[i];
  }
  return 0;
}

/**
 * A partial catalog, at once: invalid records (programs, occupations, salary
 * tables or their rows, career paths, steps, faq) are left out and listed in
 * `skipped`, with what referred to them. Structural problems still throw.
 */
export function validateCatalogLenient(data: unknown, url?: string): LenientResult {
  const steps = lenientSteps(data, url, Number.MAX_SAFE_INTEGER);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** The same as `validateCatalogLenient`, with the page free between slices of programs. */
export async function validateCatalogLenientInSlices(data: unknown, url?: string, slice = SLICE, pause: () => Promise<void> = yieldToPage): Promise<LenientResult> {
  const programs = (data as { programs?: unknown } | null)?.programs;
  if (!Array.isArray(programs) || programs.length <= slice) return validateCatalogLenient(data, url);
  const steps = lenientSteps(data, url, slice);
  for (;;) {
    const r = steps.next();
    // One more pause at the end, so that what the caller does next (a widget's first render) is a task of its own.
    await pause();
    if (r.done) return r.value;
  }
}


/** JSON text -> Catalog, at once (the CLI). */
export function parseCatalogText(text: string, url?: string): Catalog {
  return validateCatalog(parseJson(text, url), url);
}
