import { expect } from '@open-wc/testing';
import { formatAddedMonths, formatMonths } from '../../src/careers/time.js';

describe('careers: time', () => {
  it('says added time from 0 as "up to", never "+0–1 months"', () => {
    expect(formatAddedMonths({ min: 0, max: 1 }, 'en')).to.equal('up to 1 month more');
    expect(formatAddedMonths({ min: 0, max: 6 }, 'en')).to.equal('up to 6 months more');
    expect(formatAddedMonths({ min: 0, max: 1 }, 'es')).to.equal('hasta 1 mes más');
    expect(formatAddedMonths({ min: 36, max: 48 }, 'en')).to.equal('+3–4 years');
    expect(formatAddedMonths({ min: 1, max: 3 }, 'es')).to.equal('+1-3 meses'); // Intl's Spanish range style
    expect(formatMonths({ min: 9, max: 12 }, 'en')).to.equal('9–12 months');
  });
});
