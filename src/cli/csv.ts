/// <reference types="node" />
/**
 * Reading CSV as NCES and spreadsheets write it: streaming through
 * csv-parse (a byte-order mark, CRLF, quoted fields with commas and line
 * breaks), one record at a time, columns found by name. Every importer goes
 * through here, so every CSV problem reads `file:row:column: message`.
 */
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import { CliError, describeFsError } from './io.js';

export interface CsvRow {
  /** The record's values by column name (the header row's names, trimmed). */
  values: Record<string, string>;
  /** The line the record starts on, 1-based, counting the header as line 1. */
  line: number;
}

export interface ReadCsvOptions {
  /** Columns that must be present; a missing one is reported naming the file and column (exit 1). */
  required?: readonly string[];
  /** Header names are compared upper-cased (NCES) or as written (publisher files). Default false. */
  upperCase?: boolean;
}

/**
 * Calls `onRow` for every record of `file`. Returns the header. A file that
 * cannot be read exits 2; a malformed file or a missing column exits 1.
 */
export async function readCsv(file: string, onRow: (row: CsvRow) => void, opts: ReadCsvOptions = {}): Promise<string[]> {
  let header: string[] | undefined;
  const parser = parse({
    bom: true,
    columns: (names: string[]) => {
      header = names.map((n) => (opts.upperCase ? n.trim().toUpperCase() : n.trim()));
      const missing = (opts.required ?? []).filter((c) => !header!.includes(c));
      if (missing.length) throw new CliError(1, missing.map((c) => `${file}:1: missing column ${c}`));
      return header;
    },
    skip_empty_lines: true,
    relax_column_count: false,
    info: true,
  });
  const input = createReadStream(file);
  const opened = new Promise<void>((resolve, reject) => {
    input.once('open', () => resolve());
    input.once('error', (e) => reject(new CliError(2, [`${file}: cannot read the file (${describeFsError(e)})`])));
  });
  await opened;
  // A read that fails after opening (a folder: EISDIR) must end the parse, not leave it waiting forever.
  let readError: unknown;
  input.on('error', (e) => {
    readError = e;
    parser.destroy(e);
  });
  try {
    // csv-parse's `info.lines` is the line a record ends on, and it counts a
    // CRLF inside a quoted field as two lines from then on: undo both, so
    // `line` is where the record starts, as a spreadsheet numbers it.
    let overcount = 0;
    for await (const rec of input.pipe(parser) as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      let breaks = 0;
      for (const v of Object.values(rec.record)) {
        if (!v || !/[\r\n]/.test(v)) continue;
        breaks += (v.match(/\r\n|\r|\n/g) ?? []).length;
        overcount += (v.match(/\r\n/g) ?? []).length;
      }
      onRow({ values: rec.record, line: rec.info.lines - overcount - breaks });
    }
  } catch (e) {
    input.destroy();
    if (e instanceof CliError) throw e;
    if (readError) throw new CliError(2, [`${file}: cannot read the file (${describeFsError(readError)})`]);
    const err = e as { code?: string; lines?: number; message?: string };
    throw new CliError(1, [`${file}:${err.lines ?? '?'}: ${(err.message ?? String(e)).replace(/^Invalid Record Length: /, '')}`]);
  }
  return header ?? [];
}
