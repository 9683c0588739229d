// EXT_structural_metadata property tables → one plain record per feature (strings, numbers, booleans, enum names,
// arrays), honouring offset/scale/normalized and noData as the extension defines them. Kept ours: loaders.gl 4.5's
// decoder of the extension applies none of offset, scale, normalized or noData, and trusts every offset it reads.
import { DataError } from '../../shared/errors.ts';
import { checkByteRange, checkCount } from '../../shared/header-checks.ts';
import { COMPONENTS_PER_ELEMENT, componentType } from './component-types.ts';
import type { GltfJson } from './glb.ts';

interface ClassProperty {
  type: string;
  componentType?: string;
  enumType?: string;
  array?: boolean;
  count?: number;
  normalized?: boolean;
  offset?: unknown;
  scale?: unknown;
  noData?: unknown;
}

interface TableProperty {
  values: number;
  arrayOffsets?: number;
  stringOffsets?: number;
  arrayOffsetType?: string;
  stringOffsetType?: string;
  offset?: unknown;
  scale?: unknown;
}

interface StructuralMetadata {
  schema?: {
    classes?: Record<string, { properties?: Record<string, ClassProperty> }>;
    enums?: Record<string, { valueType?: string; values: { name: string; value: number }[] }>;
  };
  schemaUri?: string;
  propertyTables?: { class: string; count: number; properties?: Record<string, TableProperty> }[];
}

export function structuralMetadata(gltf: GltfJson): StructuralMetadata | undefined {
  return gltf.extensions?.EXT_structural_metadata as StructuralMetadata | undefined;
}

/** The rows of property table `tableIndex`; undefined when the glTF has no such table. */
export function readPropertyTable(
  gltf: GltfJson,
  buffers: Uint8Array[],
  tableIndex: number,
  source: string,
): Record<string, unknown>[] | undefined {
  const metadata = structuralMetadata(gltf);
  const table = metadata?.propertyTables?.[tableIndex];
  if (!metadata || !table) return undefined;
  if (!metadata.schema)
    throw new DataError(source, 'EXT_structural_metadata refers to an external schema (schemaUri), which is not read');
  const classProperties = metadata.schema.classes?.[table.class]?.properties ?? {};
  // Every row takes at least one bit of some column (a boolean); checked before the rows are made.
  const bufferBits = 8 * buffers.reduce((sum, buffer) => sum + buffer.byteLength, 0);
  const count = checkCount(
    source,
    `property table ${tableIndex} count`,
    table.count,
    bufferBits,
    'the bits of the glTF buffers',
  );
  const rows = Array.from({ length: count }, () => ({}) as Record<string, unknown>);
  const bufferView = (index: number | undefined): DataView => {
    const view = index === undefined ? undefined : gltf.bufferViews?.[index];
    const buffer = view && buffers[view.buffer];
    if (!view || !buffer) throw new DataError(source, `property table ${tableIndex} points to a missing buffer view`);
    checkByteRange(source, `buffer view ${index}`, view.byteOffset ?? 0, view.byteLength, buffer.byteLength);
    return new DataView(buffer.buffer, buffer.byteOffset + (view.byteOffset ?? 0), view.byteLength);
  };
  for (const [name, property] of Object.entries(table.properties ?? {})) {
    const definition = classProperties[name];
    if (!definition) continue;
    const column = new PropertyColumn(
      definition,
      property,
      metadata.schema.enums ?? {},
      bufferView,
      `${source} ${name}`,
    );
    for (let row = 0; row < count; row++) rows[row]![name] = column.value(row);
  }
  return rows;
}

class PropertyColumn {
  private readonly values: DataView;
  private readonly arrayOffsets: ((i: number) => number) | undefined;
  private readonly stringOffsets: ((i: number) => number) | undefined;
  private readonly components: number;
  private readonly enumNames: Map<number, string> | undefined;
  private readonly read: (i: number) => number;
  private readonly normalizer: number;
  private readonly decoder = new TextDecoder();

  constructor(
    private readonly definition: ClassProperty,
    private readonly table: TableProperty,
    enums: NonNullable<NonNullable<StructuralMetadata['schema']>['enums']>,
    bufferView: (index: number | undefined) => DataView,
    private readonly source: string,
  ) {
    this.values = bufferView(table.values);
    const offsets = (index: number | undefined, type = 'UINT32') => {
      if (index === undefined) return undefined;
      const view = bufferView(index);
      const reader = componentType(type);
      if (!reader) throw new DataError(source, `unknown offset type ${type}`);
      return (i: number) => {
        checkByteRange(source, 'an offset', i * reader.bytes, reader.bytes, view.byteLength);
        return reader.read(view, i * reader.bytes);
      };
    };
    this.arrayOffsets =
      definition.array && !definition.count ? offsets(table.arrayOffsets, table.arrayOffsetType) : undefined;
    this.stringOffsets =
      definition.type === 'STRING' ? offsets(table.stringOffsets, table.stringOffsetType) : undefined;
    if (definition.type === 'STRING' && !this.stringOffsets)
      throw new DataError(source, 'a string property has no stringOffsets');
    this.components = COMPONENTS_PER_ELEMENT[definition.type] ?? 1;
    let typeName = definition.componentType;
    if (definition.type === 'ENUM') {
      const enumType = enums[definition.enumType ?? ''];
      if (!enumType) throw new DataError(source, `enum ${definition.enumType} is not in the schema`);
      this.enumNames = new Map(enumType.values.map((v) => [v.value, v.name]));
      typeName = enumType.valueType ?? 'UINT16';
    }
    const type = componentType(typeName ?? 'UINT8');
    if (!type && definition.type !== 'STRING' && definition.type !== 'BOOLEAN') {
      throw new DataError(source, `unknown component type ${typeName}`);
    }
    const bytes = type?.bytes ?? 1;
    this.read = (i) => {
      checkByteRange(source, 'a value', i * bytes, bytes, this.values.byteLength);
      return type!.read(this.values, i * bytes);
    };
    this.normalizer = definition.normalized && type ? type.normalizer : 1;
  }

  /** The row's value; null where its raw value — the whole vector or array, as Cesium compares it — is noData. */
  value(row: number): unknown {
    const raw = this.raw(row);
    if (this.definition.noData !== undefined && this.isNoData(raw)) return null;
    return this.definition.array ? (raw as unknown[]).map((element) => this.transform(element)) : this.transform(raw);
  }

  private raw(row: number): unknown {
    const { definition } = this;
    if (!definition.array) return this.element(row);
    const [start, end] = this.arrayOffsets
      ? [this.arrayOffsets(row), this.arrayOffsets(row + 1)]
      : [row * definition.count!, (row + 1) * definition.count!];
    // Offsets count array elements (vectors as one element each), not bytes; each element takes at least one bit.
    checkCount(
      this.source,
      `row ${row}'s array length`,
      end - start,
      8 * this.values.byteLength,
      'the bits of its values',
    );
    const out: unknown[] = [];
    for (let i = start; i < end; i++) out.push(this.element(i));
    return out;
  }

  /** noData is given as the stored value (before offset/scale); an enum's may be given by name. */
  private isNoData(raw: unknown): boolean {
    const same = (a: unknown, b: unknown): boolean =>
      Array.isArray(a) && Array.isArray(b)
        ? a.length === b.length && a.every((value, i) => same(value, b[i]))
        : a === b || (this.enumNames !== undefined && typeof a === 'number' && this.enumNames.get(a) === b);
    return same(raw, this.definition.noData);
  }

  /** One stored element as the reader returns it: strings and booleans as read, enum names, scaled numbers. */
  private transform(element: unknown): unknown {
    if (this.enumNames) return this.enumNames.get(element as number) ?? null;
    if (typeof element === 'number') return this.scalar(element, 0);
    if (Array.isArray(element)) return element.map((component: number, c) => this.scalar(component, c));
    return element;
  }

  /** Stored values: a string, a boolean, an enum's number, a number or a vector's numbers. */
  private element(i: number): unknown {
    const { type } = this.definition;
    if (type === 'STRING') {
      const stringOffsets = this.stringOffsets!;
      const start = stringOffsets(i);
      const end = stringOffsets(i + 1);
      checkByteRange(this.source, `string ${i}`, start, end - start, this.values.byteLength);
      return this.decoder.decode(new Uint8Array(this.values.buffer, this.values.byteOffset + start, end - start));
    }
    if (type === 'BOOLEAN') {
      checkByteRange(this.source, 'a boolean', i >> 3, 1, this.values.byteLength);
      return ((this.values.getUint8(i >> 3) >> (i & 7)) & 1) === 1;
    }
    if (this.components === 1) return this.read(i);
    return Array.from({ length: this.components }, (_, c) => this.read(i * this.components + c));
  }

  private scalar(raw: number, component: number): number {
    const pick = (v: unknown, fallback: number) =>
      (Array.isArray(v) ? (v[component] as number) : (v as number | undefined)) ?? fallback;
    const offset = pick(this.table.offset ?? this.definition.offset, 0);
    const scale = pick(this.table.scale ?? this.definition.scale, 1);
    return (raw / this.normalizer) * scale + offset;
  }
}
