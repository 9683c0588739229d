// Worker entry: converts one IFC per request with web-ifc, off the UI thread. The wasm is a bundled asset of this
// worker, so it is fetched (from the app's own origin) only when the first IFC is opened.
import wasmUrl from 'web-ifc/web-ifc.wasm?url';
import { DataError, errorMessage } from '../shared/errors.ts';
import { createIfcEngine, engineHeapBytes } from '../data/ifc/ifc-engine.ts';
import { convertIfc } from '../data/ifc/convert-ifc.ts';
import type { ConvertRequest, WorkerReply } from '../data/ifc/worker-protocol.ts';

const scope = self as unknown as { postMessage(message: WorkerReply, transfer?: Transferable[]): void; onmessage: unknown };
let engine: ReturnType<typeof createIfcEngine> | undefined;

scope.onmessage = async ({ data: request }: MessageEvent<ConvertRequest>) => {
  try {
    const api = await (engine ??= createIfcEngine({ url: wasmUrl }));
    let [lastPhase, lastPercent] = ['', -1];
    const conversion = convertIfc(api, request.bytes, request.source, {
      ...(request.placement ? { placement: request.placement } : {}),
      ...(request.fallbackPlacement ? { fallbackPlacement: request.fallbackPlacement } : {}),
      onProgress(phase, fraction) {
        // One message per percent, not per element: a 50,000-element model would flood the UI thread.
        const percent = Math.floor(fraction * 100);
        if (phase === lastPhase && percent === lastPercent) return;
        [lastPhase, lastPercent] = [phase, percent];
        scope.postMessage({ type: 'progress', phase, fraction });
      },
    });
    scope.postMessage({ type: 'done', conversion, peakHeapBytes: engineHeapBytes(api) }, [conversion.glb.buffer as ArrayBuffer]);
  } catch (error) {
    const dataError = error instanceof DataError;
    scope.postMessage({
      type: 'error',
      source: dataError ? error.source : request.source,
      message: dataError ? error.message : errorMessage(error),
      ...(dataError && error.location ? { location: error.location } : {}),
      dataError,
    });
  }
};
