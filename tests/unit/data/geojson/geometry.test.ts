import { describe, expect, it } from 'vitest';
import { parseGeoJson } from '../../../../src/data/geojson/index.ts';
import { collection, feature, polygon, square } from './helpers.ts';

const parseOne = (geometry: unknown) => parseGeoJson(collection(feature(geometry, {}, 'U-7')), 'units.geojson');

describe('geometry validation', () => {
  it('accepts every geometry type', () => {
    const geometries = [
      { type: 'Point', coordinates: [114, 33] },
      {
        type: 'MultiPoint',
        coordinates: [
          [114, 33],
          [114.1, 33.1, 20],
        ],
      },
      {
        type: 'LineString',
        coordinates: [
          [114, 33],
          [114.1, 33.1],
        ],
      },
      {
        type: 'MultiLineString',
        coordinates: [
          [
            [114, 33],
            [114.1, 33.1],
          ],
          [
            [114.2, 33],
            [114.3, 33],
          ],
        ],
      },
      polygon(square()),
      { type: 'MultiPolygon', coordinates: [[square()], [square(114.1)]] },
      { type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [114, 33] }, polygon(square())] },
    ];
    const { features, problems } = parseGeoJson(collection(...geometries.map((g) => feature(g))), 'x.geojson');
    expect(problems).toEqual([]);
    expect(features.map((f) => f.geometry)).toEqual(geometries);
  });

  it('drops elements after the third of a position', () => {
    expect(parseOne({ type: 'Point', coordinates: [114, 33, 10, 99] }).features[0].geometry).toEqual({
      type: 'Point',
      coordinates: [114, 33, 10],
    });
  });

  it('closes an unclosed ring and reports it as fixed', () => {
    const open = square().slice(0, 4);
    const { features, problems } = parseOne(polygon(open));
    expect(features[0].geometry).toEqual(polygon(square()));
    expect(problems).toEqual([
      {
        path: '$.features[0].geometry.coordinates[0]',
        severity: 'fixed',
        message:
          'feature 0 (id "U-7"): the ring was not closed (its last position differs from its first); it was closed by repeating the first position',
      },
    ]);
  });

  it('rejects a ring with too few positions', () => {
    const { features, problems } = parseOne(
      polygon([
        [114, 33],
        [114.1, 33],
        [114, 33],
      ]),
    );
    expect(features).toEqual([]);
    expect(problems[0]).toMatchObject({ path: '$.features[0].geometry.coordinates[0]' });
    expect(problems[0].message).toMatch(/a ring needs at least 4 positions .* found 3; the feature was dropped/);
  });

  it('accepts a polygon with a hole', () => {
    const withHole = polygon(square(114, 33, 0.01), [...square(114.004, 33.004, 0.002)].reverse());
    expect(parseOne(withHole)).toMatchObject({ features: [{ geometry: withHole }], problems: [] });
  });

  it('detects a bowtie polygon and says where it crosses', () => {
    const bowtie = polygon([
      [114, 33],
      [114.01, 33.01],
      [114.01, 33],
      [114, 33.01],
      [114, 33],
    ]);
    const { features, problems } = parseOne(bowtie);
    expect(features).toEqual([]);
    expect(problems).toEqual([
      {
        path: '$.features[0].geometry.coordinates[0]',
        message:
          'feature 0 (id "U-7"): the outer ring ' +
          "crosses or touches itself near [114.005, 33.005] (segments 0 and 2); a polygon's rings must be simple — fix its outline; " +
          'the feature was dropped',
      },
    ]);
  });

  it('detects a self-crossing hole in the second polygon of a MultiPolygon', () => {
    const badHole = [
      [114.102, 33.002],
      [114.106, 33.006],
      [114.106, 33.002],
      [114.102, 33.006],
      [114.102, 33.002],
    ];
    const { features, problems } = parseOne({
      type: 'MultiPolygon',
      coordinates: [[square()], [square(114.1, 33, 0.01), badHole]],
    });
    expect(features).toEqual([]);
    expect(problems[0].path).toBe('$.features[0].geometry.coordinates[1][1]');
    expect(problems[0].message).toMatch(/hole 1 crosses or touches itself/);
  });

  it('reports a hole crossing its shell, and a hole outside it', () => {
    const crossing = parseOne(polygon(square(114, 33, 0.01), [...square(114.008, 33.004, 0.004)].reverse()));
    expect(crossing.features).toEqual([]);
    expect(crossing.problems[0].path).toBe('$.features[0].geometry.coordinates[1]');
    expect(crossing.problems[0].message).toMatch(
      /hole 1 crosses or touches the outer ring near \[114\.01, 33\.00[48]\]/,
    );
    const outside = parseOne(polygon(square(114, 33, 0.01), [...square(114.02, 33, 0.002)].reverse()));
    expect(outside.problems[0].message).toMatch(/hole 1 lies outside the outer ring/);
  });

  it('detects a bad ring inside a GeometryCollection', () => {
    const spike = polygon([
      [114, 33],
      [114.01, 33],
      [114.02, 33],
      [114.01, 33],
      [114.01, 33.01],
      [114, 33],
    ]);
    const { problems } = parseOne({
      type: 'GeometryCollection',
      geometries: [{ type: 'Point', coordinates: [114, 33] }, spike],
    });
    expect(problems[0].path).toBe('$.features[0].geometry.geometries[1].coordinates[0]');
  });

  it('reports structural errors with their path', () => {
    const cases: Array<[unknown, string, RegExp]> = [
      [{ type: 'Polygon', coordinates: [] }, '$.features[0].geometry.coordinates', /rings\) is empty/],
      [
        { type: 'MultiPolygon', coordinates: [[square()], [[[114, 33]]]] },
        '$.features[0].geometry.coordinates[1][0]',
        /at least 4/,
      ],
      [
        {
          type: 'MultiLineString',
          coordinates: [
            [
              [114, 33],
              [114.1, 33],
            ],
            'line',
          ],
        },
        '$.features[0].geometry.coordinates[1]',
        /each line must be an array/,
      ],
      [{ type: 'MultiPoint', coordinates: [[114]] }, '$.features[0].geometry.coordinates[0]', /found an array of 1/],
      [
        { type: 'GeometryCollection', geometries: [{ type: 'Point' }] },
        '$.features[0].geometry.geometries[0].coordinates',
        /found nothing/,
      ],
      [
        { type: 'Point', coordinates: ['114', '33'] },
        '$.features[0].geometry.coordinates',
        /found the string "114" at index 0/,
      ],
      ['POINT(114 33)', '$.features[0].geometry', /must be an object/],
    ];
    for (const [geometry, path, message] of cases) {
      const { features, problems } = parseOne(geometry);
      expect(features).toEqual([]);
      expect(problems).toHaveLength(1);
      expect(problems[0].path).toBe(path);
      expect(problems[0].message).toMatch(message);
    }
  });
});
