// Accepted buildings kept compact: coordinates and per-building numbers in growable typed arrays, properties as
// columns. 100 000 footprints cost a few tens of MB here instead of a parsed GeoJSON tree.
import type { Footprint } from './footprint-geometry.ts';

class Growable<T extends Float64Array | Uint32Array> {
  length = 0;
  constructor(
    private data: T,
    private readonly make: (size: number) => T,
  ) {}
  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = this.make(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }
  at(index: number): number {
    return this.data[index]!;
  }
  view(start: number, end: number): T {
    return this.data.subarray(start, end) as T;
  }
}

export const f64 = () => new Growable(new Float64Array(1024), (n) => new Float64Array(n));
export const u32 = () => new Growable(new Uint32Array(1024), (n) => new Uint32Array(n));

export interface BuildingRecord {
  footprint: Footprint;
  id: string;
  heightMeters: number;
  properties: Record<string, unknown>;
}

/** What the quadtree needs of the buildings: their centres, sizes and the extent of every vertex. */
export interface BuildingLayout {
  readonly count: number;
  readonly extent: Extent;
  center(building: number): [lonDegrees: number, latDegrees: number];
  sizeMeters(building: number): number;
}

export interface Extent {
  west: number;
  south: number;
  east: number;
  north: number;
}

export const emptyExtent = (): Extent => ({ west: Infinity, south: Infinity, east: -Infinity, north: -Infinity });

export function extendExtent(e: Extent, lon: number, lat: number): void {
  e.west = Math.min(e.west, lon);
  e.east = Math.max(e.east, lon);
  e.south = Math.min(e.south, lat);
  e.north = Math.max(e.north, lat);
}

/** "Size" is the metres a viewer loses if the building is missing: its height or its length, whichever is more. */
export const sizeMetersOf = ({ footprint, heightMeters }: BuildingRecord): number =>
  Math.max(heightMeters, footprint.diagonalMeters);

export class FootprintStore implements BuildingLayout {
  private readonly coordinates = f64(); // lon, lat pairs
  private readonly ringEnds = u32(); // in coordinate pairs
  private readonly polygonEnds = u32(); // in rings
  private readonly buildingEnds = u32(); // in polygons
  private readonly heights = f64();
  private readonly sizes = f64();
  private readonly centerLons = f64();
  private readonly centerLats = f64();
  readonly ids: string[] = [];
  /** Input property values by name; a missing value is a hole (undefined). */
  readonly columns = new Map<string, unknown[]>();
  /** Lon/lat extent of every accepted vertex. */
  readonly extent = emptyExtent();

  get count(): number {
    return this.ids.length;
  }

  add(record: BuildingRecord): number {
    const { footprint, id, heightMeters, properties } = record;
    const index = this.count;
    for (const polygon of footprint.polygons) {
      for (const ring of polygon) {
        for (let i = 0; i < ring.length; i += 2) this.addPoint(ring[i]!, ring[i + 1]!);
        this.ringEnds.push(this.coordinates.length / 2);
      }
      this.polygonEnds.push(this.ringEnds.length);
    }
    this.buildingEnds.push(this.polygonEnds.length);
    this.heights.push(heightMeters);
    this.sizes.push(sizeMetersOf(record));
    this.centerLons.push(footprint.centerLonDegrees);
    this.centerLats.push(footprint.centerLatDegrees);
    this.ids.push(id);
    for (const [name, value] of Object.entries(properties)) {
      if (value === null || value === undefined) continue;
      let column = this.columns.get(name);
      if (!column) this.columns.set(name, (column = []));
      column[index] = value;
    }
    return index;
  }

  private addPoint(lon: number, lat: number): void {
    this.coordinates.push(lon);
    this.coordinates.push(lat);
    extendExtent(this.extent, lon, lat);
  }

  heightMeters(building: number): number {
    return this.heights.at(building);
  }
  sizeMeters(building: number): number {
    return this.sizes.at(building);
  }
  center(building: number): [lonDegrees: number, latDegrees: number] {
    return [this.centerLons.at(building), this.centerLats.at(building)];
  }

  /** The building's polygons as lon/lat ring views (no copies); ring 0 of each is the exterior. */
  polygons(building: number): Float64Array[][] {
    const polygons: Float64Array[][] = [];
    const firstPolygon = building === 0 ? 0 : this.buildingEnds.at(building - 1);
    for (let p = firstPolygon; p < this.buildingEnds.at(building); p++) {
      const rings: Float64Array[] = [];
      for (let r = p === 0 ? 0 : this.polygonEnds.at(p - 1); r < this.polygonEnds.at(p); r++) {
        const start = r === 0 ? 0 : this.ringEnds.at(r - 1);
        rings.push(this.coordinates.view(start * 2, this.ringEnds.at(r) * 2));
      }
      polygons.push(rings);
    }
    return polygons;
  }
}
