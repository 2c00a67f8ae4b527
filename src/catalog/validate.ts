/**
 * Turns parsed JSON into a typed Catalog or a CatalogError. Shared by the
 * browser loader, the controller (for `catalog` objects) and the CLI.
 */
import * as z from 'zod/mini';
import { CATALOG_VERSION, CatalogSchema, CatalogShape, ProgramSchema, checkReferences, type Catalog, type Program } from './schema.js';
import { CatalogError, issuesFromZod, type CatalogIssue } from './errors.js';

function checkVersion(data: unknown, url?: string) {
  const version = data && typeof data === 'object' ? (data as { catalogVersion?: unknown }).catalogVersion : undefined;
  if (version !== CATALOG_VERSION && version !== undefined) {
    throw new CatalogError('unsupported-version', `catalogVersion ${JSON.stringify(version)} is not supported; this version of ma-widgets reads catalogVersion ${CATALOG_VERSION}`, {
      url,
      issues: [{ path: 'catalogVersion', message: `expected ${CATALOG_VERSION}, got ${JSON.stringify(version)}` }],
    });
  }
}

const schemaError = (issues: CatalogIssue[], url?: string) =>
  new CatalogError('schema', `the catalog has ${issues.length} problem(s); first: ${issues[0].path}: ${issues[0].message}`, { url, issues });

export function validateCatalog(data: unknown, url?: string): Catalog {
  checkVersion(data, url);
  const result = CatalogSchema.safeParse(data, { reportInput: true });
  if (result.success) return result.data;
  throw schemaError(issuesFromZod(result.error.issues as never), url);
}

/** Programs checked per slice; about 10 ms of work each on a laptop at 10,000 programs. */
export const SLICE = 1000;

/** Lets the page paint and handle input between slices (scheduler.yield where there is one). */
const yieldToPage = (): Promise<void> => {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return s?.yield ? s.yield() : new Promise((resolve) => setTimeout(resolve, 0));
};

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

/** JSON text -> Catalog; a syntax error becomes a `not-json` CatalogError. */
/** JSON text -> data; a syntax error becomes a `not-json` CatalogError. */
export function parseJson(text: string, url?: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new CatalogError('not-json', `the catalog is not valid JSON: ${(e as Error).message}`, { url, cause: e, issues: [{ path: '(root)', message: `not valid JSON: ${(e as Error).message}` }] });
  }
}

/** JSON text -> Catalog, at once (the CLI). */
export function parseCatalogText(text: string, url?: string): Catalog {
  return validateCatalog(parseJson(text, url), url);
}
