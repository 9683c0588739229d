// The gaps of a life circle for one facility category, for the map ("no kindergarten within 300 m here"): the homes
// farther than the walking distance of the smallest circle that needs the category, and one place per cluster of
// them to say so (homes in the same cell of a grid as wide as that distance; the label sits at their mean point).
import type { Vec2 } from '../../geometry/types.ts';
import type { HealthScene } from './health-scene.ts';
import { circleWalkingMeters, FACILITY_CATEGORIES } from './health-thresholds.ts';
import type { CategoryDistances } from './life-circle.ts';

export interface LifeCircleGaps {
  categoryId: string;
  walkingMeters: number;
  /** Indices into the scene's homes. */
  homes: number[];
  /** Local metres; with how many homes each stands for, the largest first. */
  clusters: { point: Vec2; homes: number }[];
}

/** Undefined for an unknown category. */
export function lifeCircleGaps(
  scene: HealthScene,
  distances: CategoryDistances,
  categoryId: string,
  metersPerSecond?: number,
): LifeCircleGaps | undefined {
  const category = FACILITY_CATEGORIES.find((c) => c.id === categoryId);
  const meters = distances.get(categoryId);
  if (!category || !meters) return undefined;
  const walkingMeters = circleWalkingMeters(category.tier, metersPerSecond);
  const homes = scene.homes.flatMap((_, h) => (meters[h]! > walkingMeters ? [h] : []));
  const cells = new Map<string, { x: number; y: number; homes: number }>();
  for (const h of homes) {
    const [x, y] = scene.homes[h]!.point;
    const key = `${Math.floor(x / walkingMeters)},${Math.floor(y / walkingMeters)}`;
    const cell = cells.get(key) ?? { x: 0, y: 0, homes: 0 };
    cell.x += x;
    cell.y += y;
    cell.homes++;
    cells.set(key, cell);
  }
  const clusters = [...cells.values()]
    .map((c) => ({ point: [c.x / c.homes, c.y / c.homes] as Vec2, homes: c.homes }))
    .sort((a, b) => b.homes - a.homes);
  return { categoryId, walkingMeters, homes, clusters };
}
