/**
 * CatalogController: gives a widget its catalog from one of three sources,
 * in this order: the `catalog` property (an object), the `src` attribute (a
 * URL), else a built-in catalog (a lazily imported chunk): the national one
 * with `catalog-name="national"`, otherwise the sample. It
 * tracks status, value and error, fires `ma-catalog-load` and
 * `ma-catalog-error` on the host, ignores stale responses, and cancels its
 * request when the host leaves the page. It never throws to the page.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Catalog } from './schema.js';
import { CatalogError, type CatalogErrorKind } from './errors.js';
import { absoluteUrl, catalogReloaded, isAbort, loadCatalogLenient, onCatalogReload } from './load.js';
import { strictResult, type LenientResult, type SkippedRecord } from './result.js';
import { checkCatalog, checkCatalogNow, knownResult, loadedValidator, rememberResult } from './check.js';
import { SLICE } from './yield.js';
import { CatalogErrorEvent, CatalogLoadEvent, type CatalogLoadDetail } from '../events.js';

export type CatalogStatus = 'loading' | 'ready' | 'error';

export interface CatalogHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
  catalog?: unknown;
  /** Milliseconds before a `src` request times out. */
  timeout?: number;
  /** The built-in catalog used without `catalog` and `src`: "national", else the sample. */
  catalogName?: string;
  /** All or nothing: a catalog with any invalid record is an error instead of being shown without it. */
  strict?: boolean;
}

let defaultCatalog: Promise<LenientResult> | undefined;
/** The sample catalog, imported and checked once per page (by its checksum: see check.ts). */
export function loadDefaultCatalog(): Promise<Catalog> {
  return defaultResult().then((r) => r.catalog);
}
const defaultResult = (): Promise<LenientResult> =>
  (defaultCatalog ??= import('./default/index.js')
    .then((m) => checkCatalog(m.default, 'default catalog'))
    .catch((e) => {
      defaultCatalog = undefined;
      throw e;
    }));

let nationalCatalog: Promise<LenientResult> | undefined;
/** The national catalog (catalog-name="national"), imported and checked once per page (about 1,600 programs). */
export function loadNationalCatalog(): Promise<Catalog> {
  return nationalResult().then((r) => r.catalog);
}
const nationalResult = (): Promise<LenientResult> =>
  (nationalCatalog ??= import('./national/index.js')
    .then((m) => checkCatalog(m.default, 'national catalog'))
    .catch((e) => {
      nationalCatalog = undefined;
      throw e;
    }));

/** Catalog objects being checked (by checksum, or in full in slices): five widgets given the same one share one check. */
const checking = new WeakMap<object, Promise<LenientResult>>();
function objectCheck(catalog: object): Promise<LenientResult> {
  let p = checking.get(catalog);
  if (!p) {
    checking.set(
      catalog,
      (p = checkCatalog(catalog).then(
        (c) => (rememberResult(catalog, c), c),
        (e) => {
          const error = toCatalogError(e, 'schema');
          rememberResult(catalog, error);
          throw error;
        },
      )),
    );
  }
  return p;
}

/** Partial results already reported to the console: five widgets on one catalog log its skipped records once. */
const logged = new WeakSet<LenientResult>();
function logSkipped(result: LenientResult, where: string) {
  if (!result.skipped.length || logged.has(result)) return;
  logged.add(result);
  console.groupCollapsed(`[ma-widgets] ${where}: ${result.skipped.length} invalid record(s) left out (set \`strict\` to refuse the catalog instead)`);
  for (const s of result.skipped) console.warn(`${s.path}: ${s.message}`);
  console.groupEnd();
}

/** Anything else thrown on the way (a chunk that failed to download, say) as a CatalogError of the given kind. */
function toCatalogError(e: unknown, kind: CatalogErrorKind = 'network'): CatalogError {
  return e instanceof CatalogError ? e : new CatalogError(kind, String((e as Error)?.message ?? e), { cause: e });
}

const retryable = (e: CatalogError) => e.kind === 'network' || e.kind === 'timeout' || e.kind === 'http';

export class CatalogController implements ReactiveController {
  status: CatalogStatus = 'loading';
  value?: Catalog;
  error?: CatalogError;
  /** Records left out of a partial catalog (empty for a complete one, and for strict widgets). */
  skipped: SkippedRecord[] = [];
  readonly #host: CatalogHost;
  #key: unknown = undefined;
  #strict = false;
  #abort?: AbortController;
  /** Unsubscribes from "Try again" in another widget that failed on the same URL. */
  #unlisten?: () => void;

  constructor(host: CatalogHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#sync();
    // Back in the page after a failure (moved, say): "Try again" elsewhere still recovers it.
    if (this.status === 'error' && !this.#unlisten) this.#listen();
  }

  hostUpdate(): void {
    this.#sync();
  }

  /**
   * On the server (ma-widgets/ssr), where a widget is rendered once and never updates: the
   * `catalog` object checked at once, so that the render shows it. The validator must be loaded
   * (`loadValidator()`), the catalog given as an object; nothing is fetched, no event is fired.
   */
  serverSync(): void {
    this.#sync();
  }

  hostDisconnected(): void {
    this.#unlisten?.();
    this.#unlisten = undefined;
    if (this.status !== 'loading') return;
    // A widget moved elsewhere in the page is disconnected and connected again in the same task:
    // keep its request. One that stays out of the page gives it up.
    queueMicrotask(() => {
      if (this.#host.isConnected || this.status !== 'loading') return;
      this.#abort?.abort();
      this.#key = undefined; // reconnecting starts again
    });
  }

  /** Loads again from the current source (the error state's "Try again"); other widgets that failed on the same URL load again with it. */
  reload(): void {
    const url = this.error?.url;
    this.#key = undefined;
    this.#sync();
    if (url) catalogReloaded(url);
  }

  #sync(): void {
    const { catalog, src } = this.#host;
    const strict = !!this.#host.strict;
    const national = this.#host.catalogName === 'national';
    const key = catalog != null ? catalog : src ? absoluteUrl(src) : national ? 'national:' : 'default:';
    if (key === this.#key && strict === this.#strict) return;
    this.#key = key;
    this.#strict = strict;
    this.#abort?.abort();
    this.#abort = undefined;
    this.#unlisten?.();
    this.#unlisten = undefined;

    let result = knownResult(catalog);
    const large = catalog != null && ((catalog as { programs?: unknown[] }).programs?.length ?? 0) > SLICE;
    // A small catalog object is checked at once when it can be (not an object at all; or the validator
    // is loaded already, after the first catalog of the page that needed it): it then renders without
    // a loading state. Otherwise it is checked like a fetched one, by its checksum or by the validator.
    const validator = loadedValidator();
    // On the server, at any size: a server render is one synchronous pass.
    const now = catalog != null && (typeof catalog !== 'object' || ((isServer || !large) && !!validator));
    if (now && !result) result = checkCatalogNow(catalog);
    if (result) {
      // Set synchronously: a catalog given as a property renders without a loading flash.
      if (result instanceof CatalogError) this.#fail(result);
      else this.#settle(result, { source: 'property', programs: 0 });
      return;
    }

    this.status = 'loading';
    this.value = undefined;
    this.error = undefined;
    this.skipped = [];
    this.#host.requestUpdate();
    // The server renders the loading state for what it cannot check at once (no catalog object, or no validator).
    if (isServer) return;
    const abort = (this.#abort = new AbortController());
    const source: CatalogLoadDetail =
      catalog != null ? { source: 'property', programs: 0 } : src ? { source: 'src', url: key as string, programs: 0 } : { source: national ? 'national' : 'default', programs: 0 };
    const pending =
      catalog != null
        ? // Checked by its checksum, or in full in slices with the page free in between.
          objectCheck(catalog as object)
        : src
          ? loadCatalogLenient(src, { signal: abort.signal, timeout: this.#host.timeout })
          : national
            ? nationalResult()
            : defaultResult();
    pending.then(
      (r) => {
        if (abort.signal.aborted) return;
        this.#settle(r, source);
      },
      (e) => {
        if (abort.signal.aborted || isAbort(e)) return;
        this.#fail(toCatalogError(e));
      },
    );
  }

  /** A complete or partial catalog: shown, unless this widget is strict and records were left out. */
  #settle(result: LenientResult, source: CatalogLoadDetail) {
    let catalog: Catalog;
    try {
      catalog = this.#strict ? strictResult(result, source.url) : result.catalog;
    } catch (e) {
      this.#fail(toCatalogError(e, 'schema'));
      return;
    }
    if (!isServer) logSkipped(result, `<${this.#host.localName}>${source.url ? ` (${source.url})` : ''}`);
    this.#succeed(catalog, result.skipped, { ...source, programs: catalog.programs.length, skipped: result.skipped });
  }

  #succeed(catalog: Catalog, skipped: SkippedRecord[], detail: CatalogLoadDetail) {
    this.status = 'ready';
    this.value = catalog;
    this.error = undefined;
    this.skipped = skipped;
    this.#host.requestUpdate();
    this.#later(() => new CatalogLoadEvent(detail));
  }

  #fail(error: CatalogError) {
    this.status = 'error';
    this.value = undefined;
    this.error = error;
    this.skipped = [];
    this.#host.requestUpdate();
    if (isServer) return; // ma-widgets/ssr checks the catalog itself and throws
    if (this.#host.isConnected) this.#listen();
    const lines = error.issues.map((i) => `\n  ${i.path}: ${i.message}`).join('');
    console.warn(`[ma-widgets] <${this.#host.localName}>: ${error.message}${error.url ? ` (${error.url})` : ''}${lines}`);
    this.#later(
      () => new CatalogErrorEvent({ kind: error.kind, message: error.message, status: error.status, url: error.url, issues: error.issues }),
    );
  }

  /** "Try again" in another widget that failed on the same URL recovers this one too. */
  #listen() {
    const error = this.error;
    if (!error?.url || !retryable(error)) return;
    this.#unlisten = onCatalogReload(error.url, () => {
      this.#unlisten = undefined;
      if (this.status === 'error') {
        this.#key = undefined;
        this.#sync();
      }
    });
  }

  /** Events go out after the render that shows the new state, so listeners see it. */
  #later(make: () => Event) {
    if (isServer) return;
    const key = this.#key;
    this.#host.updateComplete.then(
      () => {
        if (this.#key === key) this.#host.dispatchEvent(make());
      },
      () => undefined,
    );
  }
}
