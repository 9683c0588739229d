// The sunlight bench's reference: every ray tested against every obstacle triangle (Möller–Trumbore), no hierarchy.
// It shares the obstacle mesh with the app, so the comparison measures the ray engine, and agreeing minutes check it.
import type { OccluderMesh } from '../../../src/analysis/sunlight/occluder-mesh.ts';

const EPSILON = 1e-9;
const RAY_START_METERS = 0.01;

export function bruteForceSees(
  mesh: OccluderMesh,
  ox: number,
  oy: number,
  oz: number,
  [dx, dy, dz]: readonly [number, number, number],
): boolean {
  const p = mesh.positions;
  for (let t = 0; t < p.length; t += 9) {
    const e1x = p[t + 3]! - p[t]!,
      e1y = p[t + 4]! - p[t + 1]!,
      e1z = p[t + 5]! - p[t + 2]!;
    const e2x = p[t + 6]! - p[t]!,
      e2y = p[t + 7]! - p[t + 1]!,
      e2z = p[t + 8]! - p[t + 2]!;
    const hx = dy * e2z - dz * e2y,
      hy = dz * e2x - dx * e2z,
      hz = dx * e2y - dy * e2x;
    const a = e1x * hx + e1y * hy + e1z * hz;
    if (a > -EPSILON && a < EPSILON) continue;
    const f = 1 / a;
    const sx = ox - p[t]!,
      sy = oy - p[t + 1]!,
      sz = oz - p[t + 2]!;
    const u = f * (sx * hx + sy * hy + sz * hz);
    if (u < 0 || u > 1) continue;
    const qx = sy * e1z - sz * e1y,
      qy = sz * e1x - sx * e1z,
      qz = sx * e1y - sy * e1x;
    const v = f * (dx * qx + dy * qy + dz * qz);
    if (v < 0 || u + v > 1) continue;
    if (f * (e2x * qx + e2y * qy + e2z * qz) > RAY_START_METERS) return false;
  }
  return true;
}
