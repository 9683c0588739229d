// An IFC model (or its features in one tile) as glb: one primitive per colour group, EXT_mesh_features ids
// per vertex and an EXT_structural_metadata table keyed by GlobalId with class, name, storey and every property set
// and quantity flattened to "Set.Property" columns. The same bytes serve the browser layer and ifc2tiles.
import {
  writeGlb,
  type GlbDocument,
  type GlbMetadata,
  type GlbPrimitive,
  type PbrMaterial,
} from '../gltf/glb-writer.ts';
import { inferKind, propertyIds, schemaJson, type MetadataProperty } from '../gltf/metadata.ts';
import { encodePropertyTable } from '../gltf/property-table.ts';
import type { MeshGroup } from './element-meshes.ts';
import type { IfcElementInfo } from './element-reader.ts';
import type { IfcGeometryData } from './read-ifc.ts';

export const IFC_ELEMENT_CLASS = 'ifcElement';

const BUILT_IN: MetadataProperty[] = [
  { id: 'GlobalId', kind: 'STRING' },
  { id: 'ifcClass', kind: 'STRING' },
  { id: 'Name', kind: 'STRING' },
  { id: 'storey', kind: 'STRING' },
];

function builtInColumn(elements: IfcElementInfo[], id: string): unknown[] {
  if (id === 'GlobalId') return elements.map((e) => e.globalId);
  if (id === 'ifcClass') return elements.map((e) => e.ifcClass);
  if (id === 'Name') return elements.map((e) => e.name);
  return elements.map((e) => e.storey);
}

/** "Pset_WallCommon.IsExternal" → its value in every row (undefined where missing), over property sets and quantities;
 * built in one pass over the elements, keyed set by set so no "Set.Property" string is made per cell. */
function propertyColumns(elements: IfcElementInfo[]): Map<string, unknown[]> {
  const bySet = new Map<string, Map<string, unknown[]>>();
  elements.forEach((element, row) => {
    for (const sets of [element.propertySets, element.quantities]) {
      for (const set in sets) {
        let columns = bySet.get(set);
        if (!columns) bySet.set(set, (columns = new Map()));
        const values = sets[set]!;
        for (const name in values) {
          let column = columns.get(name);
          if (!column) columns.set(name, (column = new Array<unknown>(elements.length).fill(undefined)));
          column[row] = values[name];
        }
      }
    }
  });
  const columns = new Map<string, unknown[]>();
  for (const [set, byName] of bySet) {
    for (const [name, column] of byName) {
      const key = `${set}.${name}`;
      // "A.B" + "C" and "A" + "B.C" name the same column; the later set wins where both have a value.
      const same = columns.get(key);
      if (same) column.forEach((value, row) => value !== undefined && (same[row] = value));
      else columns.set(key, column);
    }
  }
  return columns;
}

/** The property table of these elements (feature i = elements[i]), with its schema. */
export function ifcMetadata(elements: IfcElementInfo[]): GlbMetadata {
  const columns = propertyColumns(elements);
  const ids = propertyIds(
    [...columns.keys()],
    BUILT_IN.map((p) => p.id),
  );
  const properties = [...BUILT_IN];
  const valuesOf = new Map(BUILT_IN.map((p) => [p.id, builtInColumn(elements, p.id)]));
  for (const [name, column] of columns) {
    const kind = inferKind(column);
    if (!kind) continue;
    const id = ids.get(name)!;
    properties.push({ id, name, ...kind });
    valuesOf.set(id, column);
  }
  const table = encodePropertyTable(
    IFC_ELEMENT_CLASS,
    properties,
    elements.length,
    (property) => valuesOf.get(property.id)!,
  );
  return { schema: schemaJson('cim_ifc', IFC_ELEMENT_CLASS, properties), propertyTables: [table] };
}

function material(color: MeshGroup['color'], index: number): PbrMaterial {
  return {
    name: `ifc-${index}`,
    baseColorFactor: color,
    metallicFactor: 0,
    roughnessFactor: 0.9,
    doubleSided: true,
    ...(color[3] < 1 ? { alphaMode: 'BLEND' as const } : {}),
  };
}

/** The glb document of colour groups whose feature ids index `featureCount` features, described by `metadata`.
 * Groups of one colour (a big model's colour comes in several, each within 16-bit indices) share their material. */
export function ifcGlbDocument(groups: MeshGroup[], featureCount: number, metadata: GlbMetadata): GlbDocument {
  const materialOf = new Map<string, number>();
  const materials: PbrMaterial[] = [];
  const primitives: GlbPrimitive[] = groups.map((group) => {
    const key = group.color.join();
    let index = materialOf.get(key);
    if (index === undefined) {
      materialOf.set(key, (index = materials.length));
      materials.push(material(group.color, index));
    }
    return {
      positions: group.positions,
      normals: group.normals,
      indices: group.indices,
      material: index,
      features: { ids: group.featureIds, count: featureCount, propertyTable: 0 },
    };
  });
  return { generator: 'cim-renewal-viewer IFC converter', primitives, materials, metadata };
}

/** The whole model as one glb: feature i = element i. */
export function ifcGlb(data: Pick<IfcGeometryData, 'elements' | 'meshes'>): Uint8Array {
  return writeGlb(ifcGlbDocument(data.meshes.groups, data.elements.length, ifcMetadata(data.elements)));
}
