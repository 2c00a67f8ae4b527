import { expect } from '@open-wc/testing';
import { validateCatalog, validateCatalogInSlices } from '../../src/catalog/validate.js';
import type { CatalogError } from '../../src/catalog/errors.js';
import type { Catalog } from '../../src/catalog/schema.js';

const FIX = '/test/fixtures/catalogs/';
const load = async (name: string) => (await fetch(FIX + name)).json();

/** n copies of the fixture's program with distinct ids. */
function many(base: Catalog, n: number): Catalog {
  return { ...base, programs: Array.from({ length: n }, (_, i) => ({ ...base.programs[0], id: `p-${i}` })) };
}

async function issuesOf(run: () => unknown): Promise<string[]> {
  try {
    await run();
  } catch (e) {
    return (e as CatalogError).issues.map((i) => `${i.path}: ${i.message}`).sort();
  }
  return [];
}

describe('validateCatalogInSlices', () => {
  it('gives the same catalog as validating at once', async () => {
    const data = many(await load('valid-minimal.json'), 25);
    const sliced = await validateCatalogInSlices(structuredClone(data), undefined, 4);
    expect(sliced).to.deep.equal(validateCatalog(structuredClone(data)));
  });

  it('reports the same problems with the same paths, counted across slices', async () => {
    const base = await load('valid-minimal.json');
    const data = many(base, 12) as unknown as { programs: Record<string, unknown>[]; meta: Record<string, unknown> };
    data.programs[9].url = 'javascript:alert(1)';
    data.programs[10].delivery = 'by-mail';
    data.programs[11].id = 'p-0';
    data.meta.updated = 'yesterday';
    const atOnce = await issuesOf(() => validateCatalog(structuredClone(data)));
    const sliced = await issuesOf(() => validateCatalogInSlices(structuredClone(data), undefined, 4));
    expect(sliced).to.deep.equal(atOnce);
    expect(sliced).to.include('programs[9].url: expected an http:// or https:// URL');
  });

  it('checks references (duplicate ids, unknown sources) after the slices', async () => {
    const base = await load('valid-minimal.json');
    const data = many(base, 10);
    data.programs[7] = { ...data.programs[7], id: 'p-1' };
    expect(await issuesOf(() => validateCatalogInSlices(data, undefined, 3))).to.deep.equal(['programs[7].id: duplicate id "p-1"']);
  });

  it('gives the page back between slices, and finishes only when it gets its turn again', async () => {
    const data = many(await load('valid-minimal.json'), 30);
    const waiting: (() => void)[] = [];
    const pause = () => new Promise<void>((resolve) => waiting.push(resolve));
    let done = false;
    const result = validateCatalogInSlices(data, undefined, 10, pause).then((c) => ((done = true), c));
    for (let slice = 1; slice <= 3; slice++) {
      await new Promise((r) => setTimeout(r));
      expect(done, `before slice ${slice}`).to.equal(false);
      expect(waiting).to.have.length(slice);
      waiting[slice - 1]();
    }
    expect((await result).programs).to.have.length(30);
  });

  it('reports the same problems when only format checks fail next to a duplicate id', async () => {
    const data = many(await load('valid-minimal.json'), 6) as unknown as { programs: Record<string, unknown>[] };
    data.programs[1].url = 'ftp://example.edu/';
    data.programs[4].url = 'mailto:x@example.edu';
    data.programs[5].id = 'p-0';
    const atOnce = await issuesOf(() => validateCatalog(structuredClone(data)));
    expect(await issuesOf(() => validateCatalogInSlices(structuredClone(data), undefined, 1))).to.deep.equal(atOnce);
    expect(atOnce).to.deep.equal(['programs[1].url: expected an http:// or https:// URL', 'programs[4].url: expected an http:// or https:// URL']);
  });
});

describe('validateCatalog messages', () => {
  it('names the real path of a duplicate source id', async () => {
    const base = await load('valid-minimal.json');
    const data = { ...base, meta: { ...base.meta, sources: [...base.meta.sources, { ...base.meta.sources[0] }] } };
    expect(await issuesOf(() => validateCatalog(data))).to.deep.equal(['meta.sources[1].id: duplicate id "bls-ep"']);
  });

  it('says "more than" for a strict minimum and "whole number" for a fraction where counts are expected', async () => {
    const base = await load('valid-minimal.json');
    const p = base.programs[0];
    const data = { ...base, programs: [{ ...p, institution: { ...p.institution, ipedsId: 0 }, contactHours: 10.5 }] };
    expect(await issuesOf(() => validateCatalog(data))).to.deep.equal([
      'programs[0].contactHours: must be a whole number',
      'programs[0].institution.ipedsId: must be more than 0',
    ]);
  });
});
