// Reference worker: a fresh web-ifc engine (as the app's IFC worker: started when the worker is, before the bytes
// arrive) streams all meshes of the bytes it is sent, placed and grouped by colour, and sends them back with its
// wasm heap size.
import wasmUrl from 'web-ifc/web-ifc.wasm?url';
import { createIfcEngine, engineHeapBytes } from '../../../src/data/ifc/ifc-engine.ts';
import { streamPlacedMeshes } from '../ifc/raw-meshes.ts';

const engine = createIfcEngine({ url: wasmUrl });

self.onmessage = async ({ data: bytes }: MessageEvent<Uint8Array>) => {
  const api = await engine;
  const meshes = streamPlacedMeshes(api, bytes);
  const buffers = meshes.flatMap((m) => [m.positions.buffer, m.normals.buffer, m.indices.buffer]);
  (self as unknown as Worker).postMessage({ meshes, heapBytes: engineHeapBytes(api) }, buffers);
};
