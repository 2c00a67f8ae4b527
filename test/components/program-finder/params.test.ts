import { expect } from '@open-wc/testing';
import { mergeSearch, readFilters, writeFilters } from '../../../src/components/program-finder/params.js';

const read = (qs: string) => {
  const p = new URLSearchParams(qs);
  return readFilters((n) => p.get(n));
};

describe('finder params', () => {
  it('reads every filter from a query string', () => {
    expect(read('q=san+jos%C3%A9&state=tx&zip=77002&radius=50&delivery=online,hybrid&credential=certificate&months=12&tuition=10000&reported=1&accreditation=any&exam=CMA,RMA&schedule=evening&language=es&sort=name')).to.deep.equal({
      filters: {
        q: 'san josé',
        state: 'TX',
        zip: '77002',
        radius: 50,
        delivery: ['online', 'hybrid'],
        credential: ['certificate'],
        maxMonths: 12,
        maxTuition: 10000,
        tuitionReported: true,
        accreditation: 'any',
        exams: ['CMA', 'RMA'],
        schedule: ['evening'],
        spanish: true,
      },
      sort: 'name',
    });
  });
  it('drops values that are not allowed, since a URL comes from anyone', () => {
    expect(read('state=Texas&zip=7700&radius=-5&delivery=teleport&months=abc&accreditation=XYZ&exam=NCLEX&language=en&sort=random')).to.deep.equal({
      filters: {},
      sort: undefined,
    });
  });
  it('reads the query string <ma-get-matched> hands over', () => {
    expect(read('zip=78701&radius=25&delivery=online&credential=certificate,diploma&tuition=15000&schedule=day,evening&exam=CMA&start=3').filters).to.deep.equal({
      zip: '78701',
      radius: 25,
      delivery: ['online'],
      credential: ['certificate', 'diploma'],
      maxTuition: 15000,
      schedule: ['day', 'evening'],
      exams: ['CMA'],
    });
  });
  it('writes filters back, round trip, and keeps the page’s other parameters', () => {
    const f = { q: 'aus', state: 'TX', delivery: ['campus' as const], radius: 25 };
    expect(writeFilters(f, 'relevance')).to.deep.equal([
      ['q', 'aus'],
      ['state', 'TX'],
      ['delivery', 'campus'],
    ]);
    const search = mergeSearch('?page=2&state=CA', f, 'tuition');
    expect(search).to.equal('?page=2&q=aus&state=TX&delivery=campus&sort=tuition');
    expect(read(search)).to.deep.equal({ filters: { q: 'aus', state: 'TX', delivery: ['campus'] }, sort: 'tuition' });
    expect(mergeSearch('?state=CA', {}, 'relevance')).to.equal('');
  });
});
