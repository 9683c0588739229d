// Runs one IFC conversion in a fresh worker. Cancel = terminate: the parse stops at once and its memory is freed.
import { DataError } from '../../shared/errors.ts';
import type { IfcConversion } from './ifc-conversion.ts';
import type { IfcPhase } from './read-ifc.ts';
import { IfcLoadCancelled } from './load-cancelled.ts';
import type { ConvertRequest, WorkerReply } from './worker-protocol.ts';

export interface IfcConversionJob {
  result: Promise<{ conversion: IfcConversion; peakHeapBytes: number }>;
  cancel(): void;
}

export function startIfcConversion(request: ConvertRequest, onProgress: (phase: IfcPhase, fraction: number) => void): IfcConversionJob {
  const worker = new Worker(new URL('../../workers/ifc-worker.ts', import.meta.url), { type: 'module', name: 'ifc' });
  let settle: { reject(error: Error): void } | undefined;
  const result = new Promise<{ conversion: IfcConversion; peakHeapBytes: number }>((resolve, reject) => {
    settle = { reject };
    worker.onmessage = ({ data: reply }: MessageEvent<WorkerReply>) => {
      if (reply.type === 'progress') return onProgress(reply.phase, reply.fraction);
      worker.terminate();
      if (reply.type === 'done') resolve({ conversion: reply.conversion, peakHeapBytes: reply.peakHeapBytes });
      else reject(reply.dataError ? new DataError(reply.source, reply.message, reply.location) : new Error(reply.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new DataError(request.source, `The IFC worker failed: ${event.message || 'could not start'}`));
    };
  });
  worker.postMessage(request, [request.bytes.buffer as ArrayBuffer]);
  return {
    result,
    cancel() {
      worker.terminate();
      settle?.reject(new IfcLoadCancelled(request.source));
    },
  };
}
