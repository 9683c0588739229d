import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataError } from '../../../src/shared/errors.ts';
import { streamFeatureCollection } from '../../../tools/tiler/geojson-stream.ts';

describe('streamFeatureCollection', () => {
  let dir: string;
  beforeAll(async () => void (dir = await mkdtemp(join(tmpdir(), 'geojson-stream-'))));
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  async function read(text: string, chunkBytes?: number) {
    const path = join(dir, `f${Math.random()}.geojson`);
    await writeFile(path, text);
    const members: [string, unknown][] = [];
    const features: unknown[] = [];
    const count = await streamFeatureCollection(
      path,
      { onMember: (key, value) => members.push([key, value]), onFeature: (feature) => features.push(feature) },
      chunkBytes,
    );
    return { members, features, count };
  }

  const tricky = {
    type: 'FeatureCollection',
    name: 'a "quoted" name with } and ] inside',
    crs: { type: 'name', properties: { name: 'EPSG:4547' } },
    features: [
      { type: 'Feature', properties: { name: '驻马店 {[}]', note: 'back\\slash \\" quote' }, geometry: null },
      { type: 'Feature', properties: { list: [[1, 2], { a: [] }] }, geometry: { type: 'Point', coordinates: [1, 2] } },
    ],
    bbox: [1, 2, 3, 4],
  };

  it('hands over every feature and top-level member intact, whatever the chunk size', async () => {
    const text = `\ufeff${JSON.stringify(tricky, null, 2)}`;
    for (const chunkBytes of [1, 3, 7, 64, 1 << 20]) {
      const { members, features, count } = await read(text, chunkBytes);
      expect(count).toBe(2);
      expect(features).toEqual(tricky.features);
      expect(members).toEqual([
        ['type', 'FeatureCollection'],
        ['name', tricky.name],
        ['crs', tricky.crs],
        ['bbox', tricky.bbox],
      ]);
    }
  });

  it('rejects what is not a FeatureCollection, or is cut short', async () => {
    await expect(read('[1, 2]')).rejects.toThrow(DataError);
    await expect(read('{"type": "FeatureCollection"}')).rejects.toThrow(/no "features" array/);
    await expect(read('{"type": "FeatureCollection", "features": [{"type": "Feature"')).rejects.toThrow(/ends early/);
    await expect(read('{"features": [{"type": "Feature", oops}]}')).rejects.toThrow(/features\[0\]/);
  });
});
