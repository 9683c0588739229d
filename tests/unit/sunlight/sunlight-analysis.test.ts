import { describe, expect, it } from 'vitest';
import type { BuildingRecord } from '../../../src/analysis/building-record.ts';
import { litSegments } from '../../../src/analysis/sunlight/lit-segments.ts';
import { analyseSunlight, type SunlightPosition } from '../../../src/analysis/sunlight/sunlight-analysis.ts';
import { sunSteps } from '../../../src/analysis/sunlight/sun-steps.ts';
import { cityRule, dwellingRules, SUNLIGHT_RULES } from '../../../src/analysis/sunlight/sunlight-rules.ts';
import { windowSillPoints } from '../../../src/analysis/sunlight/window-points.ts';
import { pointsAlongLine } from '../../../src/analysis/sunlight/line-points.ts';
import { MEAN_EARTH_RADIUS_METERS } from '../../../src/geometry/ellipsoid.ts';
import { localPlane } from '../../../src/geometry/local-plane.ts';
import { boxBuilding } from './box-building.ts';

const [LON, LAT] = [114.02, 32.98];
const plane = localPlane(LON, LAT);
const DATE = '2026-01-20';
const rule = SUNLIGHT_RULES.zoneI_large; // 驻马店: zone Ⅲ, over 500,000 urban residents → 大寒日 ≥ 2 h
const box = (id: string, x0: number, y0: number, x1: number, y1: number, heightMeters: number) =>
  boxBuilding(plane, 'city', id, [x0, y0, x1, y1], heightMeters);
const at = (x: number, y: number, z: number): SunlightPosition => [...plane.toLonLat(x, y), z];
const steps = sunSteps({ lon: LON, lat: LAT, civilDate: DATE, windowHours: [8, 16], stepMinutes: 1 });
const analyse = (buildings: BuildingRecord[], points: SunlightPosition[], minSegmentMinutes = 0) =>
  analyseSunlight(buildings, points, { rule, year: 2026, date: DATE, minSegmentMinutes });

describe('sunlight rules (GB 50180-2018 表4.0.9)', () => {
  it('picks the row by climate zone and city size, with the elderly and old-district overrides', () => {
    expect(cityRule({ climateZone: 'Ⅲ', urbanPopulation: 700_000 })).toMatchObject({ day: '大寒', minHours: 2 });
    expect(cityRule({ climateZone: 'Ⅶ', urbanPopulation: 300_000 })).toMatchObject({ day: '大寒', minHours: 3 });
    expect(cityRule({ climateZone: 'Ⅳ', urbanPopulation: 500_000 })).toMatchObject({ day: '大寒', minHours: 3 });
    expect(cityRule({ climateZone: 'Ⅳ', urbanPopulation: 499_999 })).toMatchObject({ day: '冬至', minHours: 1 });
    expect(cityRule({ climateZone: 'Ⅵ', urbanPopulation: 5_000_000 })).toMatchObject({ day: '冬至', minHours: 1 });
    const setting = { climateZone: 'Ⅱ' as const, urbanPopulation: 2_000_000 };
    expect(dwellingRules(setting, { elderly: true }).map((r) => r.id)).toEqual(['I-II-III-VII-large', 'elderly']);
    expect(dwellingRules(setting, { oldAreaRebuild: true }).map((r) => [r.day, r.minHours])).toEqual([['大寒', 1]]);
    for (const r of Object.values(SUNLIGHT_RULES)) expect(r.clause).toMatch(/^GB 50180-2018/);
  });
});

describe('lit segments', () => {
  it('drops segments shorter than the minimum and reports cumulative and longest hours', () => {
    const lit = Uint8Array.from([1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 0, 1]);
    expect(litSegments(lit, 0, 12, 10, 30)).toEqual({
      segments: [
        [0, 3],
        [4, 10],
      ],
      hours: 1.5,
      longestHours: 1,
    });
    expect(litSegments(lit, 0, 12, 10, 0).segments).toHaveLength(3);
    expect(litSegments(lit, 4, 3, 10, 0)).toEqual({ segments: [[0, 3]], hours: 0.5, longestHours: 0.5 });
  });
});

describe('analyseSunlight', () => {
  it('gives a point with nothing around it the whole window', () => {
    const [point] = analyse([], [at(0, 0, 0.9)]).points;
    expect(point!.hours).toBe(8);
    expect(point!.trueSolarIntervals).toEqual([[8, 16]]);
    expect(point!.intervals[0]![0]).toMatch(/^2026-01-20T08:\d\d:\d\d\+08:00$/);
    expect(point!.pass).toBe(true);
  });

  it('matches the hand-computed shadow of a long east–west slab to the minute', () => {
    // Slab 1 km long, 30 m high, its north face on y = 0; the sill 0.9 m up, `d` metres north of it. The sill is in
    // shadow exactly while the Sun's elevation in the north–south vertical plane is below the slab's top. The top edge
    // is straight between corners on the curved Earth, so it sits (500² + d²)/2R below 30 m seen from the sill (2 cm).
    for (const d of [15, 40, 80]) {
      const slab = box('slab', -500, -12, 500, 0, 30);
      const topMeters = 30 - (500 ** 2 + d ** 2) / (2 * MEAN_EARTH_RADIUS_METERS);
      const expected = steps.filter((s) => s.direction[2] / -s.direction[1] > (topMeters - 0.9) / d).length;
      const [point] = analyse([slab], [at(0, d, 0.9)]).points;
      expect(Math.round(point!.hours * 60), `sill ${d} m north`).toBe(expected);
    }
  });

  it('counts the sunlit middle of the day in a courtyard, symmetric about true noon', () => {
    // A 40 m square court closed by four 12 m wings; the sill in its middle sees the Sun when the ray is 11.1 m up
    // where it leaves the court's 40 m square, whichever wing it passes over.
    const court = [
      box('S', -30, -30, 30, -20, 12),
      box('N', -30, 20, 30, 30, 12),
      box('W', -30, -20, -20, 20, 12),
      box('E', 20, -20, 30, 20, 12),
    ];
    const [point] = analyse(court, [at(0, 0, 0.9)]).points;
    const expected = steps.filter(
      ({ direction: [e, n, u] }) => u * Math.min(20 / Math.abs(e), 20 / Math.abs(n)) > 12 - 0.9,
    ).length;
    expect(Math.round(point!.hours * 60)).toBe(expected);
    expect(point!.trueSolarIntervals).toHaveLength(1);
    const [[start, end]] = point!.trueSolarIntervals as [[number, number]];
    expect(Math.abs(12 - start - (end - 12))).toBeLessThanOrEqual(2 / 60);
  });

  it('decides pass/fail on the rule, and the old-district rule is laxer', () => {
    const slab = box('slab', -500, -12, 500, 0, 30);
    const points = [at(0, 15, 0.9), at(0, 80, 0.9)];
    const strict = analyse([slab], points).points.map((p) => p.pass);
    expect(strict).toEqual([false, true]);
    const relaxed = analyseSunlight([slab], points, { rule: SUNLIGHT_RULES.oldAreaRebuild, year: 2026, date: DATE });
    expect(relaxed.points.every((p) => p.requiredHours === 1)).toBe(true);
  });

  it('dates the standard day from the year when no date is given', () => {
    const result = analyseSunlight([], [at(0, 0, 0.9)], { rule: SUNLIGHT_RULES.zoneV_VI, year: 2025 });
    expect(result.date).toBe('2025-12-21');
    expect(result.window).toEqual([9, 15]);
    expect(result.points[0]!.hours).toBe(6);
  });
});

describe('window-sill points', () => {
  it('puts one point per floor on each facade, just outside its middle, with its outward normal', () => {
    const building = { ...box('B', 0, 0, 30, 10, 9), attributes: {} };
    const points = windowSillPoints(building, { offsetMeters: 0.05 });
    const local = points.map(({ position: [lon, lat, h], floor }) => [
      ...plane.toLocal(lon, lat).map((v) => Math.round(v * 100) / 100),
      h,
      floor,
    ]);
    // South (y = 0), east (x = 30), north (y = 10) and west (x = 0) facades, three floors each.
    expect(local.filter(([, , , floor]) => floor === 1)).toEqual([
      [15, -0.05, 0.9, 1],
      [30.05, 5, 0.9, 1],
      [15, 10.05, 0.9, 1],
      [-0.05, 5, 0.9, 1],
    ]);
    expect(local.filter(([x, y]) => x === 15 && y === -0.05).map(([, , h]) => h)).toEqual([0.9, 3.9, 6.9]);
    expect(points.filter((p) => p.floor === 1).map((p) => p.normal.map((v) => Math.round(v) + 0))).toEqual([
      [0, -1],
      [1, 0],
      [0, 1],
      [-1, 0],
    ]);
    const reversed = { ...building, footprint: [...building.footprint].reverse() };
    expect(
      windowSillPoints(reversed)
        .filter((p) => p.floor === 1)
        .map((p) => p.normal.map((v) => Math.round(v) + 0)),
    ).toEqual([
      [0, 1],
      [1, 0],
      [0, -1],
      [-1, 0],
    ]); // the same facades from the north one, clockwise
  });

  it("gives each sill its cell of the facade: the edge, outside the wall, from the sill's floor to the next", () => {
    const building = { ...box('B', 0, 0, 30, 10, 9), attributes: {} };
    const cells = windowSillPoints(building, { cellOffsetMeters: 0.3 }).map(({ cell, floor }) => ({
      from: plane.toLocal(...cell.from).map((v) => Math.round(v * 100) / 100 + 0),
      to: plane.toLocal(...cell.to).map((v) => Math.round(v * 100) / 100 + 0),
      bottom: cell.bottomMeters,
      top: cell.topMeters,
      floor,
    }));
    expect(cells.filter((c) => c.floor === 2)).toEqual([
      { from: [0, -0.3], to: [30, -0.3], bottom: 3, top: 6, floor: 2 },
      { from: [30.3, 0], to: [30.3, 10], bottom: 3, top: 6, floor: 2 },
      { from: [30, 10.3], to: [0, 10.3], bottom: 3, top: 6, floor: 2 },
      { from: [-0.3, 10], to: [-0.3, 0], bottom: 3, top: 6, floor: 2 },
    ]);
  });

  it('a south sill sees the Sun all day, a north one never, an east one in the morning only', () => {
    const building = box('B', 0, 0, 30, 10, 9);
    const ground = windowSillPoints(building).filter((p) => p.floor === 1);
    const result = analyseSunlight(
      [building],
      ground.map((p) => p.position),
      {
        rule,
        year: 2026,
        date: DATE,
        minSegmentMinutes: 0,
        facadeNormals: ground.map((p) => p.normal),
      },
    );
    const [south, east, north, west] = result.points;
    expect([south!.hours, north!.hours]).toEqual([8, 0]);
    const morning = steps.filter((s) => s.direction[0] > 0).length;
    expect(Math.round(east!.hours * 60)).toBe(morning);
    expect(east!.trueSolarIntervals[0]![0]).toBe(8);
    expect(Math.round(west!.hours * 60)).toBe(480 - morning);
  });
});

describe('points along a line', () => {
  it('spaces points evenly across vertices, both ends included, heights interpolated', () => {
    const line: SunlightPosition[] = [at(0, 0, 0.9), at(10, 0, 0.9), at(10, 5, 5.9)];
    const local = pointsAlongLine(line, 4).map(([lon, lat, h]) => [
      ...plane.toLocal(lon, lat).map((v) => Math.round(v * 1000) / 1000 + 0),
      Math.round(h * 1000) / 1000,
    ]);
    expect(local).toEqual([
      [0, 0, 0.9],
      [4, 0, 0.9],
      [8, 0, 0.9],
      [10, 2, 2.9],
      [10, 5, 5.9],
    ]);
    expect(pointsAlongLine([at(0, 0, 1), at(8, 0, 1)], 4)).toHaveLength(3);
  });
});
