// Messages between the app and the IFC worker (src/workers/ifc-worker.ts). Cancelling is terminating the worker:
// web-ifc runs synchronously, so a "cancel" message could only be read after the work it should stop.
import type { ManualPlacement } from './georeference.ts';
import type { IfcConversionDetails, IfcGeometryConversion } from './ifc-conversion.ts';
import type { IfcPhase } from './read-ifc.ts';

export interface ConvertRequest {
  bytes: Uint8Array;
  source: string;
  placement?: ManualPlacement;
  fallbackPlacement?: ManualPlacement;
  /** limits.maxInflatedBytes of the deployment: where an .ifczip stops inflating. */
  maxInflatedBytes?: number;
}

/** progress…, geometry, progress…, done — or error at any point. */
export type WorkerReply =
  | { type: 'progress'; phase: IfcPhase; fraction: number }
  | { type: 'geometry'; geometry: IfcGeometryConversion }
  | { type: 'done'; details: IfcConversionDetails; peakHeapBytes: number }
  | { type: 'error'; source: string; message: string; location?: string; dataError: boolean };
