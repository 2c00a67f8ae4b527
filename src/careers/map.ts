/**
 * Geometry of the career map (an SVG picture): the start node on the left,
 * lateral moves in a nearer column and advancement in a farther one (the
 * distance says "more school"), one row per destination, curved edges from
 * the start, and node radii by median pay (area proportional to pay).
 * Plain numbers and strings; the component only draws them.
 */
export interface MapItem {
  id: string;
  kind: 'lateral' | 'advance';
  title: string;
  median?: number;
}
export interface MapNode extends MapItem {
  x: number;
  y: number;
  r: number;
  /** The title, wrapped to fit the space right of the node. */
  lines: string[];
  /** The edge from the start node, as an SVG path. */
  d: string;
}
export interface MapLayout {
  width: number;
  height: number;
  start: { x: number; y: number; r: number; lines: string[] };
  nodes: MapNode[];
  /** Group headings (lateral, advance), where a group has nodes. */
  heads: { kind: 'lateral' | 'advance'; x: number; y: number }[];
}

export const MAP_WIDTH = 720;
const ROW = 64;
const HEAD = 36;
const PAD = 16;
const COL = { lateral: 300, advance: 440 };
// About the width of one character of the 13 px map text, in viewBox units.
const CHAR = 7.2;
const round = (n: number) => Math.round(n * 10) / 10;

/** Words into at most `lines` lines of about `max` characters; the last line ends in "…" if text was cut. */
export function wrap(text: string, max: number, lines = 2): string[] {
  const out: string[] = [];
  for (const w of text.split(/\s+/).filter(Boolean)) {
    const last = out.length - 1;
    if (last >= 0 && (out[last] + ' ' + w).length <= max) out[last] += ' ' + w;
    else out.push(w);
  }
  if (out.length > lines) {
    out.length = lines;
    out[lines - 1] += '…';
  }
  return out;
}

/** Radius 6 to 20 with area proportional to pay; a node without pay is a small ring. */
export function radius(median: number | undefined, max: number): number {
  return median && max > 0 ? round(6 + 14 * Math.sqrt(median / max)) : 7;
}

export function mapLayout(start: { title: string; median?: number }, items: readonly MapItem[]): MapLayout {
  const max = Math.max(start.median ?? 0, ...items.map((i) => i.median ?? 0));
  const nodes: MapNode[] = [];
  const heads: MapLayout['heads'] = [];
  let y = PAD;
  for (const kind of ['lateral', 'advance'] as const) {
    const group = items.filter((i) => i.kind === kind);
    if (!group.length) continue;
    const x = COL[kind];
    // Headings start left of their column so that a long one (about 38 characters) still fits.
    heads.push({ kind, x: x - 40, y: y + 20 });
    y += HEAD;
    for (const item of group) {
      nodes.push({ ...item, x, y: y + ROW / 2, r: radius(item.median, max), lines: wrap(item.title, Math.floor((MAP_WIDTH - x - 36) / CHAR)), d: '' });
      y += ROW;
    }
  }
  const height = Math.max(y + PAD, 180);
  const s = { x: 76, y: round(height / 2), r: radius(start.median, max), lines: wrap(start.title, 18, 3) };
  for (const n of nodes) {
    const x0 = round(s.x + s.r);
    const x1 = round(n.x - n.r);
    const mid = round((x0 + x1) / 2);
    n.d = `M${x0} ${s.y}C${mid} ${s.y} ${mid} ${n.y} ${x1} ${n.y}`;
  }
  return { width: MAP_WIDTH, height, start: s, nodes, heads };
}
