// `ma-catalog import csv`, `merge` and `stats`, run as a publisher runs them (on the built dist),
// on small fixture files written for these tests (test/fixtures/csv/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FIX = 'test/fixtures/csv/';
const cli = (...args) => {
  const r = spawnSync(process.execPath, ['bin/ma-catalog.js', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const tmp = mkdtempSync(join(tmpdir(), 'ma-csv-'));
const noStack = (r) => assert.doesNotMatch(r.out + r.err, /\n\s+at |Error:|TypeError|node:internal/);

test('import csv: BOM, CRLF, quoted commas and line breaks; blank cells are absent; the output validates', () => {
  const r = cli('import', 'csv', FIX + 'programs-bom-crlf.csv');
  assert.equal(r.code, 0, r.err);
  assert.equal(r.err, `${FIX}programs-bom-crlf.csv: 3 program(s) from 3 row(s)\n`);
  const c = JSON.parse(r.out);
  const [lake, hill, river] = c.programs;
  // The BOM did not stick to the first header, and "Name" matched `name`.
  assert.equal(lake.id, 'lake-cert');
  assert.deepEqual(lake.name, { en: 'Medical Assisting Certificate', es: 'Certificado de asistente médico' });
  assert.equal(lake.institution.name, 'Example Lake College, North Campus');
  assert.deepEqual(lake.institution, { name: 'Example Lake College, North Campus', ipedsId: 100001, control: 'public' });
  assert.deepEqual(lake.location, { city: 'Lakeview', state: 'TX', zip: '78701', lat: 30.27, lon: -97.74 });
  assert.deepEqual(lake.tuition, { amount: 14500, currency: 'USD', covers: 'program', note: 'Books, scrubs and exam fee included' });
  assert.deepEqual(lake.schedule, ['evening', 'weekend']);
  assert.equal(lake.sponsored, false);
  // A quoted line break stays in the name, and the row after it is still read.
  assert.equal(river.name, 'Online Medical Assisting,\r\nEvening Cohort');
  assert.deepEqual(river.onlineStates, ['KS', 'MO']);
  assert.deepEqual(river.accreditation, { body: 'ABHES', status: 'initial' });
  // Blank = not reported: no key at all, never 0 or "".
  assert.deepEqual(Object.keys(hill), ['id', 'name', 'institution', 'location', 'credential', 'lengthMonths', 'verified', 'provenance']);
  assert.deepEqual(hill.institution, { name: 'Example Hill Institute', control: 'for-profit' });
  // Provenance: the publisher's source vouches for exactly the facts the row reports.
  assert.deepEqual(c.meta.sources, [{ id: 'publisher', name: 'Publisher data (programs-bom-crlf.csv)', vintage: 'checked up to 2026-10-20' }]);
  assert.equal(c.meta.updated, '2026-10-20');
  assert.deepEqual(hill.provenance, [{ source: 'publisher', fields: ['name', 'institution', 'location', 'credential', 'lengthMonths'], checked: '2026-09-15' }]);
  assert.ok(lake.provenance[0].fields.includes('tuition') && lake.provenance[0].fields.includes('url'));
  const out = join(tmp, 'out.json');
  assert.equal(cli('import', 'csv', FIX + 'programs-bom-crlf.csv', '--out', out, '--source-name', 'Partner schools', '--source-id', 'partners').code, 0);
  assert.deepEqual(cli('validate', out), { code: 0, out: 'OK\n', err: '' });
  assert.equal(JSON.parse(readFileSync(out, 'utf8')).programs[0].provenance[0].source, 'partners');
  // Deterministic: the same file gives the same bytes.
  assert.equal(cli('import', 'csv', FIX + 'programs-bom-crlf.csv').out, r.out);
});

test('import csv: the shipped example converts, validates, and rows are numbered as in a spreadsheet', () => {
  const r = cli('import', 'csv', 'data/examples/programs.csv');
  assert.equal(r.code, 0, r.err);
  const c = JSON.parse(r.out);
  assert.equal(c.programs.length, 3);
  assert.ok(c.programs.every((p) => !p.url || new URL(p.url).hostname.endsWith('example.edu')));
  // A record with a quoted line break (row 4 spans lines 4-5) does not shift the rows after it.
  const f = join(tmp, 'multiline.csv');
  writeFileSync(f, 'id,name,school,city,state,credential,months_min,months_max,verified\r\na,A,S,X,TX,certificate,9,12,2026-10-01\r\nb,B,S,X,TX,certificate,9,12,2026-10-01\r\nc,"C\r\ncontinued",S,X,TX,certificate,9,12,2026-10-01\r\nd,D,S,X,TX,certificate,9,xx,2026-10-01\r\n');
  assert.equal(cli('import', 'csv', f).err, `${f}:6:months_max: must be a number\n`);
  // Rows of bare commas, as spreadsheets save them at the end, are not programs.
  writeFileSync(f, 'id,name,school,city,state,credential,months_min,months_max,verified\na,A,S,X,TX,certificate,9,12,2026-10-01\n,,,,,,,,\n , ,,,,,,,\n');
  assert.equal(cli('import', 'csv', f).err, `${f}: 1 program(s) from 1 row(s)\n`);
});

test('import csv: every problem is reported with its row and column, and nothing is written', () => {
  const out = join(tmp, 'never.json');
  const r = cli('import', 'csv', FIX + 'errors.csv', '--out', out);
  assert.equal(r.code, 1);
  assert.equal(r.out, '');
  const f = `${FIX}errors.csv`;
  assert.deepEqual(r.err.trim().split('\n'), [
    `${f}:3:state: expected a 2-letter state code such as "TX"`,
    `${f}:3:zip: expected a 5-digit ZIP code (a spreadsheet may have dropped its leading zeros: format the column as text)`,
    `${f}:3:credential: expected one of "certificate", "diploma", "associate", "bachelor"`,
    `${f}:3:months_max: max must be at least min`,
    `${f}:3:tuition: must be a number, without a currency sign (the currency goes in tuition_currency)`,
    `${f}:3:accreditation: expected one of "CAAHEP", "ABHES"`,
    `${f}:3:accreditation_status: required when accreditation is filled: one of "accredited", "initial", "probation"`,
    `${f}:3:schedule: expected one of "day", "evening", "weekend", "part-time"`,
    `${f}:3:url: expected an http:// or https:// URL`,
    `${f}:3:sponsored: must be yes or no`,
    `${f}:3:verified: must be a date as YYYY-MM-DD`,
    `${f}:4:id: expected an id: letters, digits, ".", "_" or "-"`,
    `${f}:4:name: required: this cell must not be blank`,
    `${f}:4:school: required: this cell must not be blank`,
    `${f}:4:tuition: required when tuition_covers is filled`,
    `${f}:5:id: duplicate id "ok-1" (also on row 2)`,
  ]);
  assert.throws(() => readFileSync(out));
});

test('import csv: an unknown column is named, with the closest known one; a missing one too', () => {
  const r = cli('import', 'csv', FIX + 'wrong-header.csv');
  assert.equal(r.code, 1);
  assert.equal(
    r.err,
    `${FIX}wrong-header.csv:1:tution: unknown column; did you mean "tuition"? (the README lists the columns)\n` +
      `${FIX}wrong-header.csv:1:colour: unknown column (the README lists the columns)\n`,
  );
  const f = join(tmp, 'missing.csv');
  writeFileSync(f, 'id,name,city,state,credential,months_min,months_max\nx,A,Austin,TX,certificate,9,12\n');
  assert.equal(cli('import', 'csv', f).err, `${f}:1:school: missing column (required)\n`);
});

test('import csv: a Windows-1252 file (Excel\'s plain "CSV") is refused cell by cell, not garbled', () => {
  const f = join(tmp, 'latin1.csv');
  writeFileSync(f, Buffer.from('id,name,school,city,state,credential,months_min,months_max,verified\nx,Asistente m\xe9dico,S,Austin,TX,certificate,9,12,2026-10-01\n', 'latin1'));
  const r = cli('import', 'csv', f);
  assert.deepEqual([r.code, r.err], [1, `${f}:2:name: not UTF-8 text: save the spreadsheet as "CSV UTF-8"\n`]);
});

test('import csv: verified comes from the row or --verified, never from the clock', () => {
  const f = join(tmp, 'undated.csv');
  writeFileSync(f, 'id,name,school,city,state,credential,months_min,months_max\nx,A,S,Austin,TX,certificate,9,12\n');
  assert.equal(cli('import', 'csv', f).err, `${f}:2:verified: required: the date the row was checked (YYYY-MM-DD), or give --verified\n`);
  const ok = cli('import', 'csv', f, '--verified', '2026-11-02');
  assert.equal(ok.code, 0);
  assert.equal(JSON.parse(ok.out).programs[0].verified, '2026-11-02');
  assert.equal(cli('import', 'csv', f, '--verified', 'yesterday').code, 2);
});

test('never a stack trace: binary, empty, header-only, ragged, a JSON array, a folder, a missing file', () => {
  const bin = join(tmp, 'garbage.csv');
  writeFileSync(bin, Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 37 + 11) % 256)));
  const cases = [
    [bin, 2],
    [FIX + 'empty.csv', 1],
    [FIX + 'header-only.csv', 1],
    [FIX + 'ragged.csv', 1],
    [FIX + 'array.csv', 1],
    [FIX, 2],
    [FIX + 'nope.csv', 2],
  ];
  for (const [file, code] of cases) {
    const r = cli('import', 'csv', file);
    assert.equal(r.code, code, `${file}: ${r.err}`);
    assert.equal(r.out, '');
    assert.ok(r.err.startsWith(file), `${file}: ${r.err}`);
    noStack(r);
  }
  assert.match(cli('import', 'csv', FIX + 'empty.csv').err, /:1: empty file/);
  assert.equal(cli('import', 'csv', bin).err, `${bin}: not a CSV text file (it looks binary; an .xlsx spreadsheet must be saved as CSV UTF-8 first)\n`);
  assert.equal(cli('merge', FIX + 'base.json', bin).code, 2);
  assert.match(cli('import', 'csv', FIX + 'ragged.csv').err, /ragged\.csv:3: /);
  writeFileSync(bin.replace(/csv$/, 'json'), readFileSync(bin));
  for (const args of [['merge', FIX + 'base.json', bin.replace(/csv$/, 'json')], ['merge', bin, FIX + 'overlay.csv'], ['stats', bin]]) {
    const r = cli(...args);
    assert.equal(r.code, 2, args.join(' ') + r.err);
    assert.match(r.err, /: not JSON \(/);
    noStack(r);
  }
  // JSON, but a list where a catalog belongs: invalid (1), as validate says.
  const list = cli('stats', FIX + 'array.csv');
  assert.deepEqual([list.code, list.err], [1, `${FIX}array.csv: (root): expected object, got array\n`]);
  const arr = join(tmp, 'array.json');
  writeFileSync(arr, '[{"id": "ipeds-100001-21"}]');
  const r = cli('merge', FIX + 'base.json', arr);
  assert.equal(r.code, 1);
  assert.match(r.err, /an overlay is a JSON object with a "programs" list .*got a list/);
  noStack(r);
});

test('merge: by id, by IPEDS unit id + credential; reports what matches nothing and what changed', () => {
  const out = join(tmp, 'merged.json');
  const r = cli('merge', FIX + 'base.json', FIX + 'overlay.csv', FIX + 'overlay.json', '--out', out);
  assert.equal(r.code, 0, r.err);
  const c = JSON.parse(readFileSync(out, 'utf8'));
  assert.deepEqual(cli('validate', out).out, 'OK\n');
  const lines = r.err.trim().split('\n');
  const o = `${FIX}overlay.csv`;
  const j = `${FIX}overlay.json`;
  assert.deepEqual(lines, [
    `${FIX}base.json: 5 program(s); after the merge: 6`,
    `${o}: 6 entries: 3 matched (1 by id, 2 by IPEDS unit id + credential), 0 added, 3 matching nothing`,
    `${o}: changed: delivery 2, tuition 1, accreditation 1, schedule 1, url 2, sponsored 1, location 1`,
    `${o}:5: no program in the base has id "ipeds-999999-3"; not added as a new program, since it is not complete (name: required)`,
    `${o}:6: IPEDS unit id 100003 with credential certificate matches 2 programs (ipeds-100003-20, ipeds-100003-21); give the id of the one you mean`,
    `${o}:7: no program in the base has IPEDS unit id 100009 with credential associate; not added as a new program, since it has no id`,
    `${j}: 3 entries: 1 matched (1 by id, 0 by IPEDS unit id + credential), 1 added, 1 matching nothing`,
    `${j}: changed: name 1, tuition 1`,
    `${j}: programs[2]: new-valley-cert: added as a new program`,
    `${j}: programs[1]: IPEDS unit id 100003 with credential certificate matches 2 programs (ipeds-100003-20, ipeds-100003-21); give the id of the one you mean`,
  ]);
  const byId = Object.fromEntries(c.programs.map((p) => [p.id, p]));
  // Matched by IPEDS unit id + associate: the id stays, the ZIP changes, the city stays.
  assert.deepEqual(byId['ipeds-100001-3'].location, { city: 'Lakeview', state: 'TX', zip: '78702' });
  assert.equal(byId['ipeds-100001-3'].delivery, 'campus');
  assert.equal(byId['ipeds-100001-3'].credential, 'associate');
  // A Spanish name alone replaces only the Spanish name.
  assert.deepEqual(byId['ipeds-100002-2'].name, { en: 'Medical/Clinical Assistant: certificate', es: 'Diploma de asistente médico' });
  // Ambiguous matches change nothing.
  assert.equal(byId['ipeds-100003-20'].delivery, undefined);
  assert.equal(byId['ipeds-100003-21'].delivery, undefined);
  assert.deepEqual(c.programs.map((p) => p.id), ['ipeds-100001-21', 'ipeds-100001-3', 'ipeds-100002-2', 'ipeds-100003-20', 'ipeds-100003-21', 'new-valley-cert']);
  assert.deepEqual(c.meta.sources.map((s) => s.id), ['ipeds-2023-24', 'overlay', 'school-pages']);
  assert.deepEqual(c.meta.sources[1], { id: 'overlay', name: 'Publisher data (overlay.csv)', vintage: 'checked up to 2026-10-05' });
  assert.equal(c.meta.updated, '2026-10-10');
  // Deterministic.
  assert.equal(cli('merge', FIX + 'base.json', FIX + 'overlay.csv', FIX + 'overlay.json').out, readFileSync(out, 'utf8'));
  // --strict: something matched nothing -> exit 1.
  assert.equal(cli('merge', FIX + 'base.json', FIX + 'overlay.csv', '--strict', '--out', join(tmp, 's.json')).code, 1);
});

test('merge: each fact records the source it came from and when it was checked', () => {
  const c = JSON.parse(cli('merge', FIX + 'base.json', FIX + 'overlay.csv', FIX + 'overlay.json').out);
  const byId = Object.fromEntries(c.programs.map((p) => [p.id, p]));
  const lake = byId['ipeds-100001-21'];
  assert.equal(lake.url, 'https://lake.example.edu/medical-assisting');
  assert.equal(lake.verified, '2026-10-01');
  assert.deepEqual(lake.provenance, [
    // The program page replaced the school's home page: IPEDS no longer vouches for the url.
    { source: 'ipeds-2023-24', fields: ['name', 'institution', 'location', 'credential', 'lengthMonths', 'completions'] },
    { source: 'overlay', fields: ['delivery', 'tuition', 'accreditation', 'schedule', 'url', 'sponsored'], checked: '2026-10-01' },
  ]);
  // A ZIP alone: the location is now vouched for by both.
  assert.deepEqual(byId['ipeds-100001-3'].provenance[1], { source: 'overlay', fields: ['location', 'delivery'], checked: '2026-10-02' });
  assert.ok(byId['ipeds-100001-3'].provenance[0].fields.includes('location'));
  // JSON overlay with its own source and date; a CSV row without a date gets no `checked`.
  assert.deepEqual(byId['ipeds-100002-2'].provenance.slice(1), [
    { source: 'overlay', fields: ['url'] },
    { source: 'school-pages', fields: ['name', 'tuition'], checked: '2026-10-10' },
  ]);
  assert.deepEqual(byId['new-valley-cert'].provenance, [{ source: 'school-pages', fields: ['name', 'institution', 'location', 'credential', 'lengthMonths'], checked: '2026-10-09' }]);
  // --verified dates the rows that carry no date.
  const dated = JSON.parse(cli('merge', FIX + 'base.json', FIX + 'overlay.csv', '--verified', '2026-09-30').out);
  assert.deepEqual(dated.programs[2].provenance[1], { source: 'overlay', fields: ['url'], checked: '2026-09-30' });
});

test('merge: a catalog made by import csv works as an overlay, credited to its one source', () => {
  const partners = join(tmp, 'partners.json');
  assert.equal(cli('import', 'csv', FIX + 'programs-bom-crlf.csv', '--out', partners, '--source-id', 'partners').code, 0);
  const r = cli('merge', FIX + 'base.json', partners);
  assert.equal(r.code, 0, r.err);
  const c = JSON.parse(r.out);
  const lake = c.programs.find((p) => p.id === 'ipeds-100001-21');
  // Found by IPEDS unit id 100001 + certificate; the publisher's name and tuition win, IPEDS keeps the graduates.
  assert.equal(lake.institution.name, 'Example Lake College, North Campus');
  assert.equal(lake.institution.ipedsId, 100001);
  assert.deepEqual(lake.completions, [{ year: '2023-24', awards: 37 }]);
  assert.deepEqual(lake.provenance[0], { source: 'ipeds-2023-24', fields: ['institution', 'credential', 'completions'] });
  assert.equal(lake.provenance[1].source, 'partners');
  assert.equal(lake.provenance[1].checked, '2026-10-01');
  assert.ok(c.programs.some((p) => p.id === 'hill-diploma'), 'a complete program new to the base is added');
  assert.match(r.err, /partners\.json: 3 entries: 1 matched \(0 by id, 1 by IPEDS unit id \+ credential\), 1 added, 1 matching nothing/);
  // Two sources: whose facts would they be?
  const two = cli('merge', FIX + 'base.json', 'data/default-catalog.json');
  assert.equal(two.code, 1);
  assert.match(two.err, /needs exactly one source/);
});

test('merge: invalid overlay values are all reported by row and column, and nothing is written', () => {
  const out = join(tmp, 'bad-merge.json');
  const r = cli('merge', FIX + 'base.json', FIX + 'overlay-bad.csv', '--out', out);
  assert.equal(r.code, 1);
  const f = `${FIX}overlay-bad.csv`;
  assert.deepEqual(r.err.trim().split('\n'), [
    `${f}:2:tuition: must be a number`,
    `${f}:2:delivery: expected one of "online", "hybrid", "campus"`,
    `${f}:3:zip: expected a 5-digit ZIP code (a spreadsheet may have dropped its leading zeros: format the column as text)`,
    `${f}:3:tuition_covers: required: one of "program", "year"`,
  ]);
  assert.throws(() => readFileSync(out));
  const badBase = cli('merge', 'test/fixtures/catalogs/invalid-programs.json', FIX + 'overlay.csv');
  assert.equal(badBase.code, 1);
  assert.match(badBase.err, /^test\/fixtures\/catalogs\/invalid-programs\.json: programs\[0\]\./);
  assert.equal(cli('merge', FIX + 'base.json').code, 2);
  assert.equal(cli('merge', FIX + 'base.json', FIX + 'programs.txt').code, 2);
});

test('stats: the share of programs reporting each field, in all, per credential and per state', () => {
  const r = cli('stats', FIX + 'base.json');
  assert.equal(r.code, 0, r.err);
  const rows = Object.fromEntries(r.out.split('\n').map((l) => l.trim().split(/\s{2,}/)).filter((c) => c.length > 2).map((c) => [c[0], c.slice(1)]));
  assert.deepEqual(rows.field, ['all', 'certificate', 'associate']);
  assert.deepEqual(rows.programs, ['5', '4', '1']);
  assert.deepEqual(rows.url, ['40%', '25%', '100%']);
  assert.deepEqual(rows.tuition, ['0%', '0%', '0%']);
  assert.deepEqual(rows.completions, ['100%', '100%', '100%']);
  assert.match(r.out, /^test\/fixtures\/csv\/base\.json: 5 program\(s\) in 3 state\(s\)/);
  const s = JSON.parse(cli('stats', FIX + 'base.json', '--json').out);
  assert.equal(s.programs, 5);
  assert.deepEqual(s.all.fields.url, { count: 2, percent: 40 });
  assert.deepEqual(Object.keys(s.byState), ['KS', 'OK', 'TX']);
  assert.deepEqual(s.byState.TX.fields.url, { count: 2, percent: 100 });
  assert.deepEqual(s.byCredential.certificate.fields['length (school)'], { count: 0, percent: 0 });
  // After the publisher's overlay the gaps shrink.
  const merged = join(tmp, 'for-stats.json');
  cli('merge', FIX + 'base.json', FIX + 'overlay.csv', '--out', merged);
  assert.deepEqual(JSON.parse(cli('stats', merged, '--json').out).all.fields.delivery, { count: 2, percent: 40 });
  assert.equal(cli('stats', 'test/fixtures/catalogs/invalid-programs.json').code, 1);
  assert.equal(cli('stats').code, 2);
});

test('the README documents every column, and its example CSV imports cleanly', () => {
  const readme = readFileSync('README.md', 'utf8');
  const example = /```csv\n([\s\S]*?)```/.exec(readme)?.[1];
  assert.ok(example, 'a ```csv block in the README');
  const f = join(tmp, 'readme-example.csv');
  writeFileSync(f, example);
  const r = cli('import', 'csv', f);
  assert.equal(r.code, 0, r.err);
  assert.equal(JSON.parse(r.out).programs.length, example.trim().split('\n').length - 1);
  const documented = [...readme.matchAll(/^\| `([a-z_]+)`(?: \*)? \| `/gm)].map((m) => m[1]);
  const used = example.split('\n')[0].split(',');
  for (const c of used) assert.ok(documented.includes(c), `column ${c} is in the README's table`);
});
