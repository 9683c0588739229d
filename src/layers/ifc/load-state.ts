// What an IFC layer's panel and the API read of its load: status, phase, timings, the filter and the placement source.
import type { IfcPhase } from '../../data/ifc/read-ifc.ts';
import type { PlacementSource } from '../../data/ifc/placement-in-force.ts';
import { NO_FILTER, type IfcFilter } from '../ifc-filter.ts';

export interface IfcLoadState {
  /** closed: a hidden manifest layer not opened yet. */
  status: 'closed' | 'loading' | 'ready' | 'failed' | 'cancelled';
  phase: IfcPhase | 'fetch' | 'cache' | 'draw';
  /** 0..1 within the phase. */
  fraction: number;
  fromCache: boolean;
  /** Start of the load → the drawable geometry on the main thread (from the worker or the cache), milliseconds. */
  geometryMs?: number;
  /** Start of the load → the first frame showing the model (drawn from the geometry, properties maybe still read). */
  drawnMs?: number;
  /** Start of the load → model drawn with every property read, milliseconds. */
  loadMs?: number;
  /** The worker's wasm heap at the end of the conversion (its peak: the heap never shrinks). */
  workerPeakBytes?: number;
  filter: IfcFilter;
  /** What places the model now: a manual placement saved in this browser, the manifest's, or the file's own. */
  placementSource: PlacementSource;
}

export const initialLoadState = (visible: boolean): IfcLoadState => ({
  status: visible ? 'loading' : 'closed',
  phase: 'fetch',
  fraction: 0,
  fromCache: false,
  filter: NO_FILTER,
  placementSource: 'file',
});
