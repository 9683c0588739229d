import { describe, expect, it } from 'vitest';
import { checkHeights } from '../../../src/analysis/townscape/height-check.ts';
import { readHeightZones } from '../../../src/analysis/townscape/zone-features.ts';
import { building, rect, zone } from './fixtures.ts';

const zones = (...features: ReturnType<typeof zone>[]) => {
  const read = readHeightZones(features, 'zones.geojson');
  expect(read.problems).toEqual([]);
  return read.zones;
};

describe('height check', () => {
  const city = zone('Z-100', [rect(0, 0, 1000, 1000)], { limitMeters: 100, basis: '控规' });
  const core = zone('Z-36', [rect(200, 200, 400, 400)], { limitMeters: 36, basis: '控规' });

  it('takes the strictest limit where zones overlap and reports the excess', () => {
    const result = checkHeights(
      [building('B1', rect(250, 250, 270, 270), 50), building('B2', rect(600, 600, 620, 620), 50)],
      zones(city, core),
    );
    expect(result.checkedCount).toBe(2);
    expect(result.violations).toEqual([
      { layerId: 'test', featureId: 'B1', heightMeters: 50, limitMeters: 36, excessMeters: 14, zoneId: 'Z-36' },
    ]);
  });

  it('a building straddling two zones is held to the stricter one (its full height stands over both parts)', () => {
    const west = zone('W', [rect(0, 0, 100, 100)], { limitMeters: 40 });
    const east = zone('E', [rect(100, 0, 200, 100)], { limitMeters: 24 });
    const straddling = building('S', rect(90, 10, 110, 30), 30);
    expect(checkHeights([straddling], zones(west, east)).violations).toMatchObject([
      { featureId: 'S', zoneId: 'E', excessMeters: 6 },
    ]);
  });

  it('ignores a footprint that only touches a zone along its edge', () => {
    const west = zone('W', [rect(0, 0, 100, 100)], { limitMeters: 10 });
    const result = checkHeights([building('T', rect(100, 10, 120, 30), 30)], zones(west));
    expect(result).toEqual({ violations: [], checkedCount: 0, problems: [] });
  });

  it('a hole is outside its zone, but a footprint reaching out of the hole is inside', () => {
    const ring = zone('RING', [rect(0, 0, 300, 300), rect(100, 100, 200, 200)], { limitMeters: 18 });
    const inHole = building('IN-HOLE', rect(120, 120, 180, 180), 40);
    const acrossHoleEdge = building('ACROSS', rect(190, 120, 220, 140), 40);
    const result = checkHeights([inHole, acrossHoleEdge], zones(ring));
    expect(result.checkedCount).toBe(1);
    expect(result.violations.map((v) => v.featureId)).toEqual(['ACROSS']);
  });

  it('measures a sloped roof at mid-roof in a plan zone and at the ridge in a historic zone (GB 50352 §4.5.2)', () => {
    const plan = zone('PLAN', [rect(0, 0, 100, 100)], { limitMeters: 12, basis: '控规' });
    const historic = zone('HIST', [rect(200, 0, 300, 100)], { limitMeters: 12, basis: '历史街区' });
    const sloped = { eaveHeightMeters: 9 };
    const result = checkHeights(
      [
        building('IN-PLAN', rect(10, 10, 30, 30), 14, sloped), // (9 + 14) / 2 = 11.5 ≤ 12
        building('IN-HIST', rect(210, 10, 230, 30), 14, sloped),
      ],
      zones(plan, historic),
    );
    expect(result.checkedCount).toBe(2);
    expect(result.violations).toMatchObject([{ featureId: 'IN-HIST', heightMeters: 14, excessMeters: 2 }]);
  });

  it('heritage belts without a basis count as historic zones', () => {
    const belt = zone('BELT', [rect(0, 0, 100, 100)], { limitMeters: 18, zone: '建设控制地带' });
    expect(zones(belt)[0]!.basis).toBe('历史街区');
  });

  it('reports zones without a usable limit and buildings without height per feature', () => {
    const read = readHeightZones(
      [
        zone('NO-LIMIT', [rect(0, 0, 10, 10)], {}),
        zone('NEGATIVE', [rect(0, 0, 10, 10)], { limitMeters: -5 }),
        zone('TEXT', [rect(0, 0, 10, 10)], { limitMeters: '24' }),
        { id: 'P', geometry: { type: 'Point', coordinates: [114, 33] }, properties: { limitMeters: 10 } },
      ],
      'zones.geojson',
    );
    expect(read.zones).toEqual([]);
    expect(read.problems.map((p) => [p.featureId, p.message.split(':')[0]])).toEqual([
      ['NO-LIMIT', 'no height limit'],
      ['NEGATIVE', 'negative height limit -5 m in "limitMeters"; limits are metres above ground; zone not checked'],
      ['TEXT', 'no height limit'],
      ['P', 'a height zone must be a Polygon or MultiPolygon, found Point; zone not checked'],
    ]);
    const result = checkHeights(
      [
        building('NO-H', rect(250, 250, 260, 260), null),
        building(
          'FLAT',
          [
            [250, 250],
            [260, 250],
            [255, 250],
          ],
          99,
        ),
      ],
      zones(city),
    );
    expect(result.checkedCount).toBe(0);
    expect(result.problems.map((p) => p.featureId)).toEqual(['NO-H', 'FLAT']);
  });
});
