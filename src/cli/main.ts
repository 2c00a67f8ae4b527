/// <reference types="node" />
/**
 * ma-catalog: make, check and describe catalogs on the publisher's machine.
 * One module per command beside this one; this file only dispatches and
 * turns every failure into plain lines and an exit code (never a stack trace).
 */
import { catalogJsonSchema } from '../catalog/json-schema.js';
import { CliError, processIo, stableJson, type ExitCode, type Io } from './io.js';
import { validateCommand } from './validate.js';
import { IMPORT_IPEDS_USAGE, importIpedsCommand } from './import-ipeds.js';
import { importCsvCommand } from './import-csv.js';
import { mergeCommand } from './merge.js';
import { statsCommand } from './stats.js';
import { STAMP_USAGE, stampCommand } from './stamp.js';
import { RENDER_USAGE, renderCommand } from './render.js';

type Command = (args: string[], io: Io) => Promise<ExitCode>;

/** Every command, by the words that name it. */
const COMMANDS: Record<string, { usage: string; run: Command }> = {
  validate: { usage: 'validate FILE... [--lenient]  check catalog files (--lenient: what a browser would leave out)', run: validateCommand },
  schema: {
    usage: 'schema                      print the catalog JSON Schema',
    run: async (_args, io) => (io.out(stableJson(catalogJsonSchema())), 0),
  },
  'import ipeds': { usage: `${IMPORT_IPEDS_USAGE}\n                                              a catalog from the NCES IPEDS directory and completions files`, run: importIpedsCommand },
  'import csv': { usage: 'import csv FILE.csv         a catalog from a spreadsheet, one program per row', run: importCsvCommand },
  merge: { usage: 'merge BASE.json OVERLAY...  lay what a publisher knows (CSV or JSON) over a catalog', run: mergeCommand },
  stamp: { usage: STAMP_USAGE, run: stampCommand },
  stats: { usage: 'stats FILE [--json]         how many programs report each field', run: statsCommand },
  render: { usage: RENDER_USAGE, run: renderCommand },
};

export const usage = () => 'Usage: ma-catalog ' + Object.values(COMMANDS).map((c) => c.usage).join('\n       ma-catalog ');

/** Runs one command line (without `node ma-catalog`); resolves to the exit code. */
export async function main(argv: string[], io: Io = processIo): Promise<ExitCode> {
  const [first, ...rest] = argv;
  if (first === '--help' || first === '-h' || first === 'help') return io.out(usage() + '\n'), 0;
  // Two-word commands ("import csv") before one-word ones.
  const two = rest.length ? `${first} ${rest[0]}` : '';
  const name = two in COMMANDS ? two : first;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    io.err((first ? `ma-catalog: unknown command "${first}"\n` : '') + usage() + '\n');
    return 2;
  }
  try {
    return await command.run(name === two ? rest.slice(1) : rest, io);
  } catch (e) {
    if (e instanceof CliError) {
      io.err(e.lines.join('\n') + '\n');
      return e.code;
    }
    io.err(`ma-catalog ${name}: ${(e as Error)?.message ?? String(e)}\n`);
    return 2;
  }
}
