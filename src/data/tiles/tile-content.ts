// A tile's content (glb, b3dm, i3dm, cmpt) → its triangle meshes in the content's z-up frame, each vertex tagged with
// the feature it belongs to, and the feature tables (batch table or EXT_structural_metadata) the ids index. loaders.gl
// reads the containers (legacy b3dm headers, i3dm instances) and the glTF (Draco, meshopt, quantized and sparse
// accessors); what is ours is the content's framing check (the one Cesium's requests pass too, so a lie is a
// DataError before any parser allocates by it) and the mapping of vertices to features.
import { Tile3DBatchTable, Tiles3DLoader } from '@loaders.gl/3d-tiles';
import { parse } from '@loaders.gl/core';
import {
  GLTFLoader,
  postProcessGLTF,
  type GLTFAccessorPostprocessed,
  type GLTFMeshPrimitivePostprocessed,
  type GLTFNodePostprocessed,
  type GLTFWithBuffers,
} from '@loaders.gl/gltf';
import { DEFAULT_LIMITS, type DeploymentLimits } from '../../config/deployment-config.ts';
import { DataError, errorMessage } from '../../shared/errors.ts';
import { resolveUri } from '../resolve-uri.ts';
import { DRACO_MODULE } from './draco-decoder.ts';
import { parseGlb, type GltfJson } from './glb.ts';
import { IDENTITY, multiply, nodeMatrix, translation, Y_UP_TO_Z_UP, type Mat4 } from './mat4.ts';
import { readPropertyTable } from './property-table-reader.ts';
import { checkTileContent, featureCount } from './tile-framing.ts';

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

/** What loaders.gl makes of a 3D Tiles container with `loadGLTF: false` (the fields read here). */
interface LoadedTile {
  type: string;
  tiles?: LoadedTile[];
  featureTableJson?: Record<string, unknown>;
  batchTableJson?: Record<string, unknown>;
  batchTableBinary?: Uint8Array;
  rtcCenter?: ArrayLike<number>;
  gltfArrayBuffer?: ArrayBuffer;
  gltfUrl?: string;
  instances?: { modelMatrix: ArrayLike<number>; batchId: number }[];
}

interface ParseContext {
  url: string;
  upAxis: 'Y' | 'Z';
  fetchBytes: FetchBytes;
}

export async function parseTileContent(
  bytes: Uint8Array,
  url: string,
  upAxis: 'Y' | 'Z',
  fetchBytes: FetchBytes,
  limits: DeploymentLimits = DEFAULT_LIMITS,
): Promise<ParsedContent> {
  checkTileContent(bytes, url, limits);
  const tile = await decoded(url, () =>
    parse(exactBuffer(bytes), Tiles3DLoader, {
      core: { worker: false },
      '3d-tiles': { loadGLTF: false },
    }),
  );
  return parseTile(tile as LoadedTile, bytes, { url, upAxis, fetchBytes });
}

async function parseTile(tile: LoadedTile, bytes: Uint8Array, context: ParseContext): Promise<ParsedContent> {
  const { url, upAxis } = context;
  const out: ParsedContent = { meshes: [], tables: [] };
  if (tile.type === 'cmpt') {
    for (const inner of tile.tiles ?? []) {
      const content = await parseTile(inner, bytes, context);
      for (const mesh of content.meshes) out.meshes.push({ ...mesh, table: mesh.table + out.tables.length });
      out.tables.push(...content.tables);
    }
    return out;
  }
  if (tile.type === 'glTF') return parseGltf(tile.gltfArrayBuffer!, context, Y_UP_TO_Z_UP, undefined);
  if (tile.type !== 'b3dm' && tile.type !== 'i3dm') return out; // pnts: points are not buildings
  const rtc = tile.rtcCenter ? translation(tile.rtcCenter[0]!, tile.rtcCenter[1]!, tile.rtcCenter[2]!) : IDENTITY;
  const axis = upAxis === 'Y' ? Y_UP_TO_Z_UP : IDENTITY;
  const countField = tile.type === 'b3dm' ? 'BATCH_LENGTH' : 'INSTANCES_LENGTH';
  const rows = featureCount(url, countField, tile.featureTableJson?.[countField], bytes)
    ? batchTableRows(tile, Number(tile.featureTableJson?.[countField]), url)
    : undefined;
  const gltf = tile.gltfUrl
    ? exactBuffer(await context.fetchBytes(resolveUri(tile.gltfUrl, url, 'the i3dm glTF uri')))
    : tile.gltfArrayBuffer!;
  if (tile.type === 'b3dm') return parseGltf(gltf, context, multiply(rtc, axis), rows);
  // i3dm: one model placed at every instance, each instance its own feature (its batch id).
  const model = await parseGltf(gltf, context, IDENTITY, undefined);
  for (const instance of tile.instances ?? []) {
    const placement = multiply(multiply(rtc, Array.from(instance.modelMatrix)), axis);
    for (const mesh of model.meshes) {
      out.meshes.push({
        ...mesh,
        featureIds: new Float64Array(mesh.positions.length / 3).fill(rows ? instance.batchId : -1),
        matrix: multiply(placement, mesh.matrix),
      });
    }
  }
  if (rows) out.tables.push(rows);
  return out;
}

/** The batch table (JSON arrays or binary references; hierarchies not expanded) → one record per batch id. */
function batchTableRows(tile: LoadedTile, count: number, url: string): Record<string, unknown>[] {
  const json = tile.batchTableJson ?? {};
  const names = Object.keys(json).filter((name) => name !== 'extensions' && name !== 'extras');
  try {
    const table = new Tile3DBatchTable(json, tile.batchTableBinary, count);
    return Array.from({ length: count }, (_, id) =>
      Object.fromEntries(names.map((n) => [n, table.getProperty(id, n)])),
    );
  } catch (error) {
    // A binary reference past the body or misaligned (the typed array refuses it), a type it does not know.
    throw new DataError(url, `its batch table could not be read (${errorMessage(error)})`);
  }
}

async function parseGltf(
  arrayBuffer: ArrayBuffer,
  context: ParseContext,
  axis: Mat4,
  batchRows: Record<string, unknown>[] | undefined,
): Promise<ParsedContent> {
  const { url, fetchBytes } = context;
  // Our own read of the JSON: loaders.gl renames a Draco primitive's custom attributes (_FEATURE_ID_n, _BATCHID) to
  // CUSTOM_ATTRIBUTE_<draco id>, and the JSON says which id each name had.
  const raw = parseGlb(new Uint8Array(arrayBuffer), url).json;
  const loaded = (await decoded(url, () =>
    parse(arrayBuffer, GLTFLoader, {
      core: {
        worker: false,
        baseUrl: url,
        fetch: async (uri: string) => new Response(exactBuffer(await bufferBytes(uri, url, fetchBytes))),
      },
      modules: { draco3d: DRACO_MODULE },
      gltf: {
        loadImages: false,
        // The feature tables are read from the JSON below; loaders.gl's readers fail on Draco-compressed ids.
        excludeExtensions: { EXT_mesh_features: false, EXT_structural_metadata: false, EXT_feature_metadata: false },
      },
    }),
  )) as GLTFWithBuffers;
  const gltf = await decoded(url, async () => postProcessGLTF(loaded));
  const buffers = loaded.buffers.map((b) => new Uint8Array(b.arrayBuffer, b.byteOffset, b.byteLength));
  const rtc = (raw.extensions?.CESIUM_RTC as { center?: number[] } | undefined)?.center;
  const root = rtc ? multiply(translation(rtc[0]!, rtc[1]!, rtc[2]!), axis) : axis;
  const tables: Record<string, unknown>[][] = batchRows ? [batchRows] : [];
  const tableSlots = new Map<number, number>(); // property-table index → slot in `tables`
  const meshes: ContentMesh[] = [];
  const visit = (node: GLTFNodePostprocessed, parent: Mat4) => {
    const matrix = multiply(parent, nodeMatrix(node));
    const meshIndex = node.mesh ? gltf.meshes.indexOf(node.mesh) : -1;
    (node.mesh?.primitives ?? []).forEach((primitive, primitiveIndex) => {
      const mode = primitive.mode ?? 4;
      const position = primitive.attributes.POSITION;
      if (!position || mode < 4) return; // points and lines are not walls
      const rawPrimitive = raw.meshes?.[meshIndex]?.primitives[primitiveIndex];
      const attribute = (name: string) => {
        const dracoId = (rawPrimitive?.extensions?.KHR_draco_mesh_compression as DracoPrimitive | undefined)
          ?.attributes?.[name];
        return primitive.attributes[name] ?? primitive.attributes[`CUSTOM_ATTRIBUTE_${dracoId}`];
      };
      const features = featureIdsOf(primitive, attribute, batchRows !== undefined, url);
      let table = 0;
      if (features?.propertyTable !== undefined) {
        if (!tableSlots.has(features.propertyTable)) {
          tableSlots.set(features.propertyTable, tables.length);
          tables.push(readPropertyTable(loaded.json as GltfJson, buffers, features.propertyTable, url) ?? []);
        }
        table = tableSlots.get(features.propertyTable)!;
      }
      const positions = floatValues(position);
      meshes.push({
        positions,
        triangles: triangleList(primitive.indices && floatValues(primitive.indices), mode, positions.length / 3),
        featureIds: features?.ids,
        table,
        matrix,
      });
    });
    // The framing check refused node graphs that are not trees, so this ends.
    for (const child of node.children ?? []) visit(child, matrix);
  };
  const scene = gltf.scene ?? gltf.scenes?.[0];
  for (const node of scene?.nodes ?? gltf.nodes ?? []) visit(node, root);
  return { meshes, tables };
}

interface DracoPrimitive {
  attributes?: Record<string, number>;
}

interface FeatureIdSet {
  attribute?: number;
  texture?: unknown;
  propertyTable?: number;
  nullFeatureId?: number;
}

function featureIdsOf(
  primitive: GLTFMeshPrimitivePostprocessed,
  attribute: (name: string) => GLTFAccessorPostprocessed | undefined,
  batched: boolean,
  url: string,
): { ids: Float64Array; propertyTable: number | undefined } | undefined {
  if (batched) {
    const ids = attribute('_BATCHID') ?? attribute('BATCHID');
    return ids && { ids: floatValues(ids).map(Math.round), propertyTable: undefined };
  }
  const sets = (primitive.extensions?.EXT_mesh_features as { featureIds?: FeatureIdSet[] } | undefined)?.featureIds;
  const set = sets?.find((s) => s.attribute !== undefined) ?? sets?.[0];
  if (!set || set.texture) return undefined; // per-texel ids have no vertices to place a building by
  let ids: Float64Array;
  if (set.attribute === undefined) {
    // implicit: the vertex index is the feature id
    ids = Float64Array.from({ length: primitive.attributes.POSITION!.count }, (_, i) => i);
  } else {
    const accessor = attribute(`_FEATURE_ID_${set.attribute}`);
    if (!accessor)
      throw new DataError(url, `a primitive's feature ids name _FEATURE_ID_${set.attribute}, which it lacks`);
    // Whole numbers by the spec: rounded, since a Draco or meshopt encoder may have quantized them as floats.
    ids = floatValues(accessor).map(Math.round);
  }
  if (set.nullFeatureId !== undefined)
    ids.forEach((id, i) => {
      if (id === set.nullFeatureId) ids[i] = -1;
    });
  return { ids, propertyTable: set.propertyTable };
}

/** The divisor of a normalized integer type (KHR_mesh_quantization); the node matrices do the dequantizing. */
const NORMALIZERS = new Map<unknown, number>([
  [Int8Array, 127],
  [Uint8Array, 255],
  [Int16Array, 32767],
  [Uint16Array, 65535],
  [Uint32Array, 4294967295],
]);

function floatValues(accessor: GLTFAccessorPostprocessed): Float64Array {
  const values = Float64Array.from(accessor.value as ArrayLike<number>);
  const normalizer = accessor.normalized ? NORMALIZERS.get(accessor.value.constructor) : undefined;
  if (normalizer) for (let i = 0; i < values.length; i++) values[i] = Math.max(values[i]! / normalizer, -1);
  return values;
}

function triangleList(indices: Float64Array | undefined, mode: number, vertexCount: number): Uint32Array {
  const index = (i: number) => (indices ? indices[i]! : i);
  const count = indices ? indices.length : vertexCount;
  if (mode === 4) {
    const list = new Uint32Array(count - (count % 3));
    for (let i = 0; i < list.length; i++) list[i] = index(i);
    return list;
  }
  const out: number[] = [];
  for (let i = 2; i < count; i++) {
    if (mode === 5)
      out.push(...(i % 2 ? [index(i - 1), index(i - 2)] : [index(i - 2), index(i - 1)]), index(i)); // strip
    else out.push(index(0), index(i - 1), index(i)); // fan
  }
  return Uint32Array.from(out);
}

/** A glTF buffer's bytes: a base64 data: URI decoded here (no request), any other URI fetched by the caller's fetch. */
async function bufferBytes(uri: string, url: string, fetchBytes: FetchBytes): Promise<Uint8Array> {
  const base64 = /^data:[^,]*;base64,/.exec(uri);
  if (!base64) return fetchBytes(resolveUri(uri, url, "a glTF buffer's uri"));
  try {
    return Uint8Array.from(atob(uri.slice(base64[0].length)), (c) => c.charCodeAt(0));
  } catch {
    throw new DataError(url, 'a glTF buffer is a data: URI that is not valid base64');
  }
}

/** loaders.gl wants an ArrayBuffer of exactly the content. */
function exactBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
    ? (bytes.buffer as ArrayBuffer)
    : (bytes.slice().buffer as ArrayBuffer);
}

/** A decoder's failure (a corrupt Draco stream, a bad meshopt buffer) is the file's problem: a DataError naming it. */
async function decoded<T>(url: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof DataError) throw error;
    throw new DataError(url, `the content could not be decoded (${errorMessage(error)})`);
  }
}
