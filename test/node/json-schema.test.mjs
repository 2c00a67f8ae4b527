// dist/catalog.schema.json must agree with the zod parser: it accepts the
// default catalog and rejects what the parser rejects (unknown keys included).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { validateCatalog } from '../../dist/catalog/validate.js';

const schema = JSON.parse(readFileSync('dist/catalog.schema.json', 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(schema);
const read = (f) => JSON.parse(readFileSync(f, 'utf8'));
const zodAccepts = (data) => {
  try {
    validateCatalog(data);
    return true;
  } catch (e) {
    if (e.name !== 'CatalogError') throw e; // a crash is not a rejection
    return false;
  }
};

test('the JSON Schema validates the default catalog and the minimal fixture', () => {
  for (const f of ['data/default-catalog.json', 'test/fixtures/catalogs/valid-minimal.json', 'test/fixtures/catalogs/empty.json']) {
    assert.equal(validate(read(f)), true, `${f}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
  }
});

test('the JSON Schema rejects what the zod schema rejects', () => {
  // invalid-reference.json is left out on purpose: cross-references cannot be said in JSON Schema.
  for (const f of ['invalid-programs.json', 'invalid-formats.json', 'wrong-version.json']) {
    const data = read('test/fixtures/catalogs/' + f);
    assert.equal(zodAccepts(data), false, `zod rejects ${f}`);
    assert.equal(validate(data), false, `JSON Schema rejects ${f}`);
  }
  const base = read('test/fixtures/catalogs/valid-minimal.json');
  const variants = {
    'unknown top-level key': { ...base, extra: 1 },
    'unknown program key': { ...base, programs: [{ ...base.programs[0], tution: 1 }] },
    'empty localized text': { ...base, meta: { ...base.meta, title: { en: '' } } },
    'bad language key': { ...base, meta: { ...base.meta, title: { English: 'x' } } },
    'lat out of range': { ...base, programs: [{ ...base.programs[0], location: { ...base.programs[0].location, lat: 91 } }] },
    'fractional contact hours': { ...base, programs: [{ ...base.programs[0], contactHours: 10.5 }] },
    'ftp url': { ...base, programs: [{ ...base.programs[0], url: 'ftp://example.edu/' }] },
  };
  for (const [name, data] of Object.entries(variants)) {
    assert.equal(zodAccepts(data), false, `zod rejects: ${name}`);
    assert.equal(validate(data), false, `JSON Schema rejects: ${name}`);
  }
});

test('the package version in code matches package.json', async () => {
  const { VERSION } = await import('../../dist/internal/version.js');
  assert.equal(VERSION, read('package.json').version);
});
