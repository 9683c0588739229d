import { describe, expect, it } from 'vitest';
import { approximateBytes } from '../../../src/data/ifc/approximate-bytes.ts';
import { keysToEvict, type CacheUsage } from '../../../src/data/ifc/cache-budget.ts';

const MB = 1024 * 1024;
const entry = (key: string, sizeMB: number, lastUsedMs: number, version = 3): CacheUsage => ({
  key,
  version,
  sizeBytes: sizeMB * MB,
  lastUsedMs,
});

describe('IFC cache budget', () => {
  it('evicts nothing while the records fit', () => {
    expect(keysToEvict([entry('a', 200, 1), entry('b', 300, 2)], 3, 500 * MB)).toEqual([]);
  });

  it('evicts the least recently used until the rest fits', () => {
    const entries = [entry('new', 200, 30), entry('oldest', 200, 10), entry('middle', 200, 20)];
    expect(keysToEvict(entries, 3, 500 * MB)).toEqual(['oldest']);
    expect(keysToEvict(entries, 3, 250 * MB)).toEqual(['oldest', 'middle']);
  });

  it('a hit makes a record the last to go', () => {
    const before = [entry('a', 300, 10), entry('b', 300, 20)];
    expect(keysToEvict(before, 3, 500 * MB)).toEqual(['a']);
    const afterHitOnA = [entry('a', 300, 30), entry('b', 300, 20)];
    expect(keysToEvict(afterHitOnA, 3, 500 * MB)).toEqual(['b']);
  });

  it('removes every record of another conversion version, however recent or small', () => {
    expect(keysToEvict([entry('v2', 1, 99, 2), entry('v3', 1, 1)], 3, 500 * MB)).toEqual(['v2']);
  });

  it('evicts a model bigger than the whole budget', () => {
    expect(keysToEvict([entry('huge', 600, 5)], 3, 500 * MB)).toEqual(['huge']);
  });
});

describe('approximateBytes', () => {
  it('counts typed arrays by length, strings at two bytes a character, and nested objects', () => {
    expect(approximateBytes(new Uint8Array(1000))).toBe(1000);
    expect(approximateBytes('abcd')).toBe(8);
    const nested = approximateBytes({ glb: new Uint8Array(100), elements: [{ name: 'wall' }] });
    expect(nested).toBeGreaterThan(100 + 8);
    expect(nested).toBeLessThan(300);
  });
});
