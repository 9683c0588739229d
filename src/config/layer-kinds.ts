// The manifest's layer kinds. The registry (src/layers/registry.ts) must have a module for each — its type says so —
// and this list lets Node code (validation, the sample's tests) know them without loading Cesium.
export const LAYER_KINDS = ['3dtiles', 'geojson', 'ifc', 'pipelines'] as const;

export type LayerKind = (typeof LAYER_KINDS)[number];
