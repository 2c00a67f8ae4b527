import { expect } from '@open-wc/testing';
import { mapLayout, radius, wrap, MAP_WIDTH } from '../../src/careers/map.js';

const items = [
  { id: 'a', kind: 'lateral' as const, title: 'Home health aides', median: 35800 },
  { id: 'b', kind: 'lateral' as const, title: 'Clinical medical assistants' },
  { id: 'c', kind: 'advance' as const, title: 'Medical and health services managers', median: 123860 },
];

describe('careers/map', () => {
  it('wraps words into lines and marks a cut', () => {
    expect(wrap('Medical and health services managers', 20)).to.deep.equal(['Medical and health', 'services managers']);
    expect(wrap('one two three four', 7, 2)).to.deep.equal(['one two', 'three…']);
    expect(wrap('short', 20)).to.deep.equal(['short']);
  });

  it('sizes nodes by pay (area proportional), a small ring when pay is not reported', () => {
    expect(radius(100, 100)).to.equal(20);
    expect(radius(25, 100)).to.equal(13);
    expect(radius(undefined, 100)).to.equal(7);
  });

  it('puts lateral moves nearer the start than advancement, one row each, inside the picture', () => {
    const g = mapLayout({ title: 'Medical assistants', median: 45690 }, items);
    const [a, b, c] = g.nodes;
    expect(a.x).to.equal(b.x);
    expect(c.x).to.be.greaterThan(a.x);
    expect(g.start.x).to.be.lessThan(a.x);
    expect(a.y).to.be.lessThan(b.y);
    expect(b.y).to.be.lessThan(c.y);
    expect(g.heads.map((h) => h.kind)).to.deep.equal(['lateral', 'advance']);
    for (const n of g.nodes) {
      expect(n.y + n.r).to.be.lessThan(g.height);
      expect(n.d.startsWith(`M${g.start.x + g.start.r} ${g.start.y}`)).to.equal(true);
      expect(n.d.endsWith(`${n.x - n.r} ${n.y}`)).to.equal(true);
      // The title fits between the node and the right edge at about 7.2 units a character.
      for (const line of n.lines) expect(n.x + n.r + 8 + line.length * 7.2).to.be.at.most(MAP_WIDTH + 8);
    }
    expect(c.r).to.be.greaterThan(a.r);
  });

  it('leaves out the heading of an empty group', () => {
    expect(mapLayout({ title: 'x' }, items.slice(0, 1)).heads.map((h) => h.kind)).to.deep.equal(['lateral']);
  });
});
