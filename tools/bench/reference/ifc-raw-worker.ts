// Reference worker: a fresh web-ifc engine streams all meshes of the bytes it is sent (as the app's IFC worker, which
// also starts fresh per model), then reports the vertex count and its wasm heap size.
import wasmUrl from 'web-ifc/web-ifc.wasm?url';
import { createIfcEngine, engineHeapBytes } from '../../../src/data/ifc/ifc-engine.ts';
import { streamAllMeshes } from '../ifc/raw-stream.ts';

self.onmessage = async ({ data: bytes }: MessageEvent<Uint8Array>) => {
  const api = await createIfcEngine({ url: wasmUrl });
  const vertices = streamAllMeshes(api, bytes);
  self.postMessage({ vertices, heapBytes: engineHeapBytes(api) });
};
