// Synthetic buildings and zones laid out in metres around a fixed origin, so expected answers are plain arithmetic.
import type { BuildingRecord } from '../../../src/analysis/building-record.ts';
import { localPlane } from '../../../src/geometry/local-plane.ts';
import type { ZoneFeature } from '../../../src/analysis/townscape/zone-features.ts';

export const ORIGIN: [number, number] = [114.02, 32.98];
export const frame = localPlane(...ORIGIN);

export const lonLat = (x: number, y: number): [number, number] => frame.toLonLat(x, y);

/** Axis-aligned rectangle x0..x1 × y0..y1 (metres), counter-clockwise, open. */
export const rect = (x0: number, y0: number, x1: number, y1: number): [number, number][] => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
];

export function building(
  featureId: string,
  ring: [number, number][],
  heightMeters: number | null,
  attributes: Record<string, unknown> = {},
): BuildingRecord {
  return {
    layerId: 'test',
    featureId,
    footprint: ring.map(([x, y]) => lonLat(x, y)),
    baseHeightMeters: 0,
    heightMeters,
    attributes,
  };
}

/** A zone polygon from rings in metres (first outer, rest holes), closed as GeoJSON writes them. */
export function zone(id: string, rings: [number, number][][], properties: Record<string, unknown>): ZoneFeature {
  const close = (ring: [number, number][]) => [...ring, ring[0]!].map(([x, y]) => lonLat(x, y));
  return { id, geometry: { type: 'Polygon', coordinates: rings.map(close) }, properties: { id, ...properties } };
}
