// One content's meshes → per-feature ground geometry in a local east-north-up frame: the outline (convex hull of the
// vertices seen from above), the lowest and highest points, and the exact roof-plan area (the projected area of the
// upward-facing triangles, so an L-shaped block measures its true area, not its hull's).
import { ecefToGeodetic, LocalFrame, MEAN_EARTH_RADIUS_METERS } from '../../geometry/ellipsoid.ts';
import { DataError } from '../../shared/errors.ts';
import { convexHull } from '../../geometry/convex-hull.ts';
import { isMirroring, multiply, type Mat4 } from './mat4.ts';
import type { ParsedContent } from './tile-content.ts';

export interface FeatureGeometry {
  /** `table:id` within the content; `-1:-1` for content without features. */
  key: string;
  table: number;
  featureId: number;
  footprint: [number, number][];
  baseHeightMeters: number;
  measuredHeightMeters: number;
  footprintAreaM2: number;
}

/** Faces steeper than this (|up| of the unit normal) are walls, not roofs; float noise must not add area. */
const ROOF_MIN_UP = 0.02;
const MIN_CORNER_GAP_METERS = 0.01;

class Accumulator {
  east: number[] = [];
  north: number[] = [];
  minUp = Infinity;
  maxUp = -Infinity;
  areaM2 = 0;
  constructor(
    readonly table: number,
    readonly featureId: number,
  ) {}
}

export function featureGeometries(content: ParsedContent, tileMatrix: Mat4, source: string): FeatureGeometry[] {
  const frame = contentFrame(content, tileMatrix, source);
  if (!frame) return [];
  const features = new Map<string, Accumulator>();
  const o = frame.originEcef;
  for (const mesh of content.meshes) {
    const m = multiply(tileMatrix, mesh.matrix);
    const vertexCount = mesh.positions.length / 3;
    const local = new Float64Array(vertexCount * 3);
    const owners: (Accumulator | undefined)[] = new Array(vertexCount);
    for (let v = 0; v < vertexCount; v++) {
      const [x, y, z] = [mesh.positions[v * 3]!, mesh.positions[v * 3 + 1]!, mesh.positions[v * 3 + 2]!];
      const dx = m[0]! * x + m[4]! * y + m[8]! * z + m[12]! - o[0];
      const dy = m[1]! * x + m[5]! * y + m[9]! * z + m[13]! - o[1];
      const dz = m[2]! * x + m[6]! * y + m[10]! * z + m[14]! - o[2];
      const e = frame.east[0] * dx + frame.east[1] * dy + frame.east[2] * dz;
      const n = frame.north[0] * dx + frame.north[1] * dy + frame.north[2] * dz;
      // Height above the ellipsoid, not above the tangent plane: add back the Earth's curvature drop.
      const u =
        frame.up[0] * dx + frame.up[1] * dy + frame.up[2] * dz + (e * e + n * n) / (2 * MEAN_EARTH_RADIUS_METERS);
      local[v * 3] = e;
      local[v * 3 + 1] = n;
      local[v * 3 + 2] = u;
      const id = mesh.featureIds ? mesh.featureIds[v]! : -1;
      if (mesh.featureIds && id < 0) continue; // the null feature id
      const table = mesh.featureIds ? mesh.table : -1;
      const key = `${table}:${id}`;
      let feature = features.get(key);
      if (!feature) features.set(key, (feature = new Accumulator(table, id)));
      owners[v] = feature;
      feature.east.push(e);
      feature.north.push(n);
      feature.minUp = Math.min(feature.minUp, u);
      feature.maxUp = Math.max(feature.maxUp, u);
    }
    addRoofAreas(mesh.triangles, local, owners, isMirroring(m) ? -1 : 1);
  }
  return [...features.entries()].map(([key, f]) => ({
    key,
    table: f.table,
    featureId: f.featureId,
    footprint: withoutNearDuplicates(convexHull(f.east, f.north, f.east.length)).map(([e, n]) => {
      const [lon, lat] = ecefToGeodetic(...frame.toEcef(e, n, -(e * e + n * n) / (2 * MEAN_EARTH_RADIUS_METERS)));
      return [lon, lat] as [number, number];
    }),
    baseHeightMeters: frame.heightMeters + f.minUp,
    measuredHeightMeters: f.maxUp - f.minUp,
    footprintAreaM2: f.areaM2,
  }));
}

/** Wall and roof vertices repeat a corner with float noise; one corner is enough. */
function withoutNearDuplicates(ring: [number, number][]): [number, number][] {
  const out = ring.filter(
    (p, i) => i === 0 || Math.hypot(p[0] - ring[i - 1]![0], p[1] - ring[i - 1]![1]) > MIN_CORNER_GAP_METERS,
  );
  const [first, last] = [out[0], out[out.length - 1]];
  if (out.length > 3 && first && last && Math.hypot(first[0] - last[0], first[1] - last[1]) <= MIN_CORNER_GAP_METERS)
    out.pop();
  return out;
}

function addRoofAreas(
  triangles: Uint32Array,
  local: Float64Array,
  owners: (Accumulator | undefined)[],
  winding: number,
): void {
  for (let t = 0; t + 2 < triangles.length; t += 3) {
    const [a, b, c] = [triangles[t]!, triangles[t + 1]!, triangles[t + 2]!];
    const owner = owners[a];
    if (!owner) continue;
    const abx = local[b * 3]! - local[a * 3]!,
      aby = local[b * 3 + 1]! - local[a * 3 + 1]!,
      abz = local[b * 3 + 2]! - local[a * 3 + 2]!;
    const acx = local[c * 3]! - local[a * 3]!,
      acy = local[c * 3 + 1]! - local[a * 3 + 1]!,
      acz = local[c * 3 + 2]! - local[a * 3 + 2]!;
    const nx = aby * acz - abz * acy;
    const ny = abz * acx - abx * acz;
    const nz = (abx * acy - aby * acx) * winding;
    if (nz > ROOF_MIN_UP * Math.hypot(nx, ny, nz)) owner.areaM2 += nz / 2;
  }
}

/** An east-north-up frame at the content's first vertex, with that point's ellipsoid height. */
function contentFrame(
  content: ParsedContent,
  tileMatrix: Mat4,
  source: string,
): (LocalFrame & { heightMeters: number }) | undefined {
  const mesh = content.meshes.find((candidate) => candidate.positions.length >= 3);
  if (!mesh) return undefined;
  const m = multiply(tileMatrix, mesh.matrix);
  const [x, y, z] = [mesh.positions[0]!, mesh.positions[1]!, mesh.positions[2]!];
  const ecef = [0, 1, 2].map((r) => m[r]! * x + m[4 + r]! * y + m[8 + r]! * z + m[12 + r]!) as [number, number, number];
  if (Math.hypot(...ecef) < 1_000_000) {
    throw new DataError(
      source,
      'the content sits near the centre of the Earth (no georeference); give the layer a "placement"',
    );
  }
  const [lon, lat, heightMeters] = ecefToGeodetic(...ecef);
  return Object.assign(new LocalFrame(lon, lat, heightMeters), { heightMeters });
}
