import { expect } from '@open-wc/testing';
import { careerMap } from '../../src/careers/paths.js';
import { formatMonths } from '../../src/careers/time.js';
import { careers } from '../fixtures/careers/catalog.js';

describe('careers/paths', () => {
  it('groups the paths from the start into lateral and advance, in catalog order, lateral first', () => {
    const m = careerMap(careers, 'ma');
    expect(m.start?.id).to.equal('ma');
    expect(m.lateral.map((n) => n.id)).to.deep.equal(['hha', 'cma']);
    expect(m.advance.map((n) => n.id)).to.deep.equal(['rn', 'pa']);
    expect(m.all.map((n) => n.id)).to.deep.equal(['hha', 'cma', 'rn', 'pa']);
  });

  it('keeps the first of two paths to the same destination', () => {
    const rn = careerMap(careers, 'ma').all.filter((n) => n.id === 'rn');
    expect(rn).to.have.length(1);
    expect(rn[0].path.kind).to.equal('advance');
  });

  it('attaches each destination’s occupation and newest pay', () => {
    const m = careerMap(careers, 'ma');
    expect(m.startPay?.median).to.equal(40000);
    const rn = m.all.find((n) => n.id === 'rn')!;
    expect(rn.occupation?.id).to.equal('rn');
    expect(rn.pay?.median).to.equal(90000);
    expect(m.all.find((n) => n.id === 'cma')!.pay).to.equal(undefined);
  });

  it('is empty for a start with no paths or an unknown start', () => {
    expect(careerMap(careers, 'hha').all).to.deep.equal([]);
    const none = careerMap(careers, 'nope');
    expect(none.start).to.equal(undefined);
    expect(none.all).to.deep.equal([]);
    expect(careerMap({ ...careers, careerPaths: undefined }, 'ma').all).to.deep.equal([]);
  });
});

describe('careers/time', () => {
  it('says months, or whole years from 12 months up, in English and Spanish', () => {
    expect(formatMonths({ min: 1, max: 3 }, 'en')).to.equal('1–3 months');
    expect(formatMonths({ min: 24, max: 48 }, 'en')).to.equal('2–4 years');
    expect(formatMonths({ min: 12, max: 12 }, 'en')).to.equal('1 year');
    expect(formatMonths({ min: 9, max: 12 }, 'en')).to.equal('9–12 months');
    expect(formatMonths({ min: 1, max: 1 }, 'en')).to.equal('1 month');
    expect(formatMonths({ min: 36, max: 48 }, 'es')).to.equal('3-4 años');
    expect(formatMonths({ min: 0, max: 1 }, 'en')).to.equal('0–1 months');
    expect(formatMonths({ min: 1, max: 3 }, 'es')).to.equal('1-3 meses');
  });
});
