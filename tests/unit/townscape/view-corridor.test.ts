import { describe, expect, it } from 'vitest';
import { checkViewCorridors, readViewCorridors } from '../../../src/analysis/townscape/view-corridor.ts';
import { MEAN_EARTH_RADIUS_METERS as EARTH_RADIUS_METERS } from '../../../src/geometry/ellipsoid.ts';
import type { ZoneFeature } from '../../../src/analysis/townscape/zone-features.ts';
import { building, lonLat, rect } from './fixtures.ts';

const corridorFeature = (
  id: string,
  eye: number[],
  target: number[],
  properties: Record<string, unknown> = { halfWidthMeters: 30 },
): ZoneFeature => ({
  id,
  geometry: {
    type: 'LineString',
    coordinates: [
      [...lonLat(eye[0]!, eye[1]!), eye[2]!],
      [...lonLat(target[0]!, target[1]!), target[2]!],
    ],
  },
  properties,
});

describe('view corridors', () => {
  // Eye at 10 m looking 1000 m east to a target at 30 m: the sight line rises 2 cm per metre.
  const { corridors, problems } = readViewCorridors(
    [corridorFeature('VC', [0, 0, 10], [1000, 0, 30])],
    'corridors.geojson',
  );

  it('reads eye, target and half-width from a 3D line', () => {
    expect(problems).toEqual([]);
    expect(corridors[0]!.halfWidthMeters).toBe(30);
  });

  it('lists buildings rising above the sight plane with the intrusion at their nearest point', () => {
    const result = checkViewCorridors(
      [
        building('IN', rect(500, -10, 520, 10), 25), // sight at u = 500 is 20 m → 5 m intrusion
        building('EDGE', rect(700, 25, 720, 40), 40), // reaches 5 m into the width; sight at 700 is 24 m
        building('BELOW', rect(300, -10, 320, 10), 15), // sight at 300 is 16 m
        building('ASIDE', rect(500, 40, 520, 60), 99),
        building('TARGET', rect(990, -10, 1010, 10), 30.5), // the landmark itself
      ],
      corridors,
    );
    expect(result.problems).toEqual([]);
    const sag = (u: number) => (u * (1000 - u)) / (2 * EARTH_RADIUS_METERS); // the straight sight line against the curved ground
    expect(result.intrusions.map((i) => i.featureId)).toEqual(['EDGE', 'IN']);
    expect(result.intrusions[0]!.intrusionMeters).toBeCloseTo(16 + sag(700), 9);
    expect(result.intrusions[1]!.intrusionMeters).toBeCloseTo(5 + sag(500), 9);
  });

  it('reports buildings without height inside the corridor and bad corridors per feature', () => {
    expect(
      checkViewCorridors([building('NO-H', rect(500, -10, 520, 10), null)], corridors).problems.map((p) => p.featureId),
    ).toEqual(['NO-H']);
    const bad = readViewCorridors(
      [
        corridorFeature('SAME', [5, 5, 10], [5, 5, 30]),
        corridorFeature('NO-WIDTH', [0, 0, 10], [100, 0, 10], {}),
        {
          id: 'FLAT',
          geometry: {
            type: 'LineString',
            coordinates: [
              [114, 33],
              [114.01, 33],
            ],
          },
          properties: { halfWidthMeters: 5 },
        },
      ],
      'corridors.geojson',
    );
    expect(bad.corridors).toEqual([]);
    expect(bad.problems.map((p) => [p.featureId, p.message.slice(0, 26)])).toEqual([
      ['SAME', 'eye and target are at the '],
      ['NO-WIDTH', '"halfWidthMeters" must be '],
      ['FLAT', 'a view corridor needs an e'],
    ]);
  });
});
