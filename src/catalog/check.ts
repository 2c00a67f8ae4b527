/**
 * One place where a widget's catalog is checked: a catalog with a current
 * checksum (made by `ma-catalog`, see checksum.ts) is shown as it is; any
 * other is checked in full by the validator (zod and the schema), which is
 * loaded only then. In the script-tag build the validator is a chunk of its
 * own, so that catalogs made by `ma-catalog` never download it.
 */
import type { Catalog } from './schema.js';
import type { LenientResult } from './result.js';
import { CatalogError } from './errors.js';
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

/**
 * What catalog objects were found to be, remembered per object: the same catalog given to five
 * widgets, or checked by `ma-catalog render`, then by ma-widgets/ssr, then by the widget it
 * renders, is checked once.
 */
const known = new WeakMap<object, LenientResult | CatalogError>();
const isObject = (data: unknown): data is object => data !== null && typeof data === 'object';

/** The remembered result for a catalog object, if it was checked before. */
export const knownResult = (data: unknown): LenientResult | CatalogError | undefined => (isObject(data) ? known.get(data) : undefined);

/** Remembers a catalog object's result (a check made elsewhere, e.g. in slices). */
export function rememberResult(data: unknown, result: LenientResult | CatalogError): void {
  if (isObject(data)) known.set(data, result);
}

/**
 * The lenient check at once, for a render that cannot wait (a small catalog object; the server):
 * the result, or the CatalogError of what cannot be shown (never thrown). The validator must be
 * loaded (`loadValidator()`); without it, anything is refused as not a catalog object.
 */
export function checkCatalogNow(data: unknown, url?: string): LenientResult | CatalogError {
  const before = knownResult(data);
  if (before) return before;
  let result: LenientResult | CatalogError;
  try {
    if (!validator) throw new CatalogError('schema', 'the catalog is not an object', { issues: [{ path: '(root)', message: `expected a catalog object, got ${data === null ? 'null' : typeof data}` }] });
    result = validator.validateCatalogLenient(data, url);
  } catch (e) {
    result = e instanceof CatalogError ? e : new CatalogError('schema', String((e as Error)?.message ?? e), { cause: e });
  }
  rememberResult(data, result);
  return result;
}
