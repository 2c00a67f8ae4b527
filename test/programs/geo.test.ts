import { expect } from '@open-wc/testing';
import { decodeZipTable, distanceMiles, lookupZip } from '../../src/programs/geo.js';

describe('distanceMiles', () => {
  it('is zero for the same point and symmetric', () => {
    const a = { lat: 30.27, lon: -97.74 };
    const b = { lat: 29.76, lon: -95.37 };
    expect(distanceMiles(a, a)).to.equal(0);
    expect(distanceMiles(a, b)).to.be.closeTo(distanceMiles(b, a), 1e-9);
  });
  it('gives the known great-circle distances', () => {
    // New York City Hall to Los Angeles City Hall: about 2,445 miles.
    expect(distanceMiles({ lat: 40.7128, lon: -74.006 }, { lat: 34.0522, lon: -118.2437 })).to.be.closeTo(2445, 5);
    // One degree of latitude: about 69.1 miles.
    expect(distanceMiles({ lat: 0, lon: 0 }, { lat: 1, lon: 0 })).to.be.closeTo(69.1, 0.1);
    // Across the antimeridian: short, not around the world.
    expect(distanceMiles({ lat: 0, lon: 179.5 }, { lat: 0, lon: -179.5 })).to.be.closeTo(69.1, 0.1);
  });
});

describe('decodeZipTable', () => {
  it('decodes ZIP differences (implicit 1 and explicit) and offset coordinates', () => {
    const enc = (n: number) => n.toString(36).padStart(3, '0');
    // 10001 (delta 10001 from 0), 10002 (implicit +1), 10010 (+8)
    const s = `${(10001).toString(36)},${enc(4075 + 9000)}${enc(-7400 + 18000)}${enc(4072 + 9000)}${enc(-7399 + 18000)}8,${enc(-1432 + 9000)}${enc(-17075 + 18000)}`;
    const t = decodeZipTable(s);
    expect([...t.keys()]).to.deep.equal([10001, 10002, 10010]);
    expect(t.get(10001)).to.deep.equal([40.75, -74]);
    expect(t.get(10002)).to.deep.equal([40.72, -73.99]);
    expect(t.get(10010)).to.deep.equal([-14.32, -170.75]);
  });
});

describe('lookupZip', () => {
  it('finds real ZIP centroids from the lazy table', async () => {
    const nyc = await lookupZip('10001');
    expect(nyc!.lat).to.be.closeTo(40.75, 0.01);
    expect(nyc!.lon).to.be.closeTo(-74.0, 0.01);
    const bh = await lookupZip('90210');
    expect(bh!.lat).to.be.closeTo(34.1, 0.01);
    expect(bh!.lon).to.be.closeTo(-118.41, 0.01);
    // Downtown Houston to the Texas Medical Center: about 4 miles.
    expect(distanceMiles((await lookupZip('77002'))!, (await lookupZip('77030'))!)).to.be.closeTo(4.1, 0.5);
  });
  it('returns undefined for an unknown or malformed ZIP', async () => {
    expect(await lookupZip('00000')).to.equal(undefined);
    expect(await lookupZip('99999')).to.equal(undefined);
    expect(await lookupZip('1234')).to.equal(undefined);
    expect(await lookupZip('abcde')).to.equal(undefined);
  });
});
