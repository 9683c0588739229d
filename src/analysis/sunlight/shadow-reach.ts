// Where a scheme's buildings can cast shadow during a counting window: outside this reach a window sill cannot be
// shaded by them, so the before/after impact only analyses sills inside it.
//
// Why it is exact (in the engine's east-north-up frame, where rays are straight lines): a ray from a point p towards
// the Sun, direction u (u_z > 0), can only hit a building's triangles inside the convex hull of its corners, at a height
// no more than its highest corner z_top. So the hit is at parameter t ≤ (z_top − p_z) / u_z, and p lies in the hull
// moved back along the Sun's horizontal direction by at most (z_top − z_low) / u_z · (u_e, u_n), z_low being the lowest
// point analysed. The reach of a building is the convex hull of its corners and their copies moved back so, for every
// time step of the window: convex, so it also covers every shorter move. The steps' lowest Sun gives the longest move.
import type { LocalFrame } from '../../geometry/ellipsoid.ts';
import { hullOfPoints } from '../../geometry/convex-hull.ts';
import { pointSegmentDistance } from '../../geometry/segments.ts';
import type { Vec2 } from '../../geometry/types.ts';
import type { BuildingRecord } from '../building-record.ts';

/** Slack for the float32 obstacle mesh (millimetres) and the hull test, metres. */
const MARGIN_METERS = 0.5;

export interface ShadowReach {
  /** One convex polygon per building (counter-clockwise, ENU metres of the frame). */
  hulls: Vec2[][];
  /** Whether a point (ENU metres of the frame) may be shaded by any of the buildings. */
  contains(x: number, y: number): boolean;
}

/**
 * @param directions Unit vectors towards the Sun (ENU of `frame`), one per time step of the window.
 * @param lowestMeters ENU height of the lowest point that will be tested.
 */
export function shadowReach(
  buildings: readonly BuildingRecord[],
  frame: LocalFrame,
  directions: readonly (readonly [number, number, number])[],
  lowestMeters: number,
): ShadowReach {
  const enu = new Float64Array(3);
  const hulls: Vec2[][] = [];
  for (const building of buildings) {
    if (building.footprint.length < 3 || !building.heightMeters || building.heightMeters <= 0) continue;
    const corners: Vec2[] = [];
    let top = -Infinity;
    for (const [lon, lat] of building.footprint) {
      for (const height of [building.baseHeightMeters, building.baseHeightMeters + building.heightMeters]) {
        frame.toLocal(lon, lat, height, enu);
        corners.push([enu[0]!, enu[1]!]);
        top = Math.max(top, enu[2]!);
      }
    }
    const rise = top - lowestMeters;
    const moved: Vec2[] = [...corners];
    if (rise > 0) {
      for (const [e, n, u] of directions) {
        if (u <= 0) continue;
        const run = rise / u;
        for (const [x, y] of corners) moved.push([x - run * e, y - run * n]);
      }
    }
    hulls.push(hullOfPoints(moved));
  }
  return { hulls, contains: (x, y) => hulls.some((hull) => nearConvex(hull, x, y, MARGIN_METERS)) };
}

/** Inside a counter-clockwise convex polygon, or within `margin` metres of it. */
function nearConvex(hull: readonly Vec2[], x: number, y: number, margin: number): boolean {
  if (hull.length < 3)
    return hull.some((a, i) => pointSegmentDistance([x, y], a, hull[(i + 1) % hull.length]!) <= margin);
  for (let i = 0; i < hull.length; i++) {
    const [ax, ay] = hull[i]!;
    const [bx, by] = hull[(i + 1) % hull.length]!;
    const length = Math.hypot(bx - ax, by - ay);
    // Signed distance to the left of the edge (inside for a counter-clockwise polygon).
    if (((bx - ax) * (y - ay) - (by - ay) * (x - ax)) / length < -margin) return false;
  }
  return true;
}
