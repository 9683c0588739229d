import { describe, expect, it } from 'vitest';
import { DataError } from '../../../src/shared/errors.ts';
import { readFootprint } from '../../../tools/tiler/footprint-geometry.ts';
import { boxRing, collection, polygonFeature, tileToTemp, ZHUMADIAN } from './fixtures.ts';

const at = (i: number) => boxRing(ZHUMADIAN.lon + i * 0.0005, ZHUMADIAN.lat, 12, 12);
const open = (ring: number[][]) => ring.slice(0, -1);
const [lon, lat] = [ZHUMADIAN.lon, ZHUMADIAN.lat];
const d = 0.0001;

const cases: [object, string | RegExp][] = [
  [polygonFeature('open', [open(at(1))], { floors: 3 }), /not closed/],
  [
    polygonFeature(
      'short',
      [
        [
          [lon, lat],
          [lon + d, lat],
          [lon, lat],
        ],
      ],
      { floors: 3 },
    ),
    /at least 4/,
  ],
  [polygonFeature('nan', [at(2).map((p, i) => (i === 1 ? [NaN, p[1]!] : p))], { floors: 3 }), /finite/],
  [
    polygonFeature(
      'bowtie',
      [
        [
          [lon, lat],
          [lon + d, lat + d],
          [lon + d, lat],
          [lon, lat + d],
          [lon, lat],
        ],
      ],
      { floors: 3 },
    ),
    /touch or cross/,
  ],
  [
    polygonFeature(
      'spike',
      [
        [
          [lon, lat],
          [lon + d, lat],
          [lon + 2 * d, lat],
          [lon + d, lat],
          [lon + d, lat + d],
          [lon, lat],
        ],
      ],
      { floors: 3 },
    ),
    /touch or cross/,
  ],
  [
    polygonFeature(
      'sliver',
      [
        [
          [lon, lat],
          [lon + d / 10, lat],
          [lon + d / 10, lat + 2e-8],
          [lon, lat],
        ],
      ],
      { floors: 3 },
    ),
    /zero area/,
  ],
  [
    polygonFeature(
      'dupes',
      [
        [
          [lon, lat],
          [lon, lat],
          [lon + d, lat],
          [lon + d, lat],
          [lon, lat],
        ],
      ],
      { floors: 3 },
    ),
    /fewer than 3 distinct/,
  ],
  [polygonFeature('stray-hole', [at(3), boxRing(lon + 1, lat, 4, 4).reverse()], { floors: 3 }), /outside its exterior/],
  [
    polygonFeature('no-height', [at(4)], { heightMeters: 'tall', floors: null }),
    /no usable height: heightMeters is "tall", floors is missing/,
  ],
  [polygonFeature('too-tall', [at(5)], { heightMeters: 5000 }), /implausible/],
  [
    { type: 'Feature', id: 'point', properties: { floors: 2 }, geometry: { type: 'Point', coordinates: [lon, lat] } },
    /Point is not a Polygon/,
  ],
  [{ type: 'Feature', id: 'null', properties: { floors: 2 }, geometry: null }, /no geometry/],
  [
    { type: 'Feature', id: 'garbage', properties: { floors: 2 }, geometry: { type: 'Polygon', coordinates: 'x' } },
    /no coordinates/,
  ],
  [
    { type: 'Feature', id: 'rings', properties: { floors: 2 }, geometry: { type: 'Polygon', coordinates: [5] } },
    /not an array of positions/,
  ],
];

describe('bad features', () => {
  it('skips and reports each bad feature with its index, id and reason, and tiles the rest', async () => {
    const good = [
      polygonFeature('good-floors', [at(10)], { floors: 5 }),
      polygonFeature(undefined, [at(11)], { heightMeters: ' 21.5 ' }),
      {
        type: 'Feature',
        properties: { floors: 2 },
        geometry: { type: 'MultiPolygon', coordinates: [[at(12)], [at(13)]] },
      },
    ];
    const features = [...good, ...cases.map(([feature]) => feature), null as unknown as object];
    const { report, glbs } = await tileToTemp(collection(features));
    expect(report.featuresIn).toBe(features.length);
    expect(report.buildingsWritten).toBe(good.length);
    expect(report.skipped).toHaveLength(cases.length + 1);
    cases.forEach(([feature, reason], i) => {
      const skipped = report.skipped.find((s) => s.index === good.length + i)!;
      expect(skipped.id).toBe((feature as { id: string }).id);
      expect(skipped.reason).toMatch(reason);
    });
    expect(report.skipped.at(-1)).toMatchObject({ index: features.length - 1, kind: 'no-height' });
    expect(report.skippedByKind).toEqual({ 'invalid-geometry': 9, 'no-height': 3, 'unsupported-geometry': 3 });
    const rows = [...glbs.values()].flatMap((glb) => glb.propertyTable());
    expect(rows.map((r) => [r.id, r.heightMeters]).sort()).toEqual([
      ['feature-1', 21.5],
      ['feature-2', 6],
      ['good-floors', 15],
    ]);
  });

  it('fails with a DataError naming the reasons when nothing is usable', async () => {
    const all = collection(cases.map(([feature]) => feature));
    await expect(tileToTemp(all)).rejects.toThrow(DataError);
    await expect(tileToTemp(all)).rejects.toThrow(
      /no usable buildings \(.*invalid-geometry.*\); first: feature 0: ring 0 is not closed/,
    );
  });

  it('lets a hole touch nothing but still accepts a clean courtyard', () => {
    const reasonFor = (hole: number[][]) => {
      const read = readFootprint({ type: 'Polygon', coordinates: [boxRing(lon, lat, 20, 20), hole] }, (x, y) => [x, y]);
      return 'reason' in read ? read.reason : undefined;
    };
    expect(reasonFor(boxRing(lon, lat, 12, 12).reverse())).toBeUndefined();
    expect(reasonFor(boxRing(lon + 0.0001, lat, 12, 12).reverse())).toMatch(/rings 0 and 1 have edges that touch/);
    expect(reasonFor(boxRing(lon + 0.0003, lat, 4, 4).reverse())).toMatch(/hole ring 1 lies outside/);
  });
});
