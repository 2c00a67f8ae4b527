/**
 * One place where a widget's catalog is checked: a catalog with a current
 * checksum (made by `ma-catalog`, see checksum.ts) is shown as it is; any
 * other is checked in full by the validator (zod and the schema), which is
 * loaded only then. In the script-tag build the validator is a chunk of its
 * own, so that catalogs made by `ma-catalog` never download it.
 */
import type { Catalog } from './schema.js';
import type { LenientResult } from './result.js';
import { hasCurrentChecksum } from './checksum.js';

type Validator = typeof import('./validate.js');
let validator: Validator | undefined;
let loading: Promise<Validator> | undefined;

/** The validator module, imported once per page (again after a failed download). */
export function loadValidator(): Promise<Validator> {
  return (loading ??= import('./validate.js').then(
    (m) => (validator = m),
    (e) => {
      loading = undefined;
      throw e;
    },
  ));
}

/** The validator if it is already loaded (for a check that must give its answer at once), else undefined. */
export const loadedValidator = (): Validator | undefined => validator;

/**
 * A catalog as a widget shows it: invalid records left out and listed (the lenient check), or the
 * catalog itself when its checksum is current. Rejects with a CatalogError for what cannot be shown.
 */
export async function checkCatalog(data: unknown, url?: string): Promise<LenientResult> {
  if (await hasCurrentChecksum(data)) return { catalog: data as Catalog, skipped: [], issues: [] };
  return (validator ?? (await loadValidator())).validateCatalogLenientInSlices(data, url);
}
