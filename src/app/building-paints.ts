// The paints of the building layers, one per feature that paints (source), composed bottom to top in SOURCE_ORDER so
// a thematic map or the health check's homes show over the drape's tint, and the tint shows where they leave the
// layer's own colour. Features set their paint here, never on the layer itself.
import { composePaints } from '../layers/compose-paint.ts';
import type { FeaturePaint, MapLayer } from '../layers/map-layer.ts';

const SOURCE_ORDER = ['drape', 'renewal', 'health'] as const;
export type PaintSource = (typeof SOURCE_ORDER)[number];

export interface BuildingPaints {
  /** Sets (null: clears) one source's paint of a building layer and repaints the layer. */
  set(layerId: string, source: PaintSource, paint: FeaturePaint | null): void;
  /** Forgets a removed layer's paints. */
  drop(layerId: string): void;
}

export function createBuildingPaints(layerOf: (id: string) => MapLayer | undefined): BuildingPaints {
  const byLayer = new Map<string, Map<PaintSource, FeaturePaint>>();
  return {
    set(layerId, source, paint) {
      const sources = byLayer.get(layerId) ?? new Map<PaintSource, FeaturePaint>();
      if (paint) sources.set(source, paint);
      else sources.delete(source);
      if (sources.size > 0) byLayer.set(layerId, sources);
      else byLayer.delete(layerId);
      const stacked = SOURCE_ORDER.flatMap((name) => sources.get(name) ?? []);
      layerOf(layerId)?.paintFeatures?.(composePaints(stacked));
    },
    drop: (layerId) => void byLayer.delete(layerId),
  };
}
