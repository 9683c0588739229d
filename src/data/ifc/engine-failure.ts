// What to tell the user when web-ifc itself fails on a file. Running out of memory is told apart: web-ifc is 32-bit
// WebAssembly, so its heap stops at 4 GiB whatever the machine has, and a model that big needs a different answer
// (split it) from a file web-ifc cannot read.
import type { IfcAPI } from 'web-ifc';
import { DataError, errorMessage } from '../../shared/errors.ts';
import { engineHeapBytes } from './ifc-engine.ts';

const WASM32_HEAP_LIMIT_BYTES = 2 ** 32;
/** A heap this close to the limit when web-ifc fails means it could not grow any further. */
const NEAR_LIMIT = 0.9;
/** How the engine and the JavaScript around it say so (emscripten's growth failure and abort, V8's allocations). */
const OUT_OF_MEMORY = /cannot enlarge memory|\boom\b|out of memory|allocation failed/i;

/** `doing`: what web-ifc was doing, e.g. "reading the geometry". */
export function engineFailure(api: IfcAPI, source: string, doing: string, error: unknown): DataError {
  if (error instanceof DataError) return error;
  const heapBytes = engineHeapBytes(api);
  if (heapBytes >= WASM32_HEAP_LIMIT_BYTES * NEAR_LIMIT || OUT_OF_MEMORY.test(errorMessage(error))) {
    return new DataError(
      source,
      `The model is too big for web-ifc: it ran out of memory while ${doing} (${(heapBytes / 2 ** 30).toFixed(1)} GiB ` +
        'in use; its limit is 4 GiB on any machine). Split the model, e.g. one IFC per building',
    );
  }
  return new DataError(source, `web-ifc failed while ${doing}: ${errorMessage(error)}`);
}
