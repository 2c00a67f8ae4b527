// The checksum fast path, on the publisher's side: every catalog ma-catalog writes is stamped after a
// full check, the stamp survives re-indenting and goes stale on any edit, and the shipped catalogs'
// stamps are current (else browsers would load and run the validator for them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hasCurrentChecksum, computeChecksum } from '../../dist/catalog/checksum.js';

const FIX = 'test/fixtures/catalogs/';
const cli = (...args) => {
  const r = spawnSync(process.execPath, ['bin/ma-catalog.js', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const tmp = () => mkdtempSync(join(tmpdir(), 'ma-checksum-'));
const noPause = async () => undefined;

test('stamp checks a catalog and writes it with a current checksum; re-indenting keeps it current, an edit makes it stale', async () => {
  const out = join(tmp(), 'stamped.json');
  const r = cli('stamp', FIX + 'valid-minimal.json', '--out', out);
  assert.equal(r.code, 0, r.err);
  const text = readFileSync(out, 'utf8');
  const data = JSON.parse(text);
  assert.match(data.checksum, /^sha256-[A-Za-z0-9+/]{43}=$/);
  assert.deepEqual(Object.keys(data).slice(0, 2), ['catalogVersion', 'checksum']);
  assert.equal(await hasCurrentChecksum(data, noPause), true);
  // The same content, indented otherwise (a publisher's formatter): still current.
  assert.equal(await hasCurrentChecksum(JSON.parse(JSON.stringify(data)), noPause), true);
  // Any change of content: stale.
  const edited = JSON.parse(text);
  edited.programs[0].name = 'Edited by hand';
  assert.equal(await hasCurrentChecksum(edited, noPause), false);
  const moreMeta = JSON.parse(text);
  moreMeta.meta.updated = '2030-01-01';
  assert.equal(await hasCurrentChecksum(moreMeta, noPause), false);
  // validate: still OK, and says on stderr that browsers will check it in full.
  const stale = join(tmp(), 'stale.json');
  writeFileSync(stale, JSON.stringify(edited, null, 2));
  const v = cli('validate', stale);
  assert.equal(v.code, 0);
  assert.equal(v.out, 'OK\n');
  assert.match(v.err, /checksum: stale.*ma-catalog stamp/);
  assert.equal(cli('validate', out).err, '');
});

test('stamp refuses an invalid catalog with path: message lines and writes nothing', () => {
  const out = join(tmp(), 'never.json');
  const r = cli('stamp', FIX + 'invalid-programs.json', '--out', out);
  assert.equal(r.code, 1);
  assert.match(r.err, /^programs\[\d+\]\.[\w.[\]]+: /m);
  assert.equal(existsSync(out), false);
  const j = cli('stamp', FIX + 'not-json.json');
  assert.equal(j.code, 2);
  assert.match(j.err, /not-json\.json: not JSON/);
  assert.equal(cli('stamp').code, 2);
});

test('import csv and merge stamp what they write', async () => {
  const dir = tmp();
  const csv = join(dir, 'from-csv.json');
  assert.equal(cli('import', 'csv', 'test/fixtures/csv/programs-bom-crlf.csv', '--out', csv).code, 0);
  assert.equal(await hasCurrentChecksum(JSON.parse(readFileSync(csv, 'utf8')), noPause), true);
  const merged = join(dir, 'merged.json');
  const m = cli('merge', 'test/fixtures/csv/base.json', 'test/fixtures/csv/overlay.csv', '--out', merged);
  assert.equal(m.code, 0, m.err);
  assert.equal(await hasCurrentChecksum(JSON.parse(readFileSync(merged, 'utf8')), noPause), true);
});

test('the shipped catalogs carry current checksums (else: node bin/ma-catalog.js stamp FILE --out FILE)', async () => {
  for (const file of ['data/default-catalog.json', 'data/national-catalog.json']) {
    const data = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(await hasCurrentChecksum(data, noPause), true, `${file}: checksum stale; run node bin/ma-catalog.js stamp ${file} --out ${file}`);
  }
});

test('a checksum is refused on content that fails the structural checks, even when it was computed for that content', async () => {
  const data = JSON.parse(readFileSync(FIX + 'valid-minimal.json', 'utf8'));
  delete data.programs[0].institution;
  data.checksum = await computeChecksum(data, noPause);
  assert.equal(await hasCurrentChecksum(data, noPause), false);
});
