import { expect } from '@open-wc/testing';
import { boxHits, curvePoints, mapLayout, radius, textWidth, wrap, MAP_WIDTH, TALL_WIDTH, type Box, type MapLayout, type MapShape } from '../../src/careers/map.js';

const items = [
  { id: 'a', kind: 'lateral' as const, title: 'Home health aides', median: 35800 },
  { id: 'b', kind: 'lateral' as const, title: 'Clinical medical assistants' },
  { id: 'c', kind: 'advance' as const, title: 'Medical and health services managers', median: 123860 },
];

/** The built-in catalog's eight paths, as the explorer labels them, in both languages. */
const money = { en: (n: number) => `$${n.toLocaleString('en-US')} a year`, es: (n: number) => `${n.toLocaleString('es-US')} US$ al año` };
const catalog = {
  en: {
    start: 'Medical assistants',
    heads: { lateral: 'Lateral moves: similar training', advance: 'Advancement: more school or a license' },
    items: [
      ['lateral', 'Nursing assistants', 39530, '+1–3 months'],
      ['lateral', 'Dental assistants', 47300, '+9–12 months'],
      ['lateral', 'Home health and personal care aides', 34900, 'up to 1 month more'],
      ['lateral', 'Clinical medical assistants', 0, 'up to 6 months more'],
      ['advance', 'Medical and health services managers', 117960, '+3–4 years'],
      ['advance', 'Physician assistants', 133260, '+5–7 years'],
      ['advance', 'Registered nurses', 93600, '+2–4 years'],
      ['advance', 'Administrative services managers (office managers)', 110000, '+3–4 years'],
    ],
  },
  es: {
    start: 'Asistentes médicos',
    heads: { lateral: 'Cambios laterales: formación similar', advance: 'Ascenso: más estudios o una licencia' },
    items: [
      ['lateral', 'Auxiliares de enfermería', 39530, '+1–3 meses'],
      ['lateral', 'Asistentes dentales', 47300, '+9–12 meses'],
      ['lateral', 'Auxiliares de salud en el hogar y de cuidado personal', 34900, 'hasta 1 mes más'],
      ['lateral', 'Asistentes médicos clínicos', 0, 'hasta 6 meses más'],
      ['advance', 'Gerentes de servicios médicos y de salud', 117960, '+3-4 años'],
      ['advance', 'Asociados médicos (physician assistants)', 133260, '+5-7 años'],
      ['advance', 'Enfermeros registrados', 93600, '+2-4 años'],
      ['advance', 'Gerentes de servicios administrativos (gerentes de oficina)', 110000, '+3-4 años'],
    ],
  },
} as const;
const layoutOf = (lang: 'en' | 'es', shape: MapShape) => {
  const c = catalog[lang];
  const list = c.items.map(([kind, title, median, label], i) => ({ id: `n${i}`, kind, title, median: median || undefined, note: median ? money[lang](median) : 'Not reported', label }));
  return mapLayout({ title: c.start, median: 45690, note: money[lang](45690) }, list, shape, c.heads);
};
/** Every text box of a layout, with what it holds. */
const texts = (g: MapLayout): [string, Box, string[], number][] => [
  ['start', g.start.text.box, g.start.text.lines, g.start.text.big],
  ...g.heads.map((h): [string, Box, string[], number] => [`head ${h.kind}`, h.text.box, h.text.lines, h.text.big]),
  ...g.nodes.map((n): [string, Box, string[], number] => [n.title, n.text.box, n.text.lines, n.text.big]),
  ...g.nodes.flatMap((n): [string, Box, string[], number][] => (n.edgeLabel ? [[`label of ${n.title}`, n.edgeLabel.box, n.edgeLabel.lines, 0]] : [])),
];

describe('careers/map', () => {
  it('wraps words into lines and never cuts one', () => {
    expect(wrap('Medical and health services managers', 20)).to.deep.equal(['Medical and health', 'services managers']);
    expect(wrap('one two three four', 7)).to.deep.equal(['one two', 'three', 'four']);
    expect(wrap('Gerentes de servicios administrativos (gerentes de oficina)', 28).join(' ')).to.equal('Gerentes de servicios administrativos (gerentes de oficina)');
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
    expect(g.width).to.equal(MAP_WIDTH);
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
    }
    expect(c.r).to.be.greaterThan(a.r);
  });

  it('has a tall shape for a phone: the start on top, destinations in rows below, curves from top to bottom', () => {
    const g = layoutOf('en', 'tall');
    expect(g.width).to.equal(TALL_WIDTH);
    expect(g.height).to.be.greaterThan(g.width);
    const lateral = g.nodes.filter((n) => n.kind === 'lateral');
    const advance = g.nodes.filter((n) => n.kind === 'advance');
    // Advancement below every lateral move, each row below the one before, all below the start.
    expect(Math.min(...advance.map((n) => n.y))).to.be.greaterThan(Math.max(...lateral.map((n) => n.y)));
    g.nodes.forEach((n, i) => expect(n.y).to.be.greaterThan(i ? g.nodes[i - 1].y : g.start.y + g.start.r));
    const [hl, ha] = g.heads.map((h) => h.text.box.y);
    expect(hl).to.be.lessThan(lateral[0].y);
    expect(ha).to.be.greaterThan(lateral.at(-1)!.y);
    expect(ha).to.be.lessThan(advance[0].y);
    for (const n of g.nodes) {
      const pts = curvePoints(n.curve);
      // Each curve leaves the bottom of the start node and goes down, never up, to its node's left side.
      expect(pts[0]).to.deep.equal([g.start.x, g.start.y + g.start.r]);
      expect(pts.at(-1)).to.deep.equal([n.x - n.r, n.y]);
      pts.slice(1).forEach((p, i) => expect(p[1]).to.be.at.least(pts[i][1]));
      // On a phone the added time is a line of the node's own text.
      expect(n.text.lines.at(-1)).to.equal(n.label);
    }
  });

  for (const lang of ['en', 'es'] as const) {
    for (const shape of ['wide', 'tall'] as const) {
      it(`${lang}, ${shape}: every label is whole, fits its box, and its box is inside the picture`, () => {
        const g = layoutOf(lang, shape);
        const c = catalog[lang];
        // Nothing cut: the lines put back together are the whole title, heading and labels.
        expect(g.nodes.map((n) => n.lines.join(' '))).to.deep.equal(c.items.map((i) => i[1]));
        expect(g.heads.map((h) => h.text.lines.join(' '))).to.deep.equal([c.heads.lateral, c.heads.advance]);
        expect(g.start.text.lines.slice(0, g.start.text.big).join(' ')).to.equal(c.start);
        for (const n of g.nodes) expect([...n.text.lines, ...(n.edgeLabel?.lines ?? [])]).to.include(n.label);
        for (const [what, box, lines, big] of texts(g)) {
          expect(lines.join('')).not.to.contain('…', what);
          // Titles are 13 units, pay and time 12, both measured bold (a chosen node's text is bold).
          lines.forEach((line, j) => expect(textWidth(line, j < big ? 13 : 12, true), `${what}: ${line}`).to.be.at.most(box.w + 0.1));
          expect(box.x, what).to.be.at.least(0);
          expect(box.y, what).to.be.at.least(0);
          expect(box.x + box.w, what).to.be.at.most(g.width);
          expect(box.y + box.h, what).to.be.at.most(g.height);
        }
      });

      it(`${lang}, ${shape}: no label sits on a curve, and labels do not overlap one another`, () => {
        const g = layoutOf(lang, shape);
        const curves = g.nodes.map((n) => curvePoints(n.curve, 96));
        const boxes = texts(g);
        for (const [what, box] of boxes) {
          for (const pts of curves) expect(pts.some((p) => boxHits(box, p, 1)), `${what} on a curve`).to.equal(false);
        }
        boxes.forEach(([a, p], i) =>
          boxes.slice(i + 1).forEach(([b, q]) => expect(p.x < q.x + q.w && q.x < p.x + p.w && p.y < q.y + q.h && q.y < p.y + p.h, `${a} / ${b}`).to.equal(false)),
        );
      });
    }
  }

  it('draws an edge label beside its edge where there is room, above the end of the edge', () => {
    const g = mapLayout({ title: 'Medical assistants', median: 45690 }, [{ id: 'a', kind: 'lateral', title: 'Dental assistants', median: 47300, note: '$47,300 a year', label: '+9–12 months' }]);
    const [n] = g.nodes;
    expect(n.edgeLabel?.lines).to.deep.equal(['+9–12 months']);
    expect(n.edgeLabel!.box.x + n.edgeLabel!.box.w).to.be.at.most(n.x - n.r);
    expect(n.edgeLabel!.y).to.be.lessThan(n.y);
    expect(n.text.lines).to.deep.equal(['Dental assistants', '$47,300 a year']);
  });

  it('leaves out the heading of an empty group', () => {
    expect(mapLayout({ title: 'x' }, items.slice(0, 1)).heads.map((h) => h.kind)).to.deep.equal(['lateral']);
  });
});
