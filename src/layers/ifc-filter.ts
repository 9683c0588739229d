// Which IFC elements to draw, as a Cesium 3D Tiles style over the glb's metadata (`storey`, `ifcClass`): hidden
// storeys and classes, or one storey isolated. Names come from the file, so they never enter a style expression:
// Cesium's expression text mangles quotes, backslashes and `${…}` inside string literals (O'Brien, 二层 'A'). The
// style's `show` is a function instead, the custom-expression form documented on Cesium3DTileStyle#show.
import { Cesium3DTileStyle } from 'cesium';

export interface IfcFilter {
  hiddenStoreys: string[];
  hiddenClasses: string[];
  /** When set, only this storey is drawn. */
  isolatedStorey?: string;
}

export const NO_FILTER: IfcFilter = { hiddenStoreys: [], hiddenClasses: [] };

interface StyledFeature {
  getProperty(name: string): unknown;
}

/** Whether an element of `storey` and `ifcClass` is drawn under `filter`. */
export function isShown(filter: IfcFilter, storey: unknown, ifcClass: unknown): boolean {
  if (filter.isolatedStorey !== undefined && storey !== filter.isolatedStorey) return false;
  return !filter.hiddenStoreys.includes(storey as string) && !filter.hiddenClasses.includes(ifcClass as string);
}

export function filterStyle(filter: IfcFilter): Cesium3DTileStyle | undefined {
  if (filter.isolatedStorey === undefined && !filter.hiddenStoreys.length && !filter.hiddenClasses.length)
    return undefined;
  const style = new Cesium3DTileStyle();
  style.show = {
    evaluate: (feature: StyledFeature) =>
      isShown(filter, feature.getProperty('storey'), feature.getProperty('ifcClass')),
  } as unknown as Cesium3DTileStyle['show'];
  return style;
}
