/// <reference types="node" />
/**
 * What every ma-catalog command shares: reading files, writing output, and
 * the one error type that turns into `message` on stderr and an exit code
 * (never a stack trace). Node only; nothing here reaches a browser bundle.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { withChecksum } from '../catalog/checksum.js';
import { validateCatalog } from '../catalog/validate.js';
import { CatalogError, formatIssues } from '../catalog/errors.js';

/** Exit codes, as for `validate`: 1 the input is wrong, 2 it cannot be read (or bad usage). */
export type ExitCode = 0 | 1 | 2;

/** A problem the command reports as plain lines (each `path: message` or `file:row:column: message`). */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    readonly code: 1 | 2,
    readonly lines: string[],
  ) {
    super(lines.join('\n'));
  }
}

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: Io = {
  out: (t) => void process.stdout.write(t),
  err: (t) => void process.stderr.write(t),
};

/** A file's text (a leading byte-order mark removed), or exit 2 naming the file. */
export function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    throw new CliError(2, [`${file}: cannot read the file (${describeFsError(e)})`]);
  }
}

export function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  return code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a folder, not a file' : (code ?? (e as Error)?.message ?? String(e));
}

/** JSON with two-space indent and a final newline: the same bytes for the same value (key order as built). */
export const stableJson = (value: unknown): string => JSON.stringify(value, null, 2) + '\n';

/**
 * A catalog as every command writes it: checked in full (all or nothing), then stamped with its
 * `checksum` (catalog/checksum.ts), so that browsers can show it without checking it again.
 */
export async function catalogJson(catalog: object, where = 'catalog'): Promise<string> {
  try {
    validateCatalog(structuredClone(catalog), where);
  } catch (e) {
    if (e instanceof CatalogError) throw new CliError(1, formatIssues(e.issues));
    throw e;
  }
  return stableJson(await withChecksum(catalog as Record<string, unknown>));
}

/** Write to `--out FILE`, else stdout. */
export function writeOutput(io: Io, text: string, out?: string) {
  if (!out) return io.out(text);
  try {
    writeFileSync(out, text);
  } catch (e) {
    throw new CliError(2, [`${out}: cannot write the file (${describeFsError(e)})`]);
  }
}

/**
 * `--name value` and `--flag` options after the positional arguments; a
 * repeated option collects every value (e.g. `--completions A --completions B`).
 */
export function parseArgs(args: string[], spec: Record<string, 'value' | 'values' | 'flag'>) {
  const positional: string[] = [];
  const values: Record<string, string | string[] | boolean | undefined> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!a.startsWith('--')) {
      positional.push(a);
      continue;
    }
    const [name, inline] = a.slice(2).split(/=(.*)/s, 2);
    const kind = spec[name];
    if (!kind) throw new CliError(2, [`unknown option --${name}`]);
    if (kind === 'flag') {
      values[name] = true;
      continue;
    }
    const v = inline ?? args[++i];
    if (v === undefined || (inline === undefined && v.startsWith('--'))) throw new CliError(2, [`--${name} needs a value`]);
    if (kind === 'values') values[name] = [...((values[name] as string[] | undefined) ?? []), v];
    else values[name] = v;
  }
  return { positional, values };
}
