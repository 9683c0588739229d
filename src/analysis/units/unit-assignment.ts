// Which renewal unit each building belongs to. Rule (documented in the README): a building belongs to the unit that
// holds the larger part of its footprint — at least half of its plan area — and then counts there whole (count,
// floor area, coverage, height, grade). A building straddling two units goes to the one with the larger share; one
// that is mostly outside every unit belongs to none. Holes are not part of a unit.
//
// Speed: an index over the units' boxes finds the candidate units; an index over each unit's edges tells whether the
// footprint's box crosses the boundary at all. Only footprints that do (a few per cent) have their overlap clipped.
import type { BuildingRecord, LonLat } from '../building-record.ts';
import { buildBoxIndex, type BoxIndex } from '../../geometry/box-index.ts';
import { overlapArea } from '../../geometry/clip.ts';
import { planeAround, type LocalPlane } from '../../geometry/local-plane.ts';
import { boxOf, polygonContains, signedArea } from '../../geometry/ring.ts';
import { triangulate } from '../../geometry/triangulate.ts';
import type { Box, Ring } from '../../geometry/types.ts';
import { openRing } from '../townscape/footprint.ts';
import type { RenewalUnit } from './renewal-unit.ts';

/** Half the footprint: the share a unit must hold to own the building. */
const OWNING_SHARE = 0.5;
const SHARE_TOLERANCE = 1e-6;

interface PreparedPart {
  unit: number;
  rings: Ring[];
  /** Boundary segments [x1, y1, x2, y2] and a grid over their boxes. */
  segments: number[][];
  edges: BoxIndex;
}

/** For each building, the index of its unit in `units`, or -1. Any polygons will do as units (a draped area's too). */
export function assignBuildingsToUnits(
  units: readonly Pick<RenewalUnit, 'parts'>[],
  buildings: readonly BuildingRecord[],
): Int32Array {
  const assignment = new Int32Array(buildings.length).fill(-1);
  if (units.length === 0) return assignment;
  const plane = planeAround(units.flatMap((u) => u.parts.map((part) => part[0]!)).flat());
  const parts: PreparedPart[] = units.flatMap((unit, index) =>
    unit.parts.map((rings) => preparePart(index, rings, plane)),
  );
  const partIndex = buildBoxIndex(parts.map((part) => boxOf(part.rings[0]!)));
  buildings.forEach((building, b) => {
    const footprint = openRing(building.footprint.map(([lon, lat]) => plane.toLocal(lon, lat)));
    if (footprint.length < 3) return;
    const box = boxOf(footprint);
    const shares = new Map<number, number>();
    let triangles: ReturnType<typeof triangulate> | undefined;
    let area = 0;
    for (const p of partIndex.query(box)) {
      const part = parts[p]!;
      let share: number;
      if (!part.edges.query(box).some((edge) => segmentTouchesBox(part.segments[edge]!, box))) {
        // No boundary edge near the footprint: it is wholly inside or wholly outside this part.
        share = polygonContains(part.rings, footprint[0]![0], footprint[0]![1]) ? 1 : 0;
      } else {
        triangles ??= triangulate([footprint]);
        area ||= Math.abs(signedArea(footprint));
        share = area > 0 ? overlapArea(triangles, part.rings) / area : 0;
      }
      if (share > 0) shares.set(part.unit, (shares.get(part.unit) ?? 0) + share);
    }
    let best = -1;
    let bestShare = 0;
    for (const [unit, share] of shares) {
      // Shares equal to float noise are a tie, which goes to the unit listed first.
      const tie = Math.abs(share - bestShare) <= SHARE_TOLERANCE;
      if ((!tie && share > bestShare) || (tie && unit < best)) [best, bestShare] = [unit, share];
    }
    if (bestShare >= OWNING_SHARE - SHARE_TOLERANCE) assignment[b] = best;
  });
  return assignment;
}

function preparePart(unit: number, rings: LonLat[][], plane: LocalPlane): PreparedPart {
  const local = rings.map((ring) => openRing(ring.map(([lon, lat]) => plane.toLocal(lon, lat))));
  const segments = local.flatMap((ring) => ring.map((a, i) => [...a, ...ring[(i + 1) % ring.length]!]));
  const edgeBoxes: Box[] = segments.map(([x1, y1, x2, y2]) =>
    boxOf([
      [x1!, y1!],
      [x2!, y2!],
    ]),
  );
  return { unit, rings: local, segments, edges: buildBoxIndex(edgeBoxes) };
}

/** Whether a segment meets a box (its box already overlaps): no side of the segment's line has the whole box. */
function segmentTouchesBox([x1, y1, x2, y2]: number[], box: Box): boolean {
  const side = (x: number, y: number) => Math.sign((x2! - x1!) * (y - y1!) - (y2! - y1!) * (x - x1!));
  const corners = [
    side(box.minX, box.minY),
    side(box.maxX, box.minY),
    side(box.maxX, box.maxY),
    side(box.minX, box.maxY),
  ];
  return corners.some((s) => s >= 0) && corners.some((s) => s <= 0);
}
