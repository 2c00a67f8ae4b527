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
 * The content hashed is text, one line each, joined by "\n":
 *   `ma-widgets catalog <catalogVersion>`;
 *   JSON.stringify of the catalog without `checksum` and `programs`;
 *   JSON.stringify of each program, in order.
 * cut into pieces after every 1,000th program (the first piece holds the two head lines and the
 * first 1,000 programs). The checksum is the SHA-256 of the SHA-256 digests of the pieces' UTF-8,
 * concatenated: each piece is hashed while the next is made, and no copy of the whole text is needed.
 * Key order is the file's (JSON.parse keeps it), so re-indenting the file
 * keeps the checksum current; reordering keys or any edit makes it stale.
 * Within a catalogVersion the schema only gains optional fields, so a
 * catalog checked by an older `ma-catalog` is still valid here.
 *
 * No zod here, and nothing a widget has to wait for besides Web Crypto
 * (`crypto.subtle.digest` runs off the main thread).
 */
import { CATALOG_VERSION, CHECKSUM_PATTERN } from './vocabulary.js';
import { yieldToPage } from './yield.js';

/** Programs per piece of the checksum: part of the format (see above), and a slice of the work (the page is free between pieces). */
export const CHECKSUM_PIECE = 1000;

const LISTS = ['occupations', 'salaryTables', 'careerPaths', 'steps', 'faq'] as const;
const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** The text that the checksum covers, in pieces: the head with the first 1,000 programs, then 1,000 programs a piece. */
export function* checksumPieces(catalog: Record<string, unknown>): Generator<string, void, void> {
  const { checksum: _checksum, programs, ...rest } = catalog;
  const list = Array.isArray(programs) ? programs : [];
  let piece = `ma-widgets catalog ${String(catalog.catalogVersion)}\n${JSON.stringify(rest)}`;
  for (let i = 0; i < list.length; i++) {
    piece += '\n' + JSON.stringify(list[i]);
    if ((i + 1) % CHECKSUM_PIECE === 0 && i + 1 < list.length) {
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
  // Each piece is hashed on its own, off the main thread, while the next one is made: no buffer of the
  // whole text (65 MB at 100,000 programs) is ever built or copied.
  const encoder = new TextEncoder();
  const digests: Promise<ArrayBuffer>[] = [];
  let first = true;
  for (const piece of checksumPieces(catalog)) {
    if (!first) await pause();
    first = false;
    digests.push(crypto.digest('SHA-256', encoder.encode(piece)));
  }
  const parts = await Promise.all(digests);
  const all = new Uint8Array(parts.length * 32);
  parts.forEach((d, i) => all.set(new Uint8Array(d), i * 32));
  return `sha256-${base64(new Uint8Array(await crypto.digest('SHA-256', all)))}`;
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
