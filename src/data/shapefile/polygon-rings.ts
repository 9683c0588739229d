// A shapefile polygon is a flat list of rings: outer rings run clockwise, holes counter-clockwise (y up). GeoJSON
// wants them grouped: each hole goes to the outer ring that contains it.
import type { ShpPosition } from './read-shp.ts';

/** Twice the signed area; positive = counter-clockwise with y up. */
function signedArea2(ring: ShpPosition[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    sum += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return sum;
}

function contains(ring: ShpPosition[], [x, y]: ShpPosition): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Groups rings into polygons [outer, ...holes]. Files written with every ring one way round get one polygon each. */
export function polygonsFromRings(rings: ShpPosition[][]): ShpPosition[][][] {
  const outers: ShpPosition[][][] = [];
  const holes: ShpPosition[][] = [];
  for (const ring of rings) {
    if (ring.length === 0) continue;
    if (signedArea2(ring) <= 0) outers.push([ring]);
    else holes.push(ring);
  }
  if (outers.length === 0) return holes.map((ring) => [ring]);
  for (const hole of holes) {
    const owner = outers.find((polygon) => contains(polygon[0], hole[0]));
    if (owner) owner.push(hole);
    else outers.push([hole]); // a counter-clockwise ring inside nothing is an outer ring written the wrong way round
  }
  return outers;
}
