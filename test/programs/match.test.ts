import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { CHOICES, DEFAULT_RADIUS, answersToQuery, createMatcher, matchFilters, matchPrograms, matchProgram, matchResults, publicAnswers, totalTuition, usedAnswers, type MatchAnswers } from '../../src/programs/match.js';
import { queryPrograms } from '../../src/programs/query.js';
import { loadZipTable } from '../../src/programs/geo.js';
import { programDistance } from '../../src/programs/place.js';
import { readFilters } from '../../src/components/program-finder/params.js';
import { loadDefaultCatalog } from '../../src/catalog/controller.js';
import type { Catalog } from '../../src/catalog/schema.js';
import { A, AUSTIN, B, C, D, E, F, PROGRAMS } from '../fixtures/get-matched/catalog.js';

const ids = (a: MatchAnswers, programs = PROGRAMS, origin = AUSTIN) => matchPrograms(programs, a, origin).map((m) => m.program.id);
const fits = (a: MatchAnswers, p = A, origin = AUSTIN) => Object.fromEntries(matchProgram(p, a, origin).reasons.map((r) => [r.q, r.fit]));

const all: MatchAnswers = {
  where: 'zip',
  zip: '78701',
  radius: 25,
  delivery: 'campus',
  credential: 'certificate',
  start: 3,
  budget: 12000,
  schedule: ['evening'],
  language: 'es',
  cma: 'yes',
};

describe('match: scoring', () => {
  it('ranks the fixed catalog in the expected order for a full set of answers', () => {
    // A (online) fits 5 of 6: "campus" misses, and its place is the delivery answer's to judge;
    // B, F and C fit 5 of 7 with 2 misses (B and F are nearer than C; F is B's sponsored twin and
    // stays after it); E fits 3 with 1 miss, D fits 3 with 4 misses.
    expect(ids(all)).to.deep.equal([A.id, B.id, F.id, C.id, E.id, D.id]);
    const [a, b] = matchPrograms(PROGRAMS, all, AUSTIN);
    expect([a.score, a.asked, a.misses]).to.deep.equal([5, 6, 1]);
    expect([b.score, b.asked, b.misses]).to.deep.equal([5, 7, 2]);
  });

  it('gives each answer its own reason: fits, does not fit, or not reported', () => {
    expect(fits(all, A)).to.deep.equal({ delivery: 'no', credential: 'yes', budget: 'yes', schedule: 'yes', language: 'yes', cma: 'yes' });
    expect(fits(all, C)).to.deep.include({ location: 'yes', credential: 'yes', budget: 'no', cma: 'no' });
    expect(fits(all, D)).to.deep.include({ location: 'no', delivery: 'no', credential: 'no', budget: 'yes' });
    expect(fits(all, E)).to.deep.equal({ location: 'no', delivery: 'yes', credential: 'yes', budget: 'unknown', schedule: 'unknown', language: 'yes', cma: 'unknown' });
  });

  it('measures the distance from the ZIP and compares it with the radius', () => {
    const c = matchProgram(C, { where: 'zip', radius: 10 }, AUSTIN);
    expect(c.miles).to.be.within(15, 20);
    expect(c.reasons).to.deep.equal([{ q: 'location', fit: 'no' }]);
    expect(fits({ where: 'zip', radius: 25 }, C)).to.deep.equal({ location: 'yes' });
    // Without a known origin the location answer cannot count.
    expect(matchProgram(C, { where: 'zip' }).asked).to.equal(0);
  });

  it('places a campus known by ZIP only at its ZIP centroid, like the finder', () => {
    // C without coordinates: only its Round Rock ZIP (about 17 miles from Austin).
    const byZip = { ...C, location: { city: 'Round Rock', state: 'TX', zip: '78664' } };
    const zipLocation = (zip: string) => (zip === '78664' ? { lat: 30.51, lon: -97.68 } : undefined);
    const near = matchProgram(byZip, { where: 'zip', radius: 25 }, AUSTIN, zipLocation);
    expect(near.reasons).to.deep.equal([{ q: 'location', fit: 'yes' }]);
    expect(near.miles).to.be.within(15, 20);
    expect(matchProgram(byZip, { where: 'zip', radius: 10 }, AUSTIN, zipLocation).reasons).to.deep.equal([{ q: 'location', fit: 'no' }]);
    expect(matchPrograms([byZip], { where: 'zip' }, AUSTIN, zipLocation)[0].miles).to.equal(near.miles);
    // Coordinates win over the ZIP; an unknown ZIP or no ZIP table stays "not reported".
    expect(matchProgram(C, { where: 'zip' }, AUSTIN, () => ({ lat: 0, lon: 0 })).miles).to.be.within(15, 20);
    expect(fits({ where: 'zip' }, { ...byZip, location: { ...byZip.location, zip: '99999' } }, AUSTIN)).to.deep.equal({ location: 'unknown' });
    expect(fits({ where: 'zip' }, byZip)).to.deep.equal({ location: 'unknown' });
  });

  it('counts an online program as fitting any place, and "online only" as online', () => {
    expect(ids({ where: 'state', state: 'CA' })).to.deep.equal([A.id, E.id, B.id, C.id, D.id, F.id]);
    expect(fits({ where: 'online' }, B)).to.deep.equal({ location: 'no' });
    expect(fits({ where: 'online' }, { ...B, delivery: undefined })).to.deep.equal({ location: 'unknown' });
  });

  it('reads "certificate" as certificate or diploma, and prices yearly tuition for the longest length', () => {
    expect(fits({ credential: 'certificate' }, C)).to.deep.equal({ credential: 'yes' });
    expect(fits({ credential: 'associate' }, D)).to.deep.equal({ credential: 'yes' });
    expect(totalTuition(D)).to.equal(12000);
    expect(totalTuition(E)).to.equal(undefined);
    expect(fits({ budget: 10000 }, D)).to.deep.equal({ budget: 'no' });
  });

  it('does not count skipped, "no preference", start date or "CMA does not matter" answers', () => {
    expect(ids({})).to.deep.equal(PROGRAMS.map((p) => p.id));
    const none = matchProgram(A, { delivery: 'any', credential: 'any', language: 'any', cma: 'no', start: 1, schedule: [] }, AUSTIN);
    expect([none.asked, none.score]).to.deep.equal([0, 0]);
  });

  it('never ranks a program higher for being sponsored', () => {
    const flipped = PROGRAMS.map((p) => ({ ...p, sponsored: !p.sponsored }));
    expect(ids(all, flipped)).to.deep.equal(ids(all));
    // F is B with sponsored: true, listed after B: it never overtakes B.
    for (const a of [all, {}, { where: 'state', state: 'TX' } as MatchAnswers, { budget: 20000 }]) {
      const order = ids(a);
      expect(order.indexOf(F.id)).to.be.greaterThan(order.indexOf(B.id));
    }
  });
});

describe('match: what leaves the widget', () => {
  it('publicAnswers drops the ZIP code and keeps only enums and numbers', () => {
    const pub = publicAnswers(all);
    expect(pub).to.not.have.property('zip');
    expect(pub).to.deep.equal({ where: 'zip', radius: 25, delivery: 'campus', credential: 'certificate', start: 3, budget: 12000, schedule: ['evening'], language: 'es', cma: 'yes' });
  });

  it('usedAnswers keeps only the details of the chosen place', () => {
    const mixed: MatchAnswers = { where: 'state', zip: 'ab12x', radius: 50, state: 'AZ', delivery: 'online' };
    expect(usedAnswers(mixed)).to.deep.equal({ where: 'state', state: 'AZ', delivery: 'online' });
    expect(usedAnswers({ ...mixed, where: 'zip' })).to.deep.equal({ where: 'zip', zip: 'ab12x', radius: 50, delivery: 'online' });
    expect(usedAnswers({ ...mixed, where: 'online' })).to.deep.equal({ where: 'online', delivery: 'online' });
    expect(usedAnswers({ ...mixed, where: undefined })).to.deep.equal({ where: undefined, delivery: 'online' });
  });

  it('exports the default radius for the finder', () => {
    expect(DEFAULT_RADIUS).to.equal(25);
  });

  it('answersToQuery writes the constraints as finder filters, and nothing the finder would filter on but the quiz only ranks', () => {
    // A finder given every answer as a filter listed 1 program where the quiz had shown 5.
    expect(answersToQuery(all).toString()).to.equal('zip=78701&radius=25&delivery=campus');
    expect(matchFilters(all)).to.deep.equal({ zip: '78701', radius: 25, delivery: ['campus'] });
    expect(answersToQuery({ where: 'online', delivery: 'any', language: 'any', cma: 'no' }).toString()).to.equal('delivery=online');
    // "Online only" as the place is the delivery; a contrary delivery answer does not empty the list.
    expect(matchFilters({ where: 'online', delivery: 'campus' })).to.deep.equal({ delivery: ['online'] });
    expect(answersToQuery({ where: 'state', state: 'CA' }).toString()).to.equal('state=CA');
    expect(answersToQuery({}).toString()).to.equal('');
  });
});

describe('match: place is a constraint', () => {
  it('campus and hybrid programs beyond the radius are not matches; with none left, the closest are offered apart', () => {
    const r = matchResults(PROGRAMS, { where: 'zip', zip: '78701', radius: 25, delivery: 'hybrid' }, { origin: AUSTIN });
    // The only hybrid program is in Houston, about 146 miles away.
    expect(r.matches).to.deep.equal([]);
    expect(r.constrained).to.equal(true);
    expect(r.nearest.map((m) => m.program.id)).to.deep.equal([D.id]);
    expect(r.online.map((m) => m.program.id)).to.deep.equal([A.id]);
  });

  it('online programs reach everyone when the delivery allows them', () => {
    const r = matchResults(PROGRAMS, { where: 'zip', zip: '78701', radius: 10 }, { origin: AUSTIN });
    // Austin campuses (B, F) within 10 miles, and the online program A in San Antonio (75 miles).
    expect(r.matches.map((m) => m.program.id)).to.have.members([A.id, B.id, F.id]);
    expect(r.nearest).to.deep.equal([]);
    const inState = matchResults(PROGRAMS, { where: 'state', state: 'CA' });
    expect(inState.matches.map((m) => m.program.id)).to.deep.equal([A.id, E.id]);
  });

  it('an online program that does not accept the chosen state is not a match', () => {
    const texasOnly = { ...A, onlineStates: ['TX'] };
    expect(matchResults([texasOnly, E], { where: 'state', state: 'CA' }).matches.map((m) => m.program.id)).to.deep.equal([E.id]);
    expect(fits({ where: 'state', state: 'CA' }, texasOnly)).to.deep.equal({ location: 'no' });
  });

  it('without constraints every program is a match, ranked', () => {
    const r = matchResults(PROGRAMS, { budget: 10000 });
    expect(r.constrained).to.equal(false);
    expect(r.matches).to.have.length(PROGRAMS.length);
  });

  it('reasons never contradict each other about one program (property)', () => {
    const answers = fc.record(
      {
        where: fc.constantFrom(...CHOICES.where),
        state: fc.constantFrom('TX', 'CA', 'NM'),
        radius: fc.constantFrom(...CHOICES.radius),
        delivery: fc.constantFrom(...CHOICES.delivery),
        credential: fc.constantFrom(...CHOICES.credential),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(answers, fc.constantFrom(...PROGRAMS), (a, p) => {
        const m = matchProgram(p, { ...a, zip: '78701' } as MatchAnswers, AUSTIN);
        const fit = Object.fromEntries(m.reasons.map((r) => [r.q, r.fit]));
        // One reason per question, and no "study from anywhere" beside "online, not on campus".
        expect(m.reasons.length).to.equal(Object.keys(fit).length);
        if (p.delivery === 'online') expect(fit.location === 'yes' && fit.delivery === 'no').to.equal(false);
      }),
      { numRuns: 300 },
    );
  });

  it('re-ranks only when the answers or the catalog change (createMatcher)', () => {
    const match = createMatcher();
    const a: MatchAnswers = { where: 'state', state: 'TX' };
    const first = match(PROGRAMS, a);
    expect(match(PROGRAMS, a)).to.equal(first);
    expect(match(PROGRAMS, { ...a })).to.not.equal(first);
    expect(match([...PROGRAMS], a)).to.not.equal(first);
  });
});

describe('match: the reported cases, on the sample catalog', () => {
  let c: Catalog;
  let zip: (z: string) => { lat: number; lon: number } | undefined;
  before(async () => {
    c = await loadDefaultCatalog();
    zip = await loadZipTable();
  });

  it('ZIP 78701, hybrid, 25 miles: no match beyond 25 miles', () => {
    const origin = zip('78701')!;
    const r = matchResults(c.programs, { where: 'zip', zip: '78701', radius: 25, delivery: 'hybrid' }, { origin, zipLocation: zip });
    for (const m of r.matches) {
      expect(m.program.delivery).to.equal('hybrid');
      expect(programDistance(m.program, origin, zip), m.program.id).to.be.at.most(25);
    }
    // Whatever is offered instead is labelled closest, apart from the matches.
    if (!r.matches.length) expect(r.nearest.length + r.online.length).to.be.greaterThan(0);
  });

  it('New Mexico, on campus: no Los Angeles, Buffalo or Richmond among the matches', () => {
    const r = matchResults(c.programs, { where: 'state', state: 'NM', delivery: 'campus' }, { zipLocation: zip });
    const cities = r.matches.map((m) => m.program.location.city);
    for (const city of ['Los Angeles', 'Buffalo', 'Richmond']) expect(cities).to.not.include(city);
    for (const m of r.matches) expect(m.program.location.state).to.equal('NM');
    // The sample has no campus in New Mexico: nothing matches, and the nearest campuses are offered as such.
    expect(r.matches).to.deep.equal([]);
    expect(r.nearest.length).to.be.greaterThan(0);
    for (const m of r.nearest) expect(m.program.delivery).to.equal('campus');
  });

  it('the quiz and the finder list the same programs: answers -> hand-off params -> the finder\'s query', () => {
    const origin = zip('78701')!;
    const cases: MatchAnswers[] = [];
    for (const delivery of CHOICES.delivery)
      for (const radius of CHOICES.radius) cases.push({ where: 'zip', zip: '78701', radius, delivery, credential: 'certificate', budget: 10000 });
    for (const state of ['TX', 'CA', 'NM', 'NY']) for (const delivery of CHOICES.delivery) cases.push({ where: 'state', state, delivery, schedule: ['evening'] });
    cases.push({ where: 'online', cma: 'yes' }, { language: 'es' }, {});
    for (const a of cases) {
      const quiz = matchResults(c.programs, a, { origin, zipLocation: zip }).matches.map((m) => m.program.id);
      const params = answersToQuery(a);
      const { filters } = readFilters((n) => params.get(n));
      const finder = queryPrograms(c.programs, filters, { origin: filters.zip ? zip(filters.zip) : undefined, zipLocation: zip }).hits.map((h) => h.program.id);
      expect([...quiz].sort(), JSON.stringify(a)).to.deep.equal([...finder].sort());
    }
  });
});
