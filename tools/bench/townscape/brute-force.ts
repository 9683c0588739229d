// References for the townscape bench and tests: the same answers by the plainest possible loops (every building
// against every zone, the overlap measured along the outlines rather than by the kernel's triangles and clipping;
// every azimuth against every building), so the indexed versions can be checked and timed.
import type { BuildingRecord } from '../../../src/analysis/building-record.ts';
import { checkedHeightMeters } from '../../../src/analysis/townscape/building-height.ts';
import { projectFootprint } from '../../../src/analysis/townscape/footprint.ts';
import { SLIVER_AREA_M2, worstFirst, type HeightViolation } from '../../../src/analysis/townscape/height-check.ts';
import { localPlane } from '../../../src/geometry/local-plane.ts';
import { ringContains } from '../../../src/geometry/ring.ts';
import {
  elevationAngle,
  horizonAngle,
  sampleAzimuths,
  type AzimuthSamples,
  type EyePoint,
} from '../../../src/analysis/townscape/skyline.ts';
import type { HeightZone } from '../../../src/analysis/townscape/zone-features.ts';
import { overlapByBoundary, ringArea } from './overlap-by-boundary.ts';

export function bruteForceHeightCheck(
  buildings: readonly BuildingRecord[],
  zones: readonly HeightZone[],
): HeightViolation[] {
  const first = zones[0]!.polygons[0]![0]![0]!;
  const frame = localPlane(first[0], first[1]);
  const parts = zones.flatMap((zone) =>
    zone.polygons.map((polygon) => {
      const rings = polygon.map((ring) => ring.map(([lon, lat]) => frame.toLocal(lon, lat)));
      return { zone, rings };
    }),
  );
  const violations: HeightViolation[] = [];
  for (const building of buildings) {
    const footprint = projectFootprint(building, frame);
    if (footprint.length < 3 || ringArea(footprint) < SLIVER_AREA_M2) continue;
    let worst: HeightViolation | null = null;
    for (const part of parts) {
      if (overlapByBoundary(footprint, part.rings) <= SLIVER_AREA_M2) continue;
      const heightMeters = checkedHeightMeters(building, part.zone.basis);
      if (heightMeters === null) continue;
      const excessMeters = heightMeters - part.zone.limitMeters;
      if (excessMeters > 0 && (!worst || excessMeters > worst.excessMeters)) {
        worst = {
          layerId: building.layerId,
          featureId: building.featureId,
          heightMeters,
          limitMeters: part.zone.limitMeters,
          excessMeters,
          zoneId: part.zone.id,
        };
      }
    }
    if (worst) violations.push(worst);
  }
  return violations.sort(worstFirst);
}

/** Per azimuth, every building: march the ray through each footprint edge. */
export function bruteForceSkyline(
  buildings: readonly BuildingRecord[],
  eye: EyePoint,
  samples: AzimuthSamples,
): number[] {
  const frame = localPlane(eye[0], eye[1]);
  const rings = buildings.map((b) => projectFootprint(b, frame));
  return sampleAzimuths(samples).map((azimuthDeg) => {
    const dx = Math.sin((azimuthDeg * Math.PI) / 180),
      dy = Math.cos((azimuthDeg * Math.PI) / 180);
    let best = horizonAngle(eye[2]);
    rings.forEach((ring, b) => {
      const building = buildings[b]!;
      if (building.heightMeters === null || ring.length < 3 || ringContains(ring, 0, 0)) return;
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [px, py] = ring[j]!;
        const ex = ring[i]![0] - px,
          ey = ring[i]![1] - py;
        const denom = dx * ey - dy * ex;
        if (Math.abs(denom) < 1e-12) continue;
        const t = (px * ey - py * ex) / denom,
          s = (px * dy - py * dx) / denom;
        if (s < 0 || s > 1 || t < 0) continue;
        best = Math.max(best, elevationAngle(t, building.baseHeightMeters + building.heightMeters, eye[2]));
      }
    });
    return (best * 180) / Math.PI;
  });
}
