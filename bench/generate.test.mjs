// `node --test bench/`: the benchmark catalogs are valid, repeatable and realistic.
// Validity is checked with the built validator (dist/, `npm run build`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateCatalog, ipedsCatalog } from './generate.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const validator = new URL('../dist/catalog/validate.js', import.meta.url);
const built = existsSync(fileURLToPath(validator));

test('the same seed gives the same catalog, another seed another', () => {
  const a = JSON.stringify(generateCatalog({ count: 300, seed: 1 }));
  assert.equal(JSON.stringify(generateCatalog({ count: 300, seed: 1 })), a);
  assert.notEqual(JSON.stringify(generateCatalog({ count: 300, seed: 2 })), a);
});

test('10,000 programs with unique ids and realistic mixes, some fields not reported', () => {
  const { programs } = generateCatalog();
  assert.equal(programs.length, 10_000);
  assert.equal(new Set(programs.map((p) => p.id)).size, 10_000);
  const share = (f) => programs.filter(f).length / programs.length;
  assert.ok(share((p) => p.delivery === 'campus') > 0.4, 'mostly campus');
  assert.ok(share((p) => p.delivery === undefined) > 0.03, 'some delivery not reported');
  assert.ok(share((p) => p.tuition === undefined) > 0.1, 'some tuition not reported');
  assert.ok(share((p) => p.credential === 'certificate') > 0.4);
  assert.ok(share((p) => p.accreditation?.body === 'CAAHEP') > 0.1);
  assert.ok(programs.some((p) => p.location.city === 'San José'), 'accented cities, for accent-insensitive search');
  assert.ok(programs.every((p) => p.lengthMonths.max >= p.lengthMonths.min));
});

test('the generated catalog passes validateCatalog', { skip: !built && 'dist/ not built (npm run build)' }, async () => {
  const { validateCatalog } = await import(validator);
  const c = validateCatalog(JSON.parse(JSON.stringify(generateCatalog({ count: 2000, seed: 5 }))));
  assert.equal(c.programs.length, 2000);
});

const ipedsDir = `${root}../shared/data/ipeds`;
test('IPEDS medical assisting programs: valid, and nothing IPEDS lacks is filled in', { skip: !existsSync(ipedsDir) ? 'IPEDS extract absent (../shared/data/ipeds/)' : !built && 'dist/ not built' }, async () => {
  const { validateCatalog } = await import(validator);
  const { catalog } = await ipedsCatalog(ipedsDir);
  assert.ok(catalog.programs.length > 1500);
  validateCatalog(JSON.parse(JSON.stringify(catalog)));
  for (const p of catalog.programs) {
    assert.equal(p.delivery, undefined);
    assert.equal(p.tuition, undefined);
    assert.equal(p.accreditation, undefined);
  }
});

test('an absent IPEDS folder gives undefined, not an error', async () => {
  assert.equal(await ipedsCatalog(`${root}no-such-folder`), undefined);
});
