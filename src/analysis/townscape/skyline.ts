// 天际线: the highest elevation angle of any building at each azimuth seen from an eye point. Buildings are prisms
// (footprint × base..top); along an azimuth the highest point of a prism's roof is its near roof edge when the roof is
// above the eye, its far edge when below. Angles are exact on the sphere, so earth curvature counts at any distance
// (about 0.3 m of drop at 2 km, 7 m at 10 km).
import type { BuildingRecord } from '../building-record.ts';
import { MEAN_EARTH_RADIUS_METERS } from '../../geometry/ellipsoid.ts';
import { localPlane } from '../../geometry/local-plane.ts';
import { projectFootprint } from './footprint.ts';
import { ringContains } from '../../geometry/ring.ts';

const RAD = Math.PI / 180;
const DEG = 180 / Math.PI;

/** [lon, lat, heightMeters]: height in the buildings' vertical frame (their base + height). */
export type EyePoint = [number, number, number];

/** Azimuths start, start + step, …: clockwise from north, degrees. */
export interface AzimuthSamples {
  startDeg: number;
  stepDeg: number;
  count: number;
}

export interface SkylineProfile {
  azimuthDeg: number[];
  elevationDeg: number[];
  /** featureId of the building that forms the skyline at each azimuth, null where only the horizon is seen. */
  causes: (string | null)[];
  /** Index into the buildings given, -1 for the horizon. */
  causeIndex: number[];
  /** Ground distance from the eye to the highest point seen, metres (0 for the horizon). */
  distanceMeters: number[];
}

/** Elevation angle (radians) of a point `distanceMeters` away along the ground at `heightMeters`, from an eye at `eyeMeters`. */
export function elevationAngle(distanceMeters: number, heightMeters: number, eyeMeters: number): number {
  const theta = distanceMeters / MEAN_EARTH_RADIUS_METERS;
  const r = MEAN_EARTH_RADIUS_METERS + heightMeters;
  return Math.atan2(r * Math.cos(theta) - (MEAN_EARTH_RADIUS_METERS + eyeMeters), r * Math.sin(theta));
}

/** Where the ground meets the sky from an eye above a smooth earth (slightly below level). */
export const horizonAngle = (eyeMeters: number): number =>
  eyeMeters > 0 ? -Math.acos(MEAN_EARTH_RADIUS_METERS / (MEAN_EARTH_RADIUS_METERS + eyeMeters)) : 0;

export const sampleAzimuths = (samples: AzimuthSamples): number[] =>
  Array.from({ length: samples.count }, (_, i) => normalizeDeg(samples.startDeg + i * samples.stepDeg));

const normalizeDeg = (deg: number) => ((deg % 360) + 360) % 360;

export type ElevationVisitor = (
  buildingIndex: number,
  sampleIndex: number,
  elevationRad: number,
  distanceMeters: number,
) => void;

/** Calls `visit` with the highest elevation of each building at each azimuth sample it covers. */
export function visitBuildingElevations(
  buildings: readonly BuildingRecord[],
  eye: EyePoint,
  samples: AzimuthSamples,
  visit: ElevationVisitor,
): void {
  const [eyeLon, eyeLat, eyeMeters] = eye;
  const frame = localPlane(eyeLon, eyeLat);
  const azimuths = sampleAzimuths(samples);
  buildings.forEach((building, b) => {
    if (building.heightMeters === null || !Number.isFinite(building.heightMeters)) return;
    const topMeters = building.baseHeightMeters + building.heightMeters;
    const ring = projectFootprint(building, frame);
    if (ring.length < 3 || ringContains(ring, 0, 0)) return;
    const reference = Math.atan2(ring[0]![0], ring[0]![1]) * DEG;
    let low = 0,
      high = 0;
    for (const [x, y] of ring) {
      const relative = normalizeDeg(Math.atan2(x, y) * DEG - reference + 180) - 180;
      low = Math.min(low, relative);
      high = Math.max(high, relative);
    }
    if (high - low >= 180) return; // the eye stands on the outline
    for (const wrap of [-360, 0, 360]) {
      const first = Math.max(0, Math.ceil((reference + low + wrap - samples.startDeg) / samples.stepDeg));
      const last = Math.min(
        samples.count - 1,
        Math.floor((reference + high + wrap - samples.startDeg) / samples.stepDeg),
      );
      for (let i = first; i <= last; i++) {
        const hit = nearFar(ring, azimuths[i]! * RAD);
        if (!hit) continue;
        const near = elevationAngle(hit.near, topMeters, eyeMeters);
        const far = elevationAngle(hit.far, topMeters, eyeMeters);
        if (near >= far) visit(b, i, near, hit.near);
        else visit(b, i, far, hit.far);
      }
    }
  });
}

/** Distances along the ray from the origin at `azimuthRad` where it enters and leaves the ring; null if it misses. */
function nearFar(ring: readonly [number, number][], azimuthRad: number): { near: number; far: number } | null {
  const dx = Math.sin(azimuthRad),
    dy = Math.cos(azimuthRad);
  let near = Infinity,
    far = -Infinity;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [px, py] = ring[j]!;
    const ex = ring[i]![0] - px,
      ey = ring[i]![1] - py;
    const denom = dx * ey - dy * ex;
    if (Math.abs(denom) < 1e-12) continue;
    const t = (px * ey - py * ex) / denom;
    const s = (px * dy - py * dx) / denom;
    if (s < 0 || s > 1 || t < 0) continue;
    near = Math.min(near, t);
    far = Math.max(far, t);
  }
  return near === Infinity ? null : { near, far };
}

export function skylineProfile(
  buildings: readonly BuildingRecord[],
  eye: EyePoint,
  samples: AzimuthSamples,
): SkylineProfile {
  const horizon = horizonAngle(eye[2]);
  const elevation = new Array<number>(samples.count).fill(horizon);
  const causeIndex = new Array<number>(samples.count).fill(-1);
  const distanceMeters = new Array<number>(samples.count).fill(0);
  visitBuildingElevations(buildings, eye, samples, (b, i, angle, distance) => {
    if (angle <= elevation[i]!) return;
    elevation[i] = angle;
    causeIndex[i] = b;
    distanceMeters[i] = distance;
  });
  return {
    azimuthDeg: sampleAzimuths(samples),
    elevationDeg: elevation.map((angle) => angle * DEG),
    causes: causeIndex.map((b) => (b < 0 ? null : buildings[b]!.featureId)),
    causeIndex,
    distanceMeters,
  };
}
