import { expect } from '@open-wc/testing';
import { hasPlace, isOnline, milesFrom, onlineReaches, placeFits } from '../../src/programs/place.js';
import { queryPrograms } from '../../src/programs/query.js';
import { makeProgram } from './make-program.js';

const AUSTIN = { lat: 30.27, lon: -97.74 };
const campus = makeProgram({ id: 'campus' }); // Austin
const hybridLA = makeProgram({ id: 'hybrid-la', delivery: 'hybrid', location: { city: 'Los Angeles', state: 'CA', lat: 34.05, lon: -118.24 } });
const onlineCA = makeProgram({ id: 'online-ca', delivery: 'online', location: { city: 'Los Angeles', state: 'CA', lat: 34.05, lon: -118.24 } });
const onlineWest = makeProgram({ id: 'online-west', delivery: 'online', onlineStates: ['CA', 'OR'], location: { city: 'Portland', state: 'OR', lat: 45.5, lon: -122.7 } });
const unknownDelivery = makeProgram({ id: 'unknown', delivery: undefined, location: { city: 'Buffalo', state: 'NY', lat: 42.89, lon: -78.88 } });
const nowhere = makeProgram({ id: 'nowhere', location: { city: 'Somewhere', state: 'TX' } });

describe('place: placeFits', () => {
  it('keeps a campus or hybrid program only within the radius of the ZIP', () => {
    const near = { origin: AUSTIN, radius: 25 };
    expect(placeFits(campus, near, milesFrom(campus, AUSTIN))).to.equal(true);
    const la = milesFrom(hybridLA, AUSTIN)!;
    expect(la).to.be.greaterThan(1000);
    expect(placeFits(hybridLA, near, la)).to.equal(false);
    expect(placeFits(hybridLA, { origin: AUSTIN, radius: 2000 }, la)).to.equal(true);
    // A campus whose location is unknown is within no radius.
    expect(placeFits(nowhere, near, milesFrom(nowhere, AUSTIN))).to.equal(false);
    // A delivery that is not reported may need a campus: it is held to the radius too.
    expect(placeFits(unknownDelivery, near, milesFrom(unknownDelivery, AUSTIN))).to.equal(false);
  });

  it('keeps a campus or hybrid program only in the chosen state', () => {
    expect(placeFits(campus, { state: 'TX' })).to.equal(true);
    expect(placeFits(hybridLA, { state: 'NM' })).to.equal(false);
    expect(placeFits(unknownDelivery, { state: 'NM' })).to.equal(false);
  });

  it('lets an online program reach every place, unless its onlineStates leaves the state out', () => {
    expect(placeFits(onlineCA, { origin: AUSTIN, radius: 10 }, milesFrom(onlineCA, AUSTIN))).to.equal(true);
    expect(placeFits(onlineCA, { state: 'NM' })).to.equal(true);
    expect(placeFits(onlineWest, { state: 'CA' })).to.equal(true);
    expect(placeFits(onlineWest, { state: 'TX' })).to.equal(false);
    // With a ZIP whose state is not known, the list cannot rule the person out.
    expect(placeFits(onlineWest, { origin: AUSTIN, radius: 25 })).to.equal(true);
    expect(placeFits(onlineWest, { origin: AUSTIN, radius: 25, homeState: 'TX' })).to.equal(false);
    expect(onlineReaches(onlineWest, undefined)).to.equal(true);
    expect(isOnline(onlineWest) && !isOnline(hybridLA)).to.equal(true);
  });

  it('without a place, every program fits', () => {
    expect(hasPlace({})).to.equal(false);
    expect(hasPlace({ radius: 25 })).to.equal(false);
    expect(hasPlace({ state: 'TX' })).to.equal(true);
    for (const p of [campus, hybridLA, onlineCA, unknownDelivery, nowhere]) expect(placeFits(p, {})).to.equal(true);
  });

  it('is the rule the finder query follows: online programs are not dropped by a ZIP radius or a state', () => {
    const programs = [campus, hybridLA, onlineCA, onlineWest, unknownDelivery, nowhere];
    const ids = (f: Parameters<typeof queryPrograms>[1]) => queryPrograms(programs, f, { origin: AUSTIN }).hits.map((h) => h.program.id);
    expect(ids({ zip: '78701', radius: 50 })).to.deep.equal(['campus', 'online-ca', 'online-west']);
    expect(ids({ zip: '78701', radius: 50, delivery: ['online'] })).to.deep.equal(['online-ca', 'online-west']);
    expect(ids({ state: 'TX' })).to.deep.equal(['campus', 'online-ca', 'nowhere']);
    expect(ids({ state: 'CA' })).to.deep.equal(['hybrid-la', 'online-ca', 'online-west']);
  });
});
