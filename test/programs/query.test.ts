import { expect } from '@open-wc/testing';
import { fold, queryPrograms, type ProgramFilters, type QueryOptions } from '../../src/programs/query.js';
import type { Program } from '../../src/catalog/schema.js';
import { makeProgram } from './make-program.js';

const programs: Program[] = [
  makeProgram({
    id: 'sj',
    name: { en: 'Medical Assistant Certificate', es: 'Certificado de Asistente Médico' },
    institution: { name: 'Valle College', accredited: true },
    location: { city: 'San José', state: 'CA', zip: '95113', lat: 37.33, lon: -121.89 },
    delivery: 'campus',
    credential: 'certificate',
    lengthMonths: { min: 9, max: 12 },
    tuition: { amount: 12000, currency: 'USD', covers: 'program' },
    accreditation: { body: 'CAAHEP', status: 'accredited' },
    contactHours: 800,
    externshipHours: 160,
    schedule: ['evening'],
    languages: ['en', 'es'],
  }),
  makeProgram({
    id: 'aus',
    name: 'Associate of Applied Science in Medical Assisting',
    institution: { name: 'Austin Community College', accredited: true },
    location: { city: 'Austin', state: 'TX', zip: '78701', lat: 30.27, lon: -97.74 },
    delivery: 'hybrid',
    credential: 'associate',
    lengthMonths: { min: 20, max: 24 },
    tuition: { amount: 6000, currency: 'USD', covers: 'year' }, // about 12,000 for 2 years
    accreditation: { body: 'ABHES', status: 'probation' },
    contactHours: 1200,
    externshipHours: 180,
    schedule: ['day', 'weekend'],
  }),
  makeProgram({
    id: 'onl',
    name: 'Online Medical Assisting Diploma',
    institution: { name: 'Zenith Online Institute' },
    location: { city: 'Phoenix', state: 'AZ', zip: '85004' }, // no coordinates: falls back to its ZIP
    delivery: 'online',
    credential: 'diploma',
    lengthMonths: { min: 6, max: 10 },
    tuition: undefined, // not reported
    contactHours: 600,
    externshipHours: undefined,
  }),
  makeProgram({
    id: 'hou',
    name: 'Medical Assisting Certificate',
    institution: { name: 'Bayou Technical School', accredited: true },
    location: { city: 'Houston', state: 'TX', zip: '77002', lat: 29.76, lon: -95.37 },
    delivery: 'campus',
    credential: 'certificate',
    lengthMonths: { min: 8, max: 9 },
    tuition: { amount: 4000, currency: 'USD', covers: 'program' },
    contactHours: 720,
    externshipHours: 160,
    schedule: ['evening', 'weekend'],
    languages: ['es-US'],
  }),
];

const ids = (f: ProgramFilters = {}, o: QueryOptions = {}) => queryPrograms(programs, f, o).hits.map((h) => h.program.id);

describe('fold', () => {
  it('removes accents and case', () => {
    expect(fold('San JOSÉ Ñandú')).to.equal('san jose nandu');
  });
});

describe('queryPrograms: filters', () => {
  it('returns every program, in catalog order, without filters', () => {
    expect(ids()).to.deep.equal(['sj', 'aus', 'onl', 'hou']);
  });
  it('searches program, school and city names, case- and accent-insensitively', () => {
    expect(ids({ q: 'san jose' })).to.deep.equal(['sj']);
    expect(ids({ q: 'SAN JOSÉ' })).to.deep.equal(['sj']);
    expect(ids({ q: 'bayou' })).to.deep.equal(['hou']);
    expect(ids({ q: 'asistente médico' })).to.deep.equal(['sj']); // the Spanish name too
    expect(ids({ q: 'diploma zenith' })).to.deep.equal(['onl']); // every word must match
    expect(ids({ q: 'nursing' })).to.deep.equal([]);
  });
  it('filters by state: campuses in it, and online programs that take students from it', () => {
    expect(ids({ state: 'TX' })).to.deep.equal(['aus', 'onl', 'hou']);
    const list = [makeProgram({ id: 'tx-campus' }), makeProgram({ id: 'az-only', delivery: 'online', onlineStates: ['AZ'] }), makeProgram({ id: 'tx-ok', delivery: 'online', onlineStates: ['TX', 'OK'] })];
    expect(queryPrograms(list, { state: 'TX' }).hits.map((h) => h.program.id)).to.deep.equal(['tx-campus', 'tx-ok']);
    expect(queryPrograms(list, {}).facets.state).to.deep.equal({ TX: 2, AZ: 1, OK: 1 });
  });
  it('filters by delivery and credential (options within a group are alternatives)', () => {
    expect(ids({ delivery: ['online', 'hybrid'] })).to.deep.equal(['aus', 'onl']);
    expect(ids({ credential: ['certificate'] })).to.deep.equal(['sj', 'hou']);
    expect(ids({ credential: ['certificate'], delivery: ['online'] })).to.deep.equal([]);
  });
  it('filters by the shortest length in months', () => {
    expect(ids({ maxMonths: 9 })).to.deep.equal(['sj', 'onl', 'hou']);
    expect(ids({ maxMonths: 6 })).to.deep.equal(['onl']);
  });
  it('keeps programs with tuition not reported under a tuition limit, unless asked not to', () => {
    expect(ids({ maxTuition: 10000 })).to.deep.equal(['onl', 'hou']);
    expect(ids({ maxTuition: 10000, tuitionReported: true })).to.deep.equal(['hou']);
    expect(ids({ tuitionReported: true })).to.deep.equal(['sj', 'aus', 'hou']);
  });
  it('compares yearly tuition as an estimate for the whole program', () => {
    expect(ids({ maxTuition: 10000, tuitionReported: true })).to.not.include('aus'); // 6,000/year × 2 years
    expect(ids({ maxTuition: 15000, tuitionReported: true })).to.include('aus');
  });
  it('filters by accreditation body or any programmatic accreditation (probation included)', () => {
    expect(ids({ accreditation: 'CAAHEP' })).to.deep.equal(['sj']);
    expect(ids({ accreditation: 'ABHES' })).to.deep.equal(['aus']);
    expect(ids({ accreditation: 'any' })).to.deep.equal(['sj', 'aus']);
  });
  it('filters by exams the program qualifies for (all ticked exams)', () => {
    expect(ids({ exams: ['CMA'] })).to.deep.equal(['sj', 'aus', 'hou']); // hou by the alternative pathway; onl unknown
    expect(ids({ exams: ['RMA'] })).to.deep.equal(['sj', 'aus', 'hou']);
    expect(ids({ exams: ['CCMA'] })).to.deep.equal(['sj', 'aus', 'onl', 'hou']);
    expect(ids({ exams: ['CMA', 'RMA'], maxMonths: 9 })).to.deep.equal(['sj', 'hou']);
  });
  it('filters by evening or weekend classes', () => {
    expect(ids({ schedule: ['evening'] })).to.deep.equal(['sj', 'hou']);
    expect(ids({ schedule: ['weekend'] })).to.deep.equal(['aus', 'hou']);
    expect(ids({ schedule: ['evening', 'weekend'] })).to.deep.equal(['sj', 'aus', 'hou']);
  });
  it('filters by Spanish instruction (any Spanish language tag)', () => {
    expect(ids({ spanish: true })).to.deep.equal(['sj', 'hou']);
  });
  it('reads language tags as toLocale does (case-insensitive, "_" or "-")', () => {
    const list = [makeProgram({ id: 'upper', languages: ['ES-MX'] }), makeProgram({ id: 'under', languages: ['es_US'] }), makeProgram({ id: 'en', languages: ['en'] })];
    expect(queryPrograms(list, { spanish: true }).hits.map((h) => h.program.id)).to.deep.equal(['upper', 'under']);
  });
  it('compares tuition in US dollars only: another currency counts as not reported', () => {
    const list = [
      makeProgram({ id: 'eur', tuition: { amount: 4900, currency: 'EUR', covers: 'program' } }),
      makeProgram({ id: 'usd', tuition: { amount: 4500, currency: 'USD', covers: 'program' } }),
      makeProgram({ id: 'none' }),
    ];
    const q = (f: ProgramFilters, o: QueryOptions = {}) => queryPrograms(list, f, o).hits.map((h) => h.program.id);
    expect(q({ maxTuition: 5000, tuitionReported: true })).to.deep.equal(['usd']);
    expect(q({ tuitionReported: true })).to.deep.equal(['usd']);
    expect(queryPrograms(list, { tuitionReported: true }).facets.tuition).to.include({ 5000: 1 });
    // Sorted with the not reported, after every dollar amount.
    expect(q({}, { sort: 'tuition' })).to.deep.equal(['usd', 'eur', 'none']);
  });
  it('filters by distance from a ZIP, falling back to a program ZIP when it has no coordinates', () => {
    const austin = { lat: 30.27, lon: -97.74 };
    // onl is online: no campus visits, so any radius keeps it.
    expect(ids({ zip: '78701', radius: 25 }, { origin: austin })).to.deep.equal(['aus', 'onl']);
    expect(ids({ zip: '78701', radius: 100 }, { origin: austin })).to.deep.equal(['aus', 'onl']); // Houston is ~146 mi away
    expect(ids({ zip: '78701', radius: 100 }, { origin: { lat: 29.5, lon: -96.5 } })).to.have.members(['aus', 'hou', 'onl']);
    // A campus with only a ZIP: without a ZIP table it has no location, so it is left out.
    const list = [makeProgram({ id: 'phx', location: { city: 'Phoenix', state: 'AZ', zip: '85004' } })];
    const phoenix = { lat: 33.45, lon: -112.07 };
    expect(queryPrograms(list, { zip: '85004', radius: 10 }, { origin: phoenix }).hits).to.deep.equal([]);
    const zipLocation = (z: string) => (z === '85004' ? { lat: 33.45, lon: -112.07 } : undefined);
    expect(queryPrograms(list, { zip: '85004', radius: 10 }, { origin: phoenix, zipLocation }).hits.map((h) => h.program.id)).to.deep.equal(['phx']);
  });
  it('ignores a radius without a located origin', () => {
    expect(ids({ zip: '00000', radius: 10 })).to.have.length(4);
  });
});

describe('queryPrograms: sort', () => {
  it('sorts by shortest length', () => {
    expect(ids({}, { sort: 'shortest' })).to.deep.equal(['onl', 'hou', 'sj', 'aus']);
  });
  it('sorts by lowest tuition, not reported last', () => {
    expect(ids({}, { sort: 'tuition' })).to.deep.equal(['hou', 'sj', 'aus', 'onl']);
  });
  it('sorts by name in the chosen language, ignoring accents and case', () => {
    expect(ids({}, { sort: 'name' })).to.deep.equal(['aus', 'sj', 'hou', 'onl']);
    // es: "Associate…", "Certificado…", "Medical Assisting Certificate", "Online…"
    expect(ids({}, { sort: 'name', locale: 'es' })).to.deep.equal(['aus', 'sj', 'hou', 'onl']);
  });
  it('sorts by the name shown: a regional key such as "es-MX" counts as Spanish', () => {
    const list = [makeProgram({ id: 'b', name: 'Beta Program' }), makeProgram({ id: 'z', name: { en: 'Zeta Program', 'es-MX': 'Alfa Programa' } })];
    expect(queryPrograms(list, {}, { sort: 'name', locale: 'es' }).hits.map((h) => h.program.id)).to.deep.equal(['z', 'b']);
    expect(queryPrograms(list, {}, { sort: 'name', locale: 'en' }).hits.map((h) => h.program.id)).to.deep.equal(['b', 'z']);
  });
  it('sorts by distance with unknown locations last', () => {
    const r = queryPrograms(programs, {}, { sort: 'distance', origin: { lat: 29.76, lon: -95.37 } });
    expect(r.hits.map((h) => h.program.id)).to.deep.equal(['hou', 'aus', 'sj', 'onl']);
    expect(r.hits[0].distance).to.be.closeTo(0, 0.01);
    expect(r.hits[1].distance).to.be.closeTo(146, 5);
    expect(r.hits[3].distance).to.equal(undefined);
  });
  it('ranks search matches at the start of a word above matches inside a word', () => {
    const list = [makeProgram({ id: 'inside', name: 'Paramedical Office' }), makeProgram({ id: 'start', name: 'Medical Office' })];
    expect(queryPrograms(list, { q: 'medical' }).hits.map((h) => h.program.id)).to.deep.equal(['start', 'inside']);
    expect(queryPrograms(list, { q: 'medical' }, { sort: 'name' }).hits.map((h) => h.program.id)).to.deep.equal(['start', 'inside']);
  });
});

describe('queryPrograms: facets', () => {
  it('counts every option with no filters', () => {
    const { facets } = queryPrograms(programs);
    // onl (online, any state) counts toward every state.
    expect(facets.state).to.deep.equal({ CA: 2, TX: 3, AZ: 1 });
    expect(facets.delivery).to.deep.equal({ campus: 2, hybrid: 1, online: 1 });
    expect(facets.credential).to.deep.equal({ certificate: 2, associate: 1, diploma: 1 });
    // 'none': programs that do not report the field.
    expect(facets.accreditation).to.deep.equal({ any: 2, CAAHEP: 1, ABHES: 1, none: 2 });
    expect(facets.exams).to.deep.equal({ CMA: 3, RMA: 3, CCMA: 4 });
    expect(facets.schedule).to.deep.equal({ evening: 2, day: 1, weekend: 2, none: 1 });
    expect(facets.language).to.deep.equal({ es: 2, none: 2 });
    expect(facets.length).to.include({ 6: 1, 9: 3, 12: 3, 24: 4 });
    // Tuition limits count not-reported programs in, as the filter does.
    expect(facets.tuition).to.include({ 5000: 2, 10000: 2, 15000: 4, none: 1 });
  });
  it('counts options of a selected OR group as if that group were unset, others narrowed', () => {
    const { facets } = queryPrograms(programs, { delivery: ['campus'], state: 'TX' });
    // Within TX: hybrid (aus), campus (hou) and online (onl, which takes students from anywhere) count.
    expect(facets.delivery).to.deep.equal({ hybrid: 1, campus: 1, online: 1 });
    // Among campus programs: CA 1, TX 1.
    expect(facets.state).to.deep.equal({ CA: 1, TX: 1 });
    // Other groups count the current results only (hou).
    expect(facets.credential).to.deep.equal({ certificate: 1 });
  });
  it('counts AND groups (exams) among current results', () => {
    const { facets } = queryPrograms(programs, { exams: ['CMA'] });
    expect(facets.exams).to.deep.equal({ CMA: 3, RMA: 3, CCMA: 3 });
  });
  it('counts tuition limits without not-reported programs when asked', () => {
    expect(queryPrograms(programs, { tuitionReported: true }).facets.tuition).to.include({ 5000: 1, 15000: 3 });
  });
  it('counts radius options from the origin', () => {
    const { facets } = queryPrograms(programs, { zip: '77002', radius: 10 }, { origin: { lat: 29.76, lon: -95.37 } });
    expect(facets.zip).to.deep.equal({ 10: 2, 25: 2, 50: 2, 100: 2 }); // hou, and onl (online)
  });
});

describe('queryPrograms: empty-state suggestions', () => {
  it('says which single filter to remove, and how many results that gives, best first', () => {
    const r = queryPrograms(programs, { state: 'TX', credential: ['diploma'], spanish: true });
    expect(r.hits).to.have.length(0);
    // Without credential: hou -> 1. Without spanish: onl (online, so in TX too) -> 1. Without state: nothing more.
    expect(r.suggestions).to.deep.equal([
      { filter: 'credential', count: 1 },
      { filter: 'language', count: 1 },
    ]);
  });
  it('can suggest removing the search text', () => {
    const r = queryPrograms(programs, { q: 'bayou', state: 'CA' });
    expect(r.suggestions).to.deep.equal([
      { filter: 'search', count: 2 }, // sj in CA, and onl online
      { filter: 'state', count: 1 },
    ]);
  });
  it('is empty when there are results', () => {
    expect(queryPrograms(programs, { state: 'TX' }).suggestions).to.deep.equal([]);
  });
});

describe('queryPrograms: scale', () => {
  it('filters 10,000 programs correctly once the index is built', () => {
    const many = Array.from({ length: 10000 }, (_, i) => ({ ...programs[i % 4], id: `p${i}` }));
    queryPrograms(many, { q: 'x' }); // builds the index
    // Speed is measured by `npm run bench`, not by a timed test; this checks the answer at that scale.
    const r = queryPrograms(many, { q: 'medical cert', delivery: ['campus'], maxTuition: 20000 }, { sort: 'tuition' });
    expect(r.hits.length).to.equal(5000);
  });
});
