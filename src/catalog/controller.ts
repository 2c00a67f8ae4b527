/**
 * CatalogController: gives a widget its catalog from one of three sources,
 * in this order: the `catalog` property (an object), the `src` attribute (a
 * URL), else a built-in catalog (a lazily imported chunk): the national one
 * with `catalog-name="national"`, otherwise the sample. It
 * tracks status, value and error, fires `ma-catalog-load` and
 * `ma-catalog-error` on the host, ignores stale responses, and cancels its
 * request when the host leaves the page. It never throws to the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Catalog } from './schema.js';
import { CatalogError, type CatalogErrorKind } from './errors.js';
import { absoluteUrl, isAbort, loadCatalog } from './load.js';
import { SLICE, validateCatalog, validateCatalogInSlices } from './validate.js';
import { CatalogErrorEvent, CatalogLoadEvent, type CatalogLoadDetail } from '../events.js';

export type CatalogStatus = 'loading' | 'ready' | 'error';

export interface CatalogHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
  catalog?: unknown;
  /** Milliseconds before a `src` request times out. */
  timeout?: number;
  /** The built-in catalog used without `catalog` and `src`: "national", else the sample. */
  catalogName?: string;
}

let defaultCatalog: Promise<Catalog> | undefined;
/** The sample catalog, imported and validated once per page. */
export function loadDefaultCatalog(): Promise<Catalog> {
  return (defaultCatalog ??= import('./default/index.js').then((m) => validateCatalog(m.default, 'default catalog')).catch((e) => {
    defaultCatalog = undefined;
    throw e;
  }));
}

let nationalCatalog: Promise<Catalog> | undefined;
/** The national catalog (catalog-name="national"), imported and validated once per page, in slices (about 1,600 programs). */
export function loadNationalCatalog(): Promise<Catalog> {
  return (nationalCatalog ??= import('./national/index.js').then((m) => validateCatalogInSlices(m.default, 'national catalog')).catch((e) => {
    nationalCatalog = undefined;
    throw e;
  }));
}

/** Objects already validated, so that the same catalog given to five widgets is checked once. */
const validated = new WeakMap<object, Catalog | CatalogError>();

/** Large catalog objects being checked in slices: five widgets given the same one share one check. */
const checking = new WeakMap<object, Promise<Catalog>>();
function slicedValidation(catalog: object): Promise<Catalog> {
  let p = checking.get(catalog);
  if (!p) {
    checking.set(
      catalog,
      (p = validateCatalogInSlices(catalog).then(
        (c) => (validated.set(catalog, c), c),
        (e) => {
          const error = toCatalogError(e, 'schema');
          validated.set(catalog, error);
          throw error;
        },
      )),
    );
  }
  return p;
}

/** Anything else thrown on the way (a chunk that failed to download, say) as a CatalogError of the given kind. */
function toCatalogError(e: unknown, kind: CatalogErrorKind = 'network'): CatalogError {
  return e instanceof CatalogError ? e : new CatalogError(kind, String((e as Error)?.message ?? e), { cause: e });
}

export class CatalogController implements ReactiveController {
  status: CatalogStatus = 'loading';
  value?: Catalog;
  error?: CatalogError;
  readonly #host: CatalogHost;
  #key: unknown = undefined;
  #abort?: AbortController;

  constructor(host: CatalogHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#sync();
  }

  hostUpdate(): void {
    this.#sync();
  }

  hostDisconnected(): void {
    if (this.status === 'loading') {
      this.#abort?.abort();
      this.#key = undefined; // reconnecting starts again
    }
  }

  /** Loads again from the current source (the error state's "Try again"). */
  reload(): void {
    this.#key = undefined;
    this.#sync();
  }

  #sync(): void {
    const { catalog, src } = this.#host;
    const national = this.#host.catalogName === 'national';
    const key = catalog != null ? catalog : src ? absoluteUrl(src) : national ? 'national:' : 'default:';
    if (key === this.#key) return;
    this.#key = key;
    this.#abort?.abort();
    this.#abort = undefined;

    let result = catalog != null && typeof catalog === 'object' ? validated.get(catalog) : undefined;
    const large = catalog != null && ((catalog as { programs?: unknown[] }).programs?.length ?? 0) > SLICE;
    if (catalog != null && !result && !large) {
      try {
        result = validateCatalog(catalog);
      } catch (e) {
        result = toCatalogError(e, 'schema');
      }
      if (typeof catalog === 'object') validated.set(catalog, result);
    }
    if (result) {
      // Set synchronously: a catalog given as a property renders without a loading flash.
      if (result instanceof CatalogError) this.#fail(result);
      else this.#succeed(result, { source: 'property', programs: result.programs.length });
      return;
    }

    this.status = 'loading';
    this.value = undefined;
    this.error = undefined;
    this.#host.requestUpdate();
    const abort = (this.#abort = new AbortController());
    const source: CatalogLoadDetail =
      catalog != null ? { source: 'property', programs: 0 } : src ? { source: 'src', url: key as string, programs: 0 } : { source: national ? 'national' : 'default', programs: 0 };
    const pending =
      catalog != null
        ? // A large catalog object is checked in slices, with the page free in between.
          slicedValidation(catalog as object)
        : src
          ? loadCatalog(src, { signal: abort.signal, timeout: this.#host.timeout })
          : national
            ? loadNationalCatalog()
            : loadDefaultCatalog();
    pending.then(
      (c) => {
        if (abort.signal.aborted) return;
        this.#succeed(c, { ...source, programs: c.programs.length });
      },
      (e) => {
        if (abort.signal.aborted || isAbort(e)) return;
        this.#fail(toCatalogError(e));
      },
    );
  }

  #succeed(catalog: Catalog, detail: CatalogLoadDetail) {
    this.status = 'ready';
    this.value = catalog;
    this.error = undefined;
    this.#host.requestUpdate();
    this.#later(() => new CatalogLoadEvent(detail));
  }

  #fail(error: CatalogError) {
    this.status = 'error';
    this.value = undefined;
    this.error = error;
    this.#host.requestUpdate();
    const lines = error.issues.map((i) => `\n  ${i.path}: ${i.message}`).join('');
    console.warn(`[ma-widgets] <${this.#host.localName}>: ${error.message}${error.url ? ` (${error.url})` : ''}${lines}`);
    this.#later(
      () => new CatalogErrorEvent({ kind: error.kind, message: error.message, status: error.status, url: error.url, issues: error.issues }),
    );
  }

  /** Events go out after the render that shows the new state, so listeners see it. */
  #later(make: () => Event) {
    const key = this.#key;
    this.#host.updateComplete.then(
      () => {
        if (this.#key === key) this.#host.dispatchEvent(make());
      },
      () => undefined,
    );
  }
}
