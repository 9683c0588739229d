import { describe, expect, it } from 'vitest';
import { healthIndicators } from '../../../src/analysis/health/health-indicators.ts';
import { categoryDistances, lifeCircle } from '../../../src/analysis/health/life-circle.ts';
import { parkCoverage } from '../../../src/analysis/health/park-coverage.ts';
import { home, townScene } from './town.ts';

describe('park service coverage on a hand-made town', () => {
  it('measures green spaces from their edge in a straight line, small gardens not counted', () => {
    const result = parkCoverage(townScene(), 'straight');
    const [h1, h2, h3, h5] = result.homes;
    expect(h1!.nearestGreenMeters).toBeCloseTo(Math.hypot(150, 10), 3);
    expect(h2!.nearestGreenMeters).toBeCloseTo(Math.hypot(400, 10), 3); // the 900 m² garden next door does not count
    expect(h2!.nearestParkMeters).toBeCloseTo(Math.hypot(550, 10), 3);
    expect(h3!.nearestGreenMeters).toBeCloseTo(Math.hypot(200, 10), 3); // a park is green too
    expect(h5!.nearestParkMeters).toBeCloseTo(Math.hypot(390, 280), 3);
    expect(result.homes.map((h) => h.covered)).toEqual([true, false, true, true]);
    expect(result.ratio.district).toBe(0.75);
    expect(Object.fromEntries(result.ratio.byUnit)).toEqual({ U1: 0.5, U2: 1 });
  });

  it('walks along the streets: a park across the block is farther than it looks', () => {
    const result = parkCoverage(townScene(), 'network');
    const [h1, , h3, h5] = result.homes;
    expect(h1!.nearestGreenMeters).toBeCloseTo(10 + 150 + 20, 4);
    expect(h3!.nearestParkMeters).toBeCloseTo(10 + 200 + 20, 4);
    expect(h5!.nearestParkMeters).toBeCloseTo(10 + 400 + 400 + 20, 4);
    expect(result.homes.map((h) => h.covered)).toEqual([true, false, true, false]);
    expect(result.ratio.district).toBe(0.5);
  });

  it('falls back to straight lines without a network, and puts a home inside a green space at 0', () => {
    expect(parkCoverage(townScene(false), 'network').homes[0]!.nearestGreenMeters).toBeCloseTo(Math.hypot(150, 10), 3);
    const inside = [home('H0', [25, 45], null)];
    for (const mode of ['network', 'straight'] as const)
      expect(parkCoverage(townScene(true, inside), mode).homes[0]).toMatchObject({
        nearestGreenMeters: 0,
        covered: true,
      });
  });
});

describe('life circles on a hand-made town', () => {
  it('lists reached and missing categories per home within the circle distance', () => {
    const town = townScene();
    const distances = categoryDistances(town, 'network');
    const five = lifeCircle(town, distances, 5);
    expect(five.walkingMeters).toBe(300);
    expect(five.homes[0]!.missing).toEqual([]);
    expect(five.homes[1]!.missing).toEqual([]); // kindergarten 10 + 250 + 20 = 280 m
    expect(five.homes[2]!.reached).toEqual([]);
    expect(five.completeShare.district).toBe(0.5);
    // At 1.2 m/s five minutes are 360 m; still not enough for H3 (560 m to the nearest).
    expect(lifeCircle(town, distances, 5, 1.2).homes[2]!.reached).toEqual([]);
    const fifteen = lifeCircle(town, distances, 15);
    expect(fifteen.homes[0]!.missing).toContain('primary-school');
    expect(fifteen.completeShare.district).toBe(0);
  });
});

describe('health-check indicators', () => {
  it('gives district and unit rows, checked against targets in the right direction', () => {
    const town = townScene();
    const distances = categoryDistances(town, 'network');
    const rows = healthIndicators({
      scene: town,
      parkNetwork: parkCoverage(town, 'network'),
      parkStraight: parkCoverage(town, 'straight'),
      circles: [lifeCircle(town, distances, 5)],
      heightViolations: [{ unitId: 'U2' }, { unitId: null }],
      targets: { 'park-coverage': 0.9, 'dangerous-housing-share': 0.3, 'housing-before-2000-share': 0.6 },
    });
    const row = (id: string, unitId?: string) => rows.find((r) => r.id === id && r.unitId === unitId);
    expect(row('park-coverage')).toMatchObject({ dimension: 'ecology', value: 0.5, target: 0.9, met: false });
    expect(row('dangerous-housing-share')).toMatchObject({ value: 0.5, met: false });
    expect(row('dangerous-housing-share', 'U1')).toMatchObject({ value: 0.5, met: false });
    expect(row('housing-before-2000-share')).toMatchObject({ dimension: 'housing', value: 0.5, met: true });
    expect(row('life-circle-5', 'U1')).toMatchObject({ value: 1 });
    expect(row('height-limit-violations')).toMatchObject({ dimension: 'townscape', value: 2 });
    expect(row('height-limit-violations', 'U1')).toMatchObject({ value: 0 });
    expect(row('height-limit-violations', 'U2')).toMatchObject({ value: 1 });
    expect(row('park-coverage-straight')?.met).toBeUndefined();
    expect(row('pipe-clearance-failures')).toBeUndefined(); // pipelines not analysed
  });
});
