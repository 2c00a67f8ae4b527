/// <reference types="node" />
/** `ma-catalog validate FILE...`: OK, or one `path: message` line per problem. */
import { parseCatalogText } from '../catalog/validate.js';
import { CatalogError, formatIssues } from '../catalog/errors.js';
import { CliError, readText, type ExitCode, type Io } from './io.js';

export async function validateCommand(args: string[], io: Io): Promise<ExitCode> {
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
      parseCatalogText(text, file);
      io.out(`${prefix}OK\n`);
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
