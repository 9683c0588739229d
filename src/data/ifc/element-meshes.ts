// Streams every element's triangles out of web-ifc into a few colour groups, one feature per element.
// web-ifc gives float32 vertices per geometry plus a float64 placement; we place them in float64, then store them
// relative to the model's centre in float32, so a model far from its IFC origin keeps millimetre precision.
import { IFCPRODUCTDEFINITIONSHAPE, type IfcAPI } from 'web-ifc';
import type { Vec3 } from '../ellipsoid.ts';

export type Rgba = [number, number, number, number];

/** Triangles of one colour. Positions and normals are y-up (glTF), in metres relative to the model origin. */
export interface MeshGroup {
  color: Rgba;
  positions: Float32Array;
  normals: Float32Array;
  indices: Uint32Array;
  /** Feature index of every vertex. */
  featureIds: Float32Array;
}

export interface ElementMeshes {
  /** Express id of each feature: feature i is element expressIds[i]. */
  expressIds: number[];
  groups: MeshGroup[];
  /** The model origin (the centre of all geometry) in IFC world coordinates: metres, z up. */
  originIfc: Vec3;
  /** Per feature min/max (x, y, z) relative to the origin, IFC axes (z up): 6 numbers each. */
  featureBounds: Float64Array;
  /** Number of vertices of each feature, over all groups. */
  featureVertexCounts: Uint32Array;
}

interface Piece {
  feature: number;
  /** y-up world positions and normals, float64. */
  positions: Float64Array;
  normals: Float32Array;
  indices: Uint32Array;
}

const VERTEX_STRIDE = 6;

function placeGeometry(vertexData: Float32Array, indexData: Uint32Array, m: number[], feature: number): Piece {
  const count = vertexData.length / VERTEX_STRIDE;
  const positions = new Float64Array(count * 3);
  const normals = new Float32Array(count * 3);
  // Scalars only in this loop: it runs for every vertex of the model.
  const [m0, m1, m2, m4, m5, m6, m8, m9, m10, m12, m13, m14] = [0, 1, 2, 4, 5, 6, 8, 9, 10, 12, 13, 14].map((i) => m[i]!) as number[];
  for (let v = 0, i = 0, o = 0; v < count; v++, i += VERTEX_STRIDE, o += 3) {
    const x = vertexData[i]!, y = vertexData[i + 1]!, z = vertexData[i + 2]!;
    const nx = vertexData[i + 3]!, ny = vertexData[i + 4]!, nz = vertexData[i + 5]!;
    positions[o] = m0! * x + m4! * y + m8! * z + m12!;
    positions[o + 1] = m1! * x + m5! * y + m9! * z + m13!;
    positions[o + 2] = m2! * x + m6! * y + m10! * z + m14!;
    const ox = m0! * nx + m4! * ny + m8! * nz, oy = m1! * nx + m5! * ny + m9! * nz, oz = m2! * nx + m6! * ny + m10! * nz;
    const length = Math.sqrt(ox * ox + oy * oy + oz * oz) || 1; // not Math.hypot: several times slower here
    normals[o] = ox / length;
    normals[o + 1] = oy / length;
    normals[o + 2] = oz / length;
  }
  // A mirroring placement (negative determinant) turns triangles inside out; swap the winding back.
  const det =
    m[0]! * (m[5]! * m[10]! - m[9]! * m[6]!) - m[4]! * (m[1]! * m[10]! - m[9]! * m[2]!) + m[8]! * (m[1]! * m[6]! - m[5]! * m[2]!);
  const indices = indexData.slice();
  if (det < 0) for (let i = 0; i < indices.length; i += 3) [indices[i + 1], indices[i + 2]] = [indices[i + 2]!, indices[i + 1]!];
  return { feature, positions, normals, indices };
}

/** Grows the box at `bounds[at…at+6]` (min x, y, z, max x, y, z) to hold `positions`. */
function growBounds(bounds: number[], at: number, positions: Float64Array): void {
  let [x0, y0, z0, x1, y1, z1] = [bounds[at]!, bounds[at + 1]!, bounds[at + 2]!, bounds[at + 3]!, bounds[at + 4]!, bounds[at + 5]!];
  for (let i = 0; i < positions.length; i += 3) {
    const x = positions[i]!, y = positions[i + 1]!, z = positions[i + 2]!;
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
    if (z < z0) z0 = z;
    if (z > z1) z1 = z;
  }
  [bounds[at], bounds[at + 1], bounds[at + 2], bounds[at + 3], bounds[at + 4], bounds[at + 5]] = [x0, y0, z0, x1, y1, z1];
}

const colorKey = (c: { x: number; y: number; z: number; w: number }) =>
  [c.x, c.y, c.z, c.w].map((v) => Math.round(Math.min(1, Math.max(0, v)) * 255)).join(',');

function mergeGroup(key: string, pieces: Piece[], origin: Vec3): MeshGroup {
  const vertexCount = pieces.reduce((n, p) => n + p.positions.length / 3, 0);
  const indexCount = pieces.reduce((n, p) => n + p.indices.length, 0);
  const group: MeshGroup = {
    color: key.split(',').map((v) => Number(v) / 255) as Rgba,
    positions: new Float32Array(vertexCount * 3),
    normals: new Float32Array(vertexCount * 3),
    indices: new Uint32Array(indexCount),
    featureIds: new Float32Array(vertexCount),
  };
  // origin is IFC z-up; the pieces are y-up (x, z, −y).
  const [ox, oy, oz] = [origin[0], origin[2], -origin[1]];
  let [vertex, index] = [0, 0];
  for (const piece of pieces) {
    const n = piece.positions.length / 3;
    for (let i = 0, o = vertex * 3; i < n * 3; i += 3, o += 3) {
      group.positions[o] = piece.positions[i]! - ox;
      group.positions[o + 1] = piece.positions[i + 1]! - oy;
      group.positions[o + 2] = piece.positions[i + 2]! - oz;
    }
    group.normals.set(piece.normals, vertex * 3);
    group.featureIds.fill(piece.feature, vertex, vertex + n);
    for (let i = 0; i < piece.indices.length; i++) group.indices[index + i] = piece.indices[i]! + vertex;
    vertex += n;
    index += piece.indices.length;
  }
  return group;
}

/**
 * Streams all meshes (web-ifc leaves out openings and spaces) and returns them grouped by colour.
 * `onProgress(done, total)` is called per streamed element, against the model's count of product shapes: web-ifc's
 * own (index, total) restarts with every element type, which would send a progress bar back and forth.
 * `isCancelled` is checked between elements.
 */
export function streamElementMeshes(
  api: IfcAPI,
  model: number,
  onProgress: (done: number, total: number) => void = () => {},
  isCancelled: () => boolean = () => false,
): ElementMeshes {
  const featureOf = new Map<number, number>();
  const expressIds: number[] = [];
  const groups = new Map<string, Piece[]>();
  // Per feature, y-up world coordinates in float64, grown piece by piece as the pieces are placed.
  const worldBounds: number[] = [];
  const vertexCounts: number[] = [];
  // Every element with a body has one IfcProductDefinitionShape; openings and spaces have one too but are not streamed.
  const expected = Math.max(1, api.GetLineIDsWithType(model, IFCPRODUCTDEFINITIONSHAPE).size());
  let streamed = 0;
  api.StreamAllMeshes(model, (mesh) => {
    if (isCancelled()) return;
    let feature = featureOf.get(mesh.expressID);
    for (let g = 0; g < mesh.geometries.size(); g++) {
      const placed = mesh.geometries.get(g);
      const geometry = api.GetGeometry(model, placed.geometryExpressID);
      const vertexData = api.GetVertexArray(geometry.GetVertexData(), geometry.GetVertexDataSize());
      const indexData = api.GetIndexArray(geometry.GetIndexData(), geometry.GetIndexDataSize());
      if (indexData.length > 0) {
        if (feature === undefined) {
          feature = expressIds.push(mesh.expressID) - 1;
          featureOf.set(mesh.expressID, feature);
          worldBounds.push(Infinity, Infinity, Infinity, -Infinity, -Infinity, -Infinity);
          vertexCounts.push(0);
        }
        const piece = placeGeometry(vertexData, indexData, placed.flatTransformation, feature);
        growBounds(worldBounds, feature * 6, piece.positions);
        vertexCounts[feature]! += piece.positions.length / 3;
        const key = colorKey(placed.color);
        const group = groups.get(key);
        if (group) group.push(piece);
        else groups.set(key, [piece]);
      }
      geometry.delete();
    }
    streamed = Math.min(streamed + 1, expected);
    onProgress(streamed, expected);
  });
  const modelBounds = [Infinity, Infinity, Infinity, -Infinity, -Infinity, -Infinity];
  for (let at = 0; at < worldBounds.length; at += 6) {
    for (let c = 0; c < 3; c++) {
      modelBounds[c] = Math.min(modelBounds[c]!, worldBounds[at + c]!);
      modelBounds[3 + c] = Math.max(modelBounds[3 + c]!, worldBounds[at + 3 + c]!);
    }
  }
  const centreYUp = [0, 1, 2].map((c) => (expressIds.length ? (modelBounds[c]! + modelBounds[3 + c]!) / 2 : 0));
  const originIfc: Vec3 = [centreYUp[0]!, -centreYUp[2]!, centreYUp[1]!];
  const merged = [...groups].map(([key, pieces]) => mergeGroup(key, pieces, originIfc));
  return { expressIds, groups: merged, originIfc, featureBounds: featureBoundsIfc(worldBounds, originIfc), featureVertexCounts: Uint32Array.from(vertexCounts) };
}

/** y-up world boxes → IFC axes (x, −z, y) relative to the origin. */
function featureBoundsIfc(worldBounds: number[], [ox, oy, oz]: Vec3): Float64Array {
  const bounds = new Float64Array(worldBounds.length);
  for (let at = 0; at < worldBounds.length; at += 6) {
    const [x0, y0, z0, x1, y1, z1] = [worldBounds[at]!, worldBounds[at + 1]!, worldBounds[at + 2]!, worldBounds[at + 3]!, worldBounds[at + 4]!, worldBounds[at + 5]!];
    bounds.set([x0 - ox, -z1 - oy, y0 - oz, x1 - ox, -z0 - oy, y1 - oz], at);
  }
  return bounds;
}
