import { describe, expect, it } from 'vitest';
import type { BuildingRecord } from '../../../src/analysis/building-record.ts';
import { horizontalSection, verticalSection } from '../../../src/analysis/section/section-cut.ts';
import { localPlane } from '../../../src/geometry/local-plane.ts';
import type { Vec2 } from '../../../src/geometry/types.ts';

const plane = localPlane(114.02, 32.98);
const building = (
  featureId: string,
  local: Vec2[],
  heightMeters: number | null,
  baseHeightMeters = 0,
): BuildingRecord => ({
  layerId: 'city',
  featureId,
  footprint: local.map(([x, y]) => plane.toLonLat(x, y)),
  baseHeightMeters,
  heightMeters,
  attributes: {},
});
const box = (id: string, x0: number, y0: number, x1: number, y1: number, h: number, base = 0) =>
  building(
    id,
    [
      [x0, y0],
      [x1, y0],
      [x1, y1],
      [x0, y1],
    ],
    h,
    base,
  );
const round = (v: number) => Math.round(v * 1000) / 1000 + 0;

describe('horizontal section', () => {
  it('cuts the buildings standing through the height, not those below it or starting above it', () => {
    const faces = horizontalSection(
      [
        box('tall', 0, 0, 10, 10, 30),
        box('low', 20, 0, 30, 10, 12),
        box('podium-top', 40, 0, 50, 10, 20, 15),
        box('none', 60, 0, 70, 10, 0),
      ],
      18,
    );
    expect(faces.map((f) => f.featureId)).toEqual(['podium-top', 'tall']);
    expect(faces[1]!.heightMeters).toBe(18);
    expect(faces[1]!.ring).toHaveLength(4);
  });

  it('does not cut at a roof or a base exactly', () => {
    expect(horizontalSection([box('a', 0, 0, 10, 10, 30)], 30)).toEqual([]);
    expect(horizontalSection([box('a', 0, 0, 10, 10, 30, 5)], 5)).toEqual([]);
  });
});

describe('vertical section', () => {
  const from = plane.toLonLat(-10, 5);
  const to = plane.toLonLat(100, 5);

  it('opens a face over each stretch of the line inside a footprint, in order along the line', () => {
    const result = verticalSection(
      [box('b', 40, 0, 60, 10, 24, 2), box('a', 0, 0, 10, 10, 30), box('off', 0, 20, 10, 30, 9)],
      from,
      to,
    );
    expect(round(result.lengthMeters)).toBe(110);
    expect(
      result.faces.map((f) => [f.featureId, round(f.fromMeters), round(f.toMeters), f.bottomMeters, f.topMeters]),
    ).toEqual([
      ['a', 10, 20, 0, 30],
      ['b', 50, 70, 2, 26],
    ]);
    const [x, y] = plane.toLocal(...result.faces[0]!.from);
    expect([round(x), round(y)]).toEqual([0, 5]);
  });

  it('gives a U-shaped building two faces, a line ending inside one face to its end, a corner touch none', () => {
    const u = building(
      'u',
      [
        [0, 0],
        [30, 0],
        [30, 20],
        [20, 20],
        [20, 10],
        [10, 10],
        [10, 20],
        [0, 20],
      ],
      15,
    );
    const faces = verticalSection([u], plane.toLonLat(-5, 15), plane.toLonLat(25, 15)).faces;
    expect(faces.map((f) => [round(f.fromMeters), round(f.toMeters)])).toEqual([
      [5, 15],
      [25, 30],
    ]);
    // Along the diagonal through two corners of a square: one face from corner to corner.
    const diagonal = verticalSection([box('s', 0, 0, 10, 10, 6)], plane.toLonLat(-5, -5), plane.toLonLat(15, 15));
    expect(diagonal.faces.map((f) => [round(f.fromMeters), round(f.toMeters)])).toEqual([
      [round(Math.hypot(5, 5)), round(Math.hypot(15, 15))],
    ]);
    // Touching a corner only.
    expect(verticalSection([box('s', 0, 0, 10, 10, 6)], plane.toLonLat(-5, 5), plane.toLonLat(5, -5)).faces).toEqual(
      [],
    );
  });

  it('starts a face at the line start when the line starts inside a building, and skips buildings with no height', () => {
    const faces = verticalSection(
      [box('in', 0, 0, 10, 10, 9), box('flat', 20, 0, 30, 10, 0)],
      plane.toLonLat(5, 5),
      plane.toLonLat(35, 5),
    ).faces;
    expect(faces.map((f) => [f.featureId, round(f.fromMeters), round(f.toMeters)])).toEqual([['in', 0, 5]]);
  });
});
