// The `building` metadata class of a footprint tileset: `id` and `heightMeters` first, then every input attribute
// with a kind inferred over all buildings, so every tile shares one schema and one style works everywhere.
import type { FootprintStore } from './footprint-store.ts';
import { inferKind, propertyIds, schemaJson, type MetadataProperty } from '../../src/data/gltf/metadata.ts';

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

export function buildingSchema(store: FootprintStore): BuildingSchema {
  const names = [...store.columns.keys()].filter((name) => !BUILT_IN.some((p) => p.id === name));
  const ids = propertyIds(
    names,
    BUILT_IN.map((p) => p.id),
  );
  const columnOf = new Map<string, unknown[]>();
  const properties = [...BUILT_IN];
  for (const name of names) {
    const column = store.columns.get(name)!;
    // A sparse column's holes are missing values; Array.from visits them as undefined up to the last building.
    const kind = inferKind(Array.from({ length: store.count }, (_, i) => column[i]));
    if (!kind) continue;
    const id = ids.get(name)!;
    properties.push({ id, ...(id === name ? {} : { name }), ...kind });
    columnOf.set(id, column);
  }
  return {
    schema: schemaJson('cim_buildings', BUILDING_CLASS, properties),
    properties,
    valueOf(property, building) {
      if (property.id === 'id') return store.ids[building];
      if (property.id === 'heightMeters') return store.heightMeters(building);
      return columnOf.get(property.id)![building];
    },
  };
}
