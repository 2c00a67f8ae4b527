import { expect } from '@open-wc/testing';
import { DEFAULT_RADIUS, answersToQuery, matchPrograms, matchProgram, publicAnswers, totalTuition, usedAnswers, type MatchAnswers } from '../../src/programs/match.js';
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
    // A fits 6 of 7 (only "campus" misses); B, F and C fit 5 with 2 misses (B and F
    // are nearer than C; F is B's sponsored twin and stays after it); E fits 3 with
    // 1 miss, D fits 3 with 4 misses.
    expect(ids(all)).to.deep.equal([A.id, B.id, F.id, C.id, E.id, D.id]);
    const [a, b] = matchPrograms(PROGRAMS, all, AUSTIN);
    expect([a.score, a.asked, a.misses]).to.deep.equal([6, 7, 1]);
    expect([b.score, b.asked, b.misses]).to.deep.equal([5, 7, 2]);
  });

  it('gives each answer its own reason: fits, does not fit, or not reported', () => {
    expect(fits(all, A)).to.deep.equal({ location: 'yes', delivery: 'no', credential: 'yes', budget: 'yes', schedule: 'yes', language: 'yes', cma: 'yes' });
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

  it('answersToQuery writes finder filters', () => {
    expect(answersToQuery(all).toString()).to.equal(
      'zip=78701&radius=25&delivery=campus&credential=certificate%2Cdiploma&tuition=12000&schedule=evening&language=es&exam=CMA&start=3',
    );
    expect(answersToQuery({ where: 'online', delivery: 'any', language: 'any', cma: 'no' }).toString()).to.equal('delivery=online');
    expect(answersToQuery({ where: 'state', state: 'CA' }).toString()).to.equal('state=CA');
    expect(answersToQuery({}).toString()).to.equal('');
  });
});
