#!/usr/bin/env node
// ma-catalog: check catalogs by hand or in CI, and print the JSON Schema.
//   ma-catalog validate FILE...   OK, or one `path: message` line per problem
//   ma-catalog schema             the JSON Schema
// Exit codes: 0 valid, 1 a catalog is invalid, 2 a file is unreadable or not JSON (or bad usage).
import { readFileSync } from 'node:fs';
import { parseCatalogText } from '../dist/catalog/validate.js';
import { catalogJsonSchema } from '../dist/catalog/json-schema.js';
import { CatalogError, formatIssues } from '../dist/catalog/errors.js';

const USAGE = `Usage: ma-catalog validate FILE...   check catalog files
       ma-catalog schema              print the catalog JSON Schema`;

const [command, ...args] = process.argv.slice(2);

if (command === 'schema') {
  process.stdout.write(JSON.stringify(catalogJsonSchema(), null, 2) + '\n');
} else if (command === 'validate' && args.length) {
  let code = 0;
  const many = args.length > 1;
  for (const file of args) {
    const prefix = many ? `${file}: ` : '';
    let text;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      console.error(`${file}: cannot read the file (${e.code === 'ENOENT' ? 'no such file' : e.code ?? e.message})`);
      code = 2;
      continue;
    }
    try {
      parseCatalogText(text.replace(/^\uFEFF/, ''), file);
      console.log(`${prefix}OK`);
    } catch (e) {
      if (!(e instanceof CatalogError)) throw e;
      if (e.kind === 'not-json') {
        console.error(`${file}: not JSON (${e.cause?.message ?? e.message})`);
        code = 2;
      } else {
        for (const line of formatIssues(e.issues)) console.log(prefix + line);
        code = Math.max(code, 1);
      }
    }
  }
  process.exitCode = code;
} else if (command === '--help' || command === '-h') {
  console.log(USAGE);
} else {
  console.error(command === 'validate' ? 'ma-catalog validate: name at least one FILE' : USAGE);
  process.exitCode = 2;
}
