// GB 50180-2018 life circles: which facility categories each home reaches within an N-minute circle's walking
// distance, and the share of homes that reach the circle's whole set. Distances are computed once per category
// (one search each) and reused for the three circles.
import type { HealthScene } from './health-scene.ts';
import {
  categoriesOfCircle,
  circleWalkingMeters,
  FACILITY_CATEGORIES,
  type LifeCircleMinutes,
} from './health-thresholds.ts';
import { type DistanceMode, siteDistances } from './site-distances.ts';
import { type Shares, weightedShare } from './weighted-share.ts';

/** Per category id, per home, metres (Infinity: no such facility reachable). */
export type CategoryDistances = Map<string, Float64Array>;

export function categoryDistances(scene: HealthScene, mode: DistanceMode): CategoryDistances {
  const distances: CategoryDistances = new Map();
  for (const category of FACILITY_CATEGORIES) {
    const sites = scene.facilities.filter((f) => f.category === category.id).map((f) => [[f.point]]);
    distances.set(
      category.id,
      sites.length > 0 ? siteDistances(scene, sites, mode) : new Float64Array(scene.homes.length).fill(Infinity),
    );
  }
  return distances;
}

export interface HomeCircle {
  reached: string[];
  missing: string[];
}

export interface LifeCircleResult {
  minutes: LifeCircleMinutes;
  walkingMeters: number;
  homes: HomeCircle[];
  /** Share of homes (by floor area) that reach every category the circle needs. */
  completeShare: Shares;
}

export function lifeCircle(
  scene: HealthScene,
  distances: CategoryDistances,
  minutes: LifeCircleMinutes,
  metersPerSecond?: number,
): LifeCircleResult {
  const walkingMeters = circleWalkingMeters(minutes, metersPerSecond);
  const needed = categoriesOfCircle(minutes).map((c) => c.id);
  const homes = scene.homes.map((_, h) => {
    const reached = needed.filter((id) => distances.get(id)![h]! <= walkingMeters);
    return { reached, missing: needed.filter((id) => !reached.includes(id)) };
  });
  return {
    minutes,
    walkingMeters,
    homes,
    completeShare: weightedShare(scene.homes, (h) => homes[h]!.missing.length === 0),
  };
}
