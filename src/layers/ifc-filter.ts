// Which IFC elements to draw, as a Cesium 3D Tiles style over the glb's metadata (`storey`, `ifcClass`): hidden
// storeys and classes, or one storey isolated. Cesium evaluates it per feature on the GPU side of the pipeline.
import { Cesium3DTileStyle } from 'cesium';

export interface IfcFilter {
  hiddenStoreys: string[];
  hiddenClasses: string[];
  /** When set, only this storey is drawn. */
  isolatedStorey?: string;
}

export const NO_FILTER: IfcFilter = { hiddenStoreys: [], hiddenClasses: [] };

/** A string literal for the style language (names come from the file, so quotes and backslashes are escaped). */
const literal = (value: string) => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

export function filterStyle(filter: IfcFilter): Cesium3DTileStyle | undefined {
  const terms = [
    ...(filter.isolatedStorey === undefined ? [] : [`\${storey} === ${literal(filter.isolatedStorey)}`]),
    ...filter.hiddenStoreys.map((s) => `\${storey} !== ${literal(s)}`),
    ...filter.hiddenClasses.map((c) => `\${ifcClass} !== ${literal(c)}`),
  ];
  return terms.length ? new Cesium3DTileStyle({ show: terms.join(' && ') }) : undefined;
}
