#!/usr/bin/env node
/**
 * `npm run catalog:national`: makes data/national-catalog.json, the national
 * catalog the package ships, with `ma-catalog import ipeds` (the built CLI)
 * from the NCES 2023-24 files in ../shared/data/ipeds/ (or the folder given:
 * `node scripts/build-national.mjs DIR`). The verified date is fixed here, so
 * a second run gives the same bytes; test/node/import-ipeds.test.mjs checks
 * that the committed file equals a fresh import.
 *
 * Next year: put HDyyyy.csv and Cyyyy_A.csv in the folder, change the names
 * and the date below, run it, read the report, commit (see README).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const NATIONAL = {
  directory: 'hd2024.csv',
  completions: 'c2024_a_cip51.csv',
  cip: '51.0801',
  /** The day the 2023-24 files were checked for this catalog. */
  verified: '2026-12-02',
  out: 'data/national-catalog.json',
};

/** The ma-catalog command line (after `node`) that makes the national catalog from the files in `dir`. */
export const NATIONAL_ARGS = (dir) => [
  join(root, 'bin/ma-catalog.js'),
  'import', 'ipeds',
  '--directory', join(dir, NATIONAL.directory),
  '--completions', join(dir, NATIONAL.completions),
  '--cip', NATIONAL.cip,
  '--verified', NATIONAL.verified,
];

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = resolve(process.argv[2] ?? join(root, '..', 'shared', 'data', 'ipeds'));
  if (!existsSync(join(root, 'dist/cli/main.js'))) {
    console.error('dist/cli/main.js is missing: run `npm run build` first.');
    process.exit(2);
  }
  if (!existsSync(join(dir, NATIONAL.directory)) || !existsSync(join(dir, NATIONAL.completions))) {
    console.error(`${NATIONAL.directory} and ${NATIONAL.completions} are not in ${process.argv[2] ?? '../shared/data/ipeds/'}: give the folder that holds them.`);
    process.exit(2);
  }
  const r = spawnSync(process.execPath, NATIONAL_ARGS(dir), { encoding: 'utf8', maxBuffer: 64e6, stdio: ['ignore', 'pipe', 'inherit'] });
  if (r.status !== 0) process.exit(r.status ?? 2);
  writeFileSync(join(root, NATIONAL.out), r.stdout);
  console.error(`Written to ${NATIONAL.out}`);
}
