// The `building` metadata class of a footprint tileset: `id` and `heightMeters` first, then every input attribute
// with a kind inferred over all buildings, so every tile shares one schema and one style works everywhere.
import type { FootprintStore } from './footprint-store.ts';
import { KindTally, propertyIds, schemaJson, type MetadataProperty } from '../../src/data/gltf/metadata.ts';

export const BUILDING_CLASS = 'building';

export interface BuildingSchema {
  schema: object;
  properties: MetadataProperty[];
  /** The raw value of a property for a building (undefined when missing). */
  valueOf(property: MetadataProperty, building: number): unknown;
}

const BUILT_IN: MetadataProperty[] = [
  { id: 'id', kind: 'STRING' },
  { id: 'heightMeters', kind: 'FLOAT64' },
];

/** Kind tallies of the store's own columns, in first-seen order: a single run's store holds every building. */
export function columnTallies(store: FootprintStore): Map<string, KindTally> {
  const tallies = new Map<string, KindTally>();
  for (const [name, column] of store.columns) {
    const tally = new KindTally();
    column.forEach((value) => tally.add(value)); // skips the holes: they are the missing values
    tallies.set(name, tally);
  }
  return tallies;
}

/**
 * The schema from per-attribute tallies over all `total` buildings (missing values need not be added); values are
 * read from `store`, which may hold only a partition's share of the buildings.
 */
export function buildingSchema(
  store: FootprintStore,
  tallies: Map<string, KindTally> = columnTallies(store),
  total = store.count,
): BuildingSchema {
  const names = [...tallies.keys()].filter((name) => !BUILT_IN.some((p) => p.id === name));
  const ids = propertyIds(
    names,
    BUILT_IN.map((p) => p.id),
  );
  const nameOf = new Map<string, string>();
  const properties = [...BUILT_IN];
  for (const name of names) {
    const kind = tallies.get(name)!.kind(total);
    if (!kind) continue;
    const id = ids.get(name)!;
    properties.push({ id, ...(id === name ? {} : { name }), ...kind });
    nameOf.set(id, name);
  }
  return {
    schema: schemaJson('cim_buildings', BUILDING_CLASS, properties),
    properties,
    valueOf(property, building) {
      if (property.id === 'id') return store.ids[building];
      if (property.id === 'heightMeters') return store.heightMeters(building);
      // A partition's share may lack an attribute that other shares have.
      return store.columns.get(nameOf.get(property.id)!)?.[building];
    },
  };
}
