/// <reference types="node" />
/**
 * `ma-catalog import csv programs.csv [--out FILE] [--source-name TEXT] [--source-id ID]
 *  [--vintage TEXT] [--title TEXT] [--verified YYYY-MM-DD]`: a publisher's
 * spreadsheet, one program per row (columns in csv-programs.ts), -> a catalog.
 * Every problem is reported as `file:row:column: message`, and nothing is
 * written unless the whole file is right.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import { CatalogSchema, type Catalog, type Program, type Source } from '../catalog/schema.js';
import { issuesFromZod } from '../catalog/zod-issues.js';
import { readCsv, type CsvRow } from './csv.js';
import { checkHeader, rowToProgram, type CellIssue } from './csv-programs.js';
import { CliError, parseArgs, catalogJson, writeOutput, type ExitCode, type Io } from './io.js';

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `file:row:column: message` (or `file:row: message` for a whole row). */
export const cellLine = (file: string, line: number, i: CellIssue) => `${file}:${line}:${i.column ? `${i.column}: ` : ' '}${i.message}`;

/** Reads a CSV of program rows: the rows by column name, with header problems as lines. Shared with `merge`. */
export async function readProgramCsv(file: string, requireAll: boolean): Promise<{ rows: { line: number; cells: Record<string, string> }[]; problems: string[] }> {
  const raw: CsvRow[] = [];
  refuseBinary(file);
  const header = await readCsv(file, (row) => void raw.push(row));
  if (!header.length) throw new CliError(1, [`${file}:1: empty file: expected a header row naming the columns (the README lists them)`]);
  const { columns, issues } = checkHeader(header, requireAll);
  const problems = issues.map((i) => cellLine(file, 1, i));
  const rows = raw.map((r) => {
    const cells: Record<string, string> = {};
    header.forEach((h, k) => {
      const col = columns[k];
      if (col) cells[col] = r.values[h] ?? '';
    });
    return { line: r.line, cells };
  });
  // Spreadsheets often save trailing rows of bare commas: a row with nothing in it is no program.
  return { rows: rows.filter((r) => Object.values(r.cells).some((v) => v.trim())), problems };
}

/** A spreadsheet saved as .xlsx, an image…: say so, rather than print its bytes as a CSV error. */
function refuseBinary(file: string) {
  let head: Buffer;
  try {
    const fd = openSync(file, 'r');
    try {
      head = Buffer.alloc(65536);
      head = head.subarray(0, readSync(fd, head, 0, head.length, 0));
    } finally {
      closeSync(fd);
    }
  } catch {
    return; // readCsv reports why it cannot be read
  }
  const text = head.toString('utf8');
  const bad = (text.match(/\uFFFD/g) ?? []).length;
  if (head.includes(0) || bad > text.length / 20) {
    throw new CliError(2, [`${file}: not a CSV text file (it looks binary; an .xlsx spreadsheet must be saved as CSV UTF-8 first)`]);
  }
}

export function checkOptions(values: Record<string, unknown>) {
  const verified = values.verified as string | undefined;
  if (verified !== undefined && !DATE.test(verified)) throw new CliError(2, [`--verified: expected a date as YYYY-MM-DD, got "${verified}"`]);
  const sid = values['source-id'] as string | undefined;
  if (sid !== undefined && !ID.test(sid)) throw new CliError(2, [`--source-id: expected an id (letters, digits, ".", "_" or "-"), got "${sid}"`]);
}

export async function importCsvCommand(args: string[], io: Io): Promise<ExitCode> {
  const { positional, values } = parseArgs(args, {
    out: 'value', 'source-name': 'value', 'source-id': 'value', vintage: 'value', title: 'value', verified: 'value',
  });
  if (positional.length !== 1) throw new CliError(2, ['ma-catalog import csv: name one CSV file (ma-catalog import csv programs.csv [--out catalog.json])']);
  checkOptions(values);
  const [file] = positional;
  const sourceId = (values['source-id'] as string | undefined) ?? 'publisher';
  const { rows, problems } = await readProgramCsv(file, true);
  if (problems.length) throw new CliError(1, problems);

  const programs: Program[] = [];
  const lines: number[] = [];
  const firstLine = new Map<string, number>();
  for (const { line, cells } of rows) {
    const r = rowToProgram(cells, { source: sourceId, verified: values.verified as string | undefined });
    for (const i of r.issues) problems.push(cellLine(file, line, i));
    const id = cells.id?.trim();
    if (id) {
      const at = firstLine.get(id);
      if (at !== undefined) problems.push(cellLine(file, line, { column: 'id', message: `duplicate id "${id}" (also on row ${at})` }));
      else firstLine.set(id, line);
    }
    if (r.value) {
      programs.push(r.value);
      lines.push(line);
    }
  }
  if (!rows.length) problems.push(`${file}:1: no programs: the file has a header row and nothing else`);
  if (problems.length) throw new CliError(1, problems);

  // Deterministic: the dates come from the rows (or --verified), never from the clock.
  const newest = programs.map((p) => p.verified).sort().at(-1)!;
  const name = (values['source-name'] as string | undefined) ?? `Publisher data (${basename(file)})`;
  const source: Source = { id: sourceId, name, vintage: (values.vintage as string | undefined) ?? `checked up to ${newest}` };
  const catalog: Catalog = {
    catalogVersion: 1,
    meta: { title: (values.title as string | undefined) ?? name, updated: newest, sources: [source] },
    programs,
  };
  const checked = CatalogSchema.safeParse(catalog, { reportInput: true });
  if (!checked.success) {
    // Map `programs[i].…` back to the row it came from.
    throw new CliError(
      1,
      issuesFromZod(checked.error.issues as never).map((i) => {
        const m = /^programs\[(\d+)\]\.?(.*)$/.exec(i.path);
        return m ? `${file}:${lines[Number(m[1])]}: ${m[2] || 'program'}: ${i.message}` : `${i.path}: ${i.message}`;
      }),
    );
  }
  writeOutput(io, await catalogJson(catalog), values.out as string | undefined);
  io.err(`${file}: ${programs.length} program(s) from ${rows.length} row(s)${values.out ? ` -> ${values.out}` : ''}\n`);
  return 0;
}
