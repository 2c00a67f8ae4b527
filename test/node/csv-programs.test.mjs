// The pure parts of import csv / merge / stats, on the built dist (no files read).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkHeader, closestColumn, rowToProgram, COLUMNS } from '../../dist/cli/csv-programs.js';
import { mergeCatalog } from '../../dist/cli/merge.js';
import { percent } from '../../dist/cli/stats.js';

const row = (over = {}) => ({ id: 'p1', name: 'MA Certificate', school: 'Example School', city: 'Austin', state: 'tx', credential: 'Certificate', months_min: '9', months_max: '12', verified: '2026-10-01', ...over });

test('a row becomes a program: case is normalized, numbers may have thousands separators, lists split on ; or ,', () => {
  const r = rowToProgram(row({ tuition: '12,500.50', tuition_covers: 'Year', schedule: 'Day; Evening', languages: 'en,es', zip: '78701-1234', sponsored: 'Yes' }), { source: 's' });
  assert.deepEqual(r.issues, []);
  assert.equal(r.value.location.state, 'TX');
  assert.equal(r.value.credential, 'certificate');
  assert.deepEqual(r.value.tuition, { amount: 12500.5, currency: 'USD', covers: 'year' });
  assert.deepEqual(r.value.schedule, ['day', 'evening']);
  assert.deepEqual(r.value.languages, ['en', 'es']);
  assert.equal(r.value.location.zip, '78701');
  assert.equal(r.value.sponsored, true);
});

test('a cell of spaces is blank; 0 is a reported zero', () => {
  const r = rowToProgram(row({ contact_hours: '   ', externship_hours: '0' }), { source: 's' });
  assert.equal('contactHours' in r.value, false);
  assert.equal(r.value.externshipHours, 0);
  assert.ok(r.value.provenance[0].fields.includes('externshipHours'));
  assert.ok(!r.value.provenance[0].fields.includes('contactHours'));
});

test('dates must be real dates; whole numbers must be whole', () => {
  const r = rowToProgram(row({ verified: '2026-02-30', contact_hours: '900.5' }), { source: 's' });
  assert.deepEqual(r.issues, [
    { column: 'contact_hours', message: 'must be a whole number' },
    { column: 'verified', message: 'must be a date as YYYY-MM-DD' },
  ]);
});

test('headers: spaces, hyphens and case do not matter; near misses get a suggestion; repeats are reported', () => {
  assert.deepEqual(checkHeader(['ID', 'Months Min', 'months-max', 'Name_ES'], false).columns, ['id', 'months_min', 'months_max', 'name_es']);
  assert.equal(closestColumn('tuiton'), 'tuition');
  assert.equal(closestColumn('externship'), 'externship_hours');
  assert.equal(closestColumn('favourite colour'), undefined);
  assert.deepEqual(checkHeader(['id', 'id'], false).issues, [{ column: 'id', message: 'this column appears twice' }]);
  assert.equal(new Set(COLUMNS.map((c) => c.name)).size, COLUMNS.length);
});

const base = () => ({
  catalogVersion: 1,
  meta: { title: 'Base', updated: '2025-01-01', sources: [{ id: 'ipeds', name: 'IPEDS', vintage: '2023-24' }] },
  programs: [
    { id: 'a', name: 'A', institution: { name: 'S', ipedsId: 7 }, location: { city: 'X', state: 'TX' }, credential: 'certificate', lengthMonths: { min: 3, max: 12, basis: 'award-level' }, tuition: { amount: 100, currency: 'USD', covers: 'year' }, verified: '2025-01-01', provenance: [{ source: 'ipeds', fields: ['name', 'institution', 'location', 'credential', 'lengthMonths', 'tuition'] }] },
  ],
});
const entry = (fields, checked) => ({ where: 'o:2', fields, checked, issues: [], locate: (p, m) => `o:2:${p.join('.')}: ${m}` });

test('merge: a length from the school replaces the award-level band entirely (its basis too)', () => {
  const { catalog, issues } = mergeCatalog(base(), [{ file: 'o', source: { id: 'o', name: 'O', vintage: 'v' }, entries: [entry({ id: 'a', lengthMonths: { min: 9, max: 10 } }, '2026-01-01')] }]);
  assert.deepEqual(issues, []);
  assert.deepEqual(catalog.programs[0].lengthMonths, { min: 9, max: 10 });
});

test('merge: a value stated as it was counts as unchanged, and both sources then vouch for it', () => {
  const { catalog, reports } = mergeCatalog(base(), [{ file: 'o', source: { id: 'o', name: 'O', vintage: 'v' }, entries: [entry({ id: 'a', tuition: { amount: 100, currency: 'USD', covers: 'year' } }, '2026-01-01')] }]);
  assert.equal(reports[0].unchanged, 1);
  assert.deepEqual(reports[0].changed, {});
  assert.ok(catalog.programs[0].provenance[0].fields.includes('tuition'));
  assert.deepEqual(catalog.programs[0].provenance[1], { source: 'o', fields: ['tuition'], checked: '2026-01-01' });
});

test('merge: a tuition amount alone keeps the currency and what it covers', () => {
  const { catalog, reports } = mergeCatalog(base(), [{ file: 'o', source: { id: 'o', name: 'O', vintage: 'v' }, entries: [entry({ id: 'a', tuition: { amount: 250 } })] }]);
  assert.deepEqual(catalog.programs[0].tuition, { amount: 250, currency: 'USD', covers: 'year' });
  assert.deepEqual(reports[0].changed, { tuition: 1 });
});

test('merge: a source id already used for another source is refused', () => {
  const { issues } = mergeCatalog(base(), [{ file: 'o', source: { id: 'ipeds', name: 'Other', vintage: 'v' }, entries: [] }]);
  assert.match(issues[0], /source id "ipeds" is already used/);
});

test('merge: two CSV overlays with the same file name get two sources', () => {
  const o = (name) => ({ file: `${name}/tuition.csv`, derivedId: true, source: { id: 'tuition', name, vintage: 'v' }, entries: [entry({ id: 'a', delivery: name === 'x' ? 'online' : 'hybrid' }, '2026-01-01')] });
  const { catalog, issues } = mergeCatalog(base(), [o('x'), o('y')]);
  assert.deepEqual(issues, []);
  assert.deepEqual(catalog.meta.sources.map((s) => s.id), ['ipeds', 'tuition', 'tuition-2']);
  assert.equal(catalog.programs[0].delivery, 'hybrid');
  assert.deepEqual(catalog.programs[0].provenance.at(-1), { source: 'tuition-2', fields: ['delivery'], checked: '2026-01-01' });
  assert.equal(catalog.programs[0].provenance.filter((e) => e.fields.includes('delivery')).length, 1, 'the later overlay alone vouches for the value it set');
});

test('stats percentages: 0 only when none, 100 only when all', () => {
  assert.equal(percent(0, 400), 0);
  assert.equal(percent(1, 400), 1);
  assert.equal(percent(399, 400), 99);
  assert.equal(percent(400, 400), 100);
  assert.equal(percent(1, 8), 13);
  assert.equal(percent(0, 0), 0);
});

test('the README table lists exactly the columns the importer knows, required ones starred', async () => {
  const { readFileSync } = await import('node:fs');
  const all = readFileSync('README.md', 'utf8');
  // Only the CSV column table's section (the IPEDS provenance table has rows of the same shape).
  const start = all.indexOf('### The CSV columns');
  assert.ok(start >= 0, 'README has a "### The CSV columns" section');
  const readme = all.slice(start, all.indexOf('\n##', start + 4));
  const rows = [...readme.matchAll(/^\| `([a-z_]+)`( \*)? \| `([A-Za-z.]+)` \|/gm)].map((m) => [m[1], !!m[2], m[3]]);
  assert.deepEqual(rows, COLUMNS.map((c) => [c.name, !!c.required, c.path]));
});
