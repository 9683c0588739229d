import { describe, expect, it } from 'vitest';
import { splitFeatures } from '../../../tools/ifc2tiles/split-features.ts';

/** Unit boxes centred at the given (x, y), z 0…1. */
function boxes(centres: [number, number][]): Float64Array {
  return Float64Array.from(centres.flatMap(([x, y]) => [x - 0.5, y - 0.5, 0, x + 0.5, y + 0.5, 1]));
}

/** A pseudo-random sequence that is the same on every run. */
function* lcg(seed: number): Generator<number> {
  for (let s = seed; ; ) yield (s = (s * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

describe('splitFeatures', () => {
  it('keeps a model within the limit as one tile, in model order', () => {
    expect(
      splitFeatures(
        boxes([
          [5, 0],
          [0, 0],
          [9, 9],
        ]),
        Uint32Array.of(10, 10, 10),
        30,
      ),
    ).toEqual([[0, 1, 2]]);
  });

  it('cuts across the longer horizontal axis at the median, each tile in model order', () => {
    // A row along x, listed out of order: the cut is by position, not by index.
    const xs = [7, 2, 5, 0, 6, 1, 4, 3];
    const tiles = splitFeatures(boxes(xs.map((x) => [x, 0])), new Uint32Array(8).fill(10), 40);
    expect(tiles).toEqual([
      [1, 3, 5, 7],
      [0, 2, 4, 6],
    ]);
    // Along y when the model is deeper than wide.
    expect(
      splitFeatures(
        boxes([
          [0, 9],
          [1, 0],
          [0, 8],
          [1, 1],
        ]),
        new Uint32Array(4).fill(10),
        20,
      ),
    ).toEqual([
      [1, 3],
      [0, 2],
    ]);
  });

  it('bounds every tile, holds every feature once and keeps tiles apart, on scattered features', () => {
    const random = lcg(7);
    const count = 5000;
    const centres = Array.from({ length: count }, (): [number, number] => [
      random.next().value! * 1000,
      random.next().value! * 300,
    ]);
    const counts = Uint32Array.from({ length: count }, () => 1 + Math.floor(random.next().value! * 200));
    const tiles = splitFeatures(boxes(centres), counts, 20_000);
    expect(tiles.length).toBeGreaterThan(8);
    for (const tile of tiles) {
      expect(tile.reduce((n, f) => n + counts[f]!, 0)).toBeLessThanOrEqual(20_000);
      expect(tile).toEqual([...tile].sort((a, b) => a - b));
    }
    expect(tiles.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: count }, (_, f) => f));
    // Median cuts: tiles hold about as many features as each other (within one cut's rounding per level).
    const sizes = tiles.map((t) => t.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(Math.log2(tiles.length) + 1);
  });

  it('shares features with one centre out half each, and gives a feature over the limit a tile of its own', () => {
    const same = splitFeatures(
      boxes(Array.from({ length: 6 }, (): [number, number] => [3, 3])),
      new Uint32Array(6).fill(10),
      30,
    );
    expect(same.map((t) => t.length)).toEqual([3, 3]);
    expect(
      splitFeatures(
        boxes([
          [0, 0],
          [10, 0],
        ]),
        Uint32Array.of(500, 1),
        100,
      ),
    ).toEqual([[0], [1]]);
  });
});
