// Footprints → one triangle mesh per tile: vertical walls with outward normals (flat-shaded: each wall quad has its
// own four vertices), a flat roof triangulated with earcut (holes stay open), optionally a floor.
// Positions are local ENU metres at the tileset centre, written y-up for glTF: (east, up, −north).
import earcut from 'earcut';
import type { LocalFrame } from '../../src/geometry/ellipsoid.ts';
import type { FootprintStore } from './footprint-store.ts';

export interface FeatureMesh {
  positions: Float32Array;
  normals: Float32Array;
  /** Per vertex: the feature id (index into the tile's property table). */
  featureIds: Float32Array;
  indices: Uint32Array;
}

export interface ExtrudeOptions {
  baseHeightMeters: number;
  includeFloor: boolean;
}

function vertexCount(store: FootprintStore, buildings: ArrayLike<number>, includeFloor: boolean): number {
  let points = 0;
  for (let k = 0; k < buildings.length; k++) {
    for (const polygon of store.polygons(buildings[k]!)) for (const ring of polygon) points += ring.length / 2;
  }
  return points * (includeFloor ? 6 : 5); // 4 per wall edge, 1 roof, 1 floor
}

class MeshWriter {
  readonly positions: Float32Array;
  readonly normals: Float32Array;
  readonly featureIds: Float32Array;
  readonly indices: number[] = [];
  private count = 0;
  constructor(vertices: number) {
    this.positions = new Float32Array(vertices * 3);
    this.normals = new Float32Array(vertices * 3);
    this.featureIds = new Float32Array(vertices);
  }
  /** Adds a vertex from ENU position/normal arrays; returns its index. */
  vertex(p: Float64Array, pi: number, n: ArrayLike<number>, ni: number, featureId: number): number {
    const i = this.count++;
    const [pos, nor] = [this.positions, this.normals];
    pos[i * 3] = p[pi]!;
    pos[i * 3 + 1] = p[pi + 2]!;
    pos[i * 3 + 2] = -p[pi + 1]!;
    nor[i * 3] = n[ni]!;
    nor[i * 3 + 1] = n[ni + 2]!;
    nor[i * 3 + 2] = -n[ni + 1]!;
    this.featureIds[i] = featureId;
    return i;
  }
}

/** Unit normal of the wall spanned by the bottom edge a→b and the vertical a→aTop (outward for CCW exteriors). */
function wallNormal(bottom: Float64Array, a: number, b: number, top: Float64Array): [number, number, number] {
  const [ux, uy, uz] = [bottom[b]! - bottom[a]!, bottom[b + 1]! - bottom[a + 1]!, bottom[b + 2]! - bottom[a + 2]!];
  const [vx, vy, vz] = [top[a]! - bottom[a]!, top[a + 1]! - bottom[a + 1]!, top[a + 2]! - bottom[a + 2]!];
  const n: [number, number, number] = [uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx];
  const length = Math.hypot(...n);
  return [n[0] / length, n[1] / length, n[2] / length];
}

function addWalls(out: MeshWriter, bottom: Float64Array, top: Float64Array, featureId: number): void {
  const n = bottom.length / 3;
  for (let i = 0; i < n; i++) {
    const [a, b] = [i * 3, ((i + 1) % n) * 3];
    const normal = wallNormal(bottom, a, b, top);
    const a0 = out.vertex(bottom, a, normal, 0, featureId);
    const b0 = out.vertex(bottom, b, normal, 0, featureId);
    const b1 = out.vertex(top, b, normal, 0, featureId);
    const a1 = out.vertex(top, a, normal, 0, featureId);
    out.indices.push(a0, b0, b1, a0, b1, a1);
  }
}

/** A horizontal cap over all rings of one polygon; `facingUp` picks roof (CCW from above) or floor winding. */
function addCap(
  out: MeshWriter,
  rings: Float64Array[],
  ups: Float64Array[],
  facingUp: boolean,
  featureId: number,
): void {
  const flat: number[] = [];
  const holes: number[] = [];
  const first: number[] = [];
  const sign = facingUp ? 1 : -1;
  rings.forEach((ring, r) => {
    if (r > 0) holes.push(flat.length / 2);
    const up = ups[r]!;
    for (let i = 0; i < ring.length; i += 3) {
      flat.push(ring[i]!, ring[i + 1]!);
      first.push(out.vertex(ring, i, [up[i]! * sign, up[i + 1]! * sign, up[i + 2]! * sign], 0, featureId));
    }
  });
  const triangles = earcut(flat, holes);
  for (let t = 0; t < triangles.length; t += 3) {
    const [a, b, c] = [triangles[t]!, triangles[t + 1]!, triangles[t + 2]!];
    const area =
      (flat[2 * b]! - flat[2 * a]!) * (flat[2 * c + 1]! - flat[2 * a + 1]!) -
      (flat[2 * c]! - flat[2 * a]!) * (flat[2 * b + 1]! - flat[2 * a + 1]!);
    // glTF front faces are counter-clockwise seen from outside: from above for a roof, from below for a floor.
    const keep = area > 0 === facingUp;
    out.indices.push(first[a]!, keep ? first[b]! : first[c]!, keep ? first[c]! : first[b]!);
  }
}

/** Builds the mesh of the given buildings; building buildings[k] gets feature id k. */
export function extrudeBuildings(
  store: FootprintStore,
  buildings: ArrayLike<number>,
  frame: LocalFrame,
  { baseHeightMeters, includeFloor }: ExtrudeOptions,
): FeatureMesh {
  const out = new MeshWriter(vertexCount(store, buildings, includeFloor));
  for (let k = 0; k < buildings.length; k++) {
    const building = buildings[k]!;
    const topMeters = baseHeightMeters + store.heightMeters(building);
    for (const polygon of store.polygons(building)) {
      const bottoms: Float64Array[] = [];
      const tops: Float64Array[] = [];
      const ups: Float64Array[] = [];
      for (const ring of polygon) {
        const n = ring.length / 2;
        const [bottom, top, up] = [new Float64Array(n * 3), new Float64Array(n * 3), new Float64Array(n * 3)];
        for (let i = 0; i < n; i++) {
          frame.toLocal(ring[2 * i]!, ring[2 * i + 1]!, baseHeightMeters, bottom, i * 3);
          frame.toLocal(ring[2 * i]!, ring[2 * i + 1]!, topMeters, top, i * 3);
          frame.upToLocal(ring[2 * i]!, ring[2 * i + 1]!, up, i * 3);
        }
        addWalls(out, bottom, top, k);
        bottoms.push(bottom);
        tops.push(top);
        ups.push(up);
      }
      addCap(out, tops, ups, true, k);
      if (includeFloor) addCap(out, bottoms, ups, false, k);
    }
  }
  const { positions, normals, featureIds } = out;
  return { positions, normals, featureIds, indices: Uint32Array.from(out.indices) };
}
