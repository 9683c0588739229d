// Renewal-unit indicators against hand-computed cases: known footprints and floors, straddling buildings, holes,
// empty units, controls exceeded, and the area accuracy on the ellipsoid.
import { describe, expect, it } from 'vitest';
import { polygonAreaM2 } from '../../../src/analysis/geo-area.ts';
import { assignBuildingsToUnits } from '../../../src/analysis/units/unit-assignment.ts';
import { unitIndicators } from '../../../src/analysis/units/unit-indicators.ts';
import { LocalFrame, ecefToGeodetic } from '../../../src/geometry/ellipsoid.ts';
import { NAMES, ORIGIN, building, rect, unit } from './units-fixtures.ts';

describe('unit areas', () => {
  it('a 200 m × 150 m block laid out exactly on the ellipsoid measures 3 ha within 0.05 %', () => {
    const frame = new LocalFrame(ORIGIN[0], ORIGIN[1], 0);
    const corner = (e: number, n: number) => ecefToGeodetic(...frame.toEcef(e, n, -(e * e + n * n) / (2 * 6_371_000)));
    const ring = [corner(0, 0), corner(200, 0), corner(200, 150), corner(0, 150)].map(
      ([lon, lat]) => [lon, lat] as [number, number],
    );
    expect(Math.abs(polygonAreaM2([ring]) - 30_000) / 30_000).toBeLessThan(0.0005);
  });

  it('subtracts holes whatever their winding, and reads open or closed rings alike', () => {
    const outer = rect(0, 0, 100, 100);
    const hole = rect(30, 30, 70, 70).reverse();
    expect(polygonAreaM2([outer, hole])).toBeCloseTo(10_000 - 1_600, 0);
    expect(polygonAreaM2([outer.slice(0, -1)])).toBeCloseTo(10_000, 0);
  });
});

describe('indicators of one unit', () => {
  const block = unit('U1', [rect(0, 0, 100, 100)], { farMax: 0.1, coverageMax: 0.05, heightLimitMeters: 12 });

  it('adds up count, floor area, FAR, coverage, height, grades and age', () => {
    const buildings = [
      building('a', rect(10, 10, 30, 20), { floors: 3, yearBuilt: 1985, safetyGrade: 'C' }, 9), // 200 m² × 3
      building('b', rect(50, 50, 60, 60), { floors: 2, yearBuilt: 2005, safetyGrade: 'a' }, 6.5), // 100 m² × 2
      building('c', rect(70, 10, 80, 20), { yearBuilt: 'n/a', safetyGrade: 'E' }, 11.8), // no floors: 11.8 m / 3 m → 4
    ];
    const result = unitIndicators(block, buildings, NAMES);
    expect(result.unitId).toBe('U1');
    expect(result.areaM2).toBeCloseTo(10_000, 0);
    expect(result.buildingCount).toBe(3);
    expect(result.gfaM2).toBeCloseTo(600 + 200 + 400, 1);
    expect(result.far).toBeCloseTo(0.12, 4);
    expect(result.coverage).toBeCloseTo(0.04, 4);
    expect(result.maxHeightMeters).toBe(11.8);
    expect(result.grades).toEqual({ A: 1, B: 0, C: 1, D: 0, unknown: 1 });
    expect(result.builtBefore2000).toBe(1);
    expect(result.exceeded).toEqual(['farMax']);
  });

  it('uses the exact plan area a tileset measured over the outline when it has one', () => {
    const lShaped = { ...building('l', rect(0, 0, 20, 20), { floors: 1 }), footprintAreaM2: 300 };
    expect(unitIndicators(block, [lShaped], NAMES).gfaM2).toBe(300);
  });

  it('a unit without buildings has zero indicators, no height and breaks nothing', () => {
    const result = unitIndicators(block, [], NAMES);
    expect(result).toMatchObject({
      buildingCount: 0,
      gfaM2: 0,
      far: 0,
      coverage: 0,
      maxHeightMeters: null,
      builtBefore2000: 0,
      exceeded: [],
    });
  });

  it('every exceeded control is listed', () => {
    const tower = building('t', rect(0, 0, 40, 40), { floors: 20 }, 60);
    expect(unitIndicators(block, [tower], NAMES).exceeded).toEqual(['farMax', 'coverageMax', 'heightLimitMeters']);
  });
});

describe('assigning buildings to units', () => {
  const west = unit('W', [rect(0, 0, 100, 100)]);
  const east = unit('E', [rect(100, 0, 200, 100)]);
  const holed = unit('H', [rect(0, 200, 100, 300), rect(30, 230, 70, 270)]);
  const units = [west, east, holed];
  const assign = (...buildings: ReturnType<typeof building>[]) => Array.from(assignBuildingsToUnits(units, buildings));

  it('inside → that unit; outside every unit → none', () => {
    expect(assign(building('in', rect(10, 10, 20, 20)), building('out', rect(300, 300, 310, 310)))).toEqual([0, -1]);
  });

  it('a building straddling two units belongs to the one holding the larger share of its footprint', () => {
    expect(assign(building('70% east', rect(97, 10, 107, 20)))).toEqual([1]);
    expect(assign(building('70% west', rect(93, 10, 103, 20)))).toEqual([0]);
    expect(assign(building('half and half', rect(95, 10, 105, 20)))).toEqual([0]); // a tie goes to the first unit
  });

  it('a building mostly outside every unit belongs to none', () => {
    expect(assign(building('40% in', rect(-6, 10, 4, 20)))).toEqual([-1]);
    expect(assign(building('60% in', rect(-4, 10, 6, 20)))).toEqual([0]);
  });

  it('a building in a hole is not in the unit; one half over the hole edge goes by its share', () => {
    expect(assign(building('in the hole', rect(40, 240, 60, 260)))).toEqual([-1]);
    expect(assign(building('mostly in the ring', rect(22, 240, 32, 250)))).toEqual([2]);
    expect(assign(building('mostly in the hole', rect(28, 240, 38, 250)))).toEqual([-1]);
  });

  it('matches a brute-force share computation on thousands of random footprints', async () => {
    const { overlapArea } = await import('../../../src/geometry/clip.ts');
    const { signedArea } = await import('../../../src/geometry/ring.ts');
    const { triangulate } = await import('../../../src/geometry/triangulate.ts');
    const { localPlane } = await import('../../../src/geometry/local-plane.ts');
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const buildings = Array.from({ length: 3000 }, (_, i) => {
      const [x, y] = [random() * 260 - 30, random() * 340 - 20];
      return building(`r${i}`, rect(x, y, x + 3 + random() * 20, y + 3 + random() * 20));
    });
    const fast = assignBuildingsToUnits(units, buildings);
    const plane = localPlane(...ORIGIN);
    const local = (ring: [number, number][]) => ring.map(([lon, lat]) => plane.toLocal(lon, lat));
    buildings.forEach((b, i) => {
      const footprint = local(b.footprint);
      const area = Math.abs(signedArea(footprint));
      const shares = units.map(
        (u) =>
          overlapArea(
            triangulate([footprint]),
            u.polygon.map((ring) => local(ring.slice(0, -1))),
          ) / area,
      );
      const best = shares.indexOf(Math.max(...shares));
      expect(fast[i], b.featureId).toBe(shares[best]! >= 0.5 - 1e-6 ? best : -1);
    });
  });
});
