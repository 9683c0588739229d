// Maps a manifest layer `kind` (src/config/layer-kinds.ts) to the module that draws it.
import type {
  GeoJsonLayerConfig,
  IfcLayerConfig,
  LayerConfig,
  PipelinesLayerConfig,
  TilesLayerConfig,
} from '../config/project-types.ts';
import type { LayerKind } from '../config/layer-kinds.ts';
import { createCityTilesLayer } from './city-tiles-layer.ts';
import { createGeoJsonLayer } from './geojson-layer.ts';
import { createIfcLayer } from './ifc-layer.ts';
import { createPipelinesLayer } from './pipelines-layer.ts';
import type { LayerContext, LayerFactory, MapLayer } from './map-layer.ts';

const factories: Record<LayerKind, LayerFactory> = {
  '3dtiles': (config, context) => createCityTilesLayer(config as TilesLayerConfig, context),
  geojson: (config, context) => createGeoJsonLayer(config as GeoJsonLayerConfig, context),
  ifc: (config, context) => createIfcLayer(config as IfcLayerConfig, context),
  pipelines: (config, context) => createPipelinesLayer(config as PipelinesLayerConfig, context),
};

export const knownLayerKinds = (): string[] => Object.keys(factories);

export function createLayer(config: LayerConfig, context: LayerContext): MapLayer {
  const factory = factories[config.kind as LayerKind];
  if (!factory)
    throw new Error(`Assertion failed: no layer module for kind '${config.kind}' (validation should have caught it)`);
  return factory(config, context);
}
