// The drape on the buildings: which buildings a draped layer tints and how, and how the building layers' paints stack.
import { describe, expect, it } from 'vitest';
import { buildingTints, tintCss, tintOf, type DrapedArea } from '../../../src/analysis/drape/drape-tint.ts';
import { composePaints } from '../../../src/layers/compose-paint.ts';
import type { FeaturePaint } from '../../../src/layers/map-layer.ts';
import { building, rect } from '../analysis/units-fixtures.ts';

const area = (x0: number, x1: number, color: [number, number, number], alpha: number): DrapedArea => ({
  parts: [[rect(x0, 0, x1, 100)]],
  color,
  alpha,
});

describe('drape tint', () => {
  it('mixes white toward the fill’s hue at full brightness by its opacity', () => {
    expect(tintOf([1, 0, 0], 0)).toEqual([1, 1, 1]);
    expect(tintOf([0.25, 0.5, 1], 1)).toEqual([0.25, 0.5, 1]);
    expect(tintOf([0, 0.5, 1], 0.5)).toEqual([0.5, 0.75, 1]);
    expect(tintOf([0, 0.25, 0.5], 0.5)).toEqual([0.5, 0.75, 1]); // a dark fill tints, it does not darken
    expect(tintOf([0, 0, 0], 0.5)).toEqual([0.5, 0.5, 0.5]);
    expect(tintCss([1, 0.5, 0])).toBe('rgb(255, 128, 0)');
  });

  it('tints a building standing in an area (most of its footprint), layers multiplied; others none', () => {
    const inside = building('in', rect(10, 10, 30, 30));
    const straddling = building('mostly-right', rect(40, 10, 70, 30)); // 10 m left of x=50, 20 m right
    const outside = building('out', rect(210, 10, 230, 30));
    const left = area(0, 50, [1, 0, 0], 0.5);
    const right = area(50, 100, [0, 0, 1], 0.5);
    const wide = area(0, 100, [0, 1, 0], 1);
    const tints = buildingTints(
      [
        { areas: [left, right], opacity: 1 },
        { areas: [wide], opacity: 0.5 },
      ],
      [inside, straddling, outside],
    );
    const green = tintOf([0, 1, 0], 0.5);
    expect(tints[0]).toEqual([1 * green[0], 0.5 * green[1], 0.5 * green[2]]);
    expect(tints[1]).toEqual([0.5 * green[0], 0.5 * green[1], 1 * green[2]]);
    expect(tints[2]).toBeNull();
  });
});

describe('composed paints', () => {
  const get = (id: string) => (name: string) => (name === 'id' ? id : undefined);
  const tint: FeaturePaint = (read) =>
    read('id') === 'a' || read('id') === 'b' ? { color: 'tint', show: true } : undefined;
  const thematic: FeaturePaint = (read) => ({
    color: read('id') === 'a' ? 'red' : undefined,
    show: read('id') !== 'c',
  });
  const health: FeaturePaint = (read) => (read('id') === 'd' ? { color: 'uncovered', show: true } : undefined);

  it('the topmost colour wins, a paint without one shows the one under it, and show is every paint’s AND', () => {
    const paint = composePaints([tint, thematic, health])!;
    expect(paint(get('a'))).toEqual({ color: 'red', show: true });
    expect(paint(get('b'))).toEqual({ color: 'tint', show: true });
    expect(paint(get('c'))).toEqual({ show: false });
    expect(paint(get('d'))).toEqual({ color: 'uncovered', show: true });
    expect(composePaints([tint, health])!(get('e'))).toBeUndefined();
  });

  it('no paint is null (the layer’s own style), one paint is itself', () => {
    expect(composePaints([])).toBeNull();
    expect(composePaints([tint])).toBe(tint);
  });
});
