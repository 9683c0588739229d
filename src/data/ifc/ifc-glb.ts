// An IFC model (or a subset of its features, for one tile) as glb: one primitive per colour, EXT_mesh_features ids
// per vertex and an EXT_structural_metadata table keyed by GlobalId with class, name, storey and every property set
// and quantity flattened to "Set.Property" columns. The same bytes serve the browser layer and ifc2tiles.
import { writeGlb, type GlbPrimitive, type PbrMaterial } from '../gltf/glb-writer.ts';
import { inferKind, propertyIds, schemaJson, type MetadataProperty } from '../gltf/metadata.ts';
import { encodePropertyTable } from '../gltf/property-table.ts';
import type { MeshGroup } from './element-meshes.ts';
import type { IfcElementInfo, IfcGeometryData } from './read-ifc.ts';

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

function metadataFor(elements: IfcElementInfo[]) {
  const columns = propertyColumns(elements);
  const ids = propertyIds([...columns.keys()], BUILT_IN.map((p) => p.id));
  const properties = [...BUILT_IN];
  const valuesOf = new Map(BUILT_IN.map((p) => [p.id, builtInColumn(elements, p.id)]));
  for (const [name, column] of columns) {
    const kind = inferKind(column);
    if (!kind) continue;
    const id = ids.get(name)!;
    properties.push({ id, name, ...kind });
    valuesOf.set(id, column);
  }
  const table = encodePropertyTable(IFC_ELEMENT_CLASS, properties, elements.length, (property) => valuesOf.get(property.id)!);
  return { schema: schemaJson('cim_ifc', IFC_ELEMENT_CLASS, properties), propertyTables: [table] };
}

/**
 * The groups cut into tiles: `tiles[t]` lists tile t's features, which its groups renumber 0… in that order. Four
 * passes over each group whatever the number of tiles (a pass per tile is quadratic on a district model), each its
 * own closure-free function so that V8 keeps them optimised.
 */
function splitByTile(groups: MeshGroup[], featureCount: number, tiles: number[][]): MeshGroup[][] {
  const tileOf = new Int32Array(featureCount).fill(-1);
  const localId = new Int32Array(featureCount);
  tiles.forEach((features, t) => features.forEach((f, i) => ((tileOf[f] = t), (localId[f] = i))));
  const byTile: MeshGroup[][] = tiles.map(() => []);
  for (const group of groups) {
    const { vertexMap, vertexCounts } = mapVertices(group.featureIds, tileOf, tiles.length);
    const indexCounts = countIndices(group, tileOf, tiles.length);
    const parts = tiles.map((_, t): MeshGroup => ({
      color: group.color,
      positions: new Float32Array(vertexCounts[t]! * 3),
      normals: new Float32Array(vertexCounts[t]! * 3),
      indices: new Uint32Array(indexCounts[t]!),
      featureIds: new Float32Array(vertexCounts[t]!),
    }));
    copyVertices(group, vertexMap, tileOf, localId, parts);
    copyIndices(group, vertexMap, tileOf, parts);
    parts.forEach((part, t) => vertexCounts[t]! > 0 && byTile[t]!.push(part));
  }
  return byTile;
}

/** Each vertex's index in its tile's copy of the group (−1: in no tile), and each tile's vertex count. */
function mapVertices(featureIds: Float32Array, tileOf: Int32Array, tileCount: number) {
  const vertexMap = new Int32Array(featureIds.length);
  const vertexCounts = new Uint32Array(tileCount);
  for (let v = 0; v < featureIds.length; v++) {
    const t = tileOf[featureIds[v]! | 0]!;
    vertexMap[v] = t < 0 ? -1 : vertexCounts[t]!++;
  }
  return { vertexMap, vertexCounts };
}

/** A triangle belongs to one feature, so its first vertex decides its tile. */
function countIndices({ indices, featureIds }: MeshGroup, tileOf: Int32Array, tileCount: number): Uint32Array {
  const counts = new Uint32Array(tileCount);
  for (let i = 0; i < indices.length; i += 3) {
    const t = tileOf[featureIds[indices[i]!]! | 0]!;
    if (t >= 0) counts[t]! += 3;
  }
  return counts;
}

function copyVertices({ positions, normals, featureIds }: MeshGroup, vertexMap: Int32Array, tileOf: Int32Array, localId: Int32Array, parts: MeshGroup[]): void {
  for (let v = 0; v < featureIds.length; v++) {
    const f = featureIds[v]! | 0;
    const t = tileOf[f]!;
    if (t < 0) continue;
    const part = parts[t]!;
    const to = vertexMap[v]!;
    part.positions[to * 3] = positions[v * 3]!;
    part.positions[to * 3 + 1] = positions[v * 3 + 1]!;
    part.positions[to * 3 + 2] = positions[v * 3 + 2]!;
    part.normals[to * 3] = normals[v * 3]!;
    part.normals[to * 3 + 1] = normals[v * 3 + 1]!;
    part.normals[to * 3 + 2] = normals[v * 3 + 2]!;
    part.featureIds[to] = localId[f]!;
  }
}

function copyIndices({ indices, featureIds }: MeshGroup, vertexMap: Int32Array, tileOf: Int32Array, parts: MeshGroup[]): void {
  const written = new Uint32Array(parts.length);
  for (let i = 0; i < indices.length; i += 3) {
    const t = tileOf[featureIds[indices[i]!]! | 0]!;
    if (t < 0) continue;
    const out = parts[t]!.indices;
    const at = written[t]!;
    out[at] = vertexMap[indices[i]!]!;
    out[at + 1] = vertexMap[indices[i + 1]!]!;
    out[at + 2] = vertexMap[indices[i + 2]!]!;
    written[t] = at + 3;
  }
}

function material(group: MeshGroup, index: number): PbrMaterial {
  const alpha = group.color[3];
  return {
    name: `ifc-${index}`,
    baseColorFactor: group.color,
    metallicFactor: 0,
    roughnessFactor: 0.9,
    doubleSided: true,
    ...(alpha < 1 ? { alphaMode: 'BLEND' as const } : {}),
  };
}

function glbOf(groups: MeshGroup[], elements: IfcElementInfo[]): Uint8Array {
  const primitives: GlbPrimitive[] = groups.map((group, i) => ({
    positions: group.positions,
    normals: group.normals,
    indices: group.indices,
    material: i,
    features: { ids: group.featureIds, count: elements.length, propertyTable: 0 },
  }));
  return writeGlb({ generator: 'cim-renewal-viewer IFC converter', primitives, materials: groups.map(material), metadata: metadataFor(elements) });
}

/** The whole model as one glb: feature i = element i. */
export function ifcGlb(data: Pick<IfcGeometryData, 'elements' | 'meshes'>): Uint8Array {
  return glbOf(data.meshes.groups, data.elements);
}

/** One glb per tile, `tiles[t]` listing tile t's features (its feature i = element tiles[t][i]); made one at a time. */
export function* ifcTileGlbs(data: Pick<IfcGeometryData, 'elements' | 'meshes'>, tiles: number[][]): Generator<Uint8Array> {
  const byTile = splitByTile(data.meshes.groups, data.elements.length, tiles);
  for (const [t, features] of tiles.entries()) {
    yield glbOf(byTile[t]!, features.map((f) => data.elements[f]!));
    byTile[t] = []; // written: let it go
  }
}
