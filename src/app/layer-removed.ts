// Features that keep something per layer (listeners, buildings, results) drop it when the layer leaves the store.
import type { Store } from '../shared/store.ts';
import type { AppState } from './state.ts';

export function onLayerRemoved(store: Store<AppState>, listener: (layerId: string) => void): () => void {
  return store.subscribe((state, previous) => {
    if (state.layers === previous.layers) return;
    const kept = new Set(state.layers.map((layer) => layer.id));
    for (const layer of previous.layers) if (!kept.has(layer.id)) listener(layer.id);
  });
}
