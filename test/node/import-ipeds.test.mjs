// `ma-catalog import ipeds`, run as a publisher runs it (the built CLI), on
// small fixture files written for these tests (test/fixtures/ipeds/: BOM,
// CRLF, quoted commas, a closed and an inactive school, 9-digit ZIPs, web
// addresses without a scheme, 0 graduates, two years, wrong columns, extra
// columns), then on the real 2023-24 files in ../shared/data/ipeds/ when present.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const F = 'test/fixtures/ipeds/';
const cli = (...args) => {
  const r = spawnSync(process.execPath, ['bin/ma-catalog.js', ...args], { encoding: 'utf8', maxBuffer: 64e6 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const importFixtures = (...more) => cli('import', 'ipeds', '--directory', F + 'hd2024.csv', '--completions', F + 'c2024_a.csv', ...more);
const tmp = () => mkdtempSync(join(tmpdir(), 'ma-ipeds-'));
/** A line of the report, e.g. "programs: 5 at 4 ...". */
const reportLine = (err, start) => err.split('\n').map((l) => l.trim()).find((l) => l.startsWith(start));
const noStack = (err) => assert.doesNotMatch(err, /\n\s+at .+:\d+:\d+/, 'no stack trace');

test('one program per open institution and award level, first majors of 51.0801 only', () => {
  const r = importFixtures('--completions', F + 'c2023_a.csv');
  assert.equal(r.code, 0, r.err);
  const { programs } = JSON.parse(r.out);
  // 900001 has levels 2 and 3 (its second major and its dental row are not programs);
  // 900004 closed and 900005 inactive are left out; level 6 of 900002 has no credential; 900099 is not in the directory.
  assert.deepEqual(programs.map((p) => p.id), ['ipeds-900001-2', 'ipeds-900001-3', 'ipeds-900002-21', 'ipeds-900003-20', 'ipeds-900006-3']);
  // A level only in the older file (900001, level 20) is not a program now.
  assert.ok(!programs.some((p) => p.id === 'ipeds-900001-20'));
});

test('each field comes from its IPEDS column; what IPEDS lacks stays absent', () => {
  const r = importFixtures('--completions', F + 'c2023_a.csv');
  const byId = Object.fromEntries(JSON.parse(r.out).programs.map((p) => [p.id, p]));
  const cert = byId['ipeds-900001-2'];
  assert.deepEqual(cert.name, { en: 'Medical/Clinical Assistant: certificate, 1 to under 2 years', es: 'Asistente médico/clínico: certificado de 1 a menos de 2 años' });
  assert.deepEqual(cert.institution, { name: 'Fixture Valley Community College', ipedsId: 900001, accredited: true, control: 'public' });
  // 9-digit ZIP cut to 5; coordinates as numbers.
  assert.deepEqual(cert.location, { city: 'Springfield', state: 'IL', zip: '62701', lat: 39.78, lon: -89.65 });
  assert.equal(cert.credential, 'certificate');
  assert.deepEqual(cert.lengthMonths, { min: 12, max: 24, basis: 'award-level' });
  // A web address without a scheme becomes https://.
  assert.equal(cert.url, 'https://www.fvcc.example.edu/');
  // Two years, newest first.
  assert.deepEqual(cert.completions, [{ year: '2023-24', awards: 37 }, { year: '2022-23', awards: 31 }]);
  assert.deepEqual(cert.provenance, [
    { source: 'ipeds-2023-24', fields: ['name', 'institution', 'location', 'credential', 'lengthMonths', 'completions', 'url'] },
    { source: 'ipeds-2022-23', fields: ['completions'] },
  ]);
  for (const p of Object.values(byId)) {
    for (const absent of ['delivery', 'tuition', 'accreditation', 'schedule', 'languages', 'contactHours', 'externshipHours', 'outcomes', 'sponsored']) {
      assert.equal(p[absent], undefined, `${p.id}.${absent} is not in IPEDS`);
    }
  }
  // Quoted field with a comma and doubled quotes; http:// made https://; 9 digits without a dash; for-profit.
  const fci = byId['ipeds-900002-21'];
  assert.equal(fci.institution.name, 'Fixture Career Institute, "Downtown" Campus');
  assert.equal(fci.institution.control, 'for-profit');
  assert.equal(fci.url, 'https://fci.example.com/chicago');
  assert.equal(fci.location.zip, '60601');
  // 0 graduates is kept and said.
  assert.deepEqual(fci.completions, [{ year: '2023-24', awards: 0 }, { year: '2022-23', awards: 4 }]);
  assert.deepEqual(fci.lengthMonths, { min: 3, max: 12, basis: 'award-level' });
  // Not in Title IV (OPEFLAG 5): accreditation not reported, not "false". No web address: no url. Leading-zero ZIP kept.
  const pr = byId['ipeds-900003-20'];
  assert.deepEqual(pr.institution, { name: 'Colegio de Prueba', ipedsId: 900003, control: 'nonprofit' });
  assert.equal(pr.url, undefined);
  assert.equal(pr.location.zip, '00961');
  assert.equal(pr.location.city, 'Bayamón');
  assert.ok(!pr.provenance[0].fields.includes('url'));
  // WEBADDR "-2" is no address.
  assert.equal(byId['ipeds-900006-3'].url, undefined);
  assert.equal(byId['ipeds-900006-3'].credential, 'associate');
  assert.deepEqual(byId['ipeds-900006-3'].completions, [{ year: '2023-24', awards: 6 }]);
});

test('meta names the source, its vintage and licence; the catalog validates', () => {
  const dir = tmp();
  try {
    const out = join(dir, 'catalog.json');
    const r = importFixtures('--completions', F + 'c2023_a.csv', '--out', out);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, '', 'nothing on stdout with --out');
    const { meta } = JSON.parse(readFileSync(out, 'utf8'));
    assert.deepEqual(meta.sources.map((s) => [s.id, s.vintage]), [['ipeds-2023-24', '2023-24, provisional'], ['ipeds-2022-23', '2022-23, provisional']]);
    assert.match(meta.sources[0].name, /HD2024.*C2024_A/);
    assert.match(meta.sources[0].license.en, /Public domain.*Department of Education.*National Center for Education Statistics/);
    assert.equal(meta.updated, '2024-06-30');
    assert.deepEqual(cli('validate', out), { code: 0, out: 'OK\n', err: '' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the report on stderr counts what was read, kept and left out', () => {
  const r = importFixtures('--completions', F + 'c2023_a.csv');
  assert.equal(reportLine(r.err, 'rows read:'), 'rows read: 6 in hd2024.csv, 11 in c2024_a.csv, 3 in c2023_a.csv');
  assert.equal(reportLine(r.err, 'rows for CIP'), 'rows for CIP 51.0801 in c2024_a.csv: 9 at 7 institutions in 2 states and territories, 94 awards');
  assert.equal(reportLine(r.err, 'left out as closed'), 'left out as closed (CYACTIVE not 1 or CLOSEDAT set): 2 rows at 2 institutions, 24 awards');
  assert.equal(reportLine(r.err, 'left out, award level'), 'left out, award level with no catalog credential: 1 (6 postbaccalaureate certificate: 1)');
  assert.equal(reportLine(r.err, 'left out, institution not in'), 'left out, institution not in the directory: 1');
  assert.equal(reportLine(r.err, 'programs:'), 'programs: 5 at 4 institutions in 2 states and territories, 63 awards in 2023-24');
  assert.equal(reportLine(r.err, 'with 0 graduates'), 'with 0 graduates in 2023-24: 1');
  assert.match(reportLine(r.err, 'per award level:'), /20 certificate, under 12 weeks: 1; 21 certificate, 12 weeks to under 1 year: 1; 2 certificate, 1 to under 2 years: 1; 3 associate degree: 2/);
  assert.equal(reportLine(r.err, 'per school type:'), 'per school type: public 3, nonprofit 1, for-profit 1, not reported 0');
});

test('the same files give the same bytes; the date comes from the inputs or --verified, never the clock', () => {
  const a = importFixtures('--completions', F + 'c2023_a.csv');
  const b = importFixtures('--completions', F + 'c2023_a.csv');
  assert.equal(a.out, b.out);
  assert.ok(JSON.parse(a.out).programs.every((p) => p.verified === '2024-06-30'));
  const v = importFixtures('--verified', '2026-10-01');
  assert.ok(JSON.parse(v.out).programs.every((p) => p.verified === '2026-10-01'));
  assert.equal(JSON.parse(v.out).meta.updated, '2026-10-01');
  const bad = importFixtures('--verified', 'yesterday');
  assert.equal(bad.code, 2);
  assert.equal(bad.err, '--verified yesterday: expected a date as YYYY-MM-DD\n');
});

test('the award year comes from --year, else from the file name', () => {
  const y = importFixtures('--year', '2019-20');
  assert.equal(y.code, 0, y.err);
  const c = JSON.parse(y.out);
  assert.deepEqual(c.programs[0].completions, [{ year: '2019-20', awards: 37 }]);
  assert.equal(c.meta.sources[0].id, 'ipeds-2019-20');
  const unnamed = cli('import', 'ipeds', '--directory', F + 'hd2024.csv', '--completions', F + 'c-bad-count.csv');
  assert.equal(unnamed.code, 2);
  assert.match(unnamed.err, /c-bad-count\.csv: cannot tell the award year from the file name .*--year/);
  const wrongYear = importFixtures('--year', '2023');
  assert.equal(wrongYear.code, 2);
  assert.match(wrongYear.err, /expected an award year such as 2023-24/);
  const twoFilesOneYear = importFixtures('--completions', F + 'c2023_a.csv', '--year', '2023-24');
  assert.equal(twoFilesOneYear.code, 2);
});

test('--cip picks another program code', () => {
  const r = importFixtures('--cip', '51.0601');
  assert.equal(r.code, 0, r.err);
  const { programs, meta } = JSON.parse(r.out);
  assert.deepEqual(programs.map((p) => [p.id, p.name.en, p.completions[0].awards]), [['ipeds-900001-2', 'Dental Assisting/Assistant: certificate, 1 to under 2 years', 20]]);
  assert.match(meta.title.en, /CIP 51\.0601/);
});

test('wrong columns exit 1 naming the file and column; unreadable files exit 2; never a stack trace', () => {
  const hd = cli('import', 'ipeds', '--directory', F + 'hd-missing-column.csv', '--completions', F + 'c2024_a.csv');
  assert.deepEqual(hd, { code: 1, out: '', err: `${F}hd-missing-column.csv:1: missing column WEBADDR\n` });
  const c = cli('import', 'ipeds', '--directory', F + 'hd2024.csv', '--completions', F + 'c-missing-column.csv', '--year', '2023-24');
  assert.deepEqual(c, { code: 1, out: '', err: `${F}c-missing-column.csv:1: missing column CIPCODE\n` });
  const count = cli('import', 'ipeds', '--directory', F + 'hd2024.csv', '--completions', F + 'c-bad-count.csv', '--year', '2023-24');
  assert.deepEqual(count, { code: 1, out: '', err: `${F}c-bad-count.csv:3:CTOTALT: expected a whole number, got "many"\n` });
  const ragged = cli('import', 'ipeds', '--directory', F + 'hd2024.csv', '--completions', F + 'c-ragged.csv', '--year', '2023-24');
  assert.equal(ragged.code, 1);
  assert.match(ragged.err, /^test\/fixtures\/ipeds\/c-ragged\.csv:2: /);
  const missing = cli('import', 'ipeds', '--directory', F + 'no-such.csv', '--completions', F + 'c2024_a.csv');
  assert.deepEqual(missing, { code: 2, out: '', err: `${F}no-such.csv: cannot read the file (no such file)\n` });
  const folder = cli('import', 'ipeds', '--directory', F + 'hd2024.csv', '--completions', F, '--year', '2023-24');
  assert.equal(folder.code, 2);
  assert.match(folder.err, /cannot read the file/);
  const usage = cli('import', 'ipeds', '--directory', F + 'hd2024.csv');
  assert.equal(usage.code, 2);
  assert.match(usage.err, /give --directory and at least one --completions/);
  for (const r of [hd, c, count, ragged, missing, folder, usage]) noStack(r.err);
});

test('the mapping helpers: web addresses, ZIPs, award years, CIP codes', async () => {
  const m = await import('../../dist/cli/ipeds.js');
  assert.equal(m.webUrl('www.x.edu'), 'https://www.x.edu');
  assert.equal(m.webUrl(' HTTP://www.x.edu/a '), 'https://www.x.edu/a');
  assert.equal(m.webUrl('https://www.x.edu/'), 'https://www.x.edu/');
  for (const bad of ['', ' ', '-2', 'localhost', 'mailto:a@x.edu', 'not a url']) assert.equal(m.webUrl(bad), undefined, JSON.stringify(bad));
  assert.equal(m.zip5('35294-0110'), '35294');
  assert.equal(m.zip5('352940110'), '35294');
  assert.equal(m.zip5('00961'), '00961');
  assert.equal(m.zip5('3529'), undefined);
  assert.equal(m.awardYearFromFileName('data/c2024_a.csv'), '2023-24');
  assert.equal(m.awardYearFromFileName('C2000_A_RV.csv'), '1999-00');
  assert.equal(m.awardYearFromFileName('completions.csv'), undefined);
  assert.equal(m.normalizeCip('51.0801'), '51.0801');
  assert.equal(m.normalizeCip('1.0101'), '01.0101');
  assert.equal(m.normalizeCip('51.08'), '51.0800');
});

// ---------------------------------------------------------------- the real 2023-24 files

const SHARED = '../shared/data/ipeds/';
const haveShared = existsSync(SHARED + 'hd2024.csv') && existsSync(SHARED + 'c2024_a_cip51.csv');
const skipShared = !haveShared && 'skipped: the IPEDS 2023-24 files are not at ../shared/data/ipeds/ (hd2024.csv, c2024_a_cip51.csv)';
const importShared = (...more) => cli('import', 'ipeds', '--directory', SHARED + 'hd2024.csv', '--completions', SHARED + 'c2024_a_cip51.csv', ...more);

test('IPEDS 2023-24: the README counts for 51.0801, less the closed schools; valid; the same bytes twice', { skip: skipShared }, () => {
  const dir = tmp();
  try {
    const out = join(dir, 'national.json');
    const r = importShared('--out', out);
    assert.equal(r.code, 0, r.err);
    // ../shared/data/ipeds/README.md: 1,647 rows at 1,165 institutions in 53 states and territories, 52,819 awards.
    assert.equal(reportLine(r.err, 'rows read:'), 'rows read: 6,072 in hd2024.csv, 38,059 in c2024_a_cip51.csv');
    assert.equal(reportLine(r.err, 'rows for CIP'), 'rows for CIP 51.0801 in c2024_a_cip51.csv: 1,647 at 1,165 institutions in 53 states and territories, 52,819 awards');
    const closed = /: (\d+) rows at (\d+) institutions, (\d+) awards/.exec(reportLine(r.err, 'left out as closed'));
    const other = Number(/: (\d+)/.exec(reportLine(r.err, 'left out, award level'))[1]);
    assert.ok(closed && Number(closed[1]) > 0, 'some 2023-24 schools have closed since');
    assert.equal(reportLine(r.err, 'left out, institution not in'), 'left out, institution not in the directory: 0');
    const { programs } = JSON.parse(readFileSync(out, 'utf8'));
    assert.equal(programs.length, 1647 - Number(closed[1]) - other);
    const awards = programs.reduce((s, p) => s + p.completions[0].awards, 0);
    assert.ok(awards <= 52819 - Number(closed[3]) && awards > 52000, `awards ${awards}`);
    assert.ok(new Set(programs.map((p) => p.location.state)).size >= 52);
    assert.equal(new Set(programs.map((p) => p.id)).size, programs.length, 'ids are unique');
    // 246 rows of the 1,647 have 0 graduates (README); the kept ones say so.
    const zero = programs.filter((p) => p.completions[0].awards === 0).length;
    assert.ok(zero > 230 && zero <= 246, `0 graduates: ${zero}`);
    assert.ok(programs.every((p) => p.delivery === undefined && p.tuition === undefined && p.accreditation === undefined));
    assert.deepEqual(cli('validate', out), { code: 0, out: 'OK\n', err: '' });
    const again = importShared();
    assert.equal(again.out, readFileSync(out, 'utf8'), 'a second run gives the same bytes');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the shipped national catalog is a fresh import of ../shared/data/ipeds/', { skip: skipShared }, async () => {
  const { NATIONAL_ARGS } = await import('../../scripts/build-national.mjs');
  const [, ...args] = NATIONAL_ARGS(SHARED);
  const r = cli(...args);
  assert.equal(r.code, 0, r.err);
  assert.ok(r.out === readFileSync('data/national-catalog.json', 'utf8'), 'data/national-catalog.json differs from a fresh import: run `npm run catalog:national` and commit it');
});
