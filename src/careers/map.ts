/**
 * Geometry of the career map (an SVG picture), in two shapes:
 * - `wide` (desktop): the start node on the left, lateral moves in a nearer
 *   column and advancement in a farther one (the distance says "more
 *   school"), one row per destination, curves from left to right;
 * - `tall` (phone): the start node on top, lateral moves then advancement in
 *   rows below it, curves from top to bottom.
 * Node radii go by median pay (area proportional to pay). Every piece of text
 * is wrapped to the space it has (never cut) and carries the box it takes, so
 * that tests can check that no text leaves the picture or sits on a curve.
 * Plain numbers and strings; the component only draws them.
 */
export type MapShape = 'wide' | 'tall';

export interface MapItem {
  id: string;
  kind: 'lateral' | 'advance';
  title: string;
  median?: number;
  /** The line under the title (its pay), drawn smaller. */
  note?: string;
  /** The label of the edge to it (the added time); empty for none. */
  label?: string;
}
/** x, y of the top left corner, width and height, in viewBox units. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}
/** Lines of text: `x` and the first baseline `y`, one line every `LINE` units. */
export interface TextBlock {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  lines: string[];
  /** How many of the lines are titles (13 units); the rest are small (12 units). */
  big: number;
  box: Box;
}
export interface MapNode extends MapItem {
  x: number;
  y: number;
  r: number;
  /** The title, wrapped to fit the space beside the node. */
  lines: string[];
  /** Title lines, then the note, then the edge label when it is drawn here rather than on the edge. */
  text: TextBlock;
  /** The edge label when it is drawn by the edge (undefined when it is in `text` or empty). */
  edgeLabel?: TextBlock;
  /** The edge from the start node, as an SVG path, and its cubic Bézier points (x0 y0 x1 y1 x2 y2 x3 y3). */
  d: string;
  curve: number[];
}
export interface MapLayout {
  shape: MapShape;
  width: number;
  height: number;
  start: { x: number; y: number; r: number; lines: string[]; text: TextBlock };
  nodes: MapNode[];
  /** Group headings (lateral, advance), where a group has nodes. */
  heads: { kind: 'lateral' | 'advance'; text: TextBlock }[];
}

export const MAP_WIDTH = 720;
export const TALL_WIDTH = 340;
/** Distance between baselines, and the font sizes the component draws (titles and headings 13, notes and labels 12). */
export const LINE = 16;
const TITLE = 13;
const SMALL = 12;
const PAD = 12;
const GAP = 10;
const COL = { lateral: 300, advance: 440 };
const round = (n: number) => Math.round(n * 10) / 10;

/**
 * A generous estimate of a text's width in viewBox units: bold 0.62 em a
 * character, regular 0.56 em (real sans-serif text averages about 0.5 em;
 * the component test measures the drawn text against these boxes).
 */
export function textWidth(text: string, size: number, bold = false): number {
  return text.length * size * (bold ? 0.62 : 0.56);
}

/** Words into lines of at most `max` characters. Nothing is cut: a word longer than `max` gets a line of its own. */
export function wrap(text: string, max: number): string[] {
  const out: string[] = [];
  for (const w of text.split(/\s+/).filter(Boolean)) {
    const last = out.length - 1;
    if (last >= 0 && (out[last] + ' ' + w).length <= max) out[last] += ' ' + w;
    else out.push(w);
  }
  return out;
}

/** Radius 6 to 20 with area proportional to pay; a node without pay is a small ring. */
export function radius(median: number | undefined, max: number): number {
  return median && max > 0 ? round(6 + 14 * Math.sqrt(median / max)) : 7;
}

/** Titles (bold, since a chosen node's text is bold) wrapped into `width`. */
const wrapTo = (text: string, width: number) => wrap(text, Math.max(8, Math.floor(width / (TITLE * 0.62))));

/** A block of title lines (13 units) followed by small lines (12 units), its box from the first line's top to the last one's descent. */
function block(x: number, y: number, anchor: TextBlock['anchor'], titles: string[], small: string[]): TextBlock {
  const lines = [...titles, ...small];
  const w = Math.max(0, ...titles.map((t) => textWidth(t, TITLE, true)), ...small.map((t) => textWidth(t, SMALL, true)));
  const left = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
  return { x, y, anchor, lines, big: titles.length, box: { x: round(left), y: y - TITLE, w: round(w), h: (lines.length - 1) * LINE + TITLE + 4 } };
}

/** Points along a cubic Bézier (x0 y0 x1 y1 x2 y2 x3 y3), `steps` + 1 of them. */
export function curvePoints(c: readonly number[], steps = 48): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const a = (1 - t) ** 3;
    const b = 3 * (1 - t) ** 2 * t;
    const e = 3 * (1 - t) * t * t;
    const f = t ** 3;
    out.push([a * c[0] + b * c[2] + e * c[4] + f * c[6], a * c[1] + b * c[3] + e * c[5] + f * c[7]]);
  }
  return out;
}

/** Whether a box, grown by `pad`, holds a point. */
export function boxHits(b: Box, [x, y]: readonly [number, number], pad = 0): boolean {
  return x >= b.x - pad && x <= b.x + b.w + pad && y >= b.y - pad && y <= b.y + b.h + pad;
}
const boxesMeet = (a: Box, b: Box, pad = 0) => a.x < b.x + b.w + pad && b.x < a.x + a.w + pad && a.y < b.y + b.h + pad && b.y < a.y + a.h + pad;
const circleMeets = (b: Box, cx: number, cy: number, r: number) => {
  const dx = Math.max(b.x - cx, 0, cx - b.x - b.w);
  const dy = Math.max(b.y - cy, 0, cy - b.y - b.h);
  return dx * dx + dy * dy < r * r;
};

/** The group headings' words, as drawn (they are wrapped and measured like the rest). */
export type MapHeads = Record<'lateral' | 'advance', string>;
const HEADS: MapHeads = { lateral: 'Lateral moves', advance: 'Advancement' };

export function mapLayout(
  start: { title: string; median?: number; note?: string },
  items: readonly MapItem[],
  shape: MapShape = 'wide',
  words: MapHeads = HEADS,
): MapLayout {
  const tall = shape === 'tall';
  const width = tall ? TALL_WIDTH : MAP_WIDTH;
  const max = Math.max(start.median ?? 0, ...items.map((i) => i.median ?? 0));
  const sr = radius(start.median, max);
  const startNote = start.note ? [start.note] : [];
  const nodes: MapNode[] = [];
  const heads: MapLayout['heads'] = [];

  // The start: on top at the left of a phone's picture (its text beside it), else at the left, its text under it.
  const sx = tall ? PAD + 12 : 76;
  const stext = tall ? [] : wrapTo(start.title, 136);
  let y = PAD;
  let startBlock: TextBlock | undefined;
  if (tall) {
    const lines = wrapTo(start.title, width - PAD - (sx + 20 + 8));
    const h = (lines.length + startNote.length) * LINE;
    const sy = PAD + Math.max(20, h / 2);
    startBlock = block(sx + 20 + 8, round(sy - h / 2 + TITLE), 'start', lines, startNote);
    stext.push(...lines);
    y = Math.max(sy + 20, startBlock.box.y + startBlock.box.h) + GAP;
  }

  for (const kind of ['lateral', 'advance'] as const) {
    const group = items.filter((i) => i.kind === kind);
    if (!group.length) continue;
    const x = tall ? sx + 48 : COL[kind];
    // A heading starts left of its column (in the picture's free space), wrapped to the width left.
    const hx = tall ? sx + 20 : x - 40;
    const head = block(hx, y + TITLE + 4, 'start', wrapTo(words[kind], width - PAD - hx), []);
    heads.push({ kind, text: head });
    y = head.box.y + head.box.h + 4;
    for (const item of group) {
      const r = radius(item.median, max);
      const tx = x + 20 + 8;
      const lines = wrapTo(item.title, width - PAD - tx);
      // A line is kept for the edge label (drawn there when the edge has no room for it).
      const small = [item.note ?? '', ...(item.label ? [item.label] : [])];
      const h = (lines.length + small.length) * LINE;
      const row = Math.max(2 * 20 + 8, h + 8);
      const cy = round(y + row / 2);
      const text = block(round(x + r + 8), round(cy - h / 2 + TITLE - 1), 'start', lines, small);
      nodes.push({ ...item, x, y: cy, r, lines, text, d: '', curve: [] });
      y += row;
    }
    y += GAP;
  }
  const height = Math.ceil(Math.max(y + PAD - GAP, tall ? 0 : 180));
  const sy = tall ? PAD + Math.max(20, ((stext.length + startNote.length) * LINE) / 2) : round(height / 2);
  startBlock ??= block(sx, round(sy + sr + 18), 'middle', stext, startNote);

  for (const n of nodes) {
    const c = tall
      ? [sx, sy + sr, sx, n.y, sx, n.y, n.x - n.r]
      : [sx + sr, sy, (sx + sr + n.x - n.r) / 2, sy, (sx + sr + n.x - n.r) / 2, n.y, n.x - n.r];
    n.curve = [...c.slice(0, 6), c[6], n.y].map(round);
    const [x0, y0, x1, y1, x2, y2, x3, y3] = n.curve;
    n.d = `M${x0} ${y0}C${x1} ${y1} ${x2} ${y2} ${x3} ${y3}`;
  }

  const layout: MapLayout = { shape, width, height, start: { x: sx, y: sy, r: sr, lines: stext, text: startBlock }, nodes, heads };
  placeEdgeLabels(layout);
  return layout;
}

/**
 * Each edge label goes just before its node, above the end of its edge, else
 * below it, where its box meets no curve, node, text or other label and stays
 * in the picture; else it stays in the node's text, under the pay. On a phone
 * there is no room beside the edges: labels stay in the text.
 */
function placeEdgeLabels(g: MapLayout) {
  if (g.shape === 'tall') return;
  const curves = g.nodes.map((n) => curvePoints(n.curve));
  const taken: Box[] = [g.start.text.box, ...g.heads.map((h) => h.text.box), ...g.nodes.map((n) => n.text.box)];
  for (const n of g.nodes) {
    if (!n.label) continue;
    const w = textWidth(n.label, SMALL, true);
    const x = round(n.x - n.r - 6);
    for (const y of [n.y - 7, n.y + 16]) {
      const box = { x: round(x - w), y: y - SMALL, w: round(w), h: SMALL + 4 };
      const free =
        box.x >= 0 &&
        box.y >= 0 &&
        box.y + box.h <= g.height &&
        !curves.some((pts) => pts.some((p) => boxHits(box, p, 2))) &&
        !taken.some((b) => boxesMeet(box, b, 2)) &&
        !g.nodes.some((m) => circleMeets(box, m.x, m.y, m.r + 2)) &&
        !circleMeets(box, g.start.x, g.start.y, g.start.r + 2);
      if (!free) continue;
      n.edgeLabel = { x, y, anchor: 'end', lines: [n.label], big: 0, box };
      taken.push(box);
      // The reserved line in the node's text is no longer needed there.
      n.text.lines = n.text.lines.slice(0, -1);
      n.text.box = { ...n.text.box, h: n.text.box.h - LINE };
      break;
    }
  }
}
