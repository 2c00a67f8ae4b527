/**
 * Turns parsed JSON into a typed Catalog or a CatalogError. Shared by the
 * browser loader, the controller (for `catalog` objects) and the CLI.
 */
import { CATALOG_VERSION, CatalogSchema, type Catalog } from './schema.js';
import { CatalogError, issuesFromZod } from './errors.js';

export function validateCatalog(data: unknown, url?: string): Catalog {
  const version = data && typeof data === 'object' ? (data as { catalogVersion?: unknown }).catalogVersion : undefined;
  if (version !== CATALOG_VERSION && version !== undefined) {
    throw new CatalogError('unsupported-version', `catalogVersion ${JSON.stringify(version)} is not supported; this version of ma-widgets reads catalogVersion ${CATALOG_VERSION}`, {
      url,
      issues: [{ path: 'catalogVersion', message: `expected ${CATALOG_VERSION}, got ${JSON.stringify(version)}` }],
    });
  }
  const result = CatalogSchema.safeParse(data, { reportInput: true });
  if (result.success) return result.data;
  const issues = issuesFromZod(result.error.issues as never);
  throw new CatalogError('schema', `the catalog has ${issues.length} problem(s); first: ${issues[0].path}: ${issues[0].message}`, { url, issues });
}

/** JSON text -> Catalog; a syntax error becomes a `not-json` CatalogError. */
export function parseCatalogText(text: string, url?: string): Catalog {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new CatalogError('not-json', `the catalog is not valid JSON: ${(e as Error).message}`, { url, cause: e, issues: [{ path: '(root)', message: `not valid JSON: ${(e as Error).message}` }] });
  }
  return validateCatalog(data, url);
}
