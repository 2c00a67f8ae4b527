// The ma-catalog CLI, run as a user would run it (on the built dist).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

const FIX = 'test/fixtures/catalogs/';
const cli = (...args) => {
  const r = spawnSync(process.execPath, ['bin/ma-catalog.js', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

test('validate prints OK and exits 0 for valid catalogs, including the default one', () => {
  assert.deepEqual(cli('validate', FIX + 'valid-minimal.json'), { code: 0, out: 'OK\n', err: '' });
  assert.equal(cli('validate', 'data/default-catalog.json').out, 'OK\n');
});

test('validate prints one path: message line per problem and exits 1', () => {
  const r = cli('validate', FIX + 'invalid-programs.json');
  assert.equal(r.code, 1);
  assert.deepEqual(r.out.trim().split('\n').sort(), [
    'programs[0].credential: required: one of "certificate", "diploma", "associate", "bachelor"',
    'programs[0].delivery: expected one of "online", "hybrid", "campus"',
    'programs[0].tuition.amount: must be at least 0',
    'programs[0].tution: unknown field (check its spelling)',
    'programs[0].url: expected an http:// or https:// URL',
  ]);
  assert.equal(cli('validate', FIX + 'wrong-version.json').out, 'catalogVersion: expected 1, got 2\n');
  assert.equal(cli('validate', FIX + 'invalid-reference.json').out, 'occupations[0].outlook.source: unknown source "nowhere" (not in meta.sources)\n');
});

test('validate exits 2 with a one-line reason for non-JSON and unreadable files', () => {
  const nj = cli('validate', FIX + 'not-json.json');
  assert.equal(nj.code, 2);
  assert.match(nj.err, /^test\/fixtures\/catalogs\/not-json\.json: not JSON \(.+\)\n$/);
  const missing = cli('validate', FIX + 'no-such-file.json');
  assert.equal(missing.code, 2);
  assert.equal(missing.err, `${FIX}no-such-file.json: cannot read the file (no such file)\n`);
});

test('validate names the file on each line when given several, and exits with the worst code', () => {
  const r = cli('validate', FIX + 'valid-minimal.json', FIX + 'wrong-version.json');
  assert.equal(r.code, 1);
  assert.equal(r.out, `${FIX}valid-minimal.json: OK\n${FIX}wrong-version.json: catalogVersion: expected 1, got 2\n`);
  assert.equal(cli('validate', FIX + 'wrong-version.json', FIX + 'not-json.json').code, 2);
});

test('schema prints the JSON Schema; bad usage exits 2 with the usage', () => {
  const r = cli('schema');
  assert.equal(r.code, 0);
  const schema = JSON.parse(r.out);
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.deepEqual(schema.required, ['catalogVersion', 'meta', 'programs']);
  const bad = cli('frobnicate');
  assert.equal(bad.code, 2);
  assert.match(bad.err, /Usage: ma-catalog validate FILE/);
  assert.equal(cli('validate').code, 2);
});
