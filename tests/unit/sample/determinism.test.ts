import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDistrict } from '../../../tools/sample/district.ts';
import { sampleFiles } from '../../../tools/sample/outputs.ts';
import { createRng } from '../../../tools/sample/prng.ts';
import { sample } from './fixture.ts';

const repoRoot = join(import.meta.dirname, '../../..');

describe('sample determinism', () => {
  it('the seeded generator repeats itself and forks independent streams', () => {
    const a = createRng(42);
    const b = createRng(42);
    const drawsA = Array.from({ length: 100 }, () => a.next());
    expect(Array.from({ length: 100 }, () => b.next())).toEqual(drawsA);
    expect(drawsA.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(createRng(43).next()).not.toBe(drawsA[0]);
    expect(createRng(42).fork('x').next()).toBe(createRng(42).fork('x').next());
    expect(createRng(42).fork('x').next()).not.toBe(createRng(42).fork('y').next());
  });

  it('the same seed gives byte-identical files; another seed gives other files', () => {
    const first = sample().files;
    const again = sampleFiles(generateDistrict());
    expect([...again.keys()]).toEqual([...first.keys()]);
    for (const [path, text] of first) expect(again.get(path), path).toBe(text);
    const other = sampleFiles(generateDistrict(7));
    expect(other.get('assets/sample/buildings.geojson')).not.toBe(first.get('assets/sample/buildings.geojson'));
  }, 30_000); // three whole districts: ~2 s each on a busy 2-core machine

  it('the committed assets are what the default seed generates', () => {
    for (const [path, text] of sample().files) {
      expect(readFileSync(join(repoRoot, path), 'utf8') === text, `${path} is stale: run npm run sample`).toBe(true);
    }
  });
});
