// The polygons of a GeoJSON layer draped on the buildings (clampTo 'tiles') with their fill, for the building layers'
// tint (src/analysis/drape/drape-tint.ts); the fill on the ground is drawn by geojson-primitives.ts.
import type { GeoJsonStyle } from '../config/project-types.ts';
import type { CleanFeature } from '../data/geojson/index.ts';
import type { DrapedArea } from '../analysis/drape/drape-tint.ts';
import { polygonParts } from '../analysis/units/renewal-unit.ts';
import { featureColor } from './feature-color.ts';

export function drapedAreas(features: readonly CleanFeature[], style: GeoJsonStyle): DrapedArea[] {
  if (style.clampTo !== 'tiles' || !style.fill) return [];
  const fillOf = featureColor(style.fill, 1);
  return features.flatMap((feature) => {
    const parts = polygonParts(feature.geometry);
    if (parts.length === 0) return [];
    const color = fillOf(feature.properties);
    return [{ parts, color: [color.red, color.green, color.blue], alpha: color.alpha * style.fillOpacity }];
  });
}
