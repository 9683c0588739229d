// Streams every element's triangles out of web-ifc into a few colour groups, one feature per element.
// web-ifc gives float32 vertices per geometry plus a float64 placement; we place them in float64, then store them
// relative to the model's centre in float32, so a model far from its IFC origin keeps millimetre precision.
import { IFCPRODUCTDEFINITIONSHAPE, type IfcAPI } from 'web-ifc';
import type { Vec3 } from '../ellipsoid.ts';
import { MeshGroupBuilder } from './mesh-group-builder.ts';

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
const colorKey = (c: { x: number; y: number; z: number; w: number }) => ((byte(c.x) << 24) | (byte(c.y) << 16) | (byte(c.z) << 8) | byte(c.w)) >>> 0;
const colorOf = (key: number): Rgba => [key >>> 24, (key >>> 16) & 255, (key >>> 8) & 255, key & 255].map((v) => v / 255) as Rgba;

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
  const groups = new Map<number, MeshGroupBuilder>();
  // Per feature, a y-up world box in float64, grown as its geometry is placed.
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
        const key = colorKey(placed.color);
        let group = groups.get(key);
        if (!group) groups.set(key, (group = new MeshGroupBuilder(colorOf(key))));
        vertexCounts[feature]! += group.add(vertexData, indexData, placed.flatTransformation, feature, worldBounds);
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
  const centreYUp = [0, 1, 2].map((c) => (expressIds.length ? (modelBounds[c]! + modelBounds[3 + c]!) / 2 : 0)) as Vec3;
  const originIfc: Vec3 = [centreYUp[0], -centreYUp[2], centreYUp[1]];
  const merged = [...groups.values()].map((group) => group.finish(centreYUp));
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
