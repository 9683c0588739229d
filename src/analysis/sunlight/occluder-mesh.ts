// Buildings as the sunlight engine's obstacles: each footprint extruded from its base to its top as walls and a flat
// roof, in the exact east-north-up frame of a scene origin (float32 is ample: a district is a few km across).
// No floors: a ray towards the Sun never needs one.
import type { LocalFrame } from '../../geometry/ellipsoid.ts';
import { triangulateIndices } from '../../geometry/triangulate.ts';
import type { Vec2 } from '../../geometry/types.ts';
import type { BuildingRecord } from '../building-record.ts';

export interface OccluderMesh {
  /** Triangle corners, x y z per vertex, three vertices per triangle (no index buffer). */
  positions: Float32Array;
  /** Per triangle: the index of its building in the input list. */
  triangleBuilding: Uint32Array;
}

/** Triangles one building adds: two per wall edge and n − 2 for the roof. */
const trianglesOf = (ring: readonly unknown[]) => 3 * ring.length - 2;

export function occluderMesh(buildings: readonly BuildingRecord[], frame: LocalFrame): OccluderMesh {
  const usable = buildings.map((b) => b.footprint.length >= 3 && b.heightMeters !== null && b.heightMeters > 0);
  let triangles = 0;
  buildings.forEach((b, i) => {
    if (usable[i]) triangles += trianglesOf(b.footprint);
  });
  const positions = new Float32Array(triangles * 9);
  const triangleBuilding = new Uint32Array(triangles);
  let t = 0;
  const enu = new Float64Array(3);
  buildings.forEach((building, b) => {
    if (!usable[b]) return;
    const ring = building.footprint;
    const n = ring.length;
    const bottom = new Float64Array(n * 3);
    const top = new Float64Array(n * 3);
    ring.forEach(([lon, lat], i) => {
      frame.toLocal(lon, lat, building.baseHeightMeters, enu);
      bottom.set(enu, i * 3);
      frame.toLocal(lon, lat, building.baseHeightMeters + building.heightMeters!, enu);
      top.set(enu, i * 3);
    });
    const triangle = (a: [Float64Array, number], c: [Float64Array, number], d: [Float64Array, number]) => {
      for (const [k, [source, index]] of [a, c, d].entries()) {
        positions[t * 9 + k * 3] = source[index * 3]!;
        positions[t * 9 + k * 3 + 1] = source[index * 3 + 1]!;
        positions[t * 9 + k * 3 + 2] = source[index * 3 + 2]!;
      }
      triangleBuilding[t++] = b;
    };
    for (let i = 0; i < n; i++) {
      const j = (i + 1) % n;
      triangle([bottom, i], [bottom, j], [top, j]);
      triangle([bottom, i], [top, j], [top, i]);
    }
    const roof = triangulateIndices([ring.map((_, i): Vec2 => [top[i * 3]!, top[i * 3 + 1]!])]);
    for (let k = 0; k < roof.length; k += 3) triangle([top, roof[k]!], [top, roof[k + 1]!], [top, roof[k + 2]!]);
  });
  // A degenerate roof (collinear points) triangulates to fewer triangles than reserved: keep only those written.
  return { positions: positions.subarray(0, t * 9), triangleBuilding: triangleBuilding.subarray(0, t) };
}
