import { expect } from '@open-wc/testing';
import { comparePay, newest, newestPay, vintageRank } from '../../src/careers/pay.js';
import type { Occupation, Pay } from '../../src/catalog/schema.js';
import { careers } from '../fixtures/careers/catalog.js';

const pay = (vintage: string, median?: number, extra: Partial<Pay> = {}): Pay => ({ source: 's', vintage, period: 'annual', median, ...extra });
const occ = (p: Pay[]): Occupation => ({ id: 'x', title: 'X', soc: '11-1111', pay: p });
const byId = (id: string) => careers.occupations!.find((o) => o.id === id)!;

describe('careers/pay', () => {
  it('orders vintages by year, then month, in English, Spanish and ISO form', () => {
    const order = ['not stated', '2023', 'May 2023', '2024-34', 'January 2024', 'mayo de 2024', '2024-11', 'Dec 2024', 'May 2025'];
    const ranks = order.map(vintageRank);
    expect([...ranks].sort((a, b) => a - b)).to.deep.equal(ranks);
    expect(vintageRank('May 2025')).to.be.greaterThan(vintageRank('April 2025'));
    expect(vintageRank('mayo de 2025')).to.equal(vintageRank('May 2025'));
    expect(vintageRank('not stated')).to.be.lessThan(vintageRank('1999'));
  });

  it('picks the newest pay set whatever its place in the list, the later one on a tie', () => {
    const a = pay('May 2024', 1);
    const b = pay('May 2025', 2);
    expect(newest([b, a])).to.equal(b);
    expect(newest([a, b])).to.equal(b);
    const c = pay('May 2025', 3);
    expect(newest([b, c])).to.equal(c);
    expect(newest([])).to.equal(undefined);
  });

  it('newestPay skips sets that report no median', () => {
    const withMedian = pay('May 2024', 44200);
    expect(newestPay(occ([withMedian, pay('May 2025', undefined, { p10: 1 })]))).to.equal(withMedian);
    expect(newestPay(occ([]))).to.equal(undefined);
    expect(newestPay(undefined)).to.equal(undefined);
  });

  it('compares the newest destination median with the start median of the same source and vintage', () => {
    const c = comparePay(byId('ma'), byId('rn'))!;
    expect(c.to.vintage).to.equal('May 2025');
    expect(c.from.vintage).to.equal('May 2025');
    expect(c.diff).to.equal(50000);
    expect(c.pct).to.equal(125);
    const down = comparePay(byId('ma'), byId('hha'))!;
    expect(down.diff).to.equal(-10000);
    expect(down.pct).to.equal(-25);
  });

  it('gives the source example: $44,200 to $93,600 is +$49,400, about +112%', () => {
    const c = comparePay(occ([pay('May 2024', 44200)]), occ([pay('May 2024', 93600)]))!;
    expect(c.diff).to.equal(49400);
    expect(Math.round(c.pct)).to.equal(112);
  });

  it('falls back to the start’s newest median in the same period, and never compares hourly with annual', () => {
    const start = occ([pay('May 2020', 30000), pay('May 2022', 32000), pay('May 2025', 20, { period: 'hourly' })]);
    expect(comparePay(start, occ([pay('May 2025', 40000, { source: 'other' })]))!.from.median).to.equal(32000);
    expect(comparePay(occ([pay('May 2025', 20, { period: 'hourly' })]), occ([pay('May 2025', 40000)]))).to.equal(undefined);
  });

  it('gives no comparison when either side is not reported', () => {
    expect(comparePay(byId('ma'), byId('cma'))).to.equal(undefined);
    expect(comparePay(byId('cma'), byId('rn'))).to.equal(undefined);
    expect(comparePay(undefined, byId('rn'))).to.equal(undefined);
  });
});
