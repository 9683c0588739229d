// A model's colour groups cut into tiles for ifc2tiles: each tile gets its own copy of the vertices and triangles of
// its features, renumbered, so that each tile is a glb of its own.
import type { MeshGroup } from './element-meshes.ts';

/**
 * The groups cut into tiles: `tiles[t]` lists tile t's features, which its groups renumber 0… in that order. Four
 * passes over each group whatever the number of tiles (a pass per tile is quadratic on a district model), each its
 * own closure-free function so that V8 keeps them optimised.
 */
export function splitGroupsByTile(groups: MeshGroup[], featureCount: number, tiles: number[][]): MeshGroup[][] {
  const tileOf = new Int32Array(featureCount).fill(-1);
  const localId = new Int32Array(featureCount);
  tiles.forEach((features, t) => features.forEach((f, i) => ((tileOf[f] = t), (localId[f] = i))));
  const byTile: MeshGroup[][] = tiles.map(() => []);
  for (const group of groups) {
    const { vertexMap, vertexCounts } = mapVertices(group.featureIds, tileOf, tiles.length);
    const indexCounts = countIndices(group, tileOf, tiles.length);
    const parts = tiles.map((_, t): MeshGroup => ({
      color: group.color,
      positions: new Float32Array(vertexCounts[t]! * 3),
      normals: new Float32Array(vertexCounts[t]! * 3),
      indices: new Uint32Array(indexCounts[t]!),
      featureIds: new Float32Array(vertexCounts[t]!),
    }));
    copyVertices(group, vertexMap, tileOf, localId, parts);
    copyIndices(group, vertexMap, tileOf, parts);
    parts.forEach((part, t) => vertexCounts[t]! > 0 && byTile[t]!.push(part));
  }
  return byTile;
}

/** Each vertex's index in its tile's copy of the group (−1: in no tile), and each tile's vertex count. */
function mapVertices(featureIds: Float32Array, tileOf: Int32Array, tileCount: number) {
  const vertexMap = new Int32Array(featureIds.length);
  const vertexCounts = new Uint32Array(tileCount);
  for (let v = 0; v < featureIds.length; v++) {
    const t = tileOf[featureIds[v]! | 0]!;
    vertexMap[v] = t < 0 ? -1 : vertexCounts[t]!++;
  }
  return { vertexMap, vertexCounts };
}

/** A triangle belongs to one feature, so its first vertex decides its tile. */
function countIndices({ indices, featureIds }: MeshGroup, tileOf: Int32Array, tileCount: number): Uint32Array {
  const counts = new Uint32Array(tileCount);
  for (let i = 0; i < indices.length; i += 3) {
    const t = tileOf[featureIds[indices[i]!]! | 0]!;
    if (t >= 0) counts[t]! += 3;
  }
  return counts;
}

function copyVertices({ positions, normals, featureIds }: MeshGroup, vertexMap: Int32Array, tileOf: Int32Array, localId: Int32Array, parts: MeshGroup[]): void {
  for (let v = 0; v < featureIds.length; v++) {
    const f = featureIds[v]! | 0;
    const t = tileOf[f]!;
    if (t < 0) continue;
    const part = parts[t]!;
    const to = vertexMap[v]!;
    part.positions[to * 3] = positions[v * 3]!;
    part.positions[to * 3 + 1] = positions[v * 3 + 1]!;
    part.positions[to * 3 + 2] = positions[v * 3 + 2]!;
    part.normals[to * 3] = normals[v * 3]!;
    part.normals[to * 3 + 1] = normals[v * 3 + 1]!;
    part.normals[to * 3 + 2] = normals[v * 3 + 2]!;
    part.featureIds[to] = localId[f]!;
  }
}

function copyIndices({ indices, featureIds }: MeshGroup, vertexMap: Int32Array, tileOf: Int32Array, parts: MeshGroup[]): void {
  const written = new Uint32Array(parts.length);
  for (let i = 0; i < indices.length; i += 3) {
    const t = tileOf[featureIds[indices[i]!]! | 0]!;
    if (t < 0) continue;
    const out = parts[t]!.indices;
    const at = written[t]!;
    out[at] = vertexMap[indices[i]!]!;
    out[at + 1] = vertexMap[indices[i + 1]!]!;
    out[at + 2] = vertexMap[indices[i + 2]!]!;
    written[t] = at + 3;
  }
}
