// Shapefiles written by GDAL's ogr2ogr (tests/browser/fixtures/shapefile, made from the GeoJSON in the comments
// below) read back to the same features: geometry, Z, holes, multipolygons, GBK and UTF-8 attributes, CRS from .prj.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setFetchPolicy } from '../../../src/data/fetch-policy.ts';
import { parseGeoJson } from '../../../src/data/geojson/index.ts';
import { crsFromPrj } from '../../../src/data/shapefile/prj-to-crs.ts';
import { readDbf } from '../../../src/data/shapefile/read-dbf.ts';
import { fetchShapefileParts, shapefileToGeoJson, type ShapefileParts } from '../../../src/data/shapefile/index.ts';
import { readShp } from '../../../src/data/shapefile/read-shp.ts';
import { DataError } from '../../../src/shared/errors.ts';
import { type ShpPolygonRecord, writePolygonShp } from '../../../tools/bench/shapefile/write-shapefile.ts';

const DIR = new URL('../../browser/fixtures/shapefile/', import.meta.url);
const optionalText = (name: string) => {
  try {
    return readFileSync(new URL(name, DIR), 'utf8');
  } catch {
    return undefined;
  }
};
function parts(base: string): ShapefileParts {
  return {
    source: `${base}.shp`,
    shp: new Uint8Array(readFileSync(new URL(`${base}.shp`, DIR))),
    dbf: new Uint8Array(readFileSync(new URL(`${base}.dbf`, DIR))),
    prj: optionalText(`${base}.prj`),
    cpg: optionalText(`${base}.cpg`),
  };
}
function read(base: string, fallbackCrs = 'EPSG:4326') {
  const converted = shapefileToGeoJson(parts(base), fallbackCrs);
  const parsed = parseGeoJson(converted.featureCollection, `${base}.shp`, { crs: converted.crs });
  return { ...converted, ...parsed, fileProblems: converted.problems };
}
const close = (actual: number[], expected: number[], digits = 7) =>
  expected.forEach((v, i) => expect(actual[i]).toBeCloseTo(v, digits));

// units.geojson: RU-01 老街片区 a square 114.010–114.020 × 32.970–32.978 with a hole 114.013–114.016 × 32.972–32.975;
// RU-02 棚户区 two parts. Written with -t_srs EPSG:4547 (and 4527) and -lco ENCODING=GBK (4547).
describe('shapefile reading', () => {
  it('reads polygons in CGCS2000 / 3° GK CM 114°E with GBK attributes, holes and multipolygons', () => {
    const { crs, features, problems, fileProblems } = read('units-4547');
    expect(crs).toBe('EPSG:4547');
    expect(problems).toEqual([]);
    expect(fileProblems).toEqual([]);
    expect(features.map((f) => f.properties)).toEqual([
      { id: 'RU-01', name: '老街片区', mode: '保护传承', farMax: 1.2, year: 1998 },
      { id: 'RU-02', name: '棚户区', mode: '拆除新建', farMax: 2.5, year: null },
    ]);
    const [first, second] = features;
    expect(first.geometry.type).toBe('Polygon');
    const rings = (first.geometry as { coordinates: number[][][] }).coordinates;
    expect(rings).toHaveLength(2);
    const lons = rings[0].map((p) => p[0]);
    const lats = rings[0].map((p) => p[1]);
    close(
      [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)],
      [114.01, 114.02, 32.97, 32.978],
    );
    const holeLons = rings[1].map((p) => p[0]);
    close([Math.min(...holeLons), Math.max(...holeLons)], [114.013, 114.016]);
    expect(second.geometry.type).toBe('MultiPolygon');
    expect((second.geometry as { coordinates: unknown[] }).coordinates).toHaveLength(2);
  });

  it('knows the zone-number Gauss–Krüger CRSs (EPSG:4527, false easting 39 500 000 m)', () => {
    const { crs, features } = read('units-4527');
    expect(crs).toBe('EPSG:4527');
    const ring = (features[0].geometry as { coordinates: number[][][] }).coordinates[0];
    close([Math.min(...ring.map((p) => p[0])), Math.max(...ring.map((p) => p[1]))], [114.01, 32.978]);
  });

  it('keeps Z on polylines and reads UTF-8 attributes in CGCS2000 geographic', () => {
    const { crs, features } = read('pipes-4490');
    expect(crs).toBe('EPSG:4490');
    expect(features[0].properties).toEqual({ class: 'JS', diameterMm: 300, material: '球墨铸铁' });
    expect(features[0].geometry).toEqual({
      type: 'LineString',
      coordinates: [
        [114.01, 32.97, 80.5],
        [114.011, 32.9705, 80.2],
        [114.012, 32.971, 80],
      ],
    });
    expect(features[1].geometry.type).toBe('MultiLineString');
    expect((features[1].geometry as { coordinates: number[][][] }).coordinates[1][1]).toEqual([114.023, 32.971, 77.6]);
  });

  it('reads points with numeric and text fields (GDAL writes GeoJSON booleans as integers, dates as text)', () => {
    const { features } = read('wells-4326');
    expect(features.map((f) => [f.geometry, f.properties])).toEqual([
      [
        { type: 'Point', coordinates: [114.015, 32.975] },
        { name: '井1', depthM: 2.5, checked: 1, date: '2021-05-03' },
      ],
      [
        { type: 'Point', coordinates: [114.016, 32.976] },
        { name: '井2', depthM: 3.25, checked: 0, date: '2019-11-30' },
      ],
    ]);
  });

  it('without .prj or .cpg: reads in the layer crs with a warning and recognises GBK text by itself', () => {
    const noSidecars: ShapefileParts = { ...parts('noprj'), prj: undefined, cpg: undefined };
    const converted = shapefileToGeoJson(noSidecars, 'EPSG:4547');
    expect(converted.crs).toBe('EPSG:4547');
    expect(converted.problems.map((p) => p.message)).toEqual([expect.stringMatching(/no \.prj.*EPSG:4547/)]);
    expect(converted.featureCollection.features[1].properties.name).toBe('棚户区');
  });

  it('leaves out records the .dbf marks deleted', () => {
    const copy = parts('units-4547');
    const dbf = copy.dbf!.slice();
    const view = new DataView(dbf.buffer);
    dbf[view.getUint16(8, true)] = 0x2a; // first record's deletion flag
    const { featureCollection } = shapefileToGeoJson({ ...copy, dbf }, 'EPSG:4326');
    expect(featureCollection.features.map((f) => f.properties.id)).toEqual(['RU-02']);
  });

  it('names the file and the problem for truncated, foreign and unsupported input', () => {
    const good = parts('units-4547');
    const expectError = (change: Partial<ShapefileParts>, file: string, message: RegExp) => {
      try {
        shapefileToGeoJson({ ...good, ...change }, 'EPSG:4326');
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(DataError);
        expect((error as DataError).source).toBe(file);
        expect((error as DataError).message).toMatch(message);
      }
    };
    expectError({ shp: good.shp.slice(0, 180) }, 'units-4547.shp', /truncated/);
    expectError(
      {
        shp: new TextEncoder().encode(
          '{"type": "FeatureCollection", "features": [] } and more padding to 100 bytes .........................',
        ),
      },
      'units-4547.shp',
      /not a shapefile/,
    );
    expectError(
      {
        prj: 'PROJCS["Xian_1980_3_Degree_GK_CM_114E",GEOGCS["GCS_Xian_1980",DATUM["D_Xian_1980",SPHEROID["Xian_1980",6378140.0,298.257]]],PROJECTION["Gauss_Kruger"],PARAMETER["Central_Meridian",114.0]]',
      },
      'units-4547.prj',
      /Xian_1980.*datum shift/,
    );
  });
});

/** A closed axis-aligned square ring from (min, min) to (max, max): clockwise (a shapefile outer ring) or not. */
const square = (min: number, max: number, clockwise: boolean): [number, number][] => {
  const ring: [number, number][] = [
    [min, min],
    [max, min],
    [max, max],
    [min, max],
    [min, min],
  ];
  return clockwise ? ring.reverse() : ring;
};
const thrown = (read: () => unknown): unknown => {
  try {
    read();
  } catch (error) {
    return error;
  }
  return undefined;
};

describe('shapefile polygon rings', () => {
  it('gives each hole to the smallest outer ring around it: an island in a hole keeps its own hole', () => {
    const [outer, hole, island, islandHole] = [
      square(0, 100, true),
      square(10, 90, false),
      square(30, 70, true),
      square(40, 60, false),
    ];
    // The island's hole lies inside the big outer ring too, which comes first in the file.
    const record: ShpPolygonRecord = [outer, hole, island, islandHole];
    expect(readShp(writePolygonShp([record]), 'island.shp')).toEqual([
      {
        type: 'MultiPolygon',
        coordinates: [
          [outer, hole],
          [island, islandHole],
        ],
      },
    ]);
  });

  it('keeps a hole that touches its shell at its first corner', () => {
    const outer = square(0, 100, true);
    // Counter-clockwise, starting on the shell's east edge, where point-in-ring says "outside".
    const hole: [number, number][] = [
      [100, 50],
      [60, 70],
      [60, 30],
      [100, 50],
    ];
    expect(readShp(writePolygonShp([[outer, hole]]), 'touch.shp')).toEqual([
      { type: 'Polygon', coordinates: [outer, hole] },
    ]);
  });

  it('refuses a point or part count that runs past the record with a DataError naming the record', () => {
    const good = writePolygonShp([[square(0, 10, true)]]);
    const withInt = (offsetBytes: number, value: number) => {
      const bytes = good.slice();
      new DataView(bytes.buffer).setInt32(108 + offsetBytes, value, true);
      return bytes;
    };
    const pointsPast = thrown(() => readShp(withInt(40, 50), 'points.shp'));
    expect(pointsPast).toBeInstanceOf(DataError);
    expect((pointsPast as DataError).describe()).toMatch(/^points\.shp: record 1: 50 points .* does not fit/);
    const partsPast = thrown(() => readShp(withInt(36, 5), 'parts.shp'));
    expect(partsPast).toBeInstanceOf(DataError);
    expect((partsPast as DataError).describe()).toMatch(/^parts\.shp: record 1: .* does not fit/);
  });
});

describe('fetching a shapefile beside its .shp', () => {
  const BASE = 'http://cim.intranet/data/units';
  afterEach(() => vi.unstubAllGlobals());

  /** Serves the .shp; every side file answers as `sideFiles` says (a status, or 'offline' for a network error). */
  function serve(sideFiles: Record<string, number | 'offline'>) {
    setFetchPolicy({ pageUrl: 'http://cim.intranet/index.html', dataOrigins: [], maxFileBytes: 1 << 20 });
    vi.stubGlobal('fetch', async (url: string) => {
      const extension = url.slice(url.lastIndexOf('.'));
      if (extension === '.shp') return new Response(writePolygonShp([[square(0, 10, true)]]));
      const answer = sideFiles[extension] ?? 404;
      if (answer === 'offline') throw new TypeError('Failed to fetch');
      return new Response(answer === 200 ? 'UTF-8' : 'error', { status: answer });
    });
  }
  const failure = () =>
    fetchShapefileParts(`${BASE}.shp`).then(
      () => undefined,
      (error: unknown) => error,
    );

  it('reads on without side files that are not there (404)', async () => {
    serve({ '.cpg': 200 });
    expect(await fetchShapefileParts(`${BASE}.shp`)).toMatchObject({ dbf: undefined, prj: undefined, cpg: 'UTF-8' });
  });

  it('fails naming the side file when it answers 500 or cannot be reached', async () => {
    for (const [extension, answer, message] of [
      ['.dbf', 500, /HTTP 500/],
      ['.prj', 'offline', /could not be reached/],
      ['.cpg', 503, /HTTP 503/],
    ] as const) {
      serve({ [extension]: answer });
      const error = await failure();
      expect(error).toBeInstanceOf(DataError);
      expect((error as DataError).source).toBe(`${BASE}${extension}`);
      expect((error as DataError).message).toMatch(message);
    }
  });
});

describe('.prj → EPSG code', () => {
  it('takes an EPSG authority, recognises CGCS2000 and WGS84 geographic, Web Mercator and both GK numberings', () => {
    expect(
      crsFromPrj(
        'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563]],AUTHORITY["EPSG","4326"]]',
      ),
    ).toEqual({ code: 4326 });
    expect(crsFromPrj(readFileSync(new URL('pipes-4490.prj', DIR), 'utf8'))).toEqual({ code: 4490 });
    expect(
      crsFromPrj(
        'PROJCS["WGS_1984_Web_Mercator_Auxiliary_Sphere",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]]],PROJECTION["Mercator_Auxiliary_Sphere"]]',
      ),
    ).toEqual({ code: 3857 });
    expect(crsFromPrj(readFileSync(new URL('units-4547.prj', DIR), 'utf8'))).toEqual({ code: 4547 });
    expect(crsFromPrj(readFileSync(new URL('units-4527.prj', DIR), 'utf8'))).toEqual({ code: 4527 });
    expect(
      crsFromPrj(
        'PROJCS["CGCS2000 odd",GEOGCS["x",DATUM["China_2000"]],PROJECTION["Transverse_Mercator"],PARAMETER["Central_Meridian",113.5],PARAMETER["False_Easting",500000]]',
      ),
    ).toEqual({ unsupported: expect.stringMatching(/CGCS2000 odd.*4513–4554/) });
  });
});

describe('.dbf field types', () => {
  /** A dBASE III table with one logical (L, 1) and one date (D, 8) field. */
  function dbfWith(rows: string[]): Uint8Array {
    const headerBytes = 32 + 2 * 32 + 1;
    const recordBytes = 1 + 1 + 8;
    const bytes = new Uint8Array(headerBytes + rows.length * recordBytes);
    const view = new DataView(bytes.buffer);
    bytes[0] = 3;
    view.setUint32(4, rows.length, true);
    view.setUint16(8, headerBytes, true);
    view.setUint16(10, recordBytes, true);
    [
      ['OK', 'L', 1],
      ['SURVEYED', 'D', 8],
    ].forEach(([name, type, length], i) => {
      bytes.set(new TextEncoder().encode(name as string), 32 + 32 * i);
      bytes[32 + 32 * i + 11] = (type as string).charCodeAt(0);
      bytes[32 + 32 * i + 16] = length as number;
    });
    bytes[headerBytes - 1] = 0x0d;
    rows.forEach((row, i) => bytes.set(new TextEncoder().encode(` ${row}`), headerBytes + i * recordBytes));
    return bytes;
  }

  it('reads logicals (T/Y, F/N, ? = unknown) and dates as ISO text', () => {
    expect(readDbf(dbfWith(['T20210503', 'N19991231', '?        ']), 't.dbf').records).toEqual([
      { OK: true, SURVEYED: '2021-05-03' },
      { OK: false, SURVEYED: '1999-12-31' },
      { OK: null, SURVEYED: null },
    ]);
  });
});
