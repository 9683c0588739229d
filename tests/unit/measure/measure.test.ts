// 几何量算 against independent computations: GeographicLib (Karney's geodesics, a different algorithm from our
// Vincenty and authalic-sphere code) for horizontal distance, azimuth, perimeter and ellipsoid area; proj4's geocentric
// conversion for the spatial chord and the elevation angle; exact rectangles and triangles laid out in EPSG:4547 metres
// for the Gauss–Krüger planar area. Tolerances: 1 mm for lengths, 1e-4 (0.01 %) relative for areas.
import { Geodesic } from 'geographiclib-geodesic';
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import {
  measure,
  measureAngle,
  measureArea,
  measureDistance,
  measureHeight,
  type MeasurePoint,
} from '../../../src/analysis/measure/measure.ts';
import { readMeasureRequest } from '../../../src/analysis/measure/measure-request.ts';

const WGS84 = Geodesic.WGS84;
const MM = 1e-3;
// EPSG:4547, CGCS2000 / 3-degree Gauss-Kruger CM 114E, as EPSG publishes it (GRS80 = WGS84 to 0.1 mm).
const EPSG_4547 = '+proj=tmerc +lat_0=0 +lon_0=114 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs';
const gk = proj4(EPSG_4547, 'WGS84');
const fromGrid = (e: number, n: number, h = 0): MeasurePoint => [...(gk.forward([e, n]) as [number, number]), h];
const ecef = proj4('WGS84', '+proj=geocent +datum=WGS84 +units=m +no_defs');
const toEcef = ([lon, lat, h]: MeasurePoint) =>
  ecef.forward({ x: lon, y: lat, z: h }) as { x: number; y: number; z: number };

function oracleArea(points: MeasurePoint[]) {
  const polygon = WGS84.Polygon(false);
  for (const [lon, lat] of points) polygon.AddPoint(lat, lon);
  const { area, perimeter } = polygon.Compute(false, false);
  return { area: area!, perimeter };
}

const near = (actual: number, expected: number, relative: number) =>
  expect(Math.abs(actual - expected), `${actual} vs ${expected}`).toBeLessThanOrEqual(relative * Math.abs(expected));

// Places in the sample district (驻马店, ~114.02°E 32.98°N) and far apart, to cover short and long legs.
const PAIRS: [MeasurePoint, MeasurePoint][] = [
  [
    [114.0124, 32.9546, 0],
    [114.0125, 32.9547, 35.5],
  ],
  [
    [114.0124, 32.9546, 12],
    [114.031, 32.9702, 3],
  ],
  [
    [114.0, 33.0, 0],
    [114.5, 32.6, 80],
  ],
  [
    [114.02, 32.98, 0],
    [116.4, 39.9, 50],
  ], // 驻马店 → 北京, ~780 km
  [
    [113.2, 22.1, 5],
    [87.6, 43.8, 900],
  ], // across China
  [
    [114.02, 32.98, 0],
    [114.02, 32.99, 0],
  ], // due north
];

describe('distance', () => {
  it('horizontal is the geodesic between plumb lines, within 1 mm of GeographicLib', () => {
    for (const [a, b] of PAIRS) {
      const { s12 } = WGS84.Inverse(a[1], a[0], b[1], b[0]);
      expect(Math.abs(measureDistance([a, b]).horizontalMeters - s12!)).toBeLessThan(MM);
    }
  });

  it('spatial is the straight chord (proj4 geocentric), vertical the signed height difference', () => {
    for (const [a, b] of PAIRS) {
      const [p, q] = [toEcef(a), toEcef(b)];
      const result = measureDistance([a, b]);
      expect(Math.abs(result.spatialMeters - Math.hypot(q.x - p.x, q.y - p.y, q.z - p.z))).toBeLessThan(MM);
      expect(result.verticalMeters).toBeCloseTo(b[2] - a[2], 9);
    }
  });

  it('a polyline sums its legs; vertical is end minus start', () => {
    const line: MeasurePoint[] = [
      [114.01, 32.95, 10],
      [114.02, 32.95, 50],
      [114.02, 32.96, 4],
    ];
    const legs = [measureDistance([line[0]!, line[1]!]), measureDistance([line[1]!, line[2]!])];
    const whole = measureDistance(line);
    expect(whole.horizontalMeters).toBeCloseTo(legs[0]!.horizontalMeters + legs[1]!.horizontalMeters, 9);
    expect(whole.spatialMeters).toBeCloseTo(legs[0]!.spatialMeters + legs[1]!.spatialMeters, 9);
    expect(whole.verticalMeters).toBe(-6);
  });
});

describe('angle', () => {
  it('azimuth from true north matches GeographicLib; elevation is the chord above the horizon', () => {
    for (const [a, b] of PAIRS) {
      const { azi1, s12 } = WGS84.Inverse(a[1], a[0], b[1], b[0]);
      const { azimuthDeg, elevationDeg } = measureAngle([a, b]);
      const differenceDeg = Math.abs(((azimuthDeg - ((azi1! + 360) % 360) + 540) % 360) - 180);
      // Sideways at the far point, the two azimuths part by under 0.1 mm (0.1 µm on the 14 m leg, 4 µm over 3,400 km).
      expect(((differenceDeg * Math.PI) / 180) * s12!).toBeLessThan(1e-4);
      // The ellipsoid normal at a, independently: the unit vector of (cosφcosλ, cosφsinλ, sinφ).
      const [lon, lat] = [(a[0] * Math.PI) / 180, (a[1] * Math.PI) / 180];
      const up = [Math.cos(lat) * Math.cos(lon), Math.cos(lat) * Math.sin(lon), Math.sin(lat)];
      const [p, q] = [toEcef(a), toEcef(b)];
      const d = [q.x - p.x, q.y - p.y, q.z - p.z];
      const expected =
        (Math.asin((d[0]! * up[0]! + d[1]! * up[1]! + d[2]! * up[2]!) / Math.hypot(...d)) * 180) / Math.PI;
      expect(Math.abs(elevationDeg - expected)).toBeLessThan(1e-8);
    }
  });

  it('due north is 0°, due east 90°; straight up is 90° of elevation with azimuth 0', () => {
    expect(
      measureAngle([
        [114, 33, 0],
        [114, 33.01, 0],
      ]).azimuthDeg,
    ).toBeCloseTo(0, 10);
    expect(
      measureAngle([
        [114, 33, 0],
        [114.01, 33, 0],
      ]).azimuthDeg,
    ).toBeCloseTo(90, 2);
    expect(
      measureAngle([
        [114, 33, 0],
        [114, 33, 30],
      ]).azimuthDeg,
    ).toBe(0);
    expect(
      measureAngle([
        [114, 33, 0],
        [114, 33, 30],
      ]).elevationDeg,
    ).toBeCloseTo(90, 8);
    expect(
      measureAngle([
        [114, 33, 0],
        [113.99, 33, 0],
      ]).azimuthDeg,
    ).toBeCloseTo(270, 2);
  });
});

describe('height', () => {
  it('one point: above the ground under it; two points: their height difference, either order', () => {
    expect(measureHeight([[114, 33, 35.25]], 0.25)).toEqual({ heightMeters: 35 });
    expect(
      measureHeight(
        [
          [114, 33, 2],
          [114.0001, 33, 26.5],
        ],
        0,
      ),
    ).toEqual({ heightMeters: 24.5 });
    expect(
      measureHeight(
        [
          [114, 33, 26.5],
          [114.0001, 33, 2],
        ],
        0,
      ),
    ).toEqual({ heightMeters: 24.5 });
    expect(measure('height', [[114, 33, 40]], { groundHeightMeters: () => 10 })).toEqual({ heightMeters: 30 });
  });
});

describe('area', () => {
  it('planar: an exact 300 m × 200 m rectangle and a triangle laid out in EPSG:4547 metres give w×h and w×h/2', () => {
    const rectangle = [
      fromGrid(501_200, 3_650_000),
      fromGrid(501_500, 3_650_000),
      fromGrid(501_500, 3_650_200),
      fromGrid(501_200, 3_650_200),
    ];
    const result = measureArea(rectangle);
    expect(result.crs).toBe('EPSG:4547'); // the project has no GK CRS: the zone of the centroid (CM 114°E)
    near(result.planarSquareMeters, 60_000, 1e-9);
    const triangle = [
      fromGrid(520_000, 3_640_000, 30),
      fromGrid(520_480, 3_640_000, 0),
      fromGrid(520_000, 3_640_250, 99),
    ];
    near(measureArea(triangle, 'EPSG:4547').planarSquareMeters, (480 * 250) / 2, 1e-9);
  });

  it("planar: a polygon 100 km off the central meridian keeps its grid area on the project's plane", () => {
    const ring = [
      fromGrid(400_000, 3_700_000),
      fromGrid(400_750, 3_700_000),
      fromGrid(400_750, 3_701_000),
      fromGrid(400_000, 3_701_000),
    ];
    expect(measureArea(ring, 'EPSG:4547')).toMatchObject({ crs: 'EPSG:4547' });
    near(measureArea(ring, 'EPSG:4547').planarSquareMeters, 750_000, 1e-9);
    // The same CM written as a zone-numbered code (zone 38) is the same plane.
    expect(measureArea(ring, 'EPSG:4526').crs).toBe('EPSG:4526');
    near(measureArea(ring, 'EPSG:4526').planarSquareMeters, 750_000, 1e-9);
    // On the ellipsoid it is smaller by the grid's scale squared: k = 1 + x²/2R² at x = 99.6 km.
    const k = 1 + 99_625 ** 2 / (2 * 6_371_000 ** 2);
    near(measureArea(ring).ellipsoidSquareMeters, 750_000 / k ** 2, 1e-5);
  });

  it('the zone follows the centroid when the project CRS is geographic; closed rings and either winding are the same', () => {
    const square: MeasurePoint[] = [
      [117.2, 31.8, 0],
      [117.21, 31.8, 0],
      [117.21, 31.81, 0],
      [117.2, 31.81, 0],
    ];
    expect(measureArea(square, 'EPSG:4326').crs).toBe('EPSG:4548'); // CM 117°E
    const closed = measureArea([...square, square[0]!]);
    expect(closed).toEqual(measureArea(square));
    expect(measureArea([...square].reverse()).planarSquareMeters).toBeCloseTo(closed.planarSquareMeters, 6);
  });

  it("ellipsoid area and perimeter agree with GeographicLib's geodesic polygons (0.01 %, 1 mm)", () => {
    const rings: MeasurePoint[][] = [
      [
        [114.0124, 32.9546, 0],
        [114.0131, 32.9546, 0],
        [114.0131, 32.9551, 0],
        [114.0124, 32.9551, 0],
      ], // a block, ~65 m × 55 m
      [
        [114.001, 32.951, 0],
        [114.024, 32.949, 0],
        [114.031, 32.967, 0],
        [114.012, 32.975, 0],
        [114.004, 32.962, 0],
      ], // the old town
      [
        [113.8, 32.7, 0],
        [114.3, 32.7, 0],
        [114.3, 33.2, 0],
        [113.8, 33.2, 0],
      ], // 47 km × 55 km
      [
        [114.02, 32.98, 0],
        [114.0201, 32.98, 0],
        [114.0201, 32.9801, 0],
      ], // a 9 m triangle
    ];
    for (const ring of rings) {
      const oracle = oracleArea(ring);
      const result = measureArea(ring);
      near(result.ellipsoidSquareMeters, oracle.area, 1e-4);
      expect(Math.abs(result.perimeterMeters - oracle.perimeter)).toBeLessThan(MM);
      // Near the central meridian the grid and the ellipsoid agree to the projection's scale.
      if (ring === rings[1]) near(result.planarSquareMeters, oracle.area, 1e-6);
    }
  });

  it('refuses a ring that crosses itself', () => {
    const bowTie: MeasurePoint[] = [
      [114, 33, 0],
      [114.01, 33.01, 0],
      [114.01, 33, 0],
      [114, 33.01, 0],
    ];
    expect(() => measureArea(bowTie)).toThrow(/^cim\.measure: the area's outline crosses itself/);
    expect(() =>
      measureArea([
        [114, 33, 0],
        [114, 33, 0],
        [114.01, 33, 0],
      ]),
    ).toThrow(/^cim\.measure: an area needs 3 or more distinct corners/);
  });
});

describe('cim.measure arguments', () => {
  it('wrong arguments are TypeErrors starting "cim.measure: "', () => {
    const wrong: unknown[] = [
      undefined,
      'distance',
      { kind: 'volume', points: [] },
      { kind: 'distance' },
      { kind: 'distance', points: [[114, 33, 0]] },
      {
        kind: 'distance',
        points: [
          [114, 33, 0],
          [114, 'x', 0],
        ],
      },
      {
        kind: 'distance',
        points: [
          [114, 33, 0],
          [200, 33, 0],
        ],
      },
      { kind: 'height', points: [] },
      {
        kind: 'height',
        points: [
          [1, 2, 3],
          [1, 2, 4],
          [1, 2, 5],
        ],
      },
      {
        kind: 'area',
        points: [
          [114, 33, 0],
          [114.1, 33, 0],
        ],
      },
      {
        kind: 'angle',
        points: [
          [114, 33, 0],
          [114, 33, 0],
        ],
      },
      {
        kind: 'angle',
        points: [
          [114, 33, 0],
          [114, 33.1, NaN],
        ],
      },
    ];
    for (const value of wrong) {
      expect(() => readMeasureRequest(value), JSON.stringify(value)).toThrow(TypeError);
      expect(() => readMeasureRequest(value)).toThrow(/^cim\.measure: /);
    }
    expect(
      readMeasureRequest({
        kind: 'angle',
        points: [
          [114, 33],
          [114, 33.1, 5],
        ],
      }),
    ).toEqual({
      kind: 'angle',
      points: [
        [114, 33, 0],
        [114, 33.1, 5],
      ],
    });
    expect(() =>
      measureArea([
        [10, 50, 0],
        [10.01, 50, 0],
        [10.01, 50.01, 0],
      ]),
    ).toThrow(/^cim\.measure: longitude 10.0/);
  });
});
