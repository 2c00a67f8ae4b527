/**
 * Fetching catalogs: a time budget, retries of transient failures,
 * cancellation, and one request per URL per page.
 *
 * Every widget on a page that names the same URL shares one request (with
 * its retries) and one parsed result. Each caller has its own time budget
 * (`timeout`, from the moment it asks); the shared request keeps going, and
 * retrying, while any caller's budget lasts, so its budget is the longest of
 * the current waiters'. A caller's AbortSignal or exhausted budget only
 * detaches that caller; the request itself is aborted when nobody is waiting
 * any more. Successes are kept for the page's life; failures are forgotten so
 * that "Try again" fetches again.
 *
 * Retried (twice, exponential backoff with jitter, `Retry-After` honoured up
 * to 5 s): network errors, an attempt whose server does not answer within
 * half the budget left, and HTTP 408, 429, 500, 502, 503, 504. A retry that
 * would not fit in the budget left is not started: the error is shown at once.
 */
import type { Catalog } from './schema.js';
import { CatalogError } from './errors.js';
import { parseJsonInSlices } from './parse.js';
import { strictResult, type LenientResult } from './result.js';
import { checkCatalog } from './check.js';

export interface LoadOptions {
  signal?: AbortSignal;
  /** Milliseconds this caller waits, retries included, before failing with kind `timeout`. Default 15 000. */
  timeout?: number;
  /** For tests and unusual hosts; default `globalThis.fetch`. */
  fetch?: typeof fetch;
}

interface Waiter {
  deadline: number;
  budget: number;
}

interface Shared {
  promise: Promise<LenientResult>;
  abort: AbortController;
  waiters: Set<Waiter>;
  settled: boolean;
}

const shared = new Map<string, Shared>();

const DEFAULT_TIMEOUT = 15_000;
/** Retries after the first attempt. */
export const RETRIES = 2;
/** First backoff, doubled per retry; each wait is a random point in its upper half (jitter). */
const BACKOFF = 300;
/** The most a server's `Retry-After` can make a widget wait. */
const RETRY_AFTER_CAP = 5_000;
const RETRY_STATUS = new Set([408, 429, 500, 502, 503, 504]);

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

/** `Retry-After` (seconds or an HTTP date) in milliseconds, capped; undefined when absent or unreadable. */
function retryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  const ms = /^\s*\d+\s*$/.test(value) ? Number(value) * 1000 : Date.parse(value) - Date.now();
  return Number.isFinite(ms) ? Math.min(Math.max(ms, 0), RETRY_AFTER_CAP) : undefined;
}

const retryable = (e: unknown) => e instanceof CatalogError && (e.kind === 'network' || e.kind === 'timeout' || (e.kind === 'http' && RETRY_STATUS.has(e.status!)));

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const t = setTimeout(done, ms);
    function done() {
      signal.removeEventListener('abort', stop);
      resolve();
    }
    function stop() {
      clearTimeout(t);
      reject(signal.reason);
    }
    signal.addEventListener('abort', stop, { once: true });
  });

/** The latest deadline of anyone still waiting. */
const deadlineOf = (entry: Shared) => Math.max(Date.now(), ...[...entry.waiters].map((w) => w.deadline));

/**
 * One attempt. `answerBy()`: when the server must have answered (headers), asked again when that time comes,
 * since a caller who joins later can lengthen it; the body then has until the waiters give up.
 */
async function attempt(url: string, signal: AbortSignal, answerBy: () => number, fetchFn: typeof fetch): Promise<{ text: string } | { error: CatalogError; wait?: number }> {
  let timedOut = false;
  const inner = new AbortController();
  const started = Date.now();
  let timer: ReturnType<typeof setTimeout>;
  const arm = () => {
    const left = answerBy() - Date.now();
    if (left > 0) timer = setTimeout(arm, left);
    else {
      timedOut = true;
      inner.abort();
    }
  };
  arm();
  const onAbort = () => inner.abort(signal.reason);
  signal.addEventListener('abort', onAbort, { once: true });
  const failed = (e: unknown, what: string) => {
    if (signal.aborted) throw signal.reason ?? e;
    return {
      error: timedOut
        ? new CatalogError('timeout', `the server did not answer within ${Date.now() - started} ms`, { url, cause: e })
        : new CatalogError('network', `the catalog could not be ${what}: ${(e as Error)?.message ?? e}`, { url, cause: e }),
    };
  };
  try {
    let response: Response;
    try {
      response = await fetchFn(url, { signal: inner.signal, credentials: 'same-origin', headers: { accept: 'application/json' } });
    } catch (e) {
      return failed(e, 'fetched');
    }
    clearTimeout(timer!);
    if (!response.ok) {
      response.body?.cancel().catch(() => undefined);
      return {
        error: new CatalogError('http', `the server answered ${response.status} ${response.statusText}`.trim(), { url, status: response.status }),
        wait: retryAfter(response.headers.get('retry-after')),
      };
    }
    try {
      return { text: await response.text() };
    } catch (e) {
      return failed(e, 'read');
    }
  } finally {
    clearTimeout(timer!);
    signal.removeEventListener('abort', onAbort);
  }
}

async function fetchCatalog(url: string, entry: Shared, fetchFn: typeof fetch): Promise<LenientResult> {
  const signal = entry.abort.signal;
  for (let n = 0; ; n++) {
    const start = Date.now();
    // The last attempt may use all the time left; earlier ones half of it, so that a retry still fits.
    const answerBy = () => (n === RETRIES ? deadlineOf(entry) : start + (deadlineOf(entry) - start) / 2);
    const r = await attempt(url, signal, answerBy, fetchFn);
    if ('text' in r) return checkCatalog(await parseJsonInSlices(r.text, url), url);
    const backoff = BACKOFF * 2 ** n * (0.5 + Math.random() / 2);
    const wait = Math.max(backoff, r.wait ?? 0);
    // Not worth starting a retry that cannot finish in the time left.
    const noTime = wait + 100 >= deadlineOf(entry) - Date.now();
    if (n === RETRIES || !retryable(r.error) || noTime) {
      if (r.error.kind !== 'timeout') throw r.error;
      const budget = Math.max(...[...entry.waiters].map((w) => w.budget));
      throw new CatalogError('timeout', `the catalog did not arrive within ${budget} ms`, { url, cause: r.error });
    }
    await sleep(wait, signal);
  }
}

/**
 * Loads the catalog at `src` as a browser widget shows it: invalid records
 * left out and listed in `skipped`. Rejects with a CatalogError for what
 * cannot be shown at all, or with the signal's reason (an AbortError) when the
 * caller aborts.
 */
export function loadCatalogLenient(src: string, options: LoadOptions = {}): Promise<LenientResult> {
  const url = absoluteUrl(src);
  const { signal } = options;
  if (signal?.aborted) return Promise.reject(signal.reason);
  const budget = validTimeout(options.timeout);
  const waiter: Waiter = { deadline: Date.now() + budget, budget };
  let entry = shared.get(url);
  if (!entry) {
    const created: Shared = { abort: new AbortController(), waiters: new Set([waiter]), settled: false, promise: undefined! };
    created.promise = fetchCatalog(url, created, options.fetch ?? globalThis.fetch.bind(globalThis));
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
  current.waiters.add(waiter);
  return new Promise<LenientResult>((resolve, reject) => {
    let done = false;
    const leave = () => {
      done = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      current.waiters.delete(waiter);
      if (current.waiters.size === 0 && !current.settled) {
        current.abort.abort(new DOMException('nobody is waiting for the catalog', 'AbortError'));
        if (shared.get(url) === current) shared.delete(url);
      }
    };
    const onAbort = () => {
      leave();
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      leave();
      reject(new CatalogError('timeout', `the catalog did not arrive within ${budget} ms`, { url }));
    }, budget);
    signal?.addEventListener('abort', onAbort, { once: true });
    current.promise.then(
      (c) => {
        if (done) return;
        leave();
        resolve(c);
      },
      (e) => {
        if (done) return;
        leave();
        reject(e);
      },
    );
  });
}

/**
 * Loads and validates the catalog at `src`, all or nothing: one invalid
 * record rejects it with a `schema` CatalogError (what `strict` widgets and
 * the CLI do). Rejects with the signal's reason (an AbortError) when the
 * caller aborts.
 */
export function loadCatalog(src: string, options: LoadOptions = {}): Promise<Catalog> {
  return loadCatalogLenient(src, options).then((r) => strictResult(r, absoluteUrl(src)));
}

const reloadListeners = new Map<string, Set<() => void>>();
/**
 * Widgets whose load of `url` failed listen here, so that "Try again" in one
 * of them restarts the load once and all of them recover. Returns the unsubscribe.
 */
export function onCatalogReload(url: string, listener: () => void): () => void {
  let set = reloadListeners.get(url);
  if (!set) reloadListeners.set(url, (set = new Set()));
  set.add(listener);
  return () => {
    set.delete(listener);
    if (!set.size && reloadListeners.get(url) === set) reloadListeners.delete(url);
  };
}
/** Tells the other widgets that failed on `url` to load it again (they join the load just started). */
export function catalogReloaded(url: string): void {
  const set = reloadListeners.get(url);
  reloadListeners.delete(url);
  set?.forEach((l) => l());
}

/** Forgets every cached catalog (tests, or a host page that knows its catalog changed). */
export function clearCatalogCache(): void {
  shared.clear();
}

/** True for the rejection a caller's own abort causes, which is not an error to show. */
export const isAbort = (e: unknown) => (e as { name?: string })?.name === 'AbortError';
