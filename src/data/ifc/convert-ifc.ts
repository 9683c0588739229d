// IFC bytes → the conversion the browser keeps (ifc-conversion.ts): runs in the IFC worker, with web-ifc. The
// geometry part is handed over as soon as it is read, so the model can be drawn while the properties are read.
import type { IfcAPI } from 'web-ifc';
import { IFC_CONVERSION_VERSION, type IfcConversionDetails, type IfcGeometryConversion } from './ifc-conversion.ts';
import { ifcGlb } from './ifc-glb.ts';
import { readIfc, type ReadIfcOptions } from './read-ifc.ts';

export function convertIfc(
  api: IfcAPI,
  bytes: Uint8Array,
  source: string,
  options: Omit<ReadIfcOptions, 'onGeometry'>,
  onGeometry: (geometry: IfcGeometryConversion) => void,
): IfcConversionDetails {
  const data = readIfc(api, bytes, source, {
    ...options,
    onGeometry: (geometry) =>
      onGeometry({
        version: IFC_CONVERSION_VERSION,
        source,
        schema: geometry.schema,
        glb: ifcGlb(geometry),
        placement: geometry.placement,
        originIfc: geometry.meshes.originIfc,
        featureBounds: geometry.meshes.featureBounds,
      }),
  });
  return { elements: data.elements, tree: data.tree, buildings: data.buildings };
}
