// `ma-catalog validate --lenient`: what a browser widget would leave out of a
// partial catalog; plain `validate` stays all or nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cli = (...args) => {
  const r = spawnSync(process.execPath, ['bin/ma-catalog.js', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

test('validate --lenient lists the records a browser leaves out; validate alone refuses the file', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'ma-lenient-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const c = JSON.parse(readFileSync('data/default-catalog.json', 'utf8'));
  c.programs[5].url = 'htp:/typo';
  c.programs[20].lengthMonths = { min: 12, max: 9 };
  const file = join(dir, 'partial.json');
  writeFileSync(file, JSON.stringify(c));

  const strict = cli('validate', file);
  assert.equal(strict.code, 1);
  assert.deepEqual(strict.out.trim().split('\n'), ['programs[5].url: expected an http:// or https:// URL', 'programs[20].lengthMonths.max: max must be at least min']);

  const lenient = cli('validate', '--lenient', file);
  assert.equal(lenient.code, 0);
  assert.deepEqual(lenient.out.trim().split('\n'), [
    'skip programs[5]: programs[5].url: expected an http:// or https:// URL',
    'skip programs[20]: programs[20].lengthMonths.max: max must be at least min',
    'OK: a browser shows 46 program(s), leaving out 2 invalid record(s)',
  ]);
  assert.equal(lenient.err, '');

  // Structural problems are errors in both modes.
  const broken = join(dir, 'broken.json');
  writeFileSync(broken, JSON.stringify({ ...c, programs: {} }));
  const r = cli('validate', '--lenient', broken);
  assert.equal(r.code, 1);
  assert.match(r.out, /^programs: expected array, got object$/m);
  assert.equal(cli('validate', '--lenient', 'data/default-catalog.json').out, 'OK: a browser shows 48 program(s)\n');
});
