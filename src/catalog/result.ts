/**
 * What a catalog check gives a widget: the catalog to show, the records left
 * out of a partial one, and the problems a strict check would report. No zod:
 * the controller reads it for every catalog, checked in full or not.
 */
import type { Catalog } from './schema.js';
import { schemaError, type CatalogIssue } from './errors.js';

/** A record left out of a partial catalog: where it was and why. */
export interface SkippedRecord {
  /** The record's JSON path, e.g. `programs[3]` or `salaryTables[0].rows[2]`. */
  path: string;
  message: string;
}

/** A catalog shown without its invalid records, what was left out, and the problems a strict check would report. */
export interface LenientResult {
  catalog: Catalog;
  skipped: SkippedRecord[];
  issues: CatalogIssue[];
}

/** A strict widget's answer to a partial catalog: the CatalogError that `validateCatalog` would give. */
export function strictResult(result: LenientResult, url?: string): Catalog {
  if (result.skipped.length) throw schemaError(result.issues.length ? result.issues : result.skipped, url);
  return result.catalog;
}
