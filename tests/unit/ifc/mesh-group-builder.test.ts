import { describe, expect, it } from 'vitest';
import { MeshGroupBuilder } from '../../../src/data/ifc/mesh-group-builder.ts';

const IDENTITY = [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1];
/** One triangle (x, y, z, nx, ny, nz per vertex), counter-clockwise seen from +z. */
const TRIANGLE = new Float32Array([0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 1]);
const INDICES = new Uint32Array([0, 1, 2]);
const emptyBounds = () => [Infinity, Infinity, Infinity, -Infinity, -Infinity, -Infinity];

/** The triangle's normal from its winding. */
function windingNormal(positions: Float32Array, indices: Uint32Array, t = 0): number[] {
  const p = (k: number) => [0, 1, 2].map((c) => positions[indices[t * 3 + k]! * 3 + c]!);
  const [a, b, c] = [p(0), p(1), p(2)];
  const u = [b[0]! - a[0]!, b[1]! - a[1]!, b[2]! - a[2]!];
  const v = [c[0]! - a[0]!, c[1]! - a[1]!, c[2]! - a[2]!];
  return [u[1]! * v[2]! - u[2]! * v[1]!, u[2]! * v[0]! - u[0]! * v[2]!, u[0]! * v[1]! - u[1]! * v[0]!];
}

describe('MeshGroupBuilder', () => {
  it('keeps millimetres of a model placed a thousand kilometres from its IFC origin', () => {
    // Anchored at the first vertex, as the streamer does; finished around a centre elsewhere in the model.
    const builder = new MeshGroupBuilder([1, 1, 1, 1], [1_000_000.0004, 500_000.0007, 2_000_000.0011]);
    const far = [...IDENTITY.slice(0, 12), 1_000_000.0004, 500_000.0007, 2_000_000.0011, 1];
    const bounds = emptyBounds();
    builder.add(TRIANGLE, INDICES, far, 0, bounds);
    const group = builder.finish([1_000_000, 500_000, 2_000_000]);
    expect(group.positions[0]).toBeCloseTo(0.0004, 6);
    expect(group.positions[1]).toBeCloseTo(0.0007, 6);
    expect(group.positions[5]).toBeCloseTo(0.0011, 6);
    expect(group.positions[3]).toBeCloseTo(1.0004, 6);
    expect(bounds).toEqual([0, 0, 0, 1, 1, 0]); // relative to the anchor
  });

  it('turns the winding of a mirroring placement back so faces still face their normals', () => {
    const mirrorX = [-1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1];
    const builder = new MeshGroupBuilder([1, 1, 1, 1], [0, 0, 0]);
    builder.add(TRIANGLE, INDICES, IDENTITY, 0, emptyBounds());
    builder.add(TRIANGLE, INDICES, mirrorX, 1, [...emptyBounds(), ...emptyBounds()]);
    const group = builder.finish([0, 0, 0]);
    for (const t of [0, 1]) {
      expect(windingNormal(group.positions, group.indices, t)[2]).toBeGreaterThan(0);
      expect(group.normals[group.indices[t * 3]! * 3 + 2]).toBeCloseTo(1, 6);
    }
    // the second geometry's indices point past the first one's vertices
    expect([...group.indices.slice(3)].every((i) => i >= 3)).toBe(true);
  });

  it('grows past its first buffers, counts vertices, tags features and grows the box it is given', () => {
    const builder = new MeshGroupBuilder([0.5, 0.5, 0.5, 1], [0, 0, 0]);
    const bounds = [...emptyBounds(), ...emptyBounds()];
    let vertices = 0;
    for (let k = 0; k < 3000; k++) {
      const shifted = [...IDENTITY.slice(0, 12), k, 0, -k, 1];
      vertices += builder.add(TRIANGLE, INDICES, shifted, k % 2, bounds);
    }
    const group = builder.finish([0, 0, 0]);
    expect(vertices).toBe(9000);
    expect(group.positions).toHaveLength(27_000);
    expect(group.indices).toHaveLength(9000);
    expect(Math.max(...group.indices)).toBe(8999);
    expect(group.featureIds[0]).toBe(0);
    expect(group.featureIds[3]).toBe(1);
    expect(group.positions[3 * 8997]).toBe(2999);
    // feature 0 holds the even shifts 0…2998, feature 1 the odd ones 1…2999
    expect(bounds.slice(0, 6)).toEqual([0, 0, -2998, 2999, 1, 0]);
    expect(bounds.slice(6)).toEqual([1, 0, -2999, 3000, 1, -1]);
  });
});
