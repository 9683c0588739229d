// Streams every element's triangles out of web-ifc into a few colour groups, one feature per element.
// web-ifc gives float32 vertices per geometry plus a float64 placement; we place them in float64 and store them in
// float32 relative to a point of the model (its first vertex, then its centre), so a model far from its IFC origin
// keeps millimetre precision.
import { IFCBUILDING, IFCBUILDINGSTOREY, IFCDISTRIBUTIONPORT, IFCOPENINGELEMENT, IFCSPACE, type IfcAPI } from 'web-ifc';
import type { Vec3 } from '../../geometry/ellipsoid.ts';
import { engineHeapView } from './ifc-engine.ts';
import { MAX_GROUP_VERTICES, MeshGroupBuilder } from './mesh-group-builder.ts';

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

const byte = (v: number) => Math.round(Math.min(1, Math.max(0, v)) * 255);
/** RGBA as one number (8 bits a channel): a key made per geometry, so no string. */
const colorKey = (c: { x: number; y: number; z: number; w: number }) =>
  ((byte(c.x) << 24) | (byte(c.y) << 16) | (byte(c.z) << 8) | byte(c.w)) >>> 0;
const colorOf = (key: number): Rgba =>
  [key >>> 24, (key >>> 16) & 255, (key >>> 8) & 255, key & 255].map((v) => v / 255) as Rgba;

export interface StreamOptions {
  /** Called per streamed element, against the count of elements web-ifc may stream (streamableCount): web-ifc's
   * own (index, total) restarts with every element type, which would send a progress bar back and forth. */
  onProgress?: ((done: number, total: number) => void) | undefined;
  /** Checked between elements. */
  isCancelled?: () => boolean;
}

/** Streams all meshes (web-ifc leaves out openings and spaces) and returns them grouped by colour. */
export function streamElementMeshes(
  api: IfcAPI,
  model: number,
  { onProgress, isCancelled }: StreamOptions = {},
): ElementMeshes {
  const featureOf = new Map<number, number>();
  const expressIds: number[] = [];
  // Per colour, the group being filled; full ones wait in `filled` for the model's centre. A group is full at 65,535
  // vertices: the glb's indices stay 16-bit, and the next group of a colour that big starts at full size, so a big
  // model's buffers are not grown by copying (~15 ms of streaming the district model).
  const groups = new Map<number, MeshGroupBuilder>();
  const filled: MeshGroupBuilder[] = [];
  // Where the first vertex stands (y-up world): all groups store their positions relative to it.
  let anchor: Vec3 | undefined;
  // Per feature, a y-up box relative to the anchor, grown as its geometry is placed.
  const anchoredBounds: number[] = [];
  const vertexCounts: number[] = [];
  const expected = onProgress ? Math.max(1, streamableCount(api, model)) : 1;
  let streamed = 0;
  api.StreamAllMeshes(model, (mesh) => {
    if (isCancelled?.()) return;
    let feature = featureOf.get(mesh.expressID);
    for (let g = 0; g < mesh.geometries.size(); g++) {
      const placed = mesh.geometries.get(g);
      const geometry = api.GetGeometry(model, placed.geometryExpressID);
      // Views of web-ifc's heap, not GetVertexArray's and GetIndexArray's copies: the builder copies them anyway
      // (placed) before the geometry is deleted.
      const vertexData = engineHeapView(api, Float32Array, geometry.GetVertexData(), geometry.GetVertexDataSize());
      const indexData = engineHeapView(api, Uint32Array, geometry.GetIndexData(), geometry.GetIndexDataSize());
      if (indexData.length > 0) {
        if (feature === undefined) {
          feature = expressIds.push(mesh.expressID) - 1;
          featureOf.set(mesh.expressID, feature);
          anchoredBounds.push(Infinity, Infinity, Infinity, -Infinity, -Infinity, -Infinity);
          vertexCounts.push(0);
        }
        anchor ??= placedFirstVertex(vertexData, placed.flatTransformation);
        const key = colorKey(placed.color);
        let group = groups.get(key);
        if (group && !group.fits(vertexData.length / 6)) {
          filled.push(group);
          groups.set(key, (group = new MeshGroupBuilder(colorOf(key), anchor, MAX_GROUP_VERTICES)));
        }
        if (!group) groups.set(key, (group = new MeshGroupBuilder(colorOf(key), anchor)));
        vertexCounts[feature]! += group.add(vertexData, indexData, placed.flatTransformation, feature, anchoredBounds);
      }
      geometry.delete();
    }
    streamed = Math.min(streamed + 1, expected);
    onProgress?.(streamed, expected);
  });
  const modelBounds = [Infinity, Infinity, Infinity, -Infinity, -Infinity, -Infinity];
  for (let at = 0; at < anchoredBounds.length; at += 6) {
    for (let c = 0; c < 3; c++) {
      modelBounds[c] = Math.min(modelBounds[c]!, anchoredBounds[at + c]!);
      modelBounds[3 + c] = Math.max(modelBounds[3 + c]!, anchoredBounds[at + 3 + c]!);
    }
  }
  const anchorYUp = anchor ?? [0, 0, 0];
  const centreFromAnchor = [0, 1, 2].map((c) =>
    expressIds.length ? (modelBounds[c]! + modelBounds[3 + c]!) / 2 : 0,
  ) as Vec3;
  const centreYUp = centreFromAnchor.map((v, c) => v + anchorYUp[c]!) as Vec3;
  const merged = [...filled, ...groups.values()].map((group) => group.finish(centreYUp));
  return {
    expressIds,
    groups: merged,
    originIfc: ifcAxes(centreYUp),
    featureBounds: featureBoundsIfc(anchoredBounds, ifcAxes(centreFromAnchor)),
    featureVertexCounts: Uint32Array.from(vertexCounts),
  };
}

/** Types web-ifc counts as elements that have no body to stream: the spatial structure above the site, voids,
 * spaces, and ports (connection points of pipes and ducts). */
const NOT_STREAMED = new Set([IFCBUILDING, IFCBUILDINGSTOREY, IFCOPENINGELEMENT, IFCSPACE, IFCDISTRIBUTIONPORT]);

/**
 * How many elements web-ifc may stream: those of every element type in the model. An upper bound (annotations and
 * virtual elements often have no body), where the count of shapes is none: products may share one (our own
 * generator's storeys do), and the bar would be full at a few per cent.
 */
function streamableCount(api: IfcAPI, model: number): number {
  let count = 0;
  for (const { typeID } of api.GetAllTypesOfModel(model)) {
    if (api.IsIfcElement(typeID) && !NOT_STREAMED.has(typeID)) count += api.GetLineIDsWithType(model, typeID).size();
  }
  return count;
}

/** y-up (glTF, as web-ifc places vertices) → IFC axes, z up. */
const ifcAxes = ([x, y, z]: Vec3): Vec3 => [x, -z, y];

function placedFirstVertex(vertexData: Float32Array, m: number[]): Vec3 {
  const [x, y, z] = [vertexData[0]!, vertexData[1]!, vertexData[2]!];
  return [0, 1, 2].map((r) => m[r]! * x + m[4 + r]! * y + m[8 + r]! * z + m[12 + r]!) as Vec3;
}

/** y-up boxes → IFC axes (x, −z, y) relative to `originIfc`, both relative to the same point. */
function featureBoundsIfc(yUpBounds: number[], [ox, oy, oz]: Vec3): Float64Array {
  const bounds = new Float64Array(yUpBounds.length);
  for (let at = 0; at < yUpBounds.length; at += 6) {
    // Element by element: an array a feature (tens of thousands of them) would be garbage to collect.
    bounds[at] = yUpBounds[at]! - ox;
    bounds[at + 1] = -yUpBounds[at + 5]! - oy;
    bounds[at + 2] = yUpBounds[at + 1]! - oz;
    bounds[at + 3] = yUpBounds[at + 3]! - ox;
    bounds[at + 4] = -yUpBounds[at + 2]! - oy;
    bounds[at + 5] = yUpBounds[at + 4]! - oz;
  }
  return bounds;
}
