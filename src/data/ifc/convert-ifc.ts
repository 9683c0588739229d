// IFC bytes → the conversion the browser keeps (ifc-conversion.ts): runs in the IFC worker, with web-ifc.
import type { IfcAPI } from 'web-ifc';
import { IFC_CONVERSION_VERSION, type IfcConversion } from './ifc-conversion.ts';
import { ifcGlb } from './ifc-glb.ts';
import { readIfc, type ReadIfcOptions } from './read-ifc.ts';

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
