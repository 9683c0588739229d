// What the browser keeps of an IFC model after conversion: the glb (features in EXT_mesh_features), the element
// properties, tree, buildings and placement. Plain structured-cloneable data: it crosses the worker boundary and
// is stored as is in the IndexedDB cache. Types only (and the version): the conversion itself is in convert-ifc.ts,
// on the worker's side, so the main thread never bundles web-ifc.
import type { IfcPlacement } from './ifc-placement.ts';
import type { IfcBuildingInfo, IfcElementInfo } from './element-reader.ts';
import type { SpatialNode } from './spatial-tree.ts';
import type { IfcSchema } from './step-header.ts';

/** Bumped whenever the shape or meaning of a conversion changes, so stale cache entries are not reused. */
export const IFC_CONVERSION_VERSION = 4;

/** The part sent first, as soon as the geometry is read: everything needed to draw the model. */
export interface IfcGeometryConversion {
  version: number;
  source: string;
  schema: IfcSchema;
  /** Metadata limited to GlobalId, class, Name and storey (what the storey and class filters need): the property
   * sets live in `elements`, so the glb does not wait for them and Cesium does not parse them again. */
  glb: Uint8Array;
  placement: IfcPlacement;
  /** The model origin (centre of its geometry) in IFC world metres: manual placements move this point. */
  originIfc: [number, number, number];
  /** Per feature min/max x, y, z in model coordinates (IFC axes relative to the origin). */
  featureBounds: Float64Array;
}

/** The part sent last: what the attribute panel, the spatial tree and the analyses read. */
export interface IfcConversionDetails {
  elements: IfcElementInfo[];
  tree: SpatialNode;
  buildings: IfcBuildingInfo[];
}

export type IfcConversion = IfcGeometryConversion & IfcConversionDetails;
