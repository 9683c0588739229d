// One colour group of an IFC model, filled geometry by geometry: web-ifc's float32 vertices are placed in float64
// and stored straight into growable float32 buffers (no typed arrays per geometry: allocating those cost as much as
// the placing) relative to an anchor near the model (its first vertex), so a model far from its IFC origin keeps its
// millimetres; shifted to the model's centre once all geometry, and so the centre, is known.
import type { Vec3 } from '../../geometry/ellipsoid.ts';
import { grown } from '../../shared/grown-array.ts';
import type { MeshGroup, Rgba } from './element-meshes.ts';

const VERTEX_STRIDE = 6;
const INITIAL_VERTICES = 4096;
/** The most vertices a group takes (unless its first geometry alone has more): what 16-bit glb indices reach. */
export const MAX_GROUP_VERTICES = 65_535;

export class MeshGroupBuilder {
  /** y-up, relative to the anchor until the origin is known. */
  private positions: Float32Array<ArrayBuffer>;
  private normals: Float32Array<ArrayBuffer>;
  private featureIds: Float32Array<ArrayBuffer>;
  private indices: Uint32Array<ArrayBuffer>;
  private vertexCount = 0;
  private indexCount = 0;

  /** `anchorYUp`: y-up world coordinates that all of the model's groups share, near its geometry. */
  constructor(
    readonly color: Rgba,
    private readonly anchorYUp: Vec3,
    initialVertices = INITIAL_VERTICES,
  ) {
    this.positions = new Float32Array(initialVertices * 3);
    this.normals = new Float32Array(initialVertices * 3);
    this.featureIds = new Float32Array(initialVertices);
    this.indices = new Uint32Array(initialVertices * 3);
  }

  /** Whether a geometry of `vertices` more keeps the group within 16-bit indices (an empty group takes any). */
  fits(vertices: number): boolean {
    return this.vertexCount === 0 || this.vertexCount + vertices <= MAX_GROUP_VERTICES;
  }

  /**
   * Adds one geometry of a feature, placed by `m` (column-major 4×4, IFC world → y-up world as web-ifc gives it),
   * and grows the feature's box in `featureBounds` (6 numbers a feature: y-up min x, y, z, max x, y, z relative to
   * the anchor) around it. Returns its vertex count.
   */
  add(vertexData: Float32Array, indexData: Uint32Array, m: number[], feature: number, featureBounds: number[]): number {
    const count = vertexData.length / VERTEX_STRIDE;
    const base = this.vertexCount;
    // Room checked here, grown() called only to grow: it takes several kinds of array, and this runs per geometry.
    if (base + count > this.featureIds.length) {
      this.positions = grown(this.positions, (base + count) * 3);
      this.normals = grown(this.normals, (base + count) * 3);
      this.featureIds = grown(this.featureIds, base + count);
    }
    if (this.indexCount + indexData.length > this.indices.length)
      this.indices = grown(this.indices, this.indexCount + indexData.length);
    const { positions, normals, indices } = this;
    // Scalars only, no destructuring (it allocates): this runs for every geometry, the loop for every vertex.
    const m0 = m[0]!,
      m1 = m[1]!,
      m2 = m[2]!,
      m4 = m[4]!,
      m5 = m[5]!,
      m6 = m[6]!,
      m8 = m[8]!,
      m9 = m[9]!,
      m10 = m[10]!;
    // The translation made relative to the anchor in float64, before any value is rounded to float32.
    const m12 = m[12]! - this.anchorYUp[0],
      m13 = m[13]! - this.anchorYUp[1],
      m14 = m[14]! - this.anchorYUp[2];
    const at = feature * 6;
    let x0 = featureBounds[at]!,
      y0 = featureBounds[at + 1]!,
      z0 = featureBounds[at + 2]!;
    let x1 = featureBounds[at + 3]!,
      y1 = featureBounds[at + 4]!,
      z1 = featureBounds[at + 5]!;
    for (let v = 0, i = 0, o = base * 3; v < count; v++, i += VERTEX_STRIDE, o += 3) {
      const x = vertexData[i]!,
        y = vertexData[i + 1]!,
        z = vertexData[i + 2]!;
      const nx = vertexData[i + 3]!,
        ny = vertexData[i + 4]!,
        nz = vertexData[i + 5]!;
      const px = m0 * x + m4 * y + m8 * z + m12;
      const py = m1 * x + m5 * y + m9 * z + m13;
      const pz = m2 * x + m6 * y + m10 * z + m14;
      positions[o] = px;
      positions[o + 1] = py;
      positions[o + 2] = pz;
      if (px < x0) x0 = px;
      if (px > x1) x1 = px;
      if (py < y0) y0 = py;
      if (py > y1) y1 = py;
      if (pz < z0) z0 = pz;
      if (pz > z1) z1 = pz;
      const ox = m0 * nx + m4 * ny + m8 * nz,
        oy = m1 * nx + m5 * ny + m9 * nz,
        oz = m2 * nx + m6 * ny + m10 * nz;
      // One division, not three; not Math.hypot: several times slower here.
      const inverseLength = 1 / (Math.sqrt(ox * ox + oy * oy + oz * oz) || 1);
      normals[o] = ox * inverseLength;
      normals[o + 1] = oy * inverseLength;
      normals[o + 2] = oz * inverseLength;
    }
    featureBounds[at] = x0;
    featureBounds[at + 1] = y0;
    featureBounds[at + 2] = z0;
    featureBounds[at + 3] = x1;
    featureBounds[at + 4] = y1;
    featureBounds[at + 5] = z1;
    this.featureIds.fill(feature, base, base + count);
    // A mirroring placement (negative determinant) turns triangles inside out; swap the winding back.
    const mirrored = m0 * (m5 * m10 - m9 * m6) - m4 * (m1 * m10 - m9 * m2) + m8 * (m1 * m6 - m5 * m2) < 0;
    const second = mirrored ? 2 : 1;
    const third = 3 - second;
    let o = this.indexCount;
    for (let i = 0; i + 2 < indexData.length; i += 3, o += 3) {
      indices[o] = indexData[i]! + base;
      indices[o + 1] = indexData[i + second]! + base;
      indices[o + 2] = indexData[i + third]! + base;
    }
    this.indexCount = o;
    this.vertexCount += count;
    return count;
  }

  /** The group with positions relative to `originYUp` (y-up world coordinates). Its arrays are views of the
   * builder's own buffers, shifted in place: a copy would double the model's memory for a moment. The builder is
   * done with then. */
  finish(originYUp: Vec3): MeshGroup {
    const n = this.vertexCount;
    const [ox, oy, oz] = [0, 1, 2].map((c) => originYUp[c]! - this.anchorYUp[c]!) as Vec3;
    const positions = this.positions.subarray(0, n * 3);
    for (let i = 0; i < n * 3; i += 3) {
      positions[i] = positions[i]! - ox;
      positions[i + 1] = positions[i + 1]! - oy;
      positions[i + 2] = positions[i + 2]! - oz;
    }
    return {
      color: this.color,
      positions,
      normals: this.normals.subarray(0, n * 3),
      indices: this.indices.subarray(0, this.indexCount),
      featureIds: this.featureIds.subarray(0, n),
    };
  }
}
