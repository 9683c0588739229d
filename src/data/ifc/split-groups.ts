// A model's colour groups cut into tiles for ifc2tiles: each tile gets its own copy of the vertices and triangles of
// its features, renumbered, so that each tile is a glb of its own.
import type { MeshGroup } from './element-meshes.ts';

/** Within a group, each feature's vertices and triangles are one run: its geometries are added one after another. */
interface Runs {
  features: Uint32Array;
  /** Run r's vertices are vertexStarts[r] … vertexStarts[r + 1] − 1; likewise its indices. */
  vertexStarts: Uint32Array;
  indexStarts: Uint32Array;
}

/**
 * The groups cut into tiles: `tiles[t]` lists tile t's features, which its groups renumber 0… in that order. Runs of
 * one feature are copied whole (a typed-array copy of positions and normals) rather than vertex by vertex, which on
 * a district model took as long as reading all of its property sets.
 */
export function splitGroupsByTile(groups: MeshGroup[], featureCount: number, tiles: number[][]): MeshGroup[][] {
  const tileOf = new Int32Array(featureCount).fill(-1);
  const localId = new Int32Array(featureCount);
  tiles.forEach((features, t) => {
    features.forEach((f, i) => {
      tileOf[f] = t;
      localId[f] = i;
    });
  });
  const byTile: MeshGroup[][] = tiles.map(() => []);
  for (const group of groups) {
    const runs = runsOf(group);
    const [vertexCounts, indexCounts] = [new Uint32Array(tiles.length), new Uint32Array(tiles.length)];
    for (let r = 0; r < runs.features.length; r++) {
      const t = tileOf[runs.features[r]!]!;
      if (t < 0) continue;
      vertexCounts[t]! += runs.vertexStarts[r + 1]! - runs.vertexStarts[r]!;
      indexCounts[t]! += runs.indexStarts[r + 1]! - runs.indexStarts[r]!;
    }
    const parts = tiles.map(
      (_, t): MeshGroup => ({
        color: group.color,
        positions: new Float32Array(vertexCounts[t]! * 3),
        normals: new Float32Array(vertexCounts[t]! * 3),
        indices: new Uint32Array(indexCounts[t]!),
        featureIds: new Float32Array(vertexCounts[t]!),
      }),
    );
    copyRuns(group, runs, tileOf, localId, parts);
    parts.forEach((part, t) => vertexCounts[t]! > 0 && byTile[t]!.push(part));
  }
  return byTile;
}

function runsOf({ featureIds, indices }: MeshGroup): Runs {
  const starts: number[] = [];
  const features: number[] = [];
  for (let v = 0; v < featureIds.length; v++) {
    if (v === 0 || featureIds[v] !== featureIds[v - 1]) {
      starts.push(v);
      features.push(featureIds[v]!);
    }
  }
  starts.push(featureIds.length);
  // Triangles come in the order of their vertices: run r's start where the first triangle of a later run begins.
  const indexStarts = new Uint32Array(features.length + 1);
  let r = 0;
  for (let i = 0; i < indices.length; i += 3) {
    while (indices[i]! >= starts[r + 1]!) indexStarts[++r] = i;
  }
  for (r++; r <= features.length; r++) indexStarts[r] = indices.length;
  return { features: Uint32Array.from(features), vertexStarts: Uint32Array.from(starts), indexStarts };
}

function copyRuns(
  { positions, normals, indices }: MeshGroup,
  runs: Runs,
  tileOf: Int32Array,
  localId: Int32Array,
  parts: MeshGroup[],
): void {
  const [verticesWritten, indicesWritten] = [new Uint32Array(parts.length), new Uint32Array(parts.length)];
  for (let r = 0; r < runs.features.length; r++) {
    const f = runs.features[r]!;
    const t = tileOf[f]!;
    if (t < 0) continue;
    const part = parts[t]!;
    const [from, to] = [runs.vertexStarts[r]!, runs.vertexStarts[r + 1]!];
    const at = verticesWritten[t]!;
    part.positions.set(positions.subarray(from * 3, to * 3), at * 3);
    part.normals.set(normals.subarray(from * 3, to * 3), at * 3);
    part.featureIds.fill(localId[f]!, at, at + to - from);
    let out = indicesWritten[t]!;
    const shift = at - from;
    for (let i = runs.indexStarts[r]!; i < runs.indexStarts[r + 1]!; i++) part.indices[out++] = indices[i]! + shift;
    verticesWritten[t] = at + to - from;
    indicesWritten[t] = out;
  }
}
