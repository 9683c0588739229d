// A small generic GLB writer for 3D Tiles 1.1 content: triangle primitives (POSITION, NORMAL, optional
// _FEATURE_ID_0 with EXT_mesh_features), PBR materials, and EXT_structural_metadata (schema + property tables).
// Knows nothing about buildings, so the IFC converter can reuse it.
import type { EncodedPropertyTable } from './property-table.ts';

export interface GlbPrimitive {
  positions: Float32Array;
  normals: Float32Array;
  indices: Uint32Array;
  material: number;
  /** Per-vertex feature ids (exact in float32 up to 2^24), with the feature count and the property table they index. */
  features?: { ids: Float32Array; count: number; propertyTable?: number };
}

export interface PbrMaterial {
  name: string;
  baseColorFactor: [number, number, number, number];
  metallicFactor: number;
  roughnessFactor: number;
  /** BLEND for see-through materials (glass); glTF's default is OPAQUE. */
  alphaMode?: 'BLEND';
  /** For meshes whose triangle winding is not reliable (IFC exports). */
  doubleSided?: boolean;
}

/** EXT_structural_metadata: the schema and the encoded property tables. */
export interface GlbMetadata {
  schema: object;
  propertyTables: EncodedPropertyTable[];
}

export interface GlbDocument {
  generator: string;
  primitives: GlbPrimitive[];
  materials: PbrMaterial[];
  metadata?: GlbMetadata;
}

const ARRAY_BUFFER = 34962;
const ELEMENT_ARRAY_BUFFER = 34963;
const FLOAT = 5126;
const UNSIGNED_SHORT = 5123;
const UNSIGNED_INT = 5125;
/** EXT_structural_metadata requires 8-byte aligned buffer views; it suits every accessor too. */
const ALIGN = 8;

class BinaryChunk {
  readonly bufferViews: object[] = [];
  /** Each part and its offset in the chunk; the padding between them is left to the zeroed output. */
  private readonly parts: { bytes: Uint8Array; offset: number }[] = [];
  private length = 0;

  add(data: Uint8Array, target?: number): number {
    const bytes = data.length ? data : new Uint8Array(1); // glTF forbids empty buffer views (e.g. all-"" strings)
    this.length += (ALIGN - (this.length % ALIGN)) % ALIGN;
    this.bufferViews.push({
      buffer: 0,
      byteOffset: this.length,
      byteLength: bytes.length,
      ...(target ? { target } : {}),
    });
    this.parts.push({ bytes, offset: this.length });
    this.length += bytes.length;
    return this.bufferViews.length - 1;
  }

  /** The chunk's length once padded to 4 bytes, as the glb BIN chunk stores it. */
  get paddedLength(): number {
    return this.length + ((4 - (this.length % 4)) % 4);
  }

  /** The chunk's data as written: the parts, with the zero bytes that pad them between and after. */
  pieces(): Uint8Array[] {
    const pieces: Uint8Array[] = [];
    let at = 0;
    for (const { bytes, offset } of this.parts) {
      if (offset > at) pieces.push(ZEROS.subarray(0, offset - at));
      pieces.push(bytes);
      at = offset + bytes.length;
    }
    if (this.paddedLength > at) pieces.push(ZEROS.subarray(0, this.paddedLength - at));
    return pieces;
  }
}

/** Padding: never more than an alignment step. */
const ZEROS = new Uint8Array(ALIGN);

const bytesOf = (a: Float32Array | Uint16Array | Uint32Array) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

function vec3Bounds(values: Float32Array): { min: number[]; max: number[] } {
  let x0 = Infinity,
    y0 = Infinity,
    z0 = Infinity,
    x1 = -Infinity,
    y1 = -Infinity,
    z1 = -Infinity;
  // Scalars, three components a step: this runs over every vertex of the model.
  for (let i = 0; i < values.length; i += 3) {
    const x = values[i]!,
      y = values[i + 1]!,
      z = values[i + 2]!;
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
    if (z < z0) z0 = z;
    if (z > z1) z1 = z;
  }
  return { min: [x0, y0, z0], max: [x1, y1, z1] };
}

function writePrimitive(primitive: GlbPrimitive, bin: BinaryChunk, accessors: object[]): object {
  const vertexCount = primitive.positions.length / 3;
  const accessor = (json: object) => accessors.push(json) - 1;
  const attributes: Record<string, number> = {
    POSITION: accessor({
      bufferView: bin.add(bytesOf(primitive.positions), ARRAY_BUFFER),
      componentType: FLOAT,
      count: vertexCount,
      type: 'VEC3',
      ...vec3Bounds(primitive.positions),
    }),
    NORMAL: accessor({
      bufferView: bin.add(bytesOf(primitive.normals), ARRAY_BUFFER),
      componentType: FLOAT,
      count: vertexCount,
      type: 'VEC3',
    }),
  };
  const json: Record<string, unknown> = { attributes, material: primitive.material, mode: 4 };
  if (primitive.features) {
    const { ids, count, propertyTable } = primitive.features;
    attributes._FEATURE_ID_0 = accessor({
      bufferView: bin.add(bytesOf(ids), ARRAY_BUFFER),
      componentType: FLOAT,
      count: vertexCount,
      type: 'SCALAR',
    });
    const featureId = { featureCount: count, attribute: 0, ...(propertyTable === undefined ? {} : { propertyTable }) };
    json.extensions = { EXT_mesh_features: { featureIds: [featureId] } };
  }
  // 65535 is the primitive-restart index, so 16-bit indices only while every index stays below it.
  const small = vertexCount <= 65_535;
  const indices = small ? new Uint16Array(primitive.indices) : primitive.indices;
  json.indices = accessor({
    bufferView: bin.add(bytesOf(indices), ELEMENT_ARRAY_BUFFER),
    componentType: small ? UNSIGNED_SHORT : UNSIGNED_INT,
    count: indices.length,
    type: 'SCALAR',
  });
  return json;
}

function propertyTableJson(table: EncodedPropertyTable, bin: BinaryChunk): object {
  const properties: Record<string, object> = {};
  for (const [id, column] of table.columns) {
    properties[id] = {
      values: bin.add(column.values),
      ...(column.stringOffsets ? { stringOffsets: bin.add(column.stringOffsets), stringOffsetType: 'UINT32' } : {}),
    };
  }
  return { class: table.className, count: table.count, properties };
}

function materialJson(m: PbrMaterial): object {
  const { name, baseColorFactor, metallicFactor, roughnessFactor, alphaMode, doubleSided } = m;
  return {
    name,
    pbrMetallicRoughness: { baseColorFactor, metallicFactor, roughnessFactor },
    ...(alphaMode ? { alphaMode } : {}),
    ...(doubleSided ? { doubleSided } : {}),
  };
}

/** The glb as pieces to write one after another: a file written from them needs no glb-sized copy of the model. */
export function glbPieces(doc: GlbDocument): Uint8Array[] {
  const bin = new BinaryChunk();
  const accessors: object[] = [];
  const primitives = doc.primitives.map((p) => writePrimitive(p, bin, accessors));
  const json: Record<string, unknown> = {
    asset: { version: '2.0', generator: doc.generator },
    scene: 0,
    scenes: [{ nodes: [0] }],
    nodes: [{ mesh: 0 }],
    meshes: [{ primitives }],
    materials: doc.materials.map(materialJson),
    accessors,
  };
  const used = doc.primitives.some((p) => p.features) ? ['EXT_mesh_features'] : [];
  if (doc.metadata) {
    const propertyTables = doc.metadata.propertyTables.map((t) => propertyTableJson(t, bin));
    json.extensions = { EXT_structural_metadata: { schema: doc.metadata.schema, propertyTables } };
    used.push('EXT_structural_metadata');
  }
  if (used.length) json.extensionsUsed = used;
  json.bufferViews = bin.bufferViews;
  json.buffers = [{ byteLength: bin.paddedLength }];

  const text = new TextEncoder().encode(JSON.stringify(json));
  const jsonLength = text.length + ((4 - (text.length % 4)) % 4);
  // The header, the JSON chunk and the BIN chunk's header in one piece; the binary parts follow as they are.
  const head = new Uint8Array(12 + 8 + jsonLength + 8);
  const view = new DataView(head.buffer);
  view.setUint32(0, 0x46546c67, true); // "glTF"
  view.setUint32(4, 2, true);
  view.setUint32(8, head.length + bin.paddedLength, true);
  view.setUint32(12, jsonLength, true);
  view.setUint32(16, 0x4e4f534a, true); // "JSON"
  head.set(text, 20);
  head.fill(0x20, 20 + text.length, 20 + jsonLength); // the JSON chunk is padded with spaces
  view.setUint32(20 + jsonLength, bin.paddedLength, true);
  view.setUint32(24 + jsonLength, 0x004e4942, true); // "BIN\0"
  return [head, ...bin.pieces()];
}

/** The glb in one buffer: one allocation, each piece copied once, straight to its place. */
export function writeGlb(doc: GlbDocument): Uint8Array {
  const pieces = glbPieces(doc);
  const out = new Uint8Array(pieces.reduce((n, piece) => n + piece.length, 0));
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}
