/// <reference types="node" />
/**
 * `ma-catalog validate [--lenient] FILE...`: OK, or one `path: message` line per problem.
 * With --lenient, what a browser widget (without `strict`) would do: the records it would leave out, one
 * `skip path: message` line each, exit 0 when the rest can be shown, 1 when nothing can.
 */
import { parseJson, validateCatalog, validateCatalogLenient } from '../catalog/validate.js';
import { CatalogError, formatIssues } from '../catalog/errors.js';
import { hasCurrentChecksum } from '../catalog/checksum.js';
import { CliError, readText, type ExitCode, type Io } from './io.js';

export async function validateCommand(args: string[], io: Io): Promise<ExitCode> {
  const lenient = args.includes('--lenient');
  args = args.filter((a) => a !== '--lenient');
  if (!args.length) throw new CliError(2, ['ma-catalog validate: name at least one FILE']);
  let code: ExitCode = 0;
  const many = args.length > 1;
  for (const file of args) {
    const prefix = many ? `${file}: ` : '';
    let text: string;
    try {
      text = readText(file);
    } catch (e) {
      if (!(e instanceof CliError)) throw e;
      io.err(e.lines.join('\n') + '\n');
      code = 2;
      continue;
    }
    try {
      if (lenient) {
        const { catalog, skipped } = validateCatalogLenient(parseJson(text, file), file);
        for (const s of skipped) io.out(`${prefix}skip ${s.path}: ${s.message}\n`);
        io.out(`${prefix}OK: a browser shows ${catalog.programs.length} program(s)${skipped.length ? `, leaving out ${skipped.length} invalid record(s)` : ''}\n`);
      } else {
        // Parsed once: validateCatalog keeps no reference, so the same data is then read for its checksum.
        const data = parseJson(text, file) as { checksum?: unknown };
        validateCatalog(data, file);
        io.out(`${prefix}OK\n`);
        if (data.checksum !== undefined && !(await hasCurrentChecksum(data, async () => undefined))) {
          io.err(`${file}: checksum: stale, the content changed after ma-catalog wrote it; browsers will check it in full (run \`ma-catalog stamp ${file}\` to renew it)\n`);
        }
      }
    } catch (e) {
      if (!(e instanceof CatalogError)) throw e;
      if (e.kind === 'not-json') {
        io.err(`${file}: not JSON (${(e.cause as Error | undefined)?.message ?? e.message})\n`);
        code = 2;
      } else {
        for (const line of formatIssues(e.issues)) io.out(prefix + line + '\n');
        if (code < 1) code = 1;
      }
    }
  }
  return code;
}
