// A tile's content (glb, b3dm, cmpt) → its triangle meshes in the content's z-up frame, each vertex tagged with the
// feature it belongs to, and the feature tables (batch table or EXT_structural_metadata) the ids index.
import { DataError } from '../../shared/errors.ts';
import { readBatchTable, readTableValues } from './batch-table.ts';
import { parseGlb, type GltfJson, type GltfPrimitive } from './glb.ts';
import { readAccessor } from './gltf-accessor.ts';
import { IDENTITY, multiply, nodeMatrix, translation, Y_UP_TO_Z_UP, type Mat4 } from './mat4.ts';
import { readPropertyTable } from './property-table-reader.ts';

export interface ContentMesh {
  positions: Float64Array;
  /** Vertex indices, three per triangle (strips and fans unrolled). */
  triangles: Uint32Array;
  /** Per-vertex feature id, or undefined when the content has no features. */
  featureIds: Float64Array | undefined;
  /** Which of `tables` the ids index. */
  table: number;
  /** Content frame ← mesh positions. */
  matrix: Mat4;
}

export interface ParsedContent {
  meshes: ContentMesh[];
  tables: Record<string, unknown>[][];
}

export type FetchBytes = (url: string) => Promise<Uint8Array>;

/** Vendors' compression needs a decoder the building list does not ship. */
const UNREADABLE_EXTENSIONS = ['KHR_draco_mesh_compression', 'EXT_meshopt_compression', 'KHR_meshopt_compression'];

export async function parseTileContent(bytes: Uint8Array, url: string, upAxis: 'Y' | 'Z', fetchBytes: FetchBytes):
  Promise<ParsedContent> {
  const magic = new TextDecoder().decode(bytes.subarray(0, 4));
  if (magic === 'glTF') return parseGltf(bytes, url, Y_UP_TO_Z_UP, fetchBytes, undefined);
  if (magic === 'b3dm') return parseB3dm(bytes, url, upAxis, fetchBytes);
  if (magic === 'cmpt') return parseComposite(bytes, url, upAxis, fetchBytes);
  return { meshes: [], tables: [] }; // pnts, i3dm, vctr, geom: points and instances are not buildings
}

async function parseComposite(bytes: Uint8Array, url: string, upAxis: 'Y' | 'Z', fetchBytes: FetchBytes):
  Promise<ParsedContent> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: ParsedContent = { meshes: [], tables: [] };
  for (let i = 0, offset = 16; i < view.getUint32(12, true) && offset + 12 <= bytes.byteLength; i++) {
    const length = view.getUint32(offset + 8, true);
    const inner = await parseTileContent(bytes.subarray(offset, offset + length), url, upAxis, fetchBytes);
    for (const mesh of inner.meshes) out.meshes.push({ ...mesh, table: mesh.table + out.tables.length });
    out.tables.push(...inner.tables);
    offset += length;
  }
  return out;
}

async function parseB3dm(bytes: Uint8Array, url: string, upAxis: 'Y' | 'Z', fetchBytes: FetchBytes):
  Promise<ParsedContent> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lengths = [12, 16, 20, 24].map((at) => view.getUint32(at, true));
  const [featureJsonLength, featureBinaryLength, batchJsonLength, batchBinaryLength] = lengths as [number, number, number, number];
  let offset = 28;
  const slice = (length: number) => bytes.subarray(offset, (offset += length));
  const text = (chunk: Uint8Array) => (chunk.length ? JSON.parse(new TextDecoder().decode(chunk)) : {}) as Record<string, unknown>;
  const featureJson = text(slice(featureJsonLength));
  const featureBinary = slice(featureBinaryLength);
  const batchJson = text(slice(batchJsonLength));
  const batchBinary = slice(batchBinaryLength);
  const batchLength = Number(featureJson['BATCH_LENGTH'] ?? 0);
  // RTC_CENTER is a JSON [x, y, z] or a binary reference to one VEC3.
  const rtc = readTableValues(featureJson['RTC_CENTER'], featureBinary, 1, url, { componentType: 'FLOAT', type: 'VEC3' });
  const center = (Array.isArray(rtc?.[0]) ? rtc[0] : rtc) as number[] | undefined;
  const contentMatrix = multiply(center ? translation(center[0]!, center[1]!, center[2]!) : IDENTITY,
    upAxis === 'Y' ? Y_UP_TO_Z_UP : IDENTITY);
  const rows = batchLength > 0 ? readBatchTable(batchJson, batchBinary, batchLength, url) : undefined;
  return parseGltf(bytes.subarray(offset), url, contentMatrix, fetchBytes, rows);
}

async function parseGltf(bytes: Uint8Array, url: string, axis: Mat4, fetchBytes: FetchBytes,
  batchRows: Record<string, unknown>[] | undefined): Promise<ParsedContent> {
  const { json: gltf, bin } = parseGlb(bytes, url);
  const unreadable = (gltf.extensionsRequired ?? []).find((name) => UNREADABLE_EXTENSIONS.includes(name));
  if (unreadable) throw new DataError(url, `the content is compressed with ${unreadable}, which the building list cannot decode`);
  const buffers = await Promise.all((gltf.buffers ?? []).map((buffer, i) => loadBuffer(buffer.uri, i, bin, url, fetchBytes)));
  const rtc = (gltf.extensions?.['CESIUM_RTC'] as { center?: number[] } | undefined)?.center;
  const root = rtc ? multiply(translation(rtc[0]!, rtc[1]!, rtc[2]!), axis) : axis;
  const tables: Record<string, unknown>[][] = batchRows ? [batchRows] : [];
  const tableSlots = new Map<number, number>(); // property-table index → slot in `tables`
  const meshes: ContentMesh[] = [];
  const visit = (nodeIndex: number, parent: Mat4) => {
    const node = gltf.nodes?.[nodeIndex];
    if (!node) return;
    const matrix = multiply(parent, nodeMatrix(node));
    for (const primitive of node.mesh === undefined ? [] : (gltf.meshes?.[node.mesh]?.primitives ?? [])) {
      const mode = primitive.mode ?? 4;
      if (primitive.attributes['POSITION'] === undefined || mode < 4) continue; // points and lines are not walls
      const positions = readAccessor(gltf, buffers, primitive.attributes['POSITION'], url).values;
      const features = featureIdsOf(gltf, buffers, primitive, url, batchRows !== undefined);
      let table = 0;
      if (features?.propertyTable !== undefined) {
        if (!tableSlots.has(features.propertyTable)) {
          tableSlots.set(features.propertyTable, tables.length);
          tables.push(readPropertyTable(gltf, buffers, features.propertyTable, url) ?? []);
        }
        table = tableSlots.get(features.propertyTable)!;
      }
      meshes.push({ positions, triangles: triangleList(gltf, buffers, primitive.indices, mode, positions.length / 3, url),
        featureIds: features?.ids, table, matrix });
    }
    for (const child of node.children ?? []) visit(child, matrix);
  };
  const scene = gltf.scenes?.[gltf.scene ?? 0];
  for (const nodeIndex of scene?.nodes ?? (gltf.nodes ?? []).map((_, i) => i)) visit(nodeIndex, root);
  return { meshes, tables };
}

function featureIdsOf(gltf: GltfJson, buffers: Uint8Array[], primitive: GltfPrimitive, url: string, batched: boolean):
  { ids: Float64Array; propertyTable: number | undefined } | undefined {
  if (batched) {
    const attribute = primitive.attributes['_BATCHID'] ?? primitive.attributes['BATCHID'];
    return attribute === undefined ? undefined : { ids: readAccessor(gltf, buffers, attribute, url).values, propertyTable: undefined };
  }
  const sets = (primitive.extensions?.['EXT_mesh_features'] as { featureIds?: FeatureIdSet[] } | undefined)?.featureIds;
  const set = sets?.find((s) => s.attribute !== undefined) ?? sets?.[0];
  if (!set || set.texture) return undefined; // per-texel ids have no vertices to place a building by
  const vertexCount = readAccessor(gltf, buffers, primitive.attributes['POSITION']!, url).count;
  const ids = set.attribute === undefined
    ? Float64Array.from({ length: vertexCount }, (_, i) => i) // implicit: the vertex index is the feature id
    : readAccessor(gltf, buffers, primitive.attributes[`_FEATURE_ID_${set.attribute}`] ?? -1, url).values;
  if (set.nullFeatureId !== undefined) ids.forEach((id, i) => { if (id === set.nullFeatureId) ids[i] = -1; });
  return { ids, propertyTable: set.propertyTable };
}

interface FeatureIdSet {
  attribute?: number;
  texture?: unknown;
  propertyTable?: number;
  nullFeatureId?: number;
}

function triangleList(gltf: GltfJson, buffers: Uint8Array[], indices: number | undefined, mode: number,
  vertexCount: number, url: string): Uint32Array {
  const raw = indices === undefined ? undefined : readAccessor(gltf, buffers, indices, url).values;
  const index = (i: number) => (raw ? raw[i]! : i);
  const count = raw ? raw.length : vertexCount;
  if (mode === 4) {
    const list = new Uint32Array(count - (count % 3));
    for (let i = 0; i < list.length; i++) list[i] = raw ? raw[i]! : i;
    return list;
  }
  const out: number[] = [];
  for (let i = 2; i < count; i++) {
    if (mode === 5) out.push(...(i % 2 ? [index(i - 1), index(i - 2)] : [index(i - 2), index(i - 1)]), index(i)); // strip
    else out.push(index(0), index(i - 1), index(i)); // fan
  }
  return Uint32Array.from(out);
}

async function loadBuffer(uri: string | undefined, index: number, bin: Uint8Array | undefined, url: string,
  fetchBytes: FetchBytes): Promise<Uint8Array> {
  if (uri === undefined) {
    if (index === 0 && bin) return bin;
    throw new DataError(url, `glTF buffer ${index} has no data`);
  }
  const base64 = /^data:[^,]*;base64,/.exec(uri);
  if (base64) return Uint8Array.from(atob(uri.slice(base64[0].length)), (c) => c.charCodeAt(0));
  return fetchBytes(new URL(uri, url).href);
}
