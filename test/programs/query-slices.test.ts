import { expect } from '@open-wc/testing';
import { indexProgramsInSlices, isIndexed, queryPrograms } from '../../src/programs/query.js';
import type { Program } from '../../src/catalog/schema.js';
import { programs as base } from '../components/program-finder/catalog.js';

const many = (n: number): Program[] => Array.from({ length: n }, (_, i) => ({ ...base[i % base.length], id: `p${i}` }));

describe('indexProgramsInSlices', () => {
  it('gives the same results, facets and order as the index built at once', async () => {
    const sliced = many(1234);
    const atOnce = many(1234);
    let pauses = 0;
    await indexProgramsInSlices(sliced, 100, () => ((pauses += 1), Promise.resolve()));
    expect(pauses, 'one pause before each slice').to.equal(13);
    expect(isIndexed(sliced)).to.equal(true);
    for (const [filters, sort] of [
      [{}, 'relevance'],
      [{ q: 'medical' }, 'relevance'],
      [{ credential: ['associate'], maxTuition: 20000 }, 'tuition'],
      [{ state: 'TX', exams: ['CMA'] }, 'name'],
    ] as const) {
      const a = queryPrograms(sliced, filters as never, { sort });
      const b = queryPrograms(atOnce, filters as never, { sort });
      expect(a.hits.map((h) => h.program.id)).to.deep.equal(b.hits.map((h) => h.program.id));
      expect(a.facets).to.deep.equal(b.facets);
    }
  });

  it('builds once for callers sharing a programs array, and not at all once indexed', async () => {
    const list = many(300);
    let pauses = 0;
    const pause = () => ((pauses += 1), Promise.resolve());
    const [a, b] = await Promise.all([indexProgramsInSlices(list, 100, pause), indexProgramsInSlices(list, 100, pause)]);
    expect(a).to.equal(b);
    expect(pauses).to.equal(3);
    await indexProgramsInSlices(list, 100, pause);
    expect(pauses).to.equal(3);
  });
});
