// A shapefile polygon is a flat list of rings: outer rings run clockwise, holes counter-clockwise (y up). GeoJSON
// wants them grouped: each hole goes to the smallest outer ring that contains it, so an island inside another
// polygon's hole keeps its own holes.
import { ringContains, signedArea } from '../../geometry/ring.ts';
import type { ShpPosition } from './read-shp.ts';

/** Groups rings into polygons [outer, ...holes]. Files written with every ring one way round get one polygon each. */
export function polygonsFromRings(rings: ShpPosition[][]): ShpPosition[][][] {
  const outers: { polygon: ShpPosition[][]; areaSquareUnits: number }[] = [];
  const holes: ShpPosition[][] = [];
  for (const ring of rings) {
    if (ring.length === 0) continue;
    const area = signedArea(ring);
    if (area <= 0) outers.push({ polygon: [ring], areaSquareUnits: -area });
    else holes.push(ring);
  }
  if (outers.length === 0) return holes.map((ring) => [ring]);
  const orphans: ShpPosition[][][] = [];
  for (const hole of holes) {
    const [x, y] = hole[0]!;
    let owner: (typeof outers)[number] | undefined;
    for (const outer of outers) {
      if (owner && outer.areaSquareUnits >= owner.areaSquareUnits) continue;
      if (ringContains(outer.polygon[0]!, x!, y!)) owner = outer;
    }
    if (owner) owner.polygon.push(hole);
    else orphans.push([hole]); // a counter-clockwise ring inside nothing is an outer ring written the wrong way round
  }
  return [...outers.map((outer) => outer.polygon), ...orphans];
}
