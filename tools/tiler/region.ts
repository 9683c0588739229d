// 3D Tiles `region` bounding volumes: [west, south, east, north] in radians plus min/max height in metres.
import type { FootprintStore } from './footprint-store.ts';

export interface Region {
  west: number;
  south: number;
  east: number;
  north: number;
  minHeightMeters: number;
  maxHeightMeters: number;
}

const RAD = Math.PI / 180;
/**
 * A flat floor between wall feet sags below the base height by its chord's sagitta (≈ L²/8R: 1 mm for a 200 m
 * building); a centimetre of slack keeps the region honest for any footprint.
 */
const SAG_MARGIN_METERS = 0.01;

/** The tightest region around the extruded buildings (every footprint vertex, from base to roof). */
export function contentRegion(store: FootprintStore, buildings: ArrayLike<number>, baseHeightMeters: number): Region {
  const r = { west: Infinity, south: Infinity, east: -Infinity, north: -Infinity, maxHeight: 0 };
  for (let k = 0; k < buildings.length; k++) {
    const building = buildings[k]!;
    r.maxHeight = Math.max(r.maxHeight, store.heightMeters(building));
    for (const polygon of store.polygons(building)) {
      const exterior = polygon[0]!;
      for (let i = 0; i < exterior.length; i += 2) {
        r.west = Math.min(r.west, exterior[i]!);
        r.east = Math.max(r.east, exterior[i]!);
        r.south = Math.min(r.south, exterior[i + 1]!);
        r.north = Math.max(r.north, exterior[i + 1]!);
      }
    }
  }
  return {
    west: r.west * RAD,
    south: r.south * RAD,
    east: r.east * RAD,
    north: r.north * RAD,
    minHeightMeters: baseHeightMeters - SAG_MARGIN_METERS,
    maxHeightMeters: baseHeightMeters + r.maxHeight,
  };
}

export function unionRegion(a: Region, b: Region): Region {
  return {
    west: Math.min(a.west, b.west),
    south: Math.min(a.south, b.south),
    east: Math.max(a.east, b.east),
    north: Math.max(a.north, b.north),
    minHeightMeters: Math.min(a.minHeightMeters, b.minHeightMeters),
    maxHeightMeters: Math.max(a.maxHeightMeters, b.maxHeightMeters),
  };
}

export function regionJson(r: Region): { region: number[] } {
  return { region: [r.west, r.south, r.east, r.north, r.minHeightMeters, r.maxHeightMeters] };
}
