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

/** The engine's memory: web-ifc grows its wasm heap and never shrinks it, so its size is the peak so far. */
export function engineHeapBytes(api: IfcAPI): number {
  return (api.wasmModule as { HEAPU8?: Uint8Array } | undefined)?.HEAPU8?.byteLength ?? 0;
}
