// The IFC feature for the UI: the IFC layers with their load state, opening dropped or picked files, and the actions
// on a model (cancel, manual placement, storey/class filter, fly to an element). Plain data out, no cesium types.
import { manualPlacementOf, type ManualPlacement } from '../../data/ifc/georeference.ts';
import type { IfcConversion } from '../../data/ifc/ifc-conversion.ts';
import { isIfcLayer, type IfcLayer } from '../../layers/ifc-layer.ts';
import type { IfcLoadState } from '../../layers/ifc/load-state.ts';
import type { IfcFilter } from '../../layers/ifc-filter.ts';
import type { App } from '../app.ts';
import { errorMessage } from '../../shared/errors.ts';
import { reportError } from '../errors.ts';
import { onLayerRemoved } from '../layer-removed.ts';
import { createIfcApi, type IfcApi } from './ifc-api.ts';

export type { IfcFilter, IfcLoadState, IfcConversion, ManualPlacement };

export interface IfcModelView {
  layerId: string;
  title: string;
  state: IfcLoadState;
  conversion?: IfcConversion;
  /** Opened by the user or a script (not listed in the manifest): can be removed. */
  removable: boolean;
  /** What a reset of a saved manual placement goes back to. */
  resetsTo: 'manifest' | 'file';
}

export interface IfcFeature {
  api: IfcApi;
  models(): IfcModelView[];
  /** Calls back whenever a model is added, progresses, loads, fails or is filtered. */
  subscribe(listener: () => void): () => void;
  openFile(file: File): Promise<void>;
  cancel(layerId: string): void;
  /** Removes an opened model: its worker, model and row go. */
  remove(layerId: string): Promise<void>;
  /** Resolves once the placement is saved and shown; a placement that cannot be saved is reported, not applied. */
  place(layerId: string, placement: ManualPlacement): Promise<void>;
  resetPlacement(layerId: string): Promise<void>;
  setFilter(layerId: string, filter: IfcFilter): void;
  flyToElement(layerId: string, globalId: string): Promise<void>;
  /** The placement (IFC origin, heading) that reproduces where a model is now: the form's starting numbers. */
  manualPlacement(conversion: IfcConversion): ManualPlacement;
}

export function createIfcFeature(app: App): IfcFeature {
  const api = createIfcApi(app);
  const layer = (id: string): IfcLayer | undefined => {
    const found = app.layers.get(id);
    return isIfcLayer(found) ? found : undefined;
  };
  const ifcLayers = () => app.store.get().layers.filter((l) => l.kind === 'ifc');
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  const watched = new Map<string, () => void>();
  // Each IFC layer's own store feeds the panel (progress arrives many times a second while the app store is quiet).
  app.store.subscribe((state, previous) => {
    if (state.layers === previous.layers) return;
    for (const entry of ifcLayers()) {
      const live = layer(entry.id);
      if (live && !watched.has(entry.id)) watched.set(entry.id, live.state.subscribe(notify));
    }
    notify();
  });
  onLayerRemoved(app.store, (id) => {
    watched.get(id)?.();
    watched.delete(id);
  });

  /** Storage steps on a model: a failure is told to the user, named after the model. */
  const reportFailure = async (id: string, what: string, step: () => Promise<void> | undefined) => {
    try {
      await step();
    } catch (error) {
      reportError(app.store, id, `${what}: ${errorMessage(error)}`);
    }
    notify();
  };

  return {
    api,
    models: () =>
      ifcLayers().flatMap((entry) => {
        const live = layer(entry.id);
        if (!live) return [];
        const conversion = live.conversion();
        const title =
          typeof entry.title === 'string' ? entry.title : (entry.title['zh-CN'] ?? entry.title.en ?? entry.id);
        return [
          {
            layerId: entry.id,
            title,
            state: live.state.get(),
            removable: entry.removable,
            resetsTo: live.hasManifestPlacement ? 'manifest' : 'file',
            ...(conversion ? { conversion } : {}),
          },
        ];
      }),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async openFile(file) {
      try {
        const { layerId } = await api.loadIfc(file);
        const bounds = layer(layerId)?.boundingSphere();
        if (bounds) app.viewer.camera.flyToBoundingSphere(bounds, { duration: 1.5 });
      } catch {
        // Failed or cancelled: the layer manager has already listed it among the errors and marked the layer.
      }
      notify();
    },
    cancel: (id) => layer(id)?.cancel(),
    remove: (id) => app.actions.removeLayer(id),
    place: (id, placement) =>
      reportFailure(id, 'the placement could not be saved, so it was not applied', () => layer(id)?.place(placement)),
    resetPlacement: (id) =>
      reportFailure(id, 'the saved placement could not be removed', () => layer(id)?.resetPlacement()),
    setFilter: (id, filter) => layer(id)?.setFilter(filter),
    flyToElement: async (id, globalId) => layer(id)?.flyToElement(globalId),
    manualPlacement: (conversion) => manualPlacementOf(conversion.placement.modelMatrix, conversion.originIfc),
  };
}
