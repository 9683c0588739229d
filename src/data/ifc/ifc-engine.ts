// One web-ifc instance per worker (or CLI run). The wasm is located explicitly, so Node reads it from node_modules
// and the browser fetches it from the app's own origin — never from a CDN.
import { IfcAPI, LogLevel } from 'web-ifc';

/** A folder holding web-ifc's wasm files (Node), or the URL of web-ifc.wasm itself (a bundled browser asset). */
export type WasmLocation = { directory: string } | { url: string };

export async function createIfcEngine(wasm: WasmLocation): Promise<IfcAPI> {
  const api = new IfcAPI();
  if ('directory' in wasm) api.SetWasmPath(wasm.directory, true);
  // Single-threaded: the multi-threaded build needs cross-origin isolation, which an intranet server rarely sets up.
  await api.Init('url' in wasm ? () => wasm.url : undefined, true);
  api.SetLogLevel(LogLevel.LOG_LEVEL_OFF);
  return api;
}

/** web-ifc's wasm heap (its module is untyped); undefined before Init. */
const engineHeap = (api: IfcAPI) => (api.wasmModule as { HEAPU8?: Uint8Array<ArrayBuffer> } | undefined)?.HEAPU8;

/** The engine's memory: web-ifc grows its wasm heap and never shrinks it, so its size is the peak so far. */
export function engineHeapBytes(api: IfcAPI): number {
  return engineHeap(api)?.byteLength ?? 0;
}

/** `length` values at `pointer` in the engine's heap, as a view: valid until the data is freed or the heap grows
 * (its buffer is replaced then), so taken afresh each time. */
export function engineHeapView<T extends Float32Array | Uint32Array>(
  api: IfcAPI,
  type: new (buffer: ArrayBuffer, offset: number, length: number) => T,
  pointer: number,
  length: number,
): T {
  return new type(engineHeap(api)!.buffer, pointer, length);
}
