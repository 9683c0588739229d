// A shapefile polygon is a flat list of rings: outer rings run clockwise, holes counter-clockwise (y up). GeoJSON
// wants them grouped: each hole goes to the smallest outer ring that contains it, so an island inside another
// polygon's hole keeps its own holes.
import { buildBoxIndex } from '../../geometry/box-index.ts';
import { boxOf, ringContains, signedArea } from '../../geometry/ring.ts';
import type { ShpPosition } from './read-shp.ts';

interface Outer {
  polygon: ShpPosition[][];
  areaSquareUnits: number;
}

/** Corners of a hole tried against the shells: a hole touching its shell at one corner has the next inside. */
const CORNERS_TRIED = 3;

/** Groups rings into polygons [outer, ...holes]. Files written with every ring one way round get one polygon each. */
export function polygonsFromRings(rings: ShpPosition[][]): ShpPosition[][][] {
  const outers: Outer[] = [];
  const holes: ShpPosition[][] = [];
  for (const ring of rings) {
    if (ring.length === 0) continue;
    const area = signedArea(ring);
    if (area <= 0) outers.push({ polygon: [ring], areaSquareUnits: -area });
    else holes.push(ring);
  }
  if (outers.length === 0) return holes.map((ring) => [ring]);
  // A record may hold many thousands of parts: boxes first, so each hole tests only the shells around it.
  const index = buildBoxIndex(outers.map((outer) => boxOf(outer.polygon[0]!)));
  const smallestAround = (x: number, y: number): Outer | undefined => {
    let owner: Outer | undefined;
    for (const i of index.query({ minX: x, minY: y, maxX: x, maxY: y })) {
      const outer = outers[i]!;
      if (owner && outer.areaSquareUnits >= owner.areaSquareUnits) continue;
      if (ringContains(outer.polygon[0]!, x, y)) owner = outer;
    }
    return owner;
  };
  const orphans: ShpPosition[][][] = [];
  for (const hole of holes) {
    // A hole may touch its shell at a corner, where containment can go either way: the next corners decide.
    let owner: Outer | undefined;
    for (let i = 0; i < Math.min(hole.length, CORNERS_TRIED) && !owner; i++)
      owner = smallestAround(hole[i]![0]!, hole[i]![1]!);
    if (owner) owner.polygon.push(hole);
    else orphans.push([hole]); // a counter-clockwise ring inside nothing is an outer ring written the wrong way round
  }
  return [...outers.map((outer) => outer.polygon), ...orphans];
}
