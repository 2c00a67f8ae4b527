/**
 * The one allow-list every link in every widget goes through. Lit escapes
 * text but not URLs, so a catalog `url` of `javascript:…` would run if it
 * reached an href. The URL parser does what the browser will do (strip
 * leading controls and spaces, drop tabs and newlines, lower-case the
 * scheme), and only the schemes below survive.
 */
const ALLOWED = new Set(['https:', 'http:', 'mailto:', 'tel:']);

/** The base of relative URLs where there is no page (server rendering): such a URL is written back relative. */
const NO_PAGE = 'https://page.invalid/';

function parse(raw: string): URL | undefined {
  try {
    return new URL(raw, globalThis.document?.baseURI ?? NO_PAGE);
  } catch {
    return undefined;
  }
}

/** The href to write: on the server a relative URL stays relative (rooted), for the browser to resolve against the page. */
const written = (url: URL) => (!globalThis.document && url.href.startsWith(NO_PAGE) ? url.href.slice(NO_PAGE.length - 1) : url.href);

/** The URL, normalised, if it is safe to put in an href; otherwise undefined (render no link). */
export function safeUrl(raw: unknown): string | undefined {
  if (typeof raw !== 'string' || raw.trim() === '') return undefined;
  const url = parse(raw);
  return url && ALLOWED.has(url.protocol) ? written(url) : undefined;
}

/** A safe http(s) URL with these search parameters set (e.g. the compare page with `compare=a,b`); otherwise undefined. */
export function safeUrlWith(raw: unknown, params: Record<string, string>): string | undefined {
  const safe = safeUrl(raw);
  const url = safe === undefined ? undefined : parse(safe);
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) return undefined;
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  return written(url);
}
