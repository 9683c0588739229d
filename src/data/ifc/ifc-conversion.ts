// What the browser keeps of an IFC model after conversion: the glb (features in EXT_mesh_features), the element
// properties, tree, buildings and placement. Plain structured-cloneable data: it crosses the worker boundary and
// is stored as is in the IndexedDB cache.
import type { IfcAPI } from 'web-ifc';
import { ifcGlb } from './ifc-glb.ts';
import { readIfc, type IfcBuildingInfo, type IfcElementInfo, type IfcPlacement, type ReadIfcOptions } from './read-ifc.ts';
import type { SpatialNode } from './spatial-tree.ts';
import type { IfcSchema } from './step-header.ts';

/** Bumped whenever the shape or meaning of a conversion changes, so stale cache entries are not reused. */
export const IFC_CONVERSION_VERSION = 1;

export interface IfcConversion {
  version: number;
  source: string;
  schema: IfcSchema;
  glb: Uint8Array;
  elements: IfcElementInfo[];
  tree: SpatialNode;
  buildings: IfcBuildingInfo[];
  placement: IfcPlacement;
  /** The model origin (centre of its geometry) in IFC world metres: manual placements move this point. */
  originIfc: [number, number, number];
  /** Per feature min/max x, y, z in model coordinates (IFC axes relative to the origin). */
  featureBounds: Float64Array;
}

export function convertIfc(api: IfcAPI, bytes: Uint8Array, source: string, options: ReadIfcOptions = {}): IfcConversion {
  const data = readIfc(api, bytes, source, options);
  return {
    version: IFC_CONVERSION_VERSION,
    source,
    schema: data.schema,
    glb: ifcGlb(data),
    elements: data.elements,
    tree: data.tree,
    buildings: data.buildings,
    placement: data.placement,
    originIfc: data.meshes.originIfc,
    featureBounds: data.meshes.featureBounds,
  };
}
