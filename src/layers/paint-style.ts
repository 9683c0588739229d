// Per-feature colours for 3D Tiles as a Cesium3DTileStyle whose colour and show are looked up by a function, not
// compiled from `conditions`: one call per feature, whatever the number of classes (CesiumJS issue #4662).
import { Cesium3DTileStyle, Color } from 'cesium';
import type { FeaturePaint } from './map-layer.ts';

interface StyledFeature {
  getProperty(name: string): unknown;
}

/** `baseColor`: the layer's colour, for features the paint leaves uncoloured. */
export function paintStyle(paint: FeaturePaint, opacity: number, baseColor: string): Cesium3DTileStyle {
  const colors = new Map<string, Color>();
  const colorOf = (css: string) => {
    let color = colors.get(css);
    if (!color) colors.set(css, (color = Color.fromCssColorString(css).withAlpha(opacity)));
    return color;
  };
  const style = new Cesium3DTileStyle();
  // Cesium calls these for every feature when the style is applied; the custom-expression form is documented on
  // Cesium3DTileStyle#color and #show.
  style.color = {
    evaluateColor: (feature: StyledFeature, result?: Color) =>
      Color.clone(colorOf(paint((name) => feature.getProperty(name))?.color ?? baseColor), result),
  } as unknown as Cesium3DTileStyle['color'];
  style.show = {
    evaluate: (feature: StyledFeature) => paint((name) => feature.getProperty(name))?.show ?? true,
  } as unknown as Cesium3DTileStyle['show'];
  return style;
}
