// Worker entry: converts one IFC per request with web-ifc, off the UI thread. The wasm is a bundled asset of this
// worker, so it is fetched (from the app's own origin) only when the first IFC is opened; it starts loading as soon
// as the worker does, while the app is still fetching the file and looking it up in the cache.
import wasmUrl from 'web-ifc/web-ifc.wasm?url';
import { DataError, errorMessage } from '../shared/errors.ts';
import { createIfcEngine, engineHeapBytes } from '../data/ifc/ifc-engine.ts';
import { convertIfc } from '../data/ifc/convert-ifc.ts';
import { ifcFileBytes } from '../data/ifc/ifczip.ts';
import { checkStepFile } from '../data/ifc/step-header.ts';
import type { IfcPhase } from '../data/ifc/read-ifc.ts';
import type { ConvertRequest, WorkerReply } from '../data/ifc/worker-protocol.ts';

const scope = self as unknown as {
  postMessage(message: WorkerReply, transfer?: Transferable[]): void;
  onmessage: unknown;
};
const engine = createIfcEngine({ url: wasmUrl });
// A failed start is reported with the first request, as that request's error.
engine.catch(() => {});

scope.onmessage = async ({ data: request }: MessageEvent<ConvertRequest>) => {
  try {
    // The file's own checks first: a bomb or a renamed PDF is refused without waiting for the wasm to compile.
    const bytes = await ifcFileBytes(request.bytes, request.source, request.maxInflatedBytes);
    checkStepFile(bytes, request.source);
    const api = await engine;
    let [lastPhase, lastPercent] = ['', -1];
    const options = {
      ...(request.placement ? { placement: request.placement } : {}),
      ...(request.fallbackPlacement ? { fallbackPlacement: request.fallbackPlacement } : {}),
      onProgress(phase: IfcPhase, fraction: number) {
        // One message per percent, not per element: a 50,000-element model would flood the UI thread.
        const percent = Math.floor(fraction * 100);
        if (phase === lastPhase && percent === lastPercent) return;
        [lastPhase, lastPercent] = [phase, percent];
        scope.postMessage({ type: 'progress', phase, fraction });
      },
    };
    const details = convertIfc(api, bytes, request.source, options, (geometry) =>
      scope.postMessage({ type: 'geometry', geometry }, [geometry.glb.buffer as ArrayBuffer]),
    );
    scope.postMessage({ type: 'done', details, peakHeapBytes: engineHeapBytes(api) });
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
