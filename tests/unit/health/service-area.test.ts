// Service areas and life-circle gaps on the hand-made town (town.ts): a 2,500 m² pocket park at x 0…50 m north of the
// main street (y = 0, x −200…1,500), a 6,000 m² riverside park at x 1,000…1,060 m, a cross street up x = 600.
import { describe, expect, it } from 'vitest';
import { lifeCircleGaps } from '../../../src/analysis/health/life-circle-gaps.ts';
import { categoryDistances } from '../../../src/analysis/health/life-circle.ts';
import { SERVICE_AREA_OFF_NETWORK_METERS, serviceAreas } from '../../../src/analysis/health/service-area.ts';
import { polygonContains } from '../../../src/geometry/ring.ts';
import type { Vec2 } from '../../../src/geometry/types.ts';
import { lonLat } from '../townscape/fixtures.ts';
import { townScene } from './town.ts';

/** Whether the town's point (x, y) is inside a ring of the scene's plane. */
const insideOf =
  (scene: ReturnType<typeof townScene>) =>
  (ring: Vec2[], [x, y]: Vec2) =>
    polygonContains([ring], ...scene.plane.toLocal(...lonLat(x, y)));

describe('park service areas', () => {
  it('grows each counted space by its largest radius in a straight line; small gardens get none', () => {
    const town = townScene();
    const inside = insideOf(town);
    const areas = serviceAreas(town, 'straight');
    expect(areas.map((a) => [a.greenSpaceId, a.ruleId, a.radiusMeters])).toEqual([
      ['G1-pocket', 'green', 300],
      ['P1-riverside', 'park', 500],
    ]);
    const [pocket, riverside] = areas;
    expect(inside(pocket!.ring, [-290, 45])).toBe(true);
    expect(inside(pocket!.ring, [-310, 45])).toBe(false);
    expect(inside(pocket!.ring, [25, 360])).toBe(true);
    expect(inside(riverside!.ring, [600, 200])).toBe(true); // 408 m from the park's corner
  });

  it('follows the streets along the network: as far as the radius walks, a short way off them', () => {
    const town = townScene();
    const inside = insideOf(town);
    const [pocket, riverside] = serviceAreas(town, 'network');
    // East along the main street: 20 m to the street, 250 m to x = 300, 30 m more.
    expect(inside(pocket!.ring, [320, 0])).toBe(true);
    expect(inside(pocket!.ring, [340, 0])).toBe(false); // within 300 m in a straight line
    // North of the park there is no street: only the short walk off the park's edge.
    expect(inside(pocket!.ring, [25, 70 + SERVICE_AREA_OFF_NETWORK_METERS - 5])).toBe(true);
    expect(inside(pocket!.ring, [25, 200])).toBe(false);
    // West the street ends at x = −200.
    expect(inside(pocket!.ring, [-250, 0])).toBe(false);
    // The riverside park: 20 + 400 m to the crossing, 80 m up the cross street.
    expect(inside(riverside!.ring, [600, 70])).toBe(true);
    expect(inside(riverside!.ring, [600, 200])).toBe(false);
    expect(inside(riverside!.ring, [500, 0])).toBe(false);
  });

  it('is the straight form without a network', () => {
    expect(serviceAreas(townScene(false), 'network')).toEqual(serviceAreas(townScene(false), 'straight'));
  });
});

describe('life-circle gaps', () => {
  it('marks the homes beyond the category’s circle distance and one label place per cluster', () => {
    const town = townScene();
    const gaps = lifeCircleGaps(town, categoryDistances(town, 'straight'), 'kindergarten')!;
    // The kindergarten at (200, −20) is a 5-minute-circle category: 300 m. H3 (800, 10) and H5 (610, 400) miss it.
    expect(gaps.walkingMeters).toBe(300);
    expect(gaps.homes.map((h) => town.homes[h]!.featureId)).toEqual(['H3', 'H5']);
    expect(gaps.clusters).toHaveLength(2);
    expect(town.plane.toLonLat(...gaps.clusters[0]!.point)[0]).toBeCloseTo(lonLat(800, 10)[0], 9);
    expect(gaps.clusters.map((c) => c.homes)).toEqual([1, 1]);
    // At 1.2 m/s the 5-minute circle is 360 m: H2 … still within; the same two miss it.
    expect(lifeCircleGaps(town, categoryDistances(town, 'straight'), 'kindergarten', 1.2)!.walkingMeters).toBe(360);
    expect(lifeCircleGaps(town, categoryDistances(town, 'straight'), 'ice-rink')).toBeUndefined();
  });
});
