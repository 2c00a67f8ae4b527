#!/usr/bin/env node
// ma-catalog: the CLI. Everything it runs lives in src/cli/ (built to dist/cli/).
//   ma-catalog --help   lists the commands
// Exit codes: 0 fine, 1 an input is invalid, 2 a file is unreadable or not JSON (or bad usage).
import { main } from '../dist/cli/main.js';

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e) => {
    process.stderr.write(`ma-catalog: ${e?.message ?? e}\n`);
    process.exitCode = 2;
  },
);
