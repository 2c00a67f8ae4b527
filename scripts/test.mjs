// `npm test`: type-check, build, then every test (node unit/CLI/e2e tests and
// the browser tests in headless Chromium), and end with one line:
// `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium } from './find-chromium.mjs';

const results = '.test-results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };

function run(label, cmd, args, env = {}) {
  console.log(`\n== ${label}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}
function finish(code) {
  console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
  process.exit(code);
}
function add(file, label) {
  if (!existsSync(file)) {
    console.log(`${label}: no results (the runner did not finish)`);
    totals.failed++;
    return;
  }
  const t = JSON.parse(readFileSync(file, 'utf8'));
  totals.passed += t.passed;
  totals.failed += t.failed + (t.errors ?? 0);
  totals.skipped += t.skipped ?? 0;
}

const chrome = findChromium();
if (!chrome) {
  console.error('No Chromium found: install it (Debian: apt-get install chromium) or set CHROME_PATH to a Chrome or Chromium binary.');
  totals.failed++;
  finish(1);
}
const env = { CHROME_PATH: chrome };

if (!run('type-check', 'npx', ['tsc', '-p', 'tsconfig.test.json'])) {
  totals.failed++;
  finish(1);
}
if (!run('build', 'npm', ['run', '--silent', 'build'])) {
  totals.failed++;
  finish(1);
}

const nodeTests = [];
const walk = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (/\.test\.m?js$/.test(e.name)) nodeTests.push(p);
  }
};
for (const dir of ['test/node', 'bench', 'test/e2e']) if (existsSync(dir)) walk(dir);
let ok = true;
if (nodeTests.length) {
  ok =
    run(
      'node tests (CLI, JSON Schema, e2e)',
      process.execPath,
      [
        '--test',
        '--test-reporter=spec',
        '--test-reporter-destination=stdout',
        '--test-reporter=./scripts/node-count-reporter.mjs',
        `--test-reporter-destination=${results}/node.json`,
        ...nodeTests,
      ],
      env,
    ) && ok;
  add(`${results}/node.json`, 'node tests');
}
ok = run('browser tests (web-test-runner, headless Chromium)', 'npx', ['wtr'], env) && ok;
add(`${results}/wtr.json`, 'browser tests');
finish(ok && totals.failed === 0 ? 0 : 1);
