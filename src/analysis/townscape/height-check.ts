// 控高分析: every building whose footprint lies (partly) in a height zone against the zone's limit.
// Rules: a zone governs the space above its area, so a building counts in every zone its footprint overlaps by more
// than a sliver (a straddling prism has its full height over each part); holes are outside the zone; where several
// zones apply the one the building exceeds most (the strictest) is reported. Zones are indexed in a grid, footprints
// are cut against the candidate zones exactly (triangles × Sutherland–Hodgman).
import type { BuildingRecord } from '../building-record.ts';
import { checkedHeightMeters } from './building-height.ts';
import { openRing, projectFootprint } from './footprint.ts';
import { buildBoxIndex } from '../../geometry/box-index.ts';
import { overlapArea } from '../../geometry/clip.ts';
import { localPlane } from '../../geometry/local-plane.ts';
import { boxOf, signedArea } from '../../geometry/ring.ts';
import { triangulate } from '../../geometry/triangulate.ts';
import type { Ring } from '../../geometry/types.ts';
import type { TownscapeProblem } from './townscape-problem.ts';
import type { HeightZone } from './zone-features.ts';

export interface HeightViolation {
  layerId: string;
  featureId: string;
  heightMeters: number;
  limitMeters: number;
  excessMeters: number;
  zoneId: string;
}

export interface HeightCheckResult {
  /** Worst excess first. */
  violations: HeightViolation[];
  /** Buildings found in at least one zone and compared with its limit. */
  checkedCount: number;
  problems: TownscapeProblem[];
}

/** Overlaps smaller than this are digitising slivers along a shared boundary, not a building in the zone. */
export const SLIVER_AREA_M2 = 0.5;

interface LocalZone {
  zone: HeightZone;
  polygon: Ring[];
}

export function checkHeights(buildings: readonly BuildingRecord[], zones: readonly HeightZone[]): HeightCheckResult {
  const result: HeightCheckResult = { violations: [], checkedCount: 0, problems: [] };
  const first = zones[0]?.polygons[0]?.[0]?.[0];
  if (!first) return result;
  const frame = localPlane(first[0], first[1]);
  const parts: LocalZone[] = zones.flatMap((zone) =>
    zone.polygons.map((polygon) => ({
      zone,
      polygon: polygon.map((ring) => openRing(ring.map(([lon, lat]) => frame.toLocal(lon, lat)))),
    })),
  );
  const index = buildBoxIndex(parts.map((part) => boxOf(part.polygon[0]!)));

  for (const building of buildings) {
    const footprint = projectFootprint(building, frame);
    const report = (message: string) =>
      result.problems.push({ source: building.layerId, featureId: building.featureId, message });
    const candidates = index.query(boxOf(footprint));
    if (candidates.length === 0) continue;
    if (footprint.length < 3 || Math.abs(signedArea(footprint)) < SLIVER_AREA_M2) {
      report('footprint has no area (fewer than 3 distinct corners); not checked');
      continue;
    }
    const triangles = triangulate([footprint]);
    const inZones = [
      ...new Set(
        candidates.filter((i) => overlapArea(triangles, parts[i]!.polygon) > SLIVER_AREA_M2).map((i) => parts[i]!.zone),
      ),
    ];
    if (inZones.length === 0) continue;
    let worst: HeightViolation | null = null;
    let measured = false;
    for (const zone of inZones) {
      const heightMeters = checkedHeightMeters(building, zone.basis);
      if (heightMeters === null) continue;
      measured = true;
      const excessMeters = heightMeters - zone.limitMeters;
      if (excessMeters > 0 && (!worst || excessMeters > worst.excessMeters)) {
        worst = {
          layerId: building.layerId,
          featureId: building.featureId,
          heightMeters,
          limitMeters: zone.limitMeters,
          excessMeters,
          zoneId: zone.id,
        };
      }
    }
    if (!measured) {
      report(
        `no height (neither attribute nor geometry) for a building in zone ${inZones.map((z) => z.id).join(', ')}; not checked`,
      );
      continue;
    }
    result.checkedCount++;
    if (worst) result.violations.push(worst);
  }
  result.violations.sort(worstFirst);
  return result;
}

/** Largest excess first; ties by layer and feature id, so lists are the same on every run and machine. */
export const worstFirst = (a: HeightViolation, b: HeightViolation): number =>
  b.excessMeters - a.excessMeters || a.layerId.localeCompare(b.layerId) || a.featureId.localeCompare(b.featureId);
