import { describe, expect, it } from 'vitest';
import { LocalFrame } from '../../../src/geometry/ellipsoid.ts';
import { extrudeBuildings, type FeatureMesh } from '../../../tools/tiler/extrude.ts';
import { readFootprint } from '../../../tools/tiler/footprint-geometry.ts';
import { FootprintStore } from '../../../tools/tiler/footprint-store.ts';
import { boxRing, ZHUMADIAN } from './fixtures.ts';

function extrude(rings: number[][][], heightMeters: number, includeFloor = false): FeatureMesh {
  const result = readFootprint({ type: 'Polygon', coordinates: rings }, (x, y) => [x, y]);
  if (!('footprint' in result)) throw new Error(result.reason);
  const store = new FootprintStore();
  store.add({ footprint: result.footprint, id: 'a', heightMeters, properties: {} });
  const frame = new LocalFrame(ZHUMADIAN.lon, ZHUMADIAN.lat, 0);
  return extrudeBuildings(store, [0], frame, { baseHeightMeters: 0, includeFloor });
}

interface Triangle {
  centroid: number[];
  /** Unit normal from the winding (counter-clockwise = front). */
  facing: number[];
  stored: number[];
  area: number;
}

function triangles(mesh: FeatureMesh): Triangle[] {
  const p = (i: number) => [0, 1, 2].map((c) => mesh.positions[i * 3 + c]!);
  const out: Triangle[] = [];
  for (let t = 0; t < mesh.indices.length; t += 3) {
    const [a, b, c] = [p(mesh.indices[t]!), p(mesh.indices[t + 1]!), p(mesh.indices[t + 2]!)];
    const u = [b[0]! - a[0]!, b[1]! - a[1]!, b[2]! - a[2]!];
    const v = [c[0]! - a[0]!, c[1]! - a[1]!, c[2]! - a[2]!];
    const n = [u[1]! * v[2]! - u[2]! * v[1]!, u[2]! * v[0]! - u[0]! * v[2]!, u[0]! * v[1]! - u[1]! * v[0]!];
    const length = Math.hypot(...n);
    const first = mesh.indices[t]! * 3;
    out.push({
      centroid: [0, 1, 2].map((k) => (a[k]! + b[k]! + c[k]!) / 3),
      facing: n.map((x) => x / length),
      stored: [mesh.normals[first]!, mesh.normals[first + 1]!, mesh.normals[first + 2]!],
      area: length / 2,
    });
  }
  return out;
}

const dot = (a: number[], b: number[]) => a[0]! * b[0]! + a[1]! * b[1]! + a[2]! * b[2]!;

describe('extrusion', () => {
  const box = extrude([boxRing(ZHUMADIAN.lon, ZHUMADIAN.lat, 10, 20)], 12);

  it('spans the box: 10 m east (x), 12 m up (y), 20 m north (−z)', () => {
    const extent = (axis: number) => {
      const values = box.positions.filter((_, i) => i % 3 === axis);
      return [Math.min(...values), Math.max(...values)];
    };
    const [x, y, z] = [extent(0), extent(1), extent(2)];
    expect(x[0]).toBeCloseTo(-5, 3);
    expect(x[1]).toBeCloseTo(5, 3);
    expect(y[0]).toBeCloseTo(0, 3);
    expect(y[1]).toBeCloseTo(12, 3);
    expect(z[0]).toBeCloseTo(-10, 3);
    expect(z[1]).toBeCloseTo(10, 3);
  });

  it('has four walls of two triangles and a two-triangle roof', () => {
    expect(box.indices.length / 3).toBe(10);
    expect(box.positions.length / 3).toBe(4 * 4 + 4);
    expect(new Set(box.featureIds)).toEqual(new Set([0]));
    const withFloor = extrude([boxRing(ZHUMADIAN.lon, ZHUMADIAN.lat, 10, 20)], 12, true);
    expect(withFloor.indices.length / 3).toBe(12);
  });

  it('faces every triangle outward, with normals that agree with the winding', () => {
    for (const t of triangles(box)) {
      expect(dot(t.facing, t.stored)).toBeGreaterThan(0.999);
      const isRoof = t.stored[1]! > 0.99;
      if (!isRoof) {
        expect(Math.abs(t.stored[1]!)).toBeLessThan(1e-3); // walls are vertical
        expect(dot(t.stored, [t.centroid[0]!, 0, t.centroid[2]!])).toBeGreaterThan(0);
      }
    }
    const roofArea = triangles(box)
      .filter((t) => t.stored[1]! > 0.99)
      .reduce((sum, t) => sum + t.area, 0);
    expect(roofArea).toBeCloseTo(200, 2);
    for (let i = 0; i < box.normals.length; i += 3) {
      expect(Math.hypot(box.normals[i]!, box.normals[i + 1]!, box.normals[i + 2]!)).toBeCloseTo(1, 6);
    }
  });

  it('turns a clockwise exterior around so walls still face out', () => {
    const clockwise = extrude([boxRing(ZHUMADIAN.lon, ZHUMADIAN.lat, 10, 20).reverse()], 12);
    for (const t of triangles(clockwise).filter((t) => Math.abs(t.stored[1]!) < 0.5)) {
      expect(dot(t.stored, [t.centroid[0]!, 0, t.centroid[2]!])).toBeGreaterThan(0);
      expect(dot(t.facing, t.stored)).toBeGreaterThan(0.999);
    }
  });

  it('leaves a courtyard open and faces its walls into the courtyard', () => {
    const outer = boxRing(ZHUMADIAN.lon, ZHUMADIAN.lat, 20, 20);
    const hole = boxRing(ZHUMADIAN.lon, ZHUMADIAN.lat, 8, 8).reverse();
    const mesh = extrude([outer, hole], 9, true);
    const all = triangles(mesh);
    const roof = all.filter((t) => t.stored[1]! > 0.99);
    const floor = all.filter((t) => t.stored[1]! < -0.99);
    expect(roof.reduce((sum, t) => sum + t.area, 0)).toBeCloseTo(400 - 64, 1);
    expect(floor.reduce((sum, t) => sum + t.area, 0)).toBeCloseTo(400 - 64, 1);
    for (const t of [...roof, ...floor]) {
      expect(Math.abs(t.centroid[0]!) < 4 && Math.abs(t.centroid[2]!) < 4).toBe(false);
      expect(dot(t.facing, t.stored)).toBeGreaterThan(0.999);
    }
    const courtyardWalls = all.filter(
      (t) => Math.abs(t.stored[1]!) < 0.5 && Math.hypot(t.centroid[0]!, t.centroid[2]!) < 6,
    );
    expect(courtyardWalls).toHaveLength(8);
    for (const t of courtyardWalls) expect(dot(t.stored, [t.centroid[0]!, 0, t.centroid[2]!])).toBeLessThan(0);
  });
});
