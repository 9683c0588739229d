import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataError } from '../../../src/shared/errors.ts';
import { mergePartitions } from '../../../tools/tiler/merge.ts';
import { parsePartition } from '../../../tools/tiler/partition.ts';
import { syntheticFootprints } from '../../../tools/tiler/synthetic-footprints.ts';
import { tileFootprints } from '../../../tools/tiler/tiler.ts';
import { collection } from './fixtures.ts';

// Attributes whose kind only the whole input decides: a partition without feature 0 must still call permitNo INT32
// and keep the `landmark` column (as STRING: booleans with missing values), though it holds none of its values.
const input = collection(
  [...(syntheticFootprints(1500, 4) as Generator<{ properties: object }>)].map((feature, i) => ({
    ...feature,
    properties: { ...feature.properties, permitNo: i === 0 ? 70_000 : i, ...(i === 0 ? { landmark: true } : {}) },
  })),
);
const options = { maxFeaturesPerTile: 60 };

async function filesOf(dir: string): Promise<Map<string, Buffer>> {
  const names = await readdir(join(dir, 'tiles'));
  return new Map(await Promise.all(names.map(async (n) => [n, await readFile(join(dir, 'tiles', n))] as const)));
}

describe('partitions and merge', () => {
  let dir: string;
  const stored: number[] = [];
  let total = 0;
  const out = (name: string) => join(dir, name);
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tiler-partition-'));
    total = (await tileFootprints(input, out('single'), options)).buildingsStored;
    for (const k of [0, 1]) {
      const report = await tileFootprints(input, out(`part${k}`), { ...options, partition: { index: k, count: 2 } });
      stored.push(report.buildingsStored);
    }
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('writes disjoint shares that merge into the single run: same tileset.json, same tiles byte for byte', async () => {
    const [single, part0, part1] = await Promise.all(['single', 'part0', 'part1'].map((d) => filesOf(out(d))));
    expect(part0.size).toBeGreaterThan(1);
    expect(part1.size).toBeGreaterThan(1);
    expect([...part0.keys()].filter((name) => part1.has(name))).toEqual([]);
    expect(part0.size + part1.size).toBe(single.size);

    expect(await mergePartitions([out('part1'), out('part0')], out('merged'))).toBe(single.size);
    const merged = await filesOf(out('merged'));
    expect([...merged.keys()].sort()).toEqual([...single.keys()].sort());
    for (const [name, bytes] of single) expect(merged.get(name)!.equals(bytes)).toBe(true);
    const tileset = (d: string) => readFile(join(out(d), 'tileset.json'), 'utf8');
    expect(await tileset('merged')).toBe(await tileset('single'));
  });

  it('stores in full only the buildings of its own tiles', () => {
    expect(total).toBe(1500);
    for (const n of stored) expect(n).toBeLessThan(total);
    expect(stored[0]! + stored[1]!).toBe(total);
  });

  it('refuses an incomplete or mixed set of partitions, and a malformed K/N', async () => {
    await expect(mergePartitions([out('part0')], out('bad'))).rejects.toThrow(/partitions 1 of 2 are missing/);
    await expect(mergePartitions([out('part0'), out('part0')], out('bad'))).rejects.toThrow(/partition 0 again/);
    await expect(mergePartitions([out('single')], out('bad'))).rejects.toThrow(DataError);
    expect(parsePartition('1/3')).toEqual({ index: 1, count: 3 });
    for (const bad of ['3/3', '1', '-1/2', 'a/b']) expect(() => parsePartition(bad)).toThrow(/K\/N/);
  });
});
