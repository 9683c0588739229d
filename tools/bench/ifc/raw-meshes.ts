// The reference for "bytes → model on screen": raw web-ifc streaming every mesh (as raw-stream.ts), each geometry
// placed by its transformation and appended to one vertex buffer per colour — the least a viewer built on web-ifc
// must do before it can draw. No features, properties, bounds or georeferencing: positions are IFC world
// coordinates (z up) relative to the first mesh's placement, in float32.
import type { IfcAPI } from 'web-ifc';

export interface RawColourMesh {
  rgba: [number, number, number, number];
  positions: Float32Array;
  normals: Float32Array;
  indices: Uint32Array;
}

interface Piece {
  positions: Float32Array;
  normals: Float32Array;
  indices: Uint32Array;
}

export function streamPlacedMeshes(api: IfcAPI, bytes: Uint8Array): RawColourMesh[] {
  const model = api.OpenModel(bytes);
  const byColour = new Map<string, { rgba: RawColourMesh['rgba']; pieces: Piece[] }>();
  let origin: number[] | undefined;
  api.StreamAllMeshes(model, (mesh) => {
    for (let g = 0; g < mesh.geometries.size(); g++) {
      const placed = mesh.geometries.get(g);
      const m = placed.flatTransformation;
      origin ??= [m[12]!, m[13]!, m[14]!];
      const geometry = api.GetGeometry(model, placed.geometryExpressID);
      if (geometry.GetIndexDataSize() === 0) {
        // Nothing to draw (and an empty glTF accessor would not be valid).
        geometry.delete();
        continue;
      }
      const vertices = api.GetVertexArray(geometry.GetVertexData(), geometry.GetVertexDataSize());
      const count = vertices.length / 6;
      const piece = {
        positions: new Float32Array(count * 3),
        normals: new Float32Array(count * 3),
        indices: api.GetIndexArray(geometry.GetIndexData(), geometry.GetIndexDataSize()),
      };
      for (let v = 0; v < count; v++) {
        const [x, y, z, nx, ny, nz] = [
          vertices[v * 6]!,
          vertices[v * 6 + 1]!,
          vertices[v * 6 + 2]!,
          vertices[v * 6 + 3]!,
          vertices[v * 6 + 4]!,
          vertices[v * 6 + 5]!,
        ];
        for (let c = 0; c < 3; c++) {
          piece.positions[v * 3 + c] = m[c]! * x + m[4 + c]! * y + m[8 + c]! * z + m[12 + c]! - origin[c]!;
          piece.normals[v * 3 + c] = m[c]! * nx + m[4 + c]! * ny + m[8 + c]! * nz;
        }
      }
      geometry.delete();
      const { x: r, y: gr, z: b, w: a } = placed.color;
      const key = `${r},${gr},${b},${a}`;
      const entry = byColour.get(key) ?? byColour.set(key, { rgba: [r, gr, b, a], pieces: [] }).get(key)!;
      entry.pieces.push(piece);
    }
  });
  api.CloseModel(model);
  return [...byColour.values()].map(({ rgba, pieces }) => merge(rgba, pieces));
}

function merge(rgba: RawColourMesh['rgba'], pieces: Piece[]): RawColourMesh {
  const vertexCount = pieces.reduce((n, p) => n + p.positions.length / 3, 0);
  const out = {
    rgba,
    positions: new Float32Array(vertexCount * 3),
    normals: new Float32Array(vertexCount * 3),
    indices: new Uint32Array(pieces.reduce((n, p) => n + p.indices.length, 0)),
  };
  let [vertex, index] = [0, 0];
  for (const piece of pieces) {
    out.positions.set(piece.positions, vertex * 3);
    out.normals.set(piece.normals, vertex * 3);
    for (let i = 0; i < piece.indices.length; i++) out.indices[index + i] = piece.indices[i]! + vertex;
    vertex += piece.positions.length / 3;
    index += piece.indices.length;
  }
  return out;
}
