/**
 * Fetching catalogs: a timeout, cancellation, and one request per URL per page.
 *
 * Every widget on a page that names the same URL shares one request and one
 * parsed Catalog. A caller's AbortSignal only detaches that caller; the
 * request itself is aborted when nobody is waiting for it any more. Successes
 * are kept for the page's life; failures are forgotten so that a retry
 * fetches again.
 */
import type { Catalog } from './schema.js';
import { CatalogError } from './errors.js';
import { parseJson, validateCatalogInSlices } from './validate.js';

export interface LoadOptions {
  signal?: AbortSignal;
  /** Milliseconds before the request fails with kind `timeout`. Default 15 000. */
  timeout?: number;
  /** For tests and unusual hosts; default `globalThis.fetch`. */
  fetch?: typeof fetch;
}

interface Shared {
  promise: Promise<Catalog>;
  abort: AbortController;
  waiters: number;
  settled: boolean;
}

const shared = new Map<string, Shared>();

const DEFAULT_TIMEOUT = 15_000;
/** A positive number of milliseconds; anything else (e.g. `timeout="15s"`, which is NaN) is the default. */
const validTimeout = (t: number | undefined) => (typeof t === 'number' && Number.isFinite(t) && t > 0 ? t : DEFAULT_TIMEOUT);

/** Resolves a (possibly relative) URL against the page, as the browser would fetch it. */
export function absoluteUrl(src: string): string {
  try {
    return new URL(src, globalThis.document?.baseURI ?? undefined).href;
  } catch {
    return src;
  }
}

async function fetchCatalog(url: string, signal: AbortSignal, timeout: number, fetchFn: typeof fetch): Promise<Catalog> {
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    abortInner.abort();
  }, timeout);
  const abortInner = new AbortController();
  const onAbort = () => abortInner.abort(signal.reason);
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    let response: Response;
    try {
      response = await fetchFn(url, { signal: abortInner.signal, credentials: 'same-origin', headers: { accept: 'application/json' } });
    } catch (e) {
      throw timedOut
        ? new CatalogError('timeout', `the catalog did not arrive within ${timeout} ms`, { url, cause: e })
        : signal.aborted
          ? e
          : new CatalogError('network', `the catalog could not be fetched: ${(e as Error)?.message ?? e}`, { url, cause: e });
    }
    if (!response.ok) {
      throw new CatalogError('http', `the server answered ${response.status} ${response.statusText}`.trim(), { url, status: response.status });
    }
    let text: string;
    try {
      text = await response.text();
    } catch (e) {
      throw timedOut
        ? new CatalogError('timeout', `the catalog did not arrive within ${timeout} ms`, { url, cause: e })
        : signal.aborted
          ? e
          : new CatalogError('network', `the catalog could not be read: ${(e as Error)?.message ?? e}`, { url, cause: e });
    }
    return validateCatalogInSlices(parseJson(text, url), url);
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }
}

/**
 * Loads and validates the catalog at `src`. Rejects with a CatalogError, or
 * with the signal's reason (an AbortError) when the caller aborts.
 */
export function loadCatalog(src: string, options: LoadOptions = {}): Promise<Catalog> {
  const url = absoluteUrl(src);
  const { signal } = options;
  if (signal?.aborted) return Promise.reject(signal.reason);
  let entry = shared.get(url);
  if (!entry) {
    const abort = new AbortController();
    const created: Shared = {
      abort,
      waiters: 0,
      settled: false,
      promise: fetchCatalog(url, abort.signal, validTimeout(options.timeout), options.fetch ?? globalThis.fetch.bind(globalThis)),
    };
    created.promise.then(
      () => (created.settled = true),
      () => {
        created.settled = true;
        if (shared.get(url) === created) shared.delete(url);
      },
    );
    shared.set(url, created);
    entry = created;
  }
  const current = entry;
  current.waiters++;
  return new Promise<Catalog>((resolve, reject) => {
    const detach = () => {
      signal?.removeEventListener('abort', onAbort);
      current.waiters--;
    };
    const onAbort = () => {
      detach();
      reject(signal!.reason);
      if (current.waiters === 0 && !current.settled) {
        current.abort.abort();
        if (shared.get(url) === current) shared.delete(url);
      }
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    current.promise.then(
      (c) => {
        if (signal?.aborted) return;
        detach();
        resolve(c);
      },
      (e) => {
        if (signal?.aborted) return;
        detach();
        reject(e);
      },
    );
  });
}

/** Forgets every cached catalog (tests, or a host page that knows its catalog changed). */
export function clearCatalogCache(): void {
  shared.clear();
}

/** True for the rejection a caller's own abort causes, which is not an error to show. */
export const isAbort = (e: unknown) => (e as { name?: string })?.name === 'AbortError';
