// A GeoJSON layer's legend follows from its style: one swatch per colour-by value, or one swatch for a single colour.
import type { GeoJsonStyle } from '../config/project-types.ts';
import type { LegendEntry } from '../app/state.ts';

export function legendFromStyle(style: GeoJsonStyle): LegendEntry[] {
  const fill = style.fill;
  if (fill === undefined) return [];
  if (typeof fill === 'string') return [];
  return Object.entries(fill.values).map(([value, color]) => ({ label: value, color }));
}
