// A hand-made town in metres around a fixed origin, whose coverage answers are plain arithmetic (see the tests).
import { expect } from 'vitest';
import type { ZoneFeature } from '../../../src/analysis/townscape/zone-features.ts';
import { readFacilities, readGreenSpaces, readWalkLines } from '../../../src/analysis/health/health-features.ts';
import { type HomeInput, prepareHealthScene } from '../../../src/analysis/health/health-scene.ts';
import { categoriesOfCircle } from '../../../src/analysis/health/health-thresholds.ts';
import { lonLat, rect } from '../townscape/fixtures.ts';

type Xy = [number, number];

const feature = (
  id: string,
  type: string,
  coordinates: unknown,
  properties: Record<string, unknown> = {},
): ZoneFeature => ({
  id,
  geometry: { type, coordinates },
  properties: { id, ...properties },
});

export const polygonFeature = (id: string, ring: Xy[]): ZoneFeature =>
  feature(id, 'Polygon', [[...ring, ring[0]!].map(([x, y]) => lonLat(x, y))]);
export const lineFeature = (id: string, points: Xy[], properties: Record<string, unknown> = {}): ZoneFeature =>
  feature(
    id,
    'LineString',
    points.map(([x, y]) => lonLat(x, y)),
    properties,
  );
export const pointFeature = (id: string, [x, y]: Xy, properties: Record<string, unknown> = {}): ZoneFeature =>
  feature(id, 'Point', lonLat(x, y), properties);

/** A 10 × 10 m home whose centroid is (x, y). */
export const home = (
  featureId: string,
  [x, y]: Xy,
  unitId: string | null,
  extra: Partial<HomeInput> = {},
): HomeInput => ({
  layerId: 'city',
  featureId,
  footprint: rect(x - 5, y - 5, x + 5, y + 5).map(([px, py]) => lonLat(px, py)),
  floorAreaM2: 100,
  unitId,
  safetyGrade: 'A',
  yearBuilt: 2010,
  ...extra,
});

const every100 = (x0: number, x1: number, y: number): Xy[] =>
  Array.from({ length: (x1 - x0) / 100 + 1 }, (_, i): Xy => [x0 + i * 100, y]);

/** A main street along y = 0 and a cross street up x = 600. */
export const streets = [
  lineFeature('main', every100(-200, 1500, 0)),
  lineFeature(
    'cross',
    every100(0, 600, 0).map(([y]) => [600, y] as Xy),
  ),
];

export const greenSpaces = [
  polygonFeature('G1-pocket', rect(0, 20, 50, 70)), // 2,500 m²: serves 300 m
  polygonFeature('T-garden', rect(400, 20, 430, 50)), // 900 m²: too small to count
  polygonFeature('P1-riverside', rect(1000, 20, 1060, 120)), // 6,000 m²: serves 500 m
];

/** Homes 10 m off the streets. */
export const homes = [
  home('H1', [200, 10], 'U1'),
  home('H2', [450, 10], 'U1', { safetyGrade: 'D', yearBuilt: 1985 }),
  home('H3', [800, 10], 'U2', { safetyGrade: 'C' }),
  home('H5', [610, 400], 'U2', { yearBuilt: 1990 }),
];

/** A kindergarten at (200, −20) and the 5-minute circle's other categories at (250, −10). */
const facilities = [
  pointFeature('K1', [200, -20], { category: 'kindergarten' }),
  ...categoriesOfCircle(5)
    .filter((c) => c.id !== 'kindergarten')
    .map((c) => pointFeature(c.id, [250, -10], { category: c.label['zh-CN'] })),
];

/** The town's scene, its features read without a problem. */
export function townScene(withNetwork = true, town: HomeInput[] = homes) {
  const read = [
    readGreenSpaces(greenSpaces, 'green'),
    readFacilities(facilities, 'facilities'),
    readWalkLines(streets, 'walk'),
  ];
  for (const r of read) expect(r.problems).toEqual([]);
  const prepared = prepareHealthScene({
    homes: town,
    greenSpaces: readGreenSpaces(greenSpaces, 'green').items,
    facilities: readFacilities(facilities, 'facilities').items,
    walkLines: withNetwork ? readWalkLines(streets, 'walk').items : null,
    networkSource: 'walk',
  });
  expect(prepared.problems).toEqual([]);
  return prepared;
}
