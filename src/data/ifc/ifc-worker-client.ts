// The IFC worker seen from the app. A worker is started before the file's bytes are at hand (its script and web-ifc's
// wasm load while the file is fetched and looked up in the cache) and converts one model. Cancel = terminate: the
// parse stops at once and its memory is freed. The file's head is checked here first: a renamed PDF or a bomb is
// refused in milliseconds, not after the worker's 3.7 MB script has been parsed (over 10 s on a busy 2-core machine).
import { DataError } from '../../shared/errors.ts';
import type { IfcConversion, IfcGeometryConversion } from './ifc-conversion.ts';
import type { IfcPhase } from './read-ifc.ts';
import { ifcFileHead } from './ifczip.ts';
import { IfcLoadCancelled } from './load-cancelled.ts';
import { checkStepHead, HEADER_BYTES } from './step-header.ts';
import type { ConvertRequest, WorkerReply } from './worker-protocol.ts';

export interface IfcConversionJob {
  /** The drawable part, before the properties are read. */
  geometry: Promise<IfcGeometryConversion>;
  result: Promise<{ conversion: IfcConversion; peakHeapBytes: number }>;
  cancel(): void;
}

export interface IfcWorker {
  /** Once per worker: it is terminated when the conversion ends. */
  convert(request: ConvertRequest, onProgress: (phase: IfcPhase, fraction: number) => void): IfcConversionJob;
  /** Not needed after all (e.g. the model came from the cache). */
  dispose(): void;
}

/** A promise with its settle functions; marked handled, since a caller may stop at the first of two to fail. */
function deferred<T>() {
  let settle!: { resolve(value: T): void; reject(error: Error): void };
  const promise = new Promise<T>((resolve, reject) => (settle = { resolve, reject }));
  promise.catch(() => {});
  return { promise, ...settle };
}

export function startIfcWorker(): IfcWorker {
  const worker = new Worker(new URL('../../workers/ifc-worker.ts', import.meta.url), { type: 'module', name: 'ifc' });
  let startFailure: string | undefined;
  let fail = (message: string): void => {
    startFailure = message;
  };
  worker.onerror = (event) => fail(event.message || 'could not start');
  return {
    convert(request, onProgress) {
      const geometry = deferred<IfcGeometryConversion>();
      const result = deferred<{ conversion: IfcConversion; peakHeapBytes: number }>();
      let drawable: IfcGeometryConversion | undefined;
      const settleWith = (error: Error) => {
        worker.terminate();
        geometry.reject(error);
        result.reject(error);
      };
      fail = (message) => settleWith(new DataError(request.source, `the IFC worker failed: ${message}`));
      worker.onmessage = ({ data: reply }: MessageEvent<WorkerReply>) => {
        if (reply.type === 'progress') return onProgress(reply.phase, reply.fraction);
        if (reply.type === 'geometry') return geometry.resolve((drawable = reply.geometry));
        if (reply.type === 'error')
          return settleWith(
            reply.dataError ? new DataError(reply.source, reply.message, reply.location) : new Error(reply.message),
          );
        if (!drawable)
          return settleWith(new Error(`${request.source}: the IFC worker finished without sending the geometry`));
        worker.terminate();
        result.resolve({ conversion: { ...drawable, ...reply.details }, peakHeapBytes: reply.peakHeapBytes });
      };
      ifcFileHead(request.bytes, request.source, HEADER_BYTES)
        .then((head) => {
          checkStepHead(head, request.source);
          if (startFailure !== undefined) fail(startFailure);
          else worker.postMessage(request, [request.bytes.buffer as ArrayBuffer]);
        })
        .catch(settleWith);
      return {
        geometry: geometry.promise,
        result: result.promise,
        cancel: () => settleWith(new IfcLoadCancelled(request.source)),
      };
    },
    dispose: () => worker.terminate(),
  };
}
