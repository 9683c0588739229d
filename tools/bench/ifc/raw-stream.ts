// The reference for the IFC benches: raw web-ifc streaming every mesh of a model and copying each geometry's
// vertices and indices out of the wasm heap — the least any viewer built on web-ifc must do. Runs in Node and in
// the reference page's worker.
import type { IfcAPI } from 'web-ifc';

/** Returns the number of vertices streamed. */
export function streamAllMeshes(api: IfcAPI, bytes: Uint8Array): number {
  const model = api.OpenModel(bytes);
  let vertices = 0;
  api.StreamAllMeshes(model, (mesh) => {
    for (let i = 0; i < mesh.geometries.size(); i++) {
      const geometry = api.GetGeometry(model, mesh.geometries.get(i).geometryExpressID);
      // Each a copy already (web-ifc slices its heap): a second one would only slow the reference down.
      const v = api.GetVertexArray(geometry.GetVertexData(), geometry.GetVertexDataSize());
      api.GetIndexArray(geometry.GetIndexData(), geometry.GetIndexDataSize());
      vertices += v.length / 6;
      geometry.delete();
    }
  });
  api.CloseModel(model);
  return vertices;
}
