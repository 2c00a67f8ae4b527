/**
 * A catalog's checksum: the fast path for catalogs made by `ma-catalog`.
 *
 * `ma-catalog` checks a catalog in full (the zod schema and every
 * cross-reference) before it writes it, and stamps it with `checksum`: the
 * SHA-256 of its content. A browser that finds the checksum current knows the
 * catalog is exactly what was checked, and shows it after the cheap
 * structural checks below, without loading the validator (zod and the schema)
 * or running it: for 10,000 programs, a few tens of milliseconds of hashing
 * in slices instead of 100 ms or more of checking. A catalog without a
 * checksum, with a stale one (edited after `ma-catalog` wrote it), given
 * where Web Crypto is missing (a page served over plain http from another
 * host), or failing a structural check, is checked in full, as before.
 *
 * The content hashed, as UTF-8, one line each, joined by "\n":
 *   `ma-widgets catalog <catalogVersion>`;
 *   JSON.stringify of the catalog without `checksum` and `programs`;
 *   JSON.stringify of each program, in order.
 * Key order is the file's (JSON.parse keeps it), so re-indenting the file
 * keeps the checksum current; reordering keys or any edit makes it stale.
 * Within a catalogVersion the schema only gains optional fields, so a
 * catalog checked by an older `ma-catalog` is still valid here.
 *
 * No zod here, and nothing a widget has to wait for besides Web Crypto
 * (`crypto.subtle.digest` runs off the main thread).
 */
import { CATALOG_VERSION, CHECKSUM_PATTERN } from './vocabulary.js';
import { SLICE, yieldToPage } from './yield.js';

/** Programs turned into text per slice of the hashing (the page is free between slices). */
const HASH_SLICE = SLICE * 4;

const LISTS = ['occupations', 'salaryTables', 'careerPaths', 'steps', 'faq'] as const;
const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * The text that the checksum covers, in pieces of up to `slice` programs (each piece ends with "\n",
 * the last one without it); the caller hashes their concatenation.
 */
export function* checksumPieces(catalog: Record<string, unknown>, slice = HASH_SLICE): Generator<string, void, void> {
  const { checksum: _checksum, programs, ...rest } = catalog;
  const list = Array.isArray(programs) ? programs : [];
  let piece = `ma-widgets catalog ${String(catalog.catalogVersion)}\n${JSON.stringify(rest)}`;
  for (let i = 0; i < list.length; i++) {
    piece += '\n' + JSON.stringify(list[i]);
    if ((i + 1) % slice === 0 && i + 1 < list.length) {
      yield piece;
      piece = '';
    }
  }
  yield piece;
}

const subtle = () => (globalThis as { crypto?: Crypto }).crypto?.subtle;

function base64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

/**
 * The checksum `ma-catalog` writes for this catalog, "sha256-<base64>", computed a slice of programs at
 * a time with the page free in between; undefined where Web Crypto is missing.
 */
export async function computeChecksum(catalog: Record<string, unknown>, pause: () => Promise<void> = yieldToPage): Promise<string | undefined> {
  const crypto = subtle();
  if (!crypto) return undefined;
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  let size = 0;
  let first = true;
  for (const piece of checksumPieces(catalog)) {
    if (!first) await pause();
    first = false;
    const bytes = encoder.encode(piece);
    parts.push(bytes);
    size += bytes.length;
  }
  const all = parts.length === 1 ? parts[0] : new Uint8Array(size);
  if (parts.length > 1) {
    let at = 0;
    for (const p of parts) all.set(p, at), (at += p.length);
  }
  return `sha256-${base64(new Uint8Array(await crypto.digest('SHA-256', all as Uint8Array<ArrayBuffer>)))}`;
}

/**
 * The structure a widget relies on without a full check: an object of this catalogVersion, with
 * meta, a non-empty list of programs that are objects with an id, and lists where lists go. It
 * guards against a checksum copied onto other content by hand; the content itself is vouched for
 * by the checksum.
 */
function plausible(data: Record<string, unknown>): boolean {
  if (data.catalogVersion !== CATALOG_VERSION || !isObject(data.meta) || !Array.isArray(data.meta.sources)) return false;
  const programs = data.programs;
  if (!Array.isArray(programs) || !programs.length) return false;
  for (const p of programs) if (!isObject(p) || typeof p.id !== 'string' || !isObject(p.institution) || !isObject(p.location)) return false;
  return LISTS.every((k) => data[k] === undefined || (Array.isArray(data[k]) && (data[k] as unknown[]).every(isObject)));
}

/**
 * True when `data` carries a current checksum (and passes the structural checks): it is a catalog
 * that `ma-catalog` checked in full, unchanged since. False for anything else, which then needs the
 * full check. Never throws.
 */
export async function hasCurrentChecksum(data: unknown, pause?: () => Promise<void>): Promise<boolean> {
  if (!isObject(data) || typeof data.checksum !== 'string' || !CHECKSUM_PATTERN.test(data.checksum) || !plausible(data)) return false;
  try {
    return (await computeChecksum(data, pause)) === data.checksum;
  } catch {
    return false;
  }
}

/** The catalog with its checksum (re)computed, `checksum` placed after `catalogVersion`; undefined where Web Crypto is missing. */
export async function withChecksum<T extends Record<string, unknown>>(catalog: T, pause: () => Promise<void> = () => Promise.resolve()): Promise<T> {
  const checksum = await computeChecksum(catalog, pause);
  if (!checksum) throw new Error('Web Crypto (crypto.subtle) is not available to compute the checksum');
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(catalog)) {
    if (k === 'checksum') continue;
    out[k] = v;
    if (k === 'catalogVersion') out.checksum = checksum;
  }
  if (!('checksum' in out)) out.checksum = checksum;
  return out as T;
}
