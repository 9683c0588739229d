// GeoJSON text from local-metre geometry: lon/lat rounded to ~1 cm, rings closed, one feature per line so the
// committed files diff well and stay small.
import { localToLonLat } from './frame.ts';
import type { Vec2 } from './geom.ts';

export interface Feature {
  type: 'Feature';
  geometry: { type: 'Point' | 'LineString' | 'Polygon'; coordinates: unknown };
  properties: Record<string, unknown>;
}

export const closedRing = (ring: readonly Vec2[]): Vec2[] => {
  const lonLat = ring.map(localToLonLat);
  return [...lonLat, lonLat[0]!];
};

export function polygonFeature(rings: readonly (readonly Vec2[])[], properties: Record<string, unknown>): Feature {
  return { type: 'Feature', geometry: { type: 'Polygon', coordinates: rings.map(closedRing) }, properties };
}

export function lineFeature(points: readonly Vec2[], properties: Record<string, unknown>): Feature {
  return { type: 'Feature', geometry: { type: 'LineString', coordinates: points.map(localToLonLat) }, properties };
}

export function pointFeature(point: Vec2, properties: Record<string, unknown>): Feature {
  return { type: 'Feature', geometry: { type: 'Point', coordinates: localToLonLat(point) }, properties };
}

export function featureCollectionText(name: string, features: readonly Feature[]): string {
  const lines = features.map((feature) => JSON.stringify(feature));
  return `{"type":"FeatureCollection","name":${JSON.stringify(name)},"features":[\n${lines.join(',\n')}\n]}\n`;
}
