// An IFC element as the attribute panel shows it, and where the camera looks at it.
import { BoundingSphere, Cartesian3, Matrix4 } from 'cesium';
import type { IfcConversion } from '../../data/ifc/ifc-conversion.ts';
import type { IfcElementInfo } from '../../data/ifc/element-reader.ts';

/** Flattened for the attribute panel: "Pset_WallCommon.IsExternal" → value. */
export function elementAttributes(element: IfcElementInfo): Record<string, unknown> {
  const attributes: Record<string, unknown> = {
    ifcClass: element.ifcClass,
    Name: element.name,
    GlobalId: element.globalId,
    storey: element.storey ?? '',
  };
  for (const sets of [element.propertySets, element.quantities]) {
    for (const [set, values] of Object.entries(sets))
      for (const [name, value] of Object.entries(values)) attributes[`${set}.${name}`] = value;
  }
  return attributes;
}

/** The sphere around element `index`'s box (`featureBounds`: min xyz, max xyz in model coordinates), on the globe;
 * at least 1 m across, so a door handle still gets a view. */
export function elementSphere(
  conversion: Pick<IfcConversion, 'featureBounds' | 'placement'>,
  index: number,
): BoundingSphere {
  const b = conversion.featureBounds.subarray(index * 6, index * 6 + 6);
  const local = new Cartesian3((b[0]! + b[3]!) / 2, (b[1]! + b[4]!) / 2, (b[2]! + b[5]!) / 2);
  const radius = Math.max(1, Math.hypot(b[3]! - b[0]!, b[4]! - b[1]!, b[5]! - b[2]!) / 2);
  const centre = Matrix4.multiplyByPoint(Matrix4.fromArray(conversion.placement.modelMatrix), local, new Cartesian3());
  return new BoundingSphere(centre, radius);
}
