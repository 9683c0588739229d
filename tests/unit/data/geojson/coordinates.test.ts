import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { parseGeoJson, type Position } from '../../../../src/data/geojson/index.ts';
import { collection, feature, polygon } from './helpers.ts';

// EPSG:4547, CGCS2000 3° Gauss–Krüger CM 114°E, written out here so the test does not trust the code under test.
const EPSG_4547 = '+proj=tmerc +lat_0=0 +lon_0=114 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs';
const toGk = (lon: number, lat: number) => proj4('EPSG:4326', EPSG_4547, [lon, lat]);
const fromGk = (x: number, y: number) => proj4(EPSG_4547, 'EPSG:4326', [x, y]);

const lonLatSquare = [
  [114.02, 32.98],
  [114.03, 32.98],
  [114.03, 32.99],
  [114.02, 32.99],
  [114.02, 32.98],
];
const gkSquare = lonLatSquare.map(([lon, lat]) => toGk(lon, lat));

const parse = (geometry: unknown, crs?: string) =>
  parseGeoJson(collection(feature(geometry, {}, 'U-1')), 'units.geojson', crs ? { crs } : {});

describe('coordinates', () => {
  it('reprojects EPSG:4547 eastings/northings to lon/lat like proj4 does, keeping heights', () => {
    const ring = gkSquare.map(([x, y], i) => (i === 1 ? [x, y, 42] : [x, y]));
    const { features, problems } = parse(polygon(ring), 'EPSG:4547');
    expect(problems).toEqual([]);
    const [out] = (features[0].geometry as { coordinates: Position[][] }).coordinates;
    out.forEach(([lon, lat], i) => {
      const [expectedLon, expectedLat] = fromGk(ring[i][0], ring[i][1]);
      expect(lon).toBeCloseTo(expectedLon, 12);
      expect(lat).toBeCloseTo(expectedLat, 12);
      expect(lon).toBeCloseTo(lonLatSquare[i][0], 8);
      expect(lat).toBeCloseTo(lonLatSquare[i][1], 8);
    });
    expect(out[1][2]).toBe(42);
    expect(gkSquare[0][0]).toBeCloseTo(501_870, -2); // sanity: Zhumadian is just east of 114°E
  });

  it('uses a legacy "crs" member of the file, warning when the layer says otherwise', () => {
    const json = {
      ...collection(feature(polygon(gkSquare))),
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::4547' } },
    };
    const { features, problems } = parseGeoJson(json, 'units.geojson', {});
    expect(features).toHaveLength(1);
    expect(problems).toEqual([
      {
        path: '$.crs',
        severity: 'warning',
        message: expect.stringMatching(/declares .* EPSG:4547, but the layer says EPSG:4326/),
      },
    ]);
    const crs84 = {
      ...collection(feature(polygon(lonLatSquare))),
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } },
    };
    expect(parseGeoJson(crs84, 'units.geojson', {}).problems).toEqual([]);
  });

  it('detects lat/lon given in place of lon/lat', () => {
    const swapped = lonLatSquare.map(([lon, lat]) => [lat, lon]);
    const { features, problems } = parse(polygon(swapped));
    expect(features).toEqual([]);
    expect(problems).toEqual([
      {
        path: '$.features[0].geometry.coordinates[0][0]',
        message:
          'feature 0 (id "U-1"): axis order looks ' +
          'swapped: [32.98, 114.02] reads as [lat, lon], but GeoJSON positions are [lon, lat]; swap the two values in the file ' +
          '(or export with longitude first); the feature was dropped',
      },
    ]);
  });

  it('detects Gauss–Krüger northing/easting given in place of easting/northing', () => {
    const swapped = gkSquare.map(([x, y]) => [y, x]);
    const { features, problems } = parse(polygon(swapped), 'EPSG:4547');
    expect(features).toEqual([]);
    expect(problems[0].path).toBe('$.features[0].geometry.coordinates[0][0]');
    expect(problems[0].message).toMatch(
      /axis order looks swapped: \[3\d{6}\.\d+, 50\d{4}\.\d+\] reads as \[northing, easting\]/,
    );
  });

  it('detects projected metres loaded as lon/lat and suggests a crs', () => {
    const { problems } = parse({ type: 'Point', coordinates: gkSquare[0] });
    expect(problems[0].message).toMatch(
      /looks like projected coordinates in metres, not lon\/lat degrees; set "crs" on the layer .*EPSG:4547 for 114°E/,
    );
    const zoned = parse({ type: 'Point', coordinates: [38_501_870, 3_650_000] });
    expect(zoned.problems[0].message).toMatch(/e\.g\. EPSG:4526 \(CGCS2000 3° Gauss–Krüger, central meridian 114°E/);
    const mercator = parse({ type: 'Point', coordinates: [12_692_000, 3_890_000] });
    expect(mercator.problems[0].message).toMatch(/EPSG:3857/);
  });

  it('detects lon/lat degrees loaded as a projected crs', () => {
    const { problems } = parse(polygon(lonLatSquare), 'EPSG:4547');
    expect(problems[0].message).toMatch(
      /\[114\.02, 32\.98\] looks like lon\/lat degrees, but the layer's crs is EPSG:4547/,
    );
  });

  it('rejects eastings from another zone', () => {
    const { problems } = parse({ type: 'Point', coordinates: [38_501_870, 3_650_000] }, 'EPSG:4547');
    expect(problems[0].message).toMatch(
      /outside the area EPSG:4547 \(eastings near 500000 m, central meridian 114°E\) covers.*EPSG:4526/,
    );
  });

  it('reports plain out-of-range lon/lat', () => {
    const { problems } = parse({
      type: 'LineString',
      coordinates: [
        [114, 33],
        [190, 33],
      ],
    });
    expect(problems).toEqual([
      {
        path: '$.features[0].geometry.coordinates[1]',
        message: expect.stringMatching(
          /\[190, 33\] is out of range: longitude must be -180\.\.180 and latitude -90\.\.90 degrees/,
        ),
      },
    ]);
  });

  it('accepts EPSG:4490 as lon/lat', () => {
    expect(parse(polygon(lonLatSquare), 'EPSG:4490').problems).toEqual([]);
  });
});
