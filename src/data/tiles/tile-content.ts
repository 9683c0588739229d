// A tile's content (glb, b3dm, cmpt) → its triangle meshes in the content's z-up frame, each vertex tagged with the
// feature it belongs to, and the feature tables (batch table or EXT_structural_metadata) the ids index.
import { DEFAULT_LIMITS, type DeploymentLimits } from '../../config/deployment-config.ts';
import { DataError } from '../../shared/errors.ts';
import { checkCount } from '../../shared/header-checks.ts';
import { readBatchTable, readTableValues } from './batch-table.ts';
import { resolveUri } from '../resolve-uri.ts';
import { parseGlb, type GltfJson, type GltfPrimitive } from './glb.ts';
import { readAccessor } from './gltf-accessor.ts';
import { IDENTITY, multiply, nodeMatrix, translation, Y_UP_TO_Z_UP, type Mat4 } from './mat4.ts';
import { readPropertyTable } from './property-table-reader.ts';
import { compositeInnerTiles, featureCount, tableTile, tileMagic } from './tile-framing.ts';

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

export async function parseTileContent(
  bytes: Uint8Array,
  url: string,
  upAxis: 'Y' | 'Z',
  fetchBytes: FetchBytes,
  limits: DeploymentLimits = DEFAULT_LIMITS,
): Promise<ParsedContent> {
  return parseAny(bytes, { url, upAxis, fetchBytes, limits }, 0);
}

interface ParseContext {
  url: string;
  upAxis: 'Y' | 'Z';
  fetchBytes: FetchBytes;
  limits: DeploymentLimits;
}

/** `depth`: composites nested in composites, capped so a file of nested headers cannot exhaust the stack. */
function parseAny(bytes: Uint8Array, context: ParseContext, depth: number): Promise<ParsedContent> {
  const magic = tileMagic(bytes);
  if (magic === 'glTF') return parseGltf(bytes, context, Y_UP_TO_Z_UP, undefined);
  if (magic === 'b3dm') return parseB3dm(bytes, context);
  if (magic === 'cmpt') return parseComposite(bytes, context, depth);
  return Promise.resolve({ meshes: [], tables: [] }); // pnts, i3dm, vctr, geom: points and instances are not buildings
}

async function parseComposite(bytes: Uint8Array, context: ParseContext, depth: number): Promise<ParsedContent> {
  const out: ParsedContent = { meshes: [], tables: [] };
  for (const tile of compositeInnerTiles(bytes, context.url, context.limits, depth)) {
    const inner = await parseAny(tile, context, depth + 1);
    for (const mesh of inner.meshes) out.meshes.push({ ...mesh, table: mesh.table + out.tables.length });
    out.tables.push(...inner.tables);
  }
  return out;
}

async function parseB3dm(bytes: Uint8Array, context: ParseContext): Promise<ParsedContent> {
  const { url, upAxis } = context;
  const { featureJson, featureBinary, batchJson, batchBinary, body } = tableTile(bytes, url, 'b3dm');
  const batchLength = featureCount(url, 'BATCH_LENGTH', featureJson.BATCH_LENGTH, bytes);
  // RTC_CENTER is a JSON [x, y, z] or a binary reference to one VEC3.
  const rtc = readTableValues(featureJson.RTC_CENTER, featureBinary, 1, url, {
    componentType: 'FLOAT',
    type: 'VEC3',
  });
  const center = (Array.isArray(rtc?.[0]) ? rtc[0] : rtc) as number[] | undefined;
  const contentMatrix = multiply(
    center ? translation(center[0]!, center[1]!, center[2]!) : IDENTITY,
    upAxis === 'Y' ? Y_UP_TO_Z_UP : IDENTITY,
  );
  const rows = batchLength > 0 ? readBatchTable(batchJson, batchBinary, batchLength, url) : undefined;
  return parseGltf(body, context, contentMatrix, rows);
}

async function parseGltf(
  bytes: Uint8Array,
  context: ParseContext,
  axis: Mat4,
  batchRows: Record<string, unknown>[] | undefined,
): Promise<ParsedContent> {
  const { url, fetchBytes, limits } = context;
  const { json: gltf, bin } = parseGlb(bytes, url);
  const unreadable = (gltf.extensionsRequired ?? []).find((name) => UNREADABLE_EXTENSIONS.includes(name));
  if (unreadable)
    throw new DataError(url, `the content is compressed with ${unreadable}, which the building list cannot decode`);
  const buffers = await Promise.all(
    (gltf.buffers ?? []).map((buffer, i) => loadBuffer(buffer.uri, i, bin, url, fetchBytes)),
  );
  const rtc = (gltf.extensions?.CESIUM_RTC as { center?: number[] } | undefined)?.center;
  const root = rtc ? multiply(translation(rtc[0]!, rtc[1]!, rtc[2]!), axis) : axis;
  const tables: Record<string, unknown>[][] = batchRows ? [batchRows] : [];
  const tableSlots = new Map<number, number>(); // property-table index → slot in `tables`
  const meshes: ContentMesh[] = [];
  // glTF nodes form trees: a node reached twice is a cycle or a shared child, and is read once.
  const visited = new Set<number>();
  const visit = (nodeIndex: number, parent: Mat4, depth: number) => {
    const node = gltf.nodes?.[nodeIndex];
    if (!node || visited.has(nodeIndex)) return;
    visited.add(nodeIndex);
    checkCount(url, 'the nesting of glTF nodes', depth, limits.maxNestingDepth, 'limits.maxNestingDepth');
    const matrix = multiply(parent, nodeMatrix(node));
    for (const primitive of node.mesh === undefined ? [] : (gltf.meshes?.[node.mesh]?.primitives ?? [])) {
      const mode = primitive.mode ?? 4;
      if (primitive.attributes.POSITION === undefined || mode < 4) continue; // points and lines are not walls
      const positions = readAccessor(gltf, buffers, primitive.attributes.POSITION, url).values;
      const features = featureIdsOf(gltf, buffers, primitive, url, batchRows !== undefined);
      let table = 0;
      if (features?.propertyTable !== undefined) {
        if (!tableSlots.has(features.propertyTable)) {
          tableSlots.set(features.propertyTable, tables.length);
          tables.push(readPropertyTable(gltf, buffers, features.propertyTable, url) ?? []);
        }
        table = tableSlots.get(features.propertyTable)!;
      }
      meshes.push({
        positions,
        triangles: triangleList(gltf, buffers, primitive.indices, mode, positions.length / 3, url),
        featureIds: features?.ids,
        table,
        matrix,
      });
    }
    for (const child of node.children ?? []) visit(child, matrix, depth + 1);
  };
  const scene = gltf.scenes?.[gltf.scene ?? 0];
  for (const nodeIndex of scene?.nodes ?? (gltf.nodes ?? []).map((_, i) => i)) visit(nodeIndex, root, 1);
  return { meshes, tables };
}

function featureIdsOf(
  gltf: GltfJson,
  buffers: Uint8Array[],
  primitive: GltfPrimitive,
  url: string,
  batched: boolean,
): { ids: Float64Array; propertyTable: number | undefined } | undefined {
  if (batched) {
    const attribute = primitive.attributes._BATCHID ?? primitive.attributes.BATCHID;
    return attribute === undefined
      ? undefined
      : { ids: readAccessor(gltf, buffers, attribute, url).values, propertyTable: undefined };
  }
  const sets = (primitive.extensions?.EXT_mesh_features as { featureIds?: FeatureIdSet[] } | undefined)?.featureIds;
  const set = sets?.find((s) => s.attribute !== undefined) ?? sets?.[0];
  if (!set || set.texture) return undefined; // per-texel ids have no vertices to place a building by
  const vertexCount = readAccessor(gltf, buffers, primitive.attributes.POSITION!, url).count;
  const ids =
    set.attribute === undefined
      ? Float64Array.from({ length: vertexCount }, (_, i) => i) // implicit: the vertex index is the feature id
      : readAccessor(gltf, buffers, primitive.attributes[`_FEATURE_ID_${set.attribute}`] ?? -1, url).values;
  if (set.nullFeatureId !== undefined)
    ids.forEach((id, i) => {
      if (id === set.nullFeatureId) ids[i] = -1;
    });
  return { ids, propertyTable: set.propertyTable };
}

interface FeatureIdSet {
  attribute?: number;
  texture?: unknown;
  propertyTable?: number;
  nullFeatureId?: number;
}

function triangleList(
  gltf: GltfJson,
  buffers: Uint8Array[],
  indices: number | undefined,
  mode: number,
  vertexCount: number,
  url: string,
): Uint32Array {
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
    if (mode === 5)
      out.push(...(i % 2 ? [index(i - 1), index(i - 2)] : [index(i - 2), index(i - 1)]), index(i)); // strip
    else out.push(index(0), index(i - 1), index(i)); // fan
  }
  return Uint32Array.from(out);
}

async function loadBuffer(
  uri: string | undefined,
  index: number,
  bin: Uint8Array | undefined,
  url: string,
  fetchBytes: FetchBytes,
): Promise<Uint8Array> {
  if (uri === undefined) {
    if (index === 0 && bin) return bin;
    throw new DataError(url, `glTF buffer ${index} has no data`);
  }
  const base64 = /^data:[^,]*;base64,/.exec(uri);
  if (base64) {
    try {
      return Uint8Array.from(atob(uri.slice(base64[0].length)), (c) => c.charCodeAt(0));
    } catch {
      throw new DataError(url, `glTF buffer ${index} is a data: URI that is not valid base64`);
    }
  }
  return fetchBytes(resolveUri(uri, url, `glTF buffer ${index}'s uri`));
}
