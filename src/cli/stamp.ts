/// <reference types="node" />
/**
 * `ma-catalog stamp FILE [--out FILE]`: checks a catalog in full and writes it
 * with its `checksum` (for a catalog written or edited by hand), so that
 * browsers show it without loading and running the validator.
 */
import { parseJson } from '../catalog/parse.js';
import { CatalogError } from '../catalog/errors.js';
import { CliError, catalogJson, parseArgs, readText, writeOutput, type ExitCode, type Io } from './io.js';

export const STAMP_USAGE = 'stamp FILE [--out FILE]     check a catalog and write it with its checksum';

export async function stampCommand(args: string[], io: Io): Promise<ExitCode> {
  const { positional, values } = parseArgs(args, { out: 'value' });
  if (positional.length !== 1) throw new CliError(2, ['stamp: name one catalog FILE', `Usage: ma-catalog ${STAMP_USAGE}`]);
  const [file] = positional;
  let data: unknown;
  try {
    data = parseJson(readText(file), file);
  } catch (e) {
    if (e instanceof CatalogError) throw new CliError(2, [`${file}: not JSON (${(e.cause as Error | undefined)?.message ?? e.message})`]);
    throw e;
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new CliError(1, ['(root): expected a catalog object']);
  writeOutput(io, await catalogJson(data, file), values.out as string | undefined);
  if (values.out) io.err(`${file}: checked and stamped -> ${values.out}\n`);
  return 0;
}
