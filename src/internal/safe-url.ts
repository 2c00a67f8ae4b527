/**
 * The one allow-list every link in every widget goes through. Lit escapes
 * text but not URLs, so a catalog `url` of `javascript:…` would run if it
 * reached an href. The URL parser does what the browser will do (strip
 * leading controls and spaces, drop tabs and newlines, lower-case the
 * scheme), and only the schemes below survive.
 */
const ALLOWED = new Set(['https:', 'http:', 'mailto:', 'tel:']);

/** The URL, normalised, if it is safe to put in an href; otherwise undefined (render no link). */
export function safeUrl(raw: unknown): string | undefined {
  if (typeof raw !== 'string' || raw.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw, globalThis.document?.baseURI);
  } catch {
    return undefined;
  }
  return ALLOWED.has(url.protocol) ? url.href : undefined;
}
