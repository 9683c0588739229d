// 公园绿地服务半径覆盖率: a home is covered when a green space of ≥ 2,000 m² is within 300 m or a park of ≥ 5,000 m²
// within 500 m (health-thresholds.ts). One search per size class, over all homes at once.
import type { HealthScene } from './health-scene.ts';
import { PARK_SERVICE_RULES } from './health-thresholds.ts';
import { type DistanceMode, siteDistances } from './site-distances.ts';
import { type Shares, weightedShare } from './weighted-share.ts';

export interface HomeCoverage {
  /** To the nearest green space of any counted size; null when none is reachable. */
  nearestGreenMeters: number | null;
  /** To the nearest park (≥ 5,000 m²); null when none is reachable. */
  nearestParkMeters: number | null;
  covered: boolean;
}

export interface ParkCoverage {
  mode: DistanceMode;
  /** In the scene's home order. */
  homes: HomeCoverage[];
  /** Covered share of homes by floor area. */
  ratio: Shares;
}

const finite = (meters: number): number | null => (Number.isFinite(meters) ? meters : null);

export function parkCoverage(scene: HealthScene, mode: DistanceMode): ParkCoverage {
  // Smallest class first: its nearest is the nearest green space of any counted size.
  const byRule = PARK_SERVICE_RULES.map((rule) => ({
    rule,
    meters: siteDistances(
      scene,
      scene.greenSpaces.filter((space) => space.serves.includes(rule.id)).flatMap((space) => space.polygons),
      mode,
    ),
  }));
  const homes = scene.homes.map((_, h) => ({
    nearestGreenMeters: finite(byRule[0]!.meters[h]!),
    nearestParkMeters: finite(byRule[byRule.length - 1]!.meters[h]!),
    covered: byRule.some(({ rule, meters }) => meters[h]! <= rule.radiusMeters),
  }));
  return { mode, homes, ratio: weightedShare(scene.homes, (h) => homes[h]!.covered) };
}
