// Test helper: reads a GLB back (JSON, accessors, EXT_structural_metadata property tables) independently of the
// writer, so tests check the bytes a viewer would see. glTF JSON stays untyped (any) here on purpose.

export interface ReadGlb {
  json: any;
  accessor(index: number): Float32Array | Uint16Array | Uint32Array;
  attribute(name: string, primitive?: number): Float32Array;
  indices(primitive?: number): Uint32Array;
  /** Rows of a property table: one object per feature id, keyed by property id. */
  propertyTable(index?: number): Record<string, unknown>[];
}

const COMPONENTS: Record<string, number> = { SCALAR: 1, VEC2: 2, VEC3: 3, VEC4: 4 };

export function readGlb(bytes: Uint8Array): ReadGlb {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== 0x46546c67) throw new Error('not a GLB');
  if (view.getUint32(8, true) !== bytes.length) throw new Error('GLB length mismatch');
  const jsonLength = view.getUint32(12, true);
  const json = JSON.parse(new TextDecoder().decode(bytes.subarray(20, 20 + jsonLength)));
  const binStart = 20 + jsonLength + 8;
  const bin = bytes.subarray(binStart, binStart + view.getUint32(20 + jsonLength, true));
  const bufferView = (index: number): Uint8Array => {
    const bv = json.bufferViews[index];
    return bin.slice(bv.byteOffset ?? 0, (bv.byteOffset ?? 0) + bv.byteLength);
  };

  const accessor = (index: number) => {
    const a = json.accessors[index];
    const raw = bufferView(a.bufferView);
    const count = a.count * COMPONENTS[a.type]!;
    const start = a.byteOffset ?? 0;
    if (a.componentType === 5126) return new Float32Array(raw.buffer, start, count);
    if (a.componentType === 5123) return new Uint16Array(raw.buffer, start, count);
    if (a.componentType === 5125) return new Uint32Array(raw.buffer, start, count);
    throw new Error(`component type ${a.componentType} not handled`);
  };

  const decodeColumn = (definition: any, column: any, count: number): unknown[] => {
    const values = bufferView(column.values);
    if (definition.type === 'STRING') {
      const offsets = new Uint32Array(bufferView(column.stringOffsets).buffer);
      const decoder = new TextDecoder();
      return Array.from({ length: count }, (_, i) => decoder.decode(values.subarray(offsets[i], offsets[i + 1])));
    }
    if (definition.type === 'BOOLEAN') {
      return Array.from({ length: count }, (_, i) => ((values[i >> 3]! >> (i & 7)) & 1) === 1);
    }
    const arrays: Record<string, new (b: ArrayBuffer) => ArrayLike<number>> = {
      UINT16: Uint16Array,
      INT32: Int32Array,
      FLOAT64: Float64Array,
    };
    const typed = new arrays[definition.componentType]!(values.buffer as ArrayBuffer);
    return Array.from({ length: count }, (_, i) => typed[i]);
  };

  return {
    json,
    accessor,
    attribute: (name, primitive = 0) => accessor(json.meshes[0].primitives[primitive].attributes[name]) as Float32Array,
    indices: (primitive = 0) => Uint32Array.from(accessor(json.meshes[0].primitives[primitive].indices)),
    propertyTable(index = 0) {
      const metadata = json.extensions.EXT_structural_metadata;
      const table = metadata.propertyTables[index];
      const definitions = metadata.schema.classes[table.class].properties;
      const rows: Record<string, unknown>[] = Array.from({ length: table.count }, () => ({}));
      for (const [id, column] of Object.entries(table.properties)) {
        decodeColumn(definitions[id], column, table.count).forEach((value, row) => (rows[row]![id] = value));
      }
      return rows;
    },
  };
}
