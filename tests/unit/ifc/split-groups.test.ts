import { describe, expect, it } from 'vitest';
import type { MeshGroup } from '../../../src/data/ifc/element-meshes.ts';
import { splitGroupsByTile } from '../../../src/data/ifc/split-groups.ts';

/** One triangle per feature, vertex k of feature f at x = 10 f + k. */
function group(features: number[], color: MeshGroup['color']): MeshGroup {
  const n = features.length * 3;
  return {
    color,
    positions: Float32Array.from({ length: n * 3 }, (_, i) =>
      i % 3 === 0 ? 10 * features[Math.floor(i / 9)]! + (Math.floor(i / 3) % 3) : 0,
    ),
    normals: Float32Array.from({ length: n * 3 }, (_, i) => (i % 3 === 2 ? 1 : 0)),
    indices: Uint32Array.from({ length: n }, (_, i) => i),
    featureIds: Float32Array.from({ length: n }, (_, i) => features[Math.floor(i / 3)]!),
  };
}

describe('splitGroupsByTile', () => {
  const red: MeshGroup['color'] = [1, 0, 0, 1];
  const grey: MeshGroup['color'] = [0.5, 0.5, 0.5, 1];
  const tiles = splitGroupsByTile([group([0, 1, 2], red), group([2], grey)], 3, [[2, 0], [1]]);

  it('gives each tile the vertices of its features only, renumbered in the order the tile lists them', () => {
    const [first, second] = tiles;
    expect(first!.map((g) => g.color)).toEqual([red, grey]);
    expect(second!.map((g) => g.color)).toEqual([red]); // feature 1 has nothing grey: no empty group
    expect([...first![0]!.featureIds]).toEqual([1, 1, 1, 0, 0, 0]); // feature 0 → 1, feature 2 → 0
    expect([...first![0]!.positions].filter((_, i) => i % 3 === 0)).toEqual([0, 1, 2, 20, 21, 22]);
    expect([...second![0]!.featureIds]).toEqual([0, 0, 0]);
    expect([...second![0]!.positions].filter((_, i) => i % 3 === 0)).toEqual([10, 11, 12]);
  });

  it('remaps the triangles onto each tile’s own vertices', () => {
    for (const tile of tiles) {
      for (const g of tile) {
        expect(g.indices.length).toBe(g.featureIds.length);
        expect(Math.max(...g.indices)).toBe(g.featureIds.length - 1);
        expect(g.normals.filter((_, i) => i % 3 === 2).every((z) => z === 1)).toBe(true);
      }
    }
  });
});
