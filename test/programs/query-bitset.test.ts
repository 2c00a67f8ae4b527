// The bitset engine in src/programs/query.ts against the engine it replaced
// (./query-reference.ts: one pass over the programs, one test per filter):
// the same results in the same order, the same facet counts and suggestions,
// on random catalogs and queries.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Program } from '../../src/catalog/schema.js';
import { ACCREDITATION_STATUS, ACCREDITORS, CONTROLS, CREDENTIALS, DELIVERY, SCHEDULES } from '../../src/catalog/vocabulary.js';
import { EXAMS } from '../../src/programs/eligibility.js';
import { indexProgramsInSlices, MONTH_LIMITS, queryPrograms, RADII, SORTS, TUITION_LIMITS, type ProgramFilters, type QueryOptions } from '../../src/programs/query.js';
import { makeProgram } from './make-program.js';
import { queryPrograms as reference } from './query-reference.js';

const STATES = ['TX', 'CA', 'NM'];
const PLACES = [
  { city: 'Austin', state: 'TX', zip: '78701', lat: 30.27, lon: -97.74 },
  { city: 'Houston', state: 'TX', zip: '77002' },
  { city: 'San José', state: 'CA', zip: '95113', lat: 37.33, lon: -121.89 },
  { city: 'Albuquerque', state: 'NM', zip: '87102', lat: 35.08, lon: -106.65 },
];
const WORDS = ['medical', 'assistant', 'clínica', 'Health', 'care', 'Austin'];
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const some = <T>(values: readonly T[]) => fc.subarray([...values], { minLength: 1 });

const program = (i: number) =>
  fc
    .record({
      name: fc.oneof(
        fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')),
        fc.record({ en: fc.constantFrom(...WORDS), es: fc.constantFrom(...WORDS) }),
      ),
      school: fc.constantFrom(...WORDS),
      place: fc.constantFrom(...PLACES),
      delivery: opt(fc.constantFrom(...DELIVERY)),
      credential: fc.constantFrom(...CREDENTIALS),
      min: fc.integer({ min: 3, max: 30 }),
      extra: fc.integer({ min: 0, max: 12 }),
      tuition: opt(fc.record({ amount: fc.integer({ min: 0, max: 40000 }), currency: fc.constantFrom('USD', 'USD', 'EUR'), covers: fc.constantFrom('program' as const, 'year' as const) })),
      accreditation: opt(fc.record({ body: fc.constantFrom(...ACCREDITORS), status: fc.constantFrom(...ACCREDITATION_STATUS) })),
      contactHours: opt(fc.integer({ min: 400, max: 900 })),
      externshipHours: opt(fc.integer({ min: 100, max: 200 })),
      accredited: opt(fc.boolean()),
      schedule: opt(some(SCHEDULES)),
      languages: opt(fc.subarray(['en', 'es', 'es-MX'])),
      control: opt(fc.constantFrom(...CONTROLS)),
      awards: opt(fc.integer({ min: 0, max: 50 })),
      onlineStates: opt(fc.subarray(STATES)),
    })
    .map((r): Program =>
      makeProgram({
        id: `p${i}`,
        name: r.name,
        institution: { name: r.school, ...(r.accredited === undefined ? {} : { accredited: r.accredited }), ...(r.control ? { control: r.control } : {}) },
        location: r.place,
        delivery: r.delivery,
        credential: r.credential,
        lengthMonths: { min: r.min, max: r.min + r.extra },
        tuition: r.tuition,
        accreditation: r.accreditation,
        contactHours: r.contactHours,
        externshipHours: r.externshipHours,
        schedule: r.schedule,
        languages: r.languages,
        completions: r.awards === undefined ? undefined : [{ year: '2023-24', awards: r.awards }],
        onlineStates: r.delivery === 'online' ? r.onlineStates : undefined,
      }),
    );

// Sizes across a word boundary of the bitsets (32 programs).
const catalog = fc.integer({ min: 0, max: 70 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => program(i))));

const filters: fc.Arbitrary<ProgramFilters> = fc.record(
  {
    q: fc.oneof(fc.constantFrom('', 'med', 'MEDICAL assist', 'jose', 'clinica', 'h', 'care austin', 'zzz'), fc.string({ maxLength: 4 })),
    state: fc.constantFrom(...STATES, 'AZ'),
    zip: fc.constantFrom('78701', '87102', '10001'),
    radius: fc.constantFrom(...RADII),
    delivery: some(DELIVERY),
    credential: some(CREDENTIALS),
    control: some(CONTROLS),
    maxMonths: fc.constantFrom(...MONTH_LIMITS),
    maxTuition: fc.constantFrom(...TUITION_LIMITS),
    tuitionReported: fc.boolean(),
    accreditation: fc.constantFrom('CAAHEP' as const, 'ABHES' as const, 'any' as const),
    exams: some(EXAMS),
    schedule: some(SCHEDULES),
    spanish: fc.boolean(),
  },
  { requiredKeys: [] },
);

const austin = { lat: 30.27, lon: -97.74 };
const zipLocation = (zip: string) => (zip === '77002' ? { lat: 29.76, lon: -95.37 } : undefined);
const options: fc.Arbitrary<QueryOptions> = fc.record(
  { sort: fc.constantFrom(...SORTS), origin: fc.constant(austin), zipLocation: fc.constant(zipLocation), locale: fc.constantFrom('en' as const, 'es' as const) },
  { requiredKeys: [] },
);

const plain = (hits: { program: Program; exams: unknown; distance?: number }[]) => hits.map((h) => ({ id: h.program.id, exams: h.exams, distance: h.distance }));

describe('queryPrograms (bitsets) against the reference engine', () => {
  it('gives the same results, order, facet counts and suggestions', () => {
    fc.assert(
      fc.property(catalog, fc.array(fc.tuple(filters, options), { minLength: 1, maxLength: 4 }), (programs, queries) => {
        // Several queries on one catalog: the cached filter and search sets must not leak between them.
        for (const [f, o] of queries) {
          const want = reference(programs, f, o);
          const got = queryPrograms(programs, f, o);
          expect(plain(got.hits)).to.deep.equal(plain(want.hits));
          expect(got.total).to.equal(want.hits.length);
          expect(got.facets).to.deep.equal(want.facets);
          expect(got.suggestions).to.deep.equal(want.suggestions);
          expect(plain(got.page(1, 2))).to.deep.equal(plain(want.hits.slice(1, 3)));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('builds the same index in slices', async () => {
    await fc.assert(
      fc.asyncProperty(catalog, filters, async (programs, f) => {
        await indexProgramsInSlices(programs, 7, () => Promise.resolve());
        expect(plain(queryPrograms(programs, f).hits)).to.deep.equal(plain(reference(programs, f).hits));
        expect(queryPrograms(programs, f).facets).to.deep.equal(reference(programs, f).facets);
      }),
      { numRuns: 50 },
    );
  });
});
