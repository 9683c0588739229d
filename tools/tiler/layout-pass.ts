// A partitioned run reads its input twice. The first, light pass keeps per building only what the global layout
// needs — centre, size (for ranking), the input feature it came from — plus the vertex extent and per-attribute
// kind tallies for the shared schema: ~28 bytes a building instead of the full store's ~700, so every partition can
// afford all of them. The second pass stores in full only the buildings of the partition's own tiles.
import { KindTally } from '../../src/data/gltf/metadata.ts';
import {
  type BuildingLayout,
  type BuildingRecord,
  emptyExtent,
  extendExtent,
  f64,
  sizeMetersOf,
  u32,
} from './footprint-store.ts';
import type { BuildingSink } from './ingest.ts';
import type { TileNode } from './quadtree.ts';

export class LayoutPass implements BuildingLayout, BuildingSink {
  private readonly centerLons = f64();
  private readonly centerLats = f64();
  private readonly sizes = f64();
  private readonly featureIndexes = u32();
  readonly extent = emptyExtent();
  /** Kind tallies of the present values, by attribute name in first-seen order. */
  readonly tallies = new Map<string, KindTally>();

  get count(): number {
    return this.sizes.length;
  }

  add(record: BuildingRecord, featureIndex: number): void {
    for (const polygon of record.footprint.polygons)
      for (const ring of polygon)
        for (let i = 0; i < ring.length; i += 2) extendExtent(this.extent, ring[i]!, ring[i + 1]!);
    this.centerLons.push(record.footprint.centerLonDegrees);
    this.centerLats.push(record.footprint.centerLatDegrees);
    this.sizes.push(sizeMetersOf(record));
    this.featureIndexes.push(featureIndex);
    for (const [name, value] of Object.entries(record.properties)) {
      if (value === null || value === undefined) continue;
      let tally = this.tallies.get(name);
      if (!tally) this.tallies.set(name, (tally = new KindTally()));
      tally.add(value);
    }
  }

  center(building: number): [lonDegrees: number, latDegrees: number] {
    return [this.centerLons.at(building), this.centerLats.at(building)];
  }
  sizeMeters(building: number): number {
    return this.sizes.at(building);
  }

  /**
   * Which input features the second pass must store for these nodes (a flag per feature index), and how many.
   * The nodes' building numbers are renumbered in place to the indexes the second pass's store gives them: it
   * stores the share's buildings in input order, so a building's index there is its rank within the share.
   */
  claimShare(nodes: ReadonlySet<TileNode>): { features: Uint8Array; buildings: number } {
    const owned = new Uint8Array(this.count);
    for (const node of nodes) for (const b of node.buildings) owned[b] = 1;
    const storeIndex = new Uint32Array(this.count);
    const features = new Uint8Array(this.count && this.featureIndexes.at(this.count - 1) + 1);
    let buildings = 0;
    for (let b = 0; b < this.count; b++) {
      if (!owned[b]) continue;
      storeIndex[b] = buildings++;
      features[this.featureIndexes.at(b)] = 1;
    }
    for (const node of nodes) node.buildings = node.buildings.map((b) => storeIndex[b]!);
    return { features, buildings };
  }
}
