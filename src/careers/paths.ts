/**
 * Career paths from one starting occupation, grouped the way people think
 * about them: lateral moves (similar training) and advancement (more school
 * or a license). A path is known by its destination's occupation id.
 */
import type { Catalog, CareerPath, Occupation, Pay } from '../catalog/schema.js';
import { newestPay } from './pay.js';

export interface PathNode {
  /** The destination occupation id; also the path's id (`selected`). */
  id: string;
  path: CareerPath;
  occupation?: Occupation;
  /** The destination's newest pay with a median. */
  pay?: Pay;
}

export interface CareerMap {
  start?: Occupation;
  startPay?: Pay;
  lateral: PathNode[];
  advance: PathNode[];
  /** Lateral then advance: the order of the map, the list and arrow keys. */
  all: PathNode[];
}

export function careerMap(catalog: Catalog, startId: string): CareerMap {
  const byId = new Map((catalog.occupations ?? []).map((o) => [o.id, o]));
  const start = byId.get(startId);
  const seen = new Set<string>();
  const nodes: PathNode[] = [];
  for (const path of catalog.careerPaths ?? []) {
    // A second path to the same destination would give two nodes one id: the first one wins.
    if (path.from !== startId || seen.has(path.to)) continue;
    seen.add(path.to);
    const occupation = byId.get(path.to);
    nodes.push({ id: path.to, path, occupation, pay: newestPay(occupation) });
  }
  const lateral = nodes.filter((n) => n.path.kind === 'lateral');
  const advance = nodes.filter((n) => n.path.kind === 'advance');
  return { start, startPay: newestPay(start), lateral, advance, all: [...lateral, ...advance] };
}
