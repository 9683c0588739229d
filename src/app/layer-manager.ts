// Owns the live layers: creates them through the registry, loads them independently (one failing layer never stops
// the others) and mirrors their status into the store for the UI and for cim.layers().
import type { InvalidLayer, LayerConfig } from '../config/project-types.ts';
import { createLayer } from '../layers/registry.ts';
import type { FeatureAttributes, LayerContext, MapLayer } from '../layers/map-layer.ts';
import { DataError, errorMessage } from '../shared/errors.ts';
import type { Store } from '../shared/store.ts';
import type { AppState, LayerState } from './state.ts';
import { reportError } from './errors.ts';
import { assertFetchAllowed } from '../data/fetch-policy.ts';
import { ManifestLayerError, UnknownLayerError } from './api-errors.ts';

export interface PickedFeature extends FeatureAttributes {
  layer: MapLayer;
}

export interface LayerManager {
  /** Adds and loads a validated layer; resolves when it is ready or has failed (the failure is in the store).
   * `removable` marks a layer added at run time rather than by the manifest. */
  add(config: LayerConfig, options?: { removable?: boolean }): Promise<void>;
  /** Takes a removable layer out of the store at once and resolves when the layer has released everything. */
  remove(id: string): Promise<void>;
  /** Lists a layer the manifest validation rejected, with its problems, so the user sees why it is missing. */
  addInvalid(invalid: InvalidLayer): void;
  setVisible(id: string, visible: boolean): void;
  setOpacity(id: string, opacity: number): void;
  pick(picked: unknown): PickedFeature | null;
  highlight(picked: unknown | null): void;
  get(id: string): MapLayer | undefined;
  isSettled(): boolean;
}

export function createLayerManager(store: Store<AppState>, context: LayerContext): LayerManager {
  const live = new Map<string, MapLayer>();
  const requestRender = () => context.viewer.scene.requestRender();

  const patchLayer = (id: string, patch: Partial<LayerState>) =>
    store.update((state) => ({
      ...state,
      layers: state.layers.map((layer) => (layer.id === id ? { ...layer, ...patch } : layer)),
    }));

  const appendLayer = (layer: LayerState) =>
    store.update((state) => ({ ...state, layers: [...state.layers.filter((l) => l.id !== layer.id), layer] }));

  return {
    async add(config, { removable = false } = {}) {
      const layer = createLayer(config, context);
      live.set(config.id, layer);
      appendLayer({
        id: config.id,
        kind: config.kind,
        title: config.title,
        visible: config.visible,
        opacity: config.opacity,
        supportsOpacity: layer.supportsOpacity,
        status: 'loading',
        legend: [],
        removable,
      });
      try {
        // Refused here, a layer never starts loading (Cesium and the IFC worker included).
        assertFetchAllowed(config.url);
        await layer.load();
        patchLayer(config.id, { status: 'ready', legend: layer.legend() });
      } catch (error) {
        // Removed while loading: the load was given up on purpose, nothing to report.
        if (live.get(config.id) !== layer) return;
        await layer.dispose();
        live.delete(config.id);
        const source = error instanceof DataError ? error.source : config.url;
        const message = error instanceof DataError ? error.message : errorMessage(error);
        patchLayer(config.id, { status: 'error', error: `${source}: ${message}` });
        reportError(store, source, message);
      }
      requestRender();
    },
    addInvalid(invalid) {
      const message = invalid.problems.map((p) => `${p.path}: ${p.message}`).join('; ');
      appendLayer({
        id: invalid.id,
        kind: invalid.kind,
        title: invalid.title,
        visible: false,
        opacity: 1,
        supportsOpacity: false,
        status: 'error',
        error: message,
        legend: [],
        removable: false,
      });
    },
    async remove(id) {
      const entry = store.get().layers.find((layer) => layer.id === id);
      if (!entry) throw new UnknownLayerError('cim.removeLayer', id);
      if (!entry.removable) throw new ManifestLayerError('cim.removeLayer', id);
      const layer = live.get(id);
      live.delete(id);
      store.update((state) => ({
        ...state,
        layers: state.layers.filter((l) => l.id !== id),
        selection: state.selection?.layerId === id ? null : state.selection,
      }));
      await layer?.dispose();
      requestRender();
    },
    setVisible(id, visible) {
      live.get(id)?.setVisible(visible);
      patchLayer(id, { visible });
      requestRender();
    },
    setOpacity(id, opacity) {
      live.get(id)?.setOpacity(opacity);
      patchLayer(id, { opacity });
      requestRender();
    },
    pick(picked) {
      if (picked === undefined) return null;
      for (const layer of live.values()) {
        const found = layer.pick(picked);
        if (found) return { ...found, layer };
      }
      return null;
    },
    highlight(picked) {
      for (const layer of live.values()) layer.highlight(picked);
      requestRender();
    },
    get: (id) => live.get(id),
    isSettled: () => [...live.values()].every((layer) => layer.isSettled()),
  };
}
