import { expect } from '@open-wc/testing';
import { placeFits, programDistance } from '../../src/programs/place.js';
import { zipState } from '../../src/programs/zip-state.js';
import { makeProgram } from './make-program.js';

const austin = { lat: 30.27, lon: -97.74 };
const campus = makeProgram({ id: 'campus' }); // Austin, TX
const hybridFar = makeProgram({ id: 'far', delivery: 'hybrid', location: { city: 'Buffalo', state: 'NY', lat: 42.89, lon: -78.88 } });
const unreported = makeProgram({ id: 'nr', delivery: undefined, location: { city: 'Austin', state: 'TX', zip: '78701' } });
const online = makeProgram({ id: 'online', delivery: 'online', location: { city: 'Phoenix', state: 'AZ', lat: 33.45, lon: -112.07 } });
const onlineSome = makeProgram({ id: 'some', delivery: 'online', onlineStates: ['NM', 'OK'], location: { city: 'Phoenix', state: 'AZ' } });

describe('placeFits: the place rule the finder and the quiz share', () => {
  it('keeps campus and hybrid programs in the state or within the radius only', () => {
    expect(placeFits(campus, { state: 'TX' })).to.equal(true);
    expect(placeFits(campus, { state: 'NM' })).to.equal(false);
    expect(placeFits(campus, { zip: '78701', radius: 25 }, austin)).to.equal(true);
    expect(placeFits(hybridFar, { zip: '78701', radius: 25 }, austin)).to.equal(false);
  });
  it('locates a campus by its ZIP when it has no coordinates, and leaves out one it cannot place', () => {
    expect(placeFits(unreported, { zip: '78701', radius: 10 }, austin)).to.equal(false);
    expect(placeFits(unreported, { zip: '78701', radius: 10 }, austin, (z) => (z === '78701' ? austin : undefined))).to.equal(true);
  });
  it('keeps online programs anywhere, unless their onlineStates leave the state (or the ZIP’s state) out', () => {
    expect(placeFits(online, { state: 'TX' })).to.equal(true);
    expect(placeFits(online, { zip: '78701', radius: 10 }, austin)).to.equal(true);
    expect(placeFits(onlineSome, { state: 'TX' })).to.equal(false);
    expect(placeFits(onlineSome, { state: 'NM' })).to.equal(true);
    expect(placeFits(onlineSome, { zip: '78701', radius: 100 }, austin)).to.equal(false); // 78701 is in TX
    expect(placeFits(onlineSome, { zip: '87501', radius: 10 }, austin)).to.equal(true); // 87501 is in NM
    expect(programDistance(online, austin)).to.equal(undefined);
  });
  it('applies no radius before the ZIP is located', () => {
    expect(placeFits(hybridFar, { zip: '78701', radius: 25 })).to.equal(true);
  });
});

describe('zipState', () => {
  it('maps ZIP prefixes to states', () => {
    expect(zipState('78701')).to.equal('TX');
    expect(zipState('87501')).to.equal('NM');
    expect(zipState('10001')).to.equal('NY');
    expect(zipState('60601')).to.equal('IL');
    expect(zipState('99501')).to.equal('AK');
    expect(zipState('00601')).to.equal('PR');
    expect(zipState('20001')).to.equal('DC');
    expect(zipState('73301')).to.equal('TX'); // Austin's IRS prefix inside Oklahoma's range
    expect(zipState('00100')).to.equal(undefined);
    expect(zipState('7870')).to.equal(undefined);
  });
});
