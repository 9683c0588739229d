// Getting an IFC model's conversion: the file fetched, then its conversion taken from the IndexedDB cache or made by a
// worker. Either way the geometry is drawn as soon as it is on the main thread, before the properties are all read.
import type { IfcConversion, IfcGeometryConversion } from '../../data/ifc/ifc-conversion.ts';
import {
  cachedConversion,
  contentKey,
  forgetConversion,
  rememberConverted,
  storeConversion,
  type CachedConversion,
} from '../../data/ifc/ifc-cache.ts';
import { startIfcWorker, type IfcConversionJob, type IfcWorker } from '../../data/ifc/ifc-worker-client.ts';
import type { ManualPlacement } from '../../data/ifc/georeference.ts';
import { fetchBytes } from '../../data/fetch-bytes.ts';
import { DataError } from '../../shared/errors.ts';
import type { IfcLoadState } from './load-state.ts';
import type { Placements } from './placements.ts';

const CACHE_FULL =
  "the browser's storage is full, so this model was opened but not kept for next time " +
  "(it will be converted again); clearing this site's data in the browser frees the space";

/** What a conversion needs from its layer. */
export interface ConversionSteps {
  url: string;
  /** The file name the messages show. */
  source: string;
  maxInflatedBytes: number;
  placements: Placements;
  progress(change: Partial<IfcLoadState>): void;
  /** Milliseconds since the load started. */
  elapsedMs(): number;
  /** Throws IfcLoadCancelled once the user has cancelled: checked between the steps, as there may be no worker yet. */
  stopIfCancelled(): void;
  /** Where to put a model that carries no georeference. */
  fallbackPlacement(): ManualPlacement;
  draw(data: IfcGeometryConversion): Promise<void>;
  undraw(): void;
  /** The worker's job while it runs, so a cancel can stop it. */
  running(job: IfcConversionJob | undefined): void;
  reportProblem(message: string): void;
}

/** The file's bytes, held to the origin policy and the byte cap; a failure names the file as the others do. */
export function fetchIfcBytes(url: string, source: string): Promise<Uint8Array> {
  return fetchBytes(url).catch((error: unknown) => {
    throw error instanceof DataError ? new DataError(source, error.message, error.location) : error;
  });
}

/** The whole conversion, drawn and placed as the placement in force says. `workerAhead` was started during the fetch
 * when the file was not converted before; it is let go when the cache has the conversion after all. */
export async function convertIfc(
  bytes: Uint8Array,
  workerAhead: IfcWorker | undefined,
  steps: ConversionSteps,
): Promise<IfcConversion> {
  const key = await contentKey(bytes, undefined);
  await steps.placements.open(key);
  steps.progress({ phase: 'cache' });
  const cached = await cachedConversion(key);
  if (cached) {
    workerAhead?.dispose();
    workerAhead = undefined;
    const fromCache = await fromCacheRecord(cached, steps);
    if (fromCache) return fromCache;
    // Gone meanwhile (storage cleared), unreadable or not drawable: deleted, and the file converted after all.
    await forgetConversion(key);
    steps.undraw();
    steps.progress({ fromCache: false });
  }
  steps.stopIfCancelled();
  return inWorker(bytes, key, workerAhead ?? startIfcWorker(), steps);
}

/** The model drawn from its cache record, or undefined when the record turns out unusable. */
async function fromCacheRecord(cached: CachedConversion, steps: ConversionSteps): Promise<IfcConversion | undefined> {
  steps.progress({ fromCache: true, phase: 'draw', fraction: 0, geometryMs: steps.elapsedMs() });
  const placed = steps.placements.placed(cached.geometry);
  try {
    await steps.draw(placed);
  } catch {
    return undefined;
  }
  // The details are read once the model is on screen: on a big model they are most of what the cache holds.
  const details = await cached.details();
  return details && { ...placed, ...details };
}

/** Converted by the worker, drawn as soon as it has read the geometry while it goes on reading the properties. */
async function inWorker(
  bytes: Uint8Array,
  key: string,
  worker: IfcWorker,
  steps: ConversionSteps,
): Promise<IfcConversion> {
  const job = worker.convert(
    {
      bytes,
      source: steps.source,
      fallbackPlacement: steps.fallbackPlacement(),
      maxInflatedBytes: steps.maxInflatedBytes,
    },
    (phase, fraction) => steps.progress({ phase, fraction }),
  );
  steps.running(job);
  const placedGeometry = job.geometry.then((geometry) => {
    steps.progress({ geometryMs: steps.elapsedMs() });
    return steps.placements.placed(geometry);
  });
  const drawing = placedGeometry.then(steps.draw);
  drawing.catch(() => {}); // a failed conversion is reported through `result`
  const { conversion, peakHeapBytes } = await job.result;
  steps.running(undefined);
  steps.progress({ workerPeakBytes: peakHeapBytes, phase: 'draw', fraction: 0 });
  // Stored once the model is on screen: the cache write competes with the first frames of a new model for the CPU.
  // The cache keeps the file's own placement; the manifest's is applied on every open.
  await drawing;
  const stored = await storeConversion(key, conversion);
  if (stored === 'stored') rememberConverted(steps.url);
  if (stored === 'full') steps.reportProblem(CACHE_FULL);
  return { ...conversion, placement: (await placedGeometry).placement };
}
