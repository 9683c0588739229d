import { describe, expect, it } from 'vitest';
import { MAX_PROBLEMS, parseGeoJson } from '../../../../src/data/geojson/index.ts';
import { collection, feature, polygon, square } from './helpers.ts';

const parse = (input: unknown, crs?: string) => parseGeoJson(input, 'units.geojson', crs ? { crs } : {});

describe('parseGeoJson: containers', () => {
  it('accepts a FeatureCollection, keeping ids, indices and properties', () => {
    const { features, problems } = parse(
      JSON.stringify(
        collection(
          feature(polygon(square()), { name: '老城一号' }, 'U-01'),
          feature({ type: 'Point', coordinates: [114.02, 32.98, 55.5] }, { id: 7 }),
          feature(
            {
              type: 'LineString',
              coordinates: [
                [114, 33],
                [114.01, 33.01],
              ],
            },
            null,
          ),
        ),
      ),
    );
    expect(problems).toEqual([]);
    expect(features.map((f) => [f.id, f.index])).toEqual([
      ['U-01', 0],
      [7, 1],
      [2, 2],
    ]);
    expect(features[0].properties).toEqual({ name: '老城一号' });
    expect(features[1].geometry).toEqual({ type: 'Point', coordinates: [114.02, 32.98, 55.5] });
    expect(features[2].properties).toEqual({});
  });

  it('accepts a single Feature and a bare geometry', () => {
    expect(parse(feature({ type: 'Point', coordinates: [114, 33] }, {}, 'a')).features).toEqual([
      { id: 'a', index: 0, geometry: { type: 'Point', coordinates: [114, 33] }, properties: {} },
    ]);
    expect(parse(polygon(square())).features[0]).toMatchObject({ id: 0, index: 0, geometry: { type: 'Polygon' } });
  });

  it('returns an empty collection without problems', () => {
    expect(parse('{"type": "FeatureCollection", "features": []}')).toEqual({ features: [], problems: [] });
  });

  it('reports non-JSON text as one problem with its position', () => {
    const { features, problems } = parse('{"type": "FeatureCollection",\n "features": [,]}');
    expect(features).toEqual([]);
    expect(problems).toEqual([
      { path: '$', message: "not valid JSON at line 2, column 15: expected a value, found ','" },
    ]);
  });

  it.each([
    [[], '$', /found an array of 0/],
    [{ type: 'Topology' }, '$.type', /found type the string "Topology"/],
    [{ geometryType: 'esriGeometryPolygon', features: [] }, '$.type', /Esri JSON/],
    [{ type: 'FeatureCollection', features: {} }, '$.features', /needs a "features" array/],
  ])('rejects what is not GeoJSON: %j', (json, path, message) => {
    const { features, problems } = parse(json);
    expect(features).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0].path).toBe(path);
    expect(problems[0].message).toMatch(message);
  });
});

describe('parseGeoJson: features', () => {
  it('keeps the good features of a mix and reports each bad one with its path', () => {
    const { features, problems } = parse(
      collection(
        feature(polygon(square()), {}, 'good-1'),
        feature({ type: 'Polygon', coordinates: [[[114, 33], [114.1, 33], 'x', [114, 33]]] }, {}, 'bad-position'),
        { type: 'Feature', properties: {} },
        feature({ type: 'Polygn', coordinates: [] }),
        feature({ type: 'LineString', coordinates: [[114, 33]] }),
        'feature',
        feature({ type: 'Point', coordinates: [114, Number.NaN] }),
        feature({ type: 'Point', coordinates: [114.03, 32.99] }, {}, 'good-2'),
      ),
    );
    expect(features.map((f) => [f.id, f.index])).toEqual([
      ['good-1', 0],
      ['good-2', 7],
    ]);
    expect(problems.map((p) => p.path)).toEqual([
      '$.features[1].geometry.coordinates[0][2]',
      '$.features[2].geometry',
      '$.features[3].geometry.type',
      '$.features[4].geometry.coordinates',
      '$.features[5]',
      '$.features[6].geometry.coordinates',
    ]);
    expect(problems[0].message).toBe(
      'feature 1 (id "bad-position"): a position must be [x, y] or [x, y, height] with finite ' +
        'numbers (lon, lat in degrees by default), found the string "x"; the feature was dropped',
    );
    expect(problems[2].message).toMatch(/unknown geometry type the string "Polygn"; expected one of Point, MultiPoint/);
    expect(problems[3].message).toMatch(/a LineString needs at least 2 positions, found 1/);
    expect(problems[5].message).toMatch(/found the number NaN at index 1/);
    expect(problems.every((p) => p.severity === undefined)).toBe(true);
  });

  it('leaves out a feature with a null geometry, as a warning', () => {
    const { features, problems } = parse(
      collection(feature(null, { name: 'unlocated' }, 'n'), feature(polygon(square()))),
    );
    expect(features.map((f) => f.index)).toEqual([1]);
    expect(problems).toEqual([
      {
        path: '$.features[0].geometry',
        severity: 'warning',
        message: 'feature 0 (id "n"): it has no geometry (null), so there is nothing to draw; it was left out',
      },
    ]);
  });

  it('warns about odd ids, odd properties and duplicate ids', () => {
    const { features, problems } = parse(
      collection(
        feature(polygon(square()), [1, 2], { a: 1 }),
        feature(polygon(square()), { id: 'U-1' }),
        feature(polygon(square()), { id: 'U-1' }),
      ),
    );
    expect(features).toHaveLength(3);
    expect(features[0]).toMatchObject({ id: 0, properties: {} });
    expect(problems.map((p) => [p.path, p.severity])).toEqual([
      ['$.features[0].properties', 'warning'],
      ['$.features[0].id', 'warning'],
      ['$.features[2]', 'warning'],
    ]);
    expect(problems[2].message).toMatch(/its id "U-1" is also used by feature 1/);
  });

  it('caps a flood of problems with a summary', () => {
    const bad = Array.from({ length: MAX_PROBLEMS + 20 }, () =>
      feature({ type: 'Point', coordinates: [500_000, 3_650_000] }),
    );
    const { problems } = parse(collection(...bad));
    expect(problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(problems[MAX_PROBLEMS].message).toBe('… and 20 more problems like the ones above (not listed)');
  });

  it('reports an unsupported layer crs once', () => {
    const { features, problems } = parse(collection(feature(polygon(square()))), 'EPSG:2000');
    expect(features).toEqual([]);
    expect(problems).toEqual([
      { path: '$', message: expect.stringMatching(/^units.geojson: Unsupported coordinate system EPSG:2000/) },
    ]);
  });
});
