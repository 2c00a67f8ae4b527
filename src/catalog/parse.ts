/**
 * Catalog JSON text to data, at once or (for a large file) a slice of
 * programs at a time. No zod: every widget that fetches a catalog needs it.
 */
import { CatalogError } from './errors.js';
import { SLICE, yieldToPage } from './yield.js';

/** JSON text -> data; a syntax error becomes a `not-json` CatalogError. */
export function parseJson(text: string, url?: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new CatalogError('not-json', `the catalog is not valid JSON: ${(e as Error).message}`, { url, cause: e, issues: [{ path: '(root)', message: `not valid JSON: ${(e as Error).message}` }] });
  }
}

/** Above this size, JSON text is parsed in slices (about 1 MB of programs JSON is parsed in 10 ms or so). */
const SLICED_JSON = 1_000_000;

/**
 * Where the top-level `"programs": [ … ]` array's elements start and end in
 * `text`, found by one scan that skips strings; undefined when the text is
 * not shaped that way (then it is parsed at once, which gives the same value
 * or the same error).
 */
async function findPrograms(text: string, pause: () => Promise<void>): Promise<{ open: number; close: number; items: [number, number][] } | undefined> {
  let depth = 0;
  let found: { open: number; close: number; items: [number, number][] } | undefined;
  let inPrograms = false;
  let itemStart = -1;
  let afterComma = false;
  let lastString = -1; // end of the last string token at depth 1 (a candidate key)
  let lastStringStart = -1;
  let budget = performance.now();
  let check = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      const start = i;
      // Skip to the closing quote, past escaped ones.
      for (;;) {
        i = text.indexOf('"', i + 1);
        if (i < 0) return undefined;
        let k = i - 1;
        while (text.charCodeAt(k) === 92 /* \ */) k--;
        if ((i - k) % 2 === 1) break;
      }
      if (depth === 1) {
        lastStringStart = start;
        lastString = i;
      }
      if (inPrograms && depth === 2 && itemStart < 0) itemStart = start;
      continue;
    }
    if (c === 123 /* { */ || c === 91 /* [ */) {
      if (depth === 1 && c === 91 && lastString >= 0 && text.slice(lastStringStart, lastString + 1) === '"programs"' && /^\s*:\s*$/.test(text.slice(lastString + 1, i))) {
        if (found) return undefined; // a second "programs": leave it to JSON.parse
        found = { open: i, close: -1, items: [] };
        inPrograms = true;
        afterComma = false;
      } else if (inPrograms && depth === 2 && itemStart < 0) itemStart = i;
      depth++;
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      depth--;
      if (inPrograms && depth === 1) {
        if (itemStart < 0 && afterComma) return undefined; // [1,] is not JSON: let JSON.parse say so
        if (itemStart >= 0) found!.items.push([itemStart, i]);
        found!.close = i;
        inPrograms = false;
        itemStart = -1;
      }
    } else if (c === 44 /* , */) {
      if (inPrograms && depth === 2) {
        if (itemStart < 0) return undefined; // [,1] or [1,,2]
        found!.items.push([itemStart, i]);
        itemStart = -1;
        afterComma = true;
      }
      if (depth === 1) lastString = -1;
    } else if (inPrograms && depth === 2 && itemStart < 0 && c > 32) itemStart = i; // a number, true, false or null
    if (i >= check) {
      check = i + 0x10000;
      if (performance.now() - budget > 20) {
        await pause();
        budget = performance.now();
      }
    }
  }
  return found && found.close > 0 ? found : undefined;
}

/**
 * JSON text -> data, like `parseJson`, but a large catalog's programs are
 * parsed a slice at a time with the page free in between: one JSON.parse of
 * 15,000 programs (12 MB) would block the page for half a second.
 */
export async function parseJsonInSlices(text: string, url?: string, slice = SLICE, pause: () => Promise<void> = yieldToPage, min = SLICED_JSON): Promise<unknown> {
  if (text.length < min) return parseJson(text, url);
  const at = await findPrograms(text, pause);
  if (!at) return parseJson(text, url);
  try {
    const rest = JSON.parse(text.slice(0, at.open) + '[]' + text.slice(at.close + 1)) as { programs?: unknown };
    const programs: unknown[] = [];
    for (let s = 0; s < at.items.length; s += slice) {
      await pause();
      const part = at.items.slice(s, s + slice);
      programs.push(...(JSON.parse('[' + text.slice(part[0][0], part[part.length - 1][1]) + ']') as unknown[]));
    }
    if (!rest || typeof rest !== 'object' || !Array.isArray(rest.programs)) return parseJson(text, url);
    rest.programs = programs;
    return rest;
  } catch {
    // Whatever the slices made of it, the error a person reads is JSON.parse's own on the whole text.
    return parseJson(text, url);
  }
}

