// Property-based checks of the catalog contract (fast-check, on the built dist):
// - generated valid catalogs are accepted by zod (validateCatalog) and by the
//   JSON Schema (ajv), and kept whole by the lenient check;
// - one generated mutation is refused by both, at the same JSON paths, and the
//   lenient check leaves out exactly the mutated record;
// - validation in slices gives the same result as at once (strict and lenient),
//   and so does JSON parsing in slices (JSON.parse's value, or its error);
// - `ma-catalog validate` and `import csv` never print a stack trace, whatever the file holds.
// A fixed seed (printed; FC_SEED=n to change it) and bounded runs keep it
// repeatable and a few seconds long.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import Ajv2020 from 'ajv/dist/2020.js';
import { parseJsonInSlices, validateCatalog, validateCatalogInSlices, validateCatalogLenient, validateCatalogLenientInSlices } from '../../dist/catalog/validate.js';
import { main } from '../../dist/cli/main.js';
import { hasCurrentChecksum, withChecksum } from '../../dist/catalog/checksum.js';

const SEED = Number(process.env.FC_SEED ?? 20261202);
const RUNS = Number(process.env.FC_RUNS ?? 100);
console.log(`fast-check seed ${SEED}, ${RUNS} runs per property (FC_SEED / FC_RUNS to change)`);
const params = { seed: SEED, numRuns: RUNS, endOnFailure: true };
const counts = { accepted: 0, refused: 0, garbage: 0 };

const ajv = new Ajv2020({ allErrors: true, strict: false });
const schemaCheck = ajv.compile(JSON.parse(readFileSync('dist/catalog.schema.json', 'utf8')));

// ---- generators of valid catalogs ----
const text = fc.string({ minLength: 1, maxLength: 12 });
const localized = fc.oneof(text, fc.dictionary(fc.constantFrom('en', 'es', 'es-MX', 'fr'), text, { minKeys: 1, maxKeys: 3 }));
const date = fc.date({ min: new Date('1995-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const state = fc.stringMatching(/^[A-Z]{2}$/);
const money = fc.double({ min: 0, max: 100000, noNaN: true, noDefaultInfinity: true });
const pct = fc.double({ min: 0, max: 100, noNaN: true, noDefaultInfinity: true });
const range = fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 20 })).map(([min, more]) => ({ min, max: min + more }));
const opt = (model, required) => fc.record(model, { requiredKeys: required });

const program = (sources) =>
  opt(
    {
      id: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,10}$/),
      name: localized,
      institution: opt({ name: localized, ipedsId: fc.integer({ min: 1, max: 999999 }), accredited: fc.boolean(), control: fc.constantFrom('public', 'nonprofit', 'for-profit') }, ['name']),
      location: opt({ city: text, state, zip: fc.stringMatching(/^\d{5}$/), lat: fc.double({ min: -90, max: 90, noNaN: true }), lon: fc.double({ min: -180, max: 180, noNaN: true }) }, ['city', 'state']),
      delivery: fc.constantFrom('online', 'hybrid', 'campus'),
      credential: fc.constantFrom('certificate', 'diploma', 'associate', 'bachelor'),
      lengthMonths: fc.tuple(range, fc.option(fc.constantFrom('school', 'award-level'), { nil: undefined })).map(([r, basis]) => (basis ? { ...r, basis } : r)),
      tuition: opt({ amount: money, currency: fc.constant('USD'), covers: fc.constantFrom('program', 'year'), note: localized }, ['amount', 'currency', 'covers']),
      accreditation: fc.record({ body: fc.constantFrom('CAAHEP', 'ABHES'), status: fc.constantFrom('accredited', 'initial', 'probation') }),
      contactHours: fc.nat(3000),
      externshipHours: fc.nat(500),
      schedule: fc.subarray(['day', 'evening', 'weekend', 'part-time']),
      languages: fc.subarray(['en', 'es', 'vi']),
      outcomes: opt({ year: fc.integer({ min: 1990, max: 2100 }), retention: pct, examPassRate: pct, placement: pct }, ['year']),
      completions: fc.array(fc.record({ year: fc.constantFrom('2022-23', '2023-24'), awards: fc.nat(400) }), { maxLength: 2 }),
      onlineStates: fc.array(state, { maxLength: 3 }),
      url: fc.webUrl({ validSchemes: ['https', 'http'] }).filter((u) => !/\s/.test(u)),
      sponsored: fc.boolean(),
      verified: date,
      provenance: fc.array(fc.record({ source: fc.constantFrom(...sources), fields: fc.subarray(['name', 'tuition', 'location', 'url'], { minLength: 1 }), checked: date }), { maxLength: 2 }),
    },
    ['id', 'name', 'institution', 'location', 'credential', 'lengthMonths', 'verified'],
  );

const catalog = fc
  .record({ sourceCount: fc.integer({ min: 1, max: 3 }), title: localized, updated: date, sample: fc.boolean(), n: fc.integer({ min: 1, max: 14 }) })
  .chain(({ sourceCount, title, updated, sample, n }) => {
    const sources = Array.from({ length: sourceCount }, (_, i) => `src-${i}`);
    return fc
      .record({
        programs: fc.array(program(sources), { minLength: n, maxLength: n }),
        occupations: fc.array(opt({ title: localized, soc: fc.stringMatching(/^\d{2}-\d{4}$/), summary: localized }, ['title', 'soc']), { minLength: 1, maxLength: 3 }),
        steps: fc.array(fc.record({ title: localized, body: localized }), { maxLength: 2 }),
        vintages: fc.array(text, { minLength: sourceCount, maxLength: sourceCount }),
      })
      .map(({ programs, occupations, steps, vintages }) => {
        const occ = occupations.map((o, i) => ({ ...o, id: `occ-${i}`, pay: [{ source: sources[0], vintage: 'May 2024', period: 'annual', median: 40000 }] }));
        return JSON.parse(
          JSON.stringify({
            catalogVersion: 1,
            meta: { title, updated, sample, sources: sources.map((id, i) => ({ id, name: `Source ${i}`, vintage: vintages[i] })) },
            // Ids made unique by their place (uniqueness is a cross-reference check, outside JSON Schema).
            programs: programs.map((p, i) => ({ ...p, id: `${p.id}-${i}` })),
            occupations: occ,
            careerPaths: occ.slice(1).map((o) => ({ from: 'occ-0', to: o.id, kind: 'advance', education: 'More school', summary: 'A step up' })),
            steps: steps.map((s, i) => ({ ...s, id: `step-${i}` })),
          }),
        );
      });
  });

// ---- mutations that each break one field, with the path both validators must name ----
const MUTATIONS = [
  ['url', (p) => (p.url = 'ftp://example.edu/')],
  ['tuition.amount', (p) => (p.tuition = { amount: -5, currency: 'USD', covers: 'program' })],
  ['tution', (p) => (p.tution = 1000)],
  ['credential', (p) => delete p.credential],
  ['location.state', (p) => (p.location.state = 'Texas')],
  ['lengthMonths.min', (p) => (p.lengthMonths.min = '9')],
  ['contactHours', (p) => (p.contactHours = 10.5)],
  ['name', (p) => (p.name = '')],
  ['location.lat', (p) => (p.location.lat = 91)],
  ['delivery', (p) => (p.delivery = 'by-mail')],
  ['verified', (p) => (p.verified = '2024/01/01')],
  ['institution.control', (p) => (p.institution.control = 'private')],
];
const mutated = catalog.chain((c) =>
  fc.record({ c: fc.constant(c), at: fc.nat(c.programs.length - 1), m: fc.nat(MUTATIONS.length - 1) }).map(({ c, at, m }) => {
    const data = structuredClone(c);
    const [field, change] = MUTATIONS[m];
    change(data.programs[at]);
    return { data, at, path: `programs[${at}].${field}` };
  }),
);

const zodPaths = (data) => {
  try {
    validateCatalog(data);
    return null;
  } catch (e) {
    if (e.name !== 'CatalogError') throw e;
    return [...new Set(e.issues.map((i) => i.path))].sort();
  }
};
const ajvPath = (e) => {
  let p = e.instancePath.split('/').slice(1).map((k) => (/^\d+$/.test(k) ? `[${k}]` : `.${k}`)).join('').replace(/^\./, '');
  const extra = e.params.additionalProperty ?? e.params.missingProperty;
  if (extra !== undefined) p += (p ? '.' : '') + extra;
  return p || '(root)';
};
const ajvPaths = (data) => (schemaCheck(data) ? null : [...new Set(schemaCheck.errors.map(ajvPath))].sort());
const noPause = () => Promise.resolve();

test('generated valid catalogs are accepted by zod, the JSON Schema and the lenient check', () => {
  fc.assert(
    fc.property(catalog, (c) => {
      assert.equal(zodPaths(c), null, 'zod accepts');
      assert.equal(ajvPaths(c), null, `JSON Schema accepts: ${JSON.stringify(schemaCheck.errors?.slice(0, 2))}`);
      const r = validateCatalogLenient(structuredClone(c));
      assert.deepEqual(r.skipped, []);
      assert.equal(r.catalog.programs.length, c.programs.length);
      counts.accepted++;
    }),
    params,
  );
});

test('a generated mutation is refused by zod and the JSON Schema at the same path; the lenient check leaves out that record only', () => {
  fc.assert(
    fc.property(mutated, ({ data, at, path }) => {
      const z = zodPaths(data);
      const a = ajvPaths(data);
      assert.deepEqual(z, [path], 'zod names the mutated field');
      assert.deepEqual(a, z, 'the JSON Schema names the same paths');
      if (data.programs.length > 1) {
        const r = validateCatalogLenient(structuredClone(data));
        assert.deepEqual(r.skipped.map((s) => s.path), [`programs[${at}]`]);
        assert.equal(r.catalog.programs.length, data.programs.length - 1);
      }
      counts.refused++;
    }),
    params,
  );
});

test('a stamped catalog keeps a current checksum through JSON and re-indenting; any edit of a program or of meta makes it stale', async () => {
  await fc.assert(
    fc.asyncProperty(catalog, fc.nat(), fc.string({ minLength: 1, maxLength: 8 }), async (c, pick, text) => {
      const stamped = await withChecksum(structuredClone(c), noPause);
      assert.equal(await hasCurrentChecksum(JSON.parse(JSON.stringify(stamped, null, 2)), noPause), true, 'current after a round trip through indented JSON');
      const edited = structuredClone(stamped);
      const program = edited.programs[pick % edited.programs.length];
      program.name = typeof program.name === 'string' && program.name === text ? text + '!' : text;
      assert.equal(await hasCurrentChecksum(edited, noPause), false, 'a renamed program makes it stale');
      const dated = structuredClone(stamped);
      dated.meta.updated = dated.meta.updated === '2001-01-01' ? '2002-02-02' : '2001-01-01';
      assert.equal(await hasCurrentChecksum(dated, noPause), false, 'a changed date makes it stale');
    }),
    params,
  );
});

test('validation in slices equals validation at once (strict and lenient)', async () => {
  const outcome = async (run) => {
    try {
      return { ok: await run() };
    } catch (e) {
      if (e.name !== 'CatalogError') throw e;
      return { kind: e.kind, issues: e.issues };
    }
  };
  await fc.assert(
    fc.asyncProperty(fc.oneof(catalog, mutated.map((m) => m.data)), fc.integer({ min: 1, max: 5 }), async (c, slice) => {
      assert.deepEqual(await outcome(() => validateCatalogInSlices(structuredClone(c), undefined, slice, noPause)), await outcome(() => validateCatalog(structuredClone(c))));
      assert.deepEqual(
        await outcome(() => validateCatalogLenientInSlices(structuredClone(c), undefined, slice, noPause)),
        await outcome(() => validateCatalogLenient(structuredClone(c))),
      );
    }),
    params,
  );
});

test('JSON parsed in slices equals JSON.parse: the same value, or the same not-json error', async () => {
  const parsed = async (text, slice) => {
    try {
      return { value: await parseJsonInSlices(text, undefined, slice, noPause, 0) };
    } catch (e) {
      if (e.name !== 'CatalogError') throw e;
      return { kind: e.kind, message: e.message };
    }
  };
  const direct = (text) => {
    try {
      return { value: JSON.parse(text) };
    } catch (e) {
      return { kind: 'not-json', message: `the catalog is not valid JSON: ${e.message}` };
    }
  };
  const texts = fc.oneof(
    fc.tuple(catalog, fc.constantFrom(undefined, 0, 1, '\t')).map(([c, indent]) => JSON.stringify(c, null, indent)),
    // Catalog-like text with tricky strings and values in and around the programs array.
    fc
      .record({ items: fc.array(fc.oneof(fc.jsonValue(), fc.string()), { maxLength: 8 }), before: fc.jsonValue(), after: fc.string(), key: fc.constantFrom('programs', 'program', 'x') })
      .map(({ items, before, after, key }) => JSON.stringify({ a: before, [key]: items, '"programs"': after, programs2: [] })),
    fc.tuple(catalog, fc.nat(2000)).map(([c, cut]) => JSON.stringify(c).slice(0, cut)),
    fc.string({ maxLength: 80 }).map((x) => `{"programs": [${x}]}`),
    fc.constantFrom('{"programs": [1,]}', '{"programs": [,1]}', '{"programs": [1,,2]}', '{"programs": [1 2]}', '{"programs": [{} {}]}', '{"programs": []}', '{"programs": [ ]}', '{"programs":[1],"programs":[2]}'),
  );
  await fc.assert(
    fc.asyncProperty(texts, fc.integer({ min: 1, max: 4 }), async (text, slice) => {
      assert.deepEqual(await parsed(text, slice), direct(text));
    }),
    params,
  );
});

test('`ma-catalog validate` prints lines and an exit code, never a stack trace, on generated garbage', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'ma-fuzz-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'garbage.json');
  const garbage = fc.oneof(
    fc.jsonValue().map((v) => JSON.stringify(v)),
    fc.string({ maxLength: 200 }),
    fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b)),
    mutated.map((m) => JSON.stringify(m.data)),
    // A catalog's shape with garbage in its lists and meta.
    fc.record({ meta: fc.jsonValue(), programs: fc.jsonValue(), occupations: fc.jsonValue() }).map((v) => JSON.stringify({ catalogVersion: 1, ...v })),
    catalog.map((c) => JSON.stringify(c).slice(0, 50 + (c.programs.length * 37) % 400)),
  );
  const stack = /\n\s+at .+[:(]\d+:\d+\)?/;
  await fc.assert(
    fc.asyncProperty(garbage, fc.boolean(), async (content, lenient) => {
      writeFileSync(file, content);
      let out = '';
      let err = '';
      const code = await main(['validate', ...(lenient ? ['--lenient'] : []), file], { out: (s) => (out += s), err: (s) => (err += s) });
      assert.ok([0, 1, 2].includes(code), `exit code ${code}`);
      assert.ok(out || err, 'says something');
      assert.doesNotMatch(out + err, stack);
      assert.doesNotMatch(out + err, /TypeError|ReferenceError|RangeError/);
      counts.garbage++;
    }),
    params,
  );
  // And through the real executable, a few times.
  for (const content of ['{"catalogVersion":1,"meta":null,"programs":7}', '\u0000\u00ff{', '[]', 'null', '{"catalogVersion":1}']) {
    writeFileSync(file, content);
    const r = spawnSync(process.execPath, ['bin/ma-catalog.js', 'validate', file], { encoding: 'utf8' });
    assert.ok([1, 2].includes(r.status), `${content}: exit ${r.status}`);
    assert.doesNotMatch(r.stdout + r.stderr, stack, content);
  }
  console.log(`fuzz counts: ${counts.accepted} valid catalogs accepted, ${counts.refused} mutations refused, ${counts.garbage} garbage files, seed ${SEED}`);
});

test('`ma-catalog import csv` prints lines and an exit code, never a stack trace, on generated spreadsheets', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'ma-fuzz-csv-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'programs.csv');
  const out = join(dir, 'out.json');
  const example = readFileSync('data/examples/programs.csv', 'utf8');
  const [header, ...rows] = example.trim().split(/\r?\n/);
  const columns = header.split(',');
  // Cells: the example's own values, other columns' values, and hostile text (quotes, commas, breaks, BOMs, control bytes).
  const cell = fc.oneof(
    fc.constantFrom('', 'yes', 'no', '-1', '1e9', 'NaN', '12,5', '"', '""', 'a,b', 'line\nbreak', '\uFEFF', 'TX;CA', 'https://x.example.edu', 'javascript:alert(1)', '2026-13-45'),
    fc.string({ maxLength: 20 }),
  );
  const quote = (v) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const spreadsheet = fc.oneof(
    // The example's header with generated rows (some of them ragged).
    fc.array(fc.array(cell, { minLength: columns.length - 2, maxLength: columns.length + 1 }), { maxLength: 6 }).map((rs) => [header, ...rs.map((r) => r.map(quote).join(','))].join('\r\n')),
    // The example with one cell replaced.
    fc.tuple(fc.nat(rows.length - 1), fc.nat(columns.length - 1), cell).map(([r, c, v]) => {
      const grid = rows.map((line) => line.split(','));
      if (grid[r] && c < grid[r].length) grid[r][c] = quote(v);
      return [header, ...grid.map((g) => g.join(','))].join('\n');
    }),
    // A header of generated names, or no CSV at all.
    fc.array(fc.string({ maxLength: 12 }), { minLength: 1, maxLength: 6 }).map((h) => h.map(quote).join(',') + '\n1,2,3\n'),
    fc.string({ maxLength: 200 }),
    fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b)),
  );
  const stack = /\n\s+at .+[:(]\d+:\d+\)?/;
  let runs = 0;
  await fc.assert(
    fc.asyncProperty(spreadsheet, async (content) => {
      writeFileSync(file, content);
      let said = '';
      const code = await main(['import', 'csv', file, '--out', out], { out: (x) => (said += x), err: (x) => (said += x) });
      assert.ok([0, 1, 2].includes(code), `exit code ${code}`);
      if (code !== 0) assert.ok(said, 'says what is wrong');
      assert.doesNotMatch(said, stack);
      assert.doesNotMatch(said, /TypeError|ReferenceError|RangeError/);
      runs++;
    }),
    params,
  );
  console.log(`import csv fuzz: ${runs} generated spreadsheets, seed ${SEED}`);
});
