// EXT_structural_metadata property tables → one plain record per feature (strings, numbers, booleans, enum names,
// arrays), honouring offset/scale/normalized and noData as the extension defines them.
import { DataError } from '../../shared/errors.ts';
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
  return gltf.extensions?.['EXT_structural_metadata'] as StructuralMetadata | undefined;
}

/** The rows of property table `tableIndex`; undefined when the glTF has no such table. */
export function readPropertyTable(gltf: GltfJson, buffers: Uint8Array[], tableIndex: number, source: string):
  Record<string, unknown>[] | undefined {
  const metadata = structuralMetadata(gltf);
  const table = metadata?.propertyTables?.[tableIndex];
  if (!metadata || !table) return undefined;
  if (!metadata.schema) throw new DataError(source, 'EXT_structural_metadata refers to an external schema (schemaUri), which is not read');
  const classProperties = metadata.schema.classes?.[table.class]?.properties ?? {};
  const rows = Array.from({ length: table.count }, () => ({}) as Record<string, unknown>);
  const bufferView = (index: number | undefined): DataView => {
    const view = index === undefined ? undefined : gltf.bufferViews?.[index];
    const buffer = view && buffers[view.buffer];
    if (!view || !buffer) throw new DataError(source, `property table ${tableIndex} points to a missing buffer view`);
    return new DataView(buffer.buffer, buffer.byteOffset + (view.byteOffset ?? 0), view.byteLength);
  };
  for (const [name, property] of Object.entries(table.properties ?? {})) {
    const definition = classProperties[name];
    if (!definition) continue;
    const column = new PropertyColumn(definition, property, metadata.schema.enums ?? {}, bufferView, `${source} ${name}`);
    for (let row = 0; row < table.count; row++) rows[row]![name] = column.value(row);
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
    source: string,
  ) {
    this.values = bufferView(table.values);
    const offsets = (index: number | undefined, type = 'UINT32') => {
      if (index === undefined) return undefined;
      const view = bufferView(index);
      const reader = componentType(type);
      if (!reader) throw new DataError(source, `unknown offset type ${type}`);
      return (i: number) => reader.read(view, i * reader.bytes);
    };
    this.arrayOffsets = definition.array && !definition.count ? offsets(table.arrayOffsets, table.arrayOffsetType) : undefined;
    this.stringOffsets = definition.type === 'STRING' ? offsets(table.stringOffsets, table.stringOffsetType) : undefined;
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
    this.read = (i) => type!.read(this.values, i * bytes);
    this.normalizer = definition.normalized && type ? type.normalizer : 1;
  }

  value(row: number): unknown {
    const { definition } = this;
    if (!definition.array) return this.element(row);
    const [start, end] = this.arrayOffsets
      ? [this.arrayOffsets(row), this.arrayOffsets(row + 1)]
      : [row * definition.count!, (row + 1) * definition.count!];
    // Offsets count array elements (vectors as one element each), not bytes.
    const out: unknown[] = [];
    for (let i = start; i < end; i++) out.push(this.element(i));
    return out;
  }

  private element(i: number): unknown {
    const { type } = this.definition;
    if (type === 'STRING') {
      const start = this.stringOffsets!(i);
      const end = this.stringOffsets!(i + 1);
      return this.decoder.decode(new Uint8Array(this.values.buffer, this.values.byteOffset + start, end - start));
    }
    if (type === 'BOOLEAN') return ((this.values.getUint8(i >> 3) >> (i & 7)) & 1) === 1;
    if (type === 'ENUM') {
      const raw = this.read(i);
      return raw === this.definition.noData ? null : (this.enumNames!.get(raw) ?? null);
    }
    if (this.components === 1) return this.scalar(this.read(i), 0);
    return Array.from({ length: this.components }, (_, c) => this.scalar(this.read(i * this.components + c), c));
  }

  private scalar(raw: number, component: number): number | null {
    if (raw === this.definition.noData) return null;
    const pick = (v: unknown, fallback: number) => (Array.isArray(v) ? (v[component] as number) : (v as number | undefined)) ?? fallback;
    const offset = pick(this.table.offset ?? this.definition.offset, 0);
    const scale = pick(this.table.scale ?? this.definition.scale, 1);
    return (raw / this.normalizer) * scale + offset;
  }
}
