// One web-ifc instance per worker (or CLI run). The wasm file is located by directory, so Node reads it from
// node_modules and the browser fetches it from the app's own origin — never from a CDN.
import { IfcAPI, LogLevel } from 'web-ifc';

export async function createIfcEngine(wasmDirectory: string): Promise<IfcAPI> {
  const api = new IfcAPI();
  api.SetWasmPath(wasmDirectory, true);
  // Single-threaded: the multi-threaded build needs cross-origin isolation, which an intranet server rarely sets up.
  await api.Init(undefined, true);
  api.SetLogLevel(LogLevel.LOG_LEVEL_OFF);
  return api;
}
