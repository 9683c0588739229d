import { describe, expect, it } from 'vitest';
import type { Vec2 } from '../../../tools/sample/geom.ts';
import { containsPoint, features, outerRing, polygonsOverlap, ringCentroid, type GeoFeature } from './fixture.ts';

const buildings = features('buildings.geojson');
const units = features('renewal-units.geojson');
const ordinary = buildings.filter((b) => b.properties.heritage === 'none');
const share = (items: GeoFeature[], test: (b: GeoFeature) => boolean) => items.filter(test).length / items.length;
const isPoor = (b: GeoFeature) => b.properties.safetyGrade === 'C' || b.properties.safetyGrade === 'D';
const built = (from: number, to: number) =>
  ordinary.filter((b) => (b.properties.yearBuilt as number) >= from && (b.properties.yearBuilt as number) < to);

describe('sample buildings', () => {
  it('has 3,000+ footprints with unique ids', () => {
    expect(buildings.length).toBeGreaterThanOrEqual(3000);
    expect(new Set(buildings.map((b) => b.properties.id)).size).toBe(buildings.length);
  });

  it('spreads construction years over the 1960s–2020s, older in the historic core unit', () => {
    const years = ordinary.map((b) => b.properties.yearBuilt as number);
    expect(Math.min(...years)).toBeGreaterThanOrEqual(1960);
    expect(Math.max(...years)).toBeLessThanOrEqual(2025);
    for (const decade of [1960, 1970, 1980, 1990, 2000, 2010])
      expect(built(decade, decade + 10).length, `${decade}s`).toBeGreaterThan(30);
    const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
    const core = ordinary
      .filter((b) => b.properties.renewalUnitId === 'RU-01')
      .map((b) => b.properties.yearBuilt as number);
    expect(median(core)).toBeLessThan(median(years) - 5);
  });

  it('grades old brick buildings worse than new frames, with a few unknown', () => {
    const oldBrick = built(1960, 1980).filter((b) => ['砖木', '砖混'].includes(b.properties.structure as string));
    const newFrames = built(2000, 2030).filter((b) =>
      ['框架', '框剪', '钢结构'].includes(b.properties.structure as string),
    );
    expect(share(oldBrick, isPoor)).toBeGreaterThan(0.5);
    expect(share(newFrames, isPoor)).toBeLessThan(0.1);
    expect(share(built(1960, 1970), isPoor)).toBeGreaterThan(share(built(1980, 1990), isPoor));
    expect(share(built(1980, 1990), isPoor)).toBeGreaterThan(share(built(2000, 2010), isPoor));
    const unknown = share(buildings, (b) => b.properties.safetyGrade === 'unknown');
    expect(unknown).toBeGreaterThan(0);
    expect(unknown).toBeLessThan(0.05);
    for (const grade of ['A', 'B', 'C', 'D'])
      expect(buildings.some((b) => b.properties.safetyGrade === grade)).toBe(true);
  });

  it('keeps heights consistent with floors (about 3 m a floor)', () => {
    for (const b of buildings) {
      const { heightMeters, floors } = b.properties as { heightMeters: number; floors: number };
      expect(Number.isInteger(floors) && floors >= 1, String(b.properties.id)).toBe(true);
      const perFloor = heightMeters / floors;
      expect(perFloor, `${b.properties.id}: ${heightMeters} m / ${floors}`).toBeGreaterThan(2.8);
      // Sheds and workshops have tall storeys; everything else stays near 3 m (shops 4.5 m).
      const isIndustrial = b.properties.use === '工业' || b.properties.use === '仓储';
      expect(perFloor, `${b.properties.id}: ${heightMeters} m / ${floors}`).toBeLessThan(isIndustrial ? 11 : 6);
    }
  });

  it('has no overlapping footprints', () => {
    const rings = buildings.map(outerRing);
    const cell = 100;
    const grid = new Map<string, number[]>();
    const boxes = rings.map((ring) => {
      const xs = ring.map((p) => p[0]);
      const ys = ring.map((p) => p[1]);
      return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] as const;
    });
    boxes.forEach(([x0, y0, x1, y1], index) => {
      for (let gx = Math.floor(x0 / cell); gx <= Math.floor(x1 / cell); gx++) {
        for (let gy = Math.floor(y0 / cell); gy <= Math.floor(y1 / cell); gy++) {
          const key = `${gx},${gy}`;
          grid.set(key, [...(grid.get(key) ?? []), index]);
        }
      }
    });
    const overlaps: string[] = [];
    let pairs = 0;
    for (const members of grid.values()) {
      for (let m = 0; m < members.length; m++) {
        for (let n = m + 1; n < members.length; n++) {
          const [i, j] = [members[m]!, members[n]!];
          const [a, b] = [boxes[i]!, boxes[j]!];
          if (a[0] > b[2] || b[0] > a[2] || a[1] > b[3] || b[1] > a[3]) continue;
          pairs++;
          if (polygonsOverlap(rings[i]!, rings[j]!))
            overlaps.push(`${buildings[i]!.properties.id}/${buildings[j]!.properties.id}`);
        }
      }
    }
    expect(overlaps).toEqual([]);
    expect(pairs).toBeGreaterThan(100); // the check did look at neighbours
  });

  it('the overlap check itself sees overlaps', () => {
    const square = (x: number, y: number, size: number): Vec2[] => [
      [x, y],
      [x + size, y],
      [x + size, y + size],
      [x, y + size],
    ];
    expect(polygonsOverlap(square(0, 0, 10), square(5, 5, 10))).toBe(true);
    expect(polygonsOverlap(square(0, 0, 10), square(2, 2, 3))).toBe(true);
    expect(polygonsOverlap(square(0, 0, 10), square(10.5, 0, 10))).toBe(false);
  });

  it('puts every building in at most one renewal unit, the one holding its centroid', () => {
    const unitRings = units.map((u) => ({ id: u.properties.id as string, ring: outerRing(u) }));
    for (const b of buildings) {
      const centre = ringCentroid(outerRing(b));
      const holding = unitRings.filter((u) => containsPoint(u.ring, centre)).map((u) => u.id);
      expect(holding.length, String(b.properties.id)).toBeLessThanOrEqual(1);
      expect(b.properties.renewalUnitId, String(b.properties.id)).toBe(holding[0] ?? '');
    }
    for (const unit of unitRings)
      expect(
        buildings.some((b) => b.properties.renewalUnitId === unit.id),
        unit.id,
      ).toBe(true);
  });

  it('lists a few heritage buildings, all inside the core protection area', () => {
    const core = features('heritage-zones.geojson').find((z) => z.properties.zone === '核心保护范围')!;
    const heritage = buildings.filter((b) => b.properties.heritage !== 'none');
    expect(heritage.length).toBeGreaterThanOrEqual(5);
    expect(heritage.length).toBeLessThan(30);
    expect(heritage.some((b) => b.properties.heritage === '文物保护单位')).toBe(true);
    expect(heritage.some((b) => b.properties.heritage === '历史建筑')).toBe(true);
    for (const b of heritage)
      expect(containsPoint(outerRing(core), ringCentroid(outerRing(b))), String(b.properties.name)).toBe(true);
  });
});
