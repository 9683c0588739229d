// Resolves a manifest colour (a CSS string, or colour-by-property) for one feature.
import { Color } from 'cesium';
import type { ColorByValue, CssColor } from '../config/project-types.ts';

export type FeatureColor = (properties: Record<string, unknown>) => Color;

export function featureColor(spec: CssColor | ColorByValue, alpha: number): FeatureColor {
  if (typeof spec === 'string') {
    const color = withAlpha(spec, alpha);
    return () => color;
  }
  const byValue = new Map(Object.entries(spec.values).map(([value, css]) => [value, withAlpha(css, alpha)]));
  const fallback = withAlpha(spec.default, alpha);
  return (properties) => byValue.get(String(properties[spec.property])) ?? fallback;
}

/** The manifest colour's own alpha is multiplied by the layer's. */
export function withAlpha(css: CssColor, alpha: number): Color {
  const color = Color.fromCssColorString(css);
  return color.withAlpha(color.alpha * alpha);
}
