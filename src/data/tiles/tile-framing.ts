// The framing of tile content (b3dm, i3dm, pnts, cmpt, glb): the headers' lengths and counts checked before anything is
// sliced or allocated. Two readers use it: the building list (tile-content.ts) and the check Cesium's own tile requests
// pass before Cesium parses them (checkTileContent), since Cesium's parsers follow a header's lie into a RangeError, a
// stack overflow (a glTF node that is its own child) or an allocation of gigabytes.
import type { DeploymentLimits } from '../../config/deployment-config.ts';
import { DataError } from '../../shared/errors.ts';
import { checkByteRange, checkCount } from '../../shared/header-checks.ts';
import { chunkJson } from './chunk-json.ts';
import { parseGlb, type GltfBufferView, type GltfJson } from './glb.ts';
import { checkAccessor } from './gltf-accessor.ts';

/** The common header of b3dm, i3dm, pnts and cmpt: magic, version, byteLength. */
const TILE_HEADER_BYTES = 12;

const tileMagic = (bytes: Uint8Array) => new TextDecoder().decode(bytes.subarray(0, 4));

/** A composite's inner tiles, each checked to lie within it; `depth` counts the composites around this one. */
function compositeInnerTiles(bytes: Uint8Array, url: string, limits: DeploymentLimits, depth: number): Uint8Array[] {
  checkCount(url, 'the nesting of composite tiles', depth + 1, limits.maxNestingDepth, 'limits.maxNestingDepth');
  checkByteRange(url, 'the composite tile header', 0, 16, bytes.byteLength);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tileCount = checkCount(
    url,
    'tilesLength',
    view.getUint32(12, true),
    (bytes.byteLength - 16) / TILE_HEADER_BYTES,
    'each inner tile takes at least a 12-byte header',
  );
  const tiles: Uint8Array[] = [];
  for (let i = 0, offset = 16; i < tileCount; i++) {
    checkByteRange(url, `inner tile ${i}'s header`, offset, TILE_HEADER_BYTES, bytes.byteLength);
    // A length below its own header would never move on to the next tile.
    const length = view.getUint32(offset + 8, true);
    if (length < TILE_HEADER_BYTES)
      throw new DataError(
        url,
        `inner tile ${i} says it is ${length} bytes long, less than its own header: the file is corrupt`,
      );
    checkByteRange(url, `inner tile ${i}`, offset, length, bytes.byteLength);
    tiles.push(bytes.subarray(offset, offset + length));
    offset += length;
  }
  return tiles;
}

/** A b3dm, i3dm or pnts: its feature and batch tables and what follows them (the glTF, for b3dm and i3dm). */
interface TableTile {
  featureJson: Record<string, unknown>;
  featureBinary: Uint8Array;
  batchJson: Record<string, unknown>;
  batchBinary: Uint8Array;
  body: Uint8Array;
}

/** The four table lengths sit after the common header, i3dm's after one more field (gltfFormat). */
const TABLE_LENGTHS_AT: Record<string, number> = { b3dm: 12, i3dm: 12, pnts: 12 };
const HEADER_BYTES: Record<string, number> = { b3dm: 28, i3dm: 32, pnts: 28 };

/** The smallest length that is really the first bytes of a legacy b3dm's JSON ('"' = 0x22) or glTF ('g'), read as a
 * uint32: no table is 570 MB (the test Cesium and loaders.gl make). */
const LEGACY_MARK = 0x22000000;

function tableTile(bytes: Uint8Array, url: string, magic: 'b3dm' | 'i3dm' | 'pnts'): TableTile {
  let headerBytes = HEADER_BYTES[magic]!;
  checkByteRange(url, `the ${magic} header`, 0, headerBytes, bytes.byteLength);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = TABLE_LENGTHS_AT[magic]!;
  let [featureJsonLength, featureBinaryLength, batchJsonLength, batchBinaryLength] = [0, 4, 8, 12].map((field) =>
    view.getUint32(at + field, true),
  ) as [number, number, number, number];
  let legacyBatchLength: number | undefined;
  if (magic === 'b3dm' && batchJsonLength >= LEGACY_MARK) {
    // Legacy 1: [batchLength] [batchTableByteLength], a 20-byte header.
    [headerBytes, legacyBatchLength, batchJsonLength] = [20, featureJsonLength, featureBinaryLength];
    [featureJsonLength, featureBinaryLength, batchBinaryLength] = [0, 0, 0];
  } else if (magic === 'b3dm' && batchBinaryLength >= LEGACY_MARK) {
    // Legacy 2: [batchTableJsonByteLength] [batchTableBinaryByteLength] [batchLength], a 24-byte header.
    [headerBytes, legacyBatchLength] = [24, batchJsonLength];
    [batchJsonLength, batchBinaryLength] = [featureJsonLength, featureBinaryLength];
    [featureJsonLength, featureBinaryLength] = [0, 0];
  }
  let offset = headerBytes;
  const slice = (length: number, what: string) => {
    checkByteRange(url, `the ${what}`, offset, length, bytes.byteLength);
    return bytes.subarray(offset, (offset += length));
  };
  const json = (chunk: Uint8Array, what: string) => (chunk.length ? chunkJson(chunk, url, what) : {});
  const featureJson =
    legacyBatchLength === undefined
      ? json(slice(featureJsonLength, 'feature table JSON'), 'feature table JSON')
      : { BATCH_LENGTH: legacyBatchLength };
  const featureBinary = slice(featureBinaryLength, 'feature table binary');
  const batchJson = json(slice(batchJsonLength, 'batch table JSON'), 'batch table JSON');
  const batchBinary = slice(batchBinaryLength, 'batch table binary');
  return { featureJson, featureBinary, batchJson, batchBinary, body: bytes.subarray(offset) };
}

/** A feature count from a table: every feature takes at least one byte of the file. */
export const featureCount = (url: string, what: string, value: unknown, bytes: Uint8Array) =>
  checkCount(url, what, value ?? 0, bytes.byteLength, 'the size of the file');

const COUNT_FIELD = { b3dm: 'BATCH_LENGTH', i3dm: 'INSTANCES_LENGTH', pnts: 'POINTS_LENGTH' } as const;

const TILE_MAGICS = new Set(['glTF', 'b3dm', 'i3dm', 'cmpt', 'pnts']);

/** For a response Cesium fetched: the DataError to fail it with when it is tile content whose framing lies (whatever
 * its URL's extension: implicit tiling names content freely), else undefined. */
export function tileResponseProblem(url: string, response: unknown, limits: DeploymentLimits): DataError | undefined {
  if (!(response instanceof ArrayBuffer)) return undefined;
  const bytes = new Uint8Array(response);
  if (!TILE_MAGICS.has(tileMagic(bytes))) return undefined;
  try {
    checkTileContent(bytes, url, limits);
    return undefined;
  } catch (error) {
    if (error instanceof DataError) return error;
    throw error;
  }
}

/** Throws a DataError naming `url` when the content's framing, a table's count, the glTF's node graph or an
 * accessor's extent lies; checks what Cesium would follow, reads no geometry. */
export function checkTileContent(bytes: Uint8Array, url: string, limits: DeploymentLimits, depth = 0): void {
  const magic = tileMagic(bytes);
  if (magic === 'glTF') {
    checkGltf(parseGlb(bytes, url), url, limits);
    return;
  }
  if (magic === 'cmpt') {
    for (const inner of compositeInnerTiles(bytes, url, limits, depth)) checkTileContent(inner, url, limits, depth + 1);
    return;
  }
  if (magic !== 'b3dm' && magic !== 'i3dm' && magic !== 'pnts') return; // JSON, vctr, geom: not ours to judge
  const tile = tableTile(bytes, url, magic);
  featureCount(url, COUNT_FIELD[magic], tile.featureJson[COUNT_FIELD[magic]], bytes);
  featureCount(url, 'BATCH_LENGTH', tile.featureJson.BATCH_LENGTH, bytes);
  const embeddedGltf =
    magic === 'b3dm' || (magic === 'i3dm' && new DataView(bytes.buffer, bytes.byteOffset).getUint32(28, true) === 1);
  if (embeddedGltf) checkGltf(parseGlb(tile.body, url), url, limits);
}

/** Nodes form trees no deeper than the nesting cap, and every accessor's elements lie in its buffer view. */
function checkGltf(
  { json, bin }: { json: GltfJson; bin: Uint8Array | undefined },
  url: string,
  limits: DeploymentLimits,
): void {
  const nodes = json.nodes ?? [];
  const parentOf = new Map<number, number>();
  nodes.forEach((node, index) => {
    for (const child of node.children ?? []) {
      if (!Number.isInteger(child) || child < 0 || child >= nodes.length)
        throw new DataError(url, `glTF node ${index} has a child ${String(child)} that does not exist`);
      if (parentOf.has(child) || child === index)
        throw new DataError(
          url,
          `glTF node ${child} has more than one parent or is its own ancestor: the node graph must be trees`,
        );
      parentOf.set(child, index);
    }
  });
  // References the parsers follow without looking: scenes → nodes → meshes → accessors.
  const exists = (reference: unknown, count: number | undefined, what: string) => {
    if (!Number.isInteger(reference) || (reference as number) < 0 || (reference as number) >= (count ?? 0))
      throw new DataError(url, `${what} ${String(reference)}, which does not exist`);
  };
  (json.scenes ?? []).forEach((scene, index) => {
    for (const node of scene.nodes ?? []) exists(node, nodes.length, `glTF scene ${index} names node`);
  });
  nodes.forEach((node, index) => {
    if (node.mesh !== undefined) exists(node.mesh, json.meshes?.length, `glTF node ${index} names mesh`);
  });
  (json.meshes ?? []).forEach((mesh, index) => {
    for (const primitive of mesh.primitives ?? []) {
      for (const accessor of [...Object.values(primitive.attributes ?? {}), primitive.indices ?? 0])
        exists(accessor, json.accessors?.length ?? 1, `a primitive of glTF mesh ${index} names accessor`);
    }
  });
  nodes.forEach((_, index) => {
    let depth = 1;
    for (let at = parentOf.get(index); at !== undefined; at = parentOf.get(at)) {
      checkCount(
        url,
        'the nesting of glTF nodes',
        ++depth,
        Math.min(limits.maxNestingDepth, nodes.length),
        'limits.maxNestingDepth, or a cycle',
      );
    }
  });
  // The BIN chunk's real length for buffer 0 without a uri; other buffers without one (a meshopt fallback) are
  // allocated at their declared length, and buffers with a uri are taken at it.
  const bufferBytes = (json.buffers ?? []).map((buffer, index) => {
    if (buffer.uri !== undefined) return buffer.byteLength;
    if (index === 0 && bin) return bin.byteLength;
    return checkCount(
      url,
      `buffer ${index} byteLength`,
      buffer.byteLength,
      limits.maxInflatedBytes,
      'limits.maxInflatedBytes',
    );
  });
  (json.bufferViews ?? []).forEach((view, index) => checkMeshopt(view, index, bufferBytes, url));
  (json.accessors ?? []).forEach((_, index) => checkAccessor(json, bufferBytes, index, url, limits.maxInflatedBytes));
}

interface MeshoptBufferView {
  buffer: number;
  byteOffset?: number;
  byteLength: number;
  byteStride: number;
  count: number;
}

/** A meshopt-compressed view: its compressed bytes lie in their buffer, and what they decode to fits the view. */
function checkMeshopt(view: GltfBufferView, index: number, bufferBytes: readonly number[], url: string): void {
  const meshopt = (view.extensions?.EXT_meshopt_compression ?? view.extensions?.KHR_meshopt_compression) as
    | MeshoptBufferView
    | undefined;
  if (!meshopt) return;
  const what = `buffer view ${index}'s compressed data`;
  const bufferLength = bufferBytes[meshopt.buffer];
  if (bufferLength === undefined) throw new DataError(url, `${what} points to a missing buffer`);
  checkByteRange(url, what, meshopt.byteOffset ?? 0, meshopt.byteLength, bufferLength);
  checkByteRange(url, `${what}, decoded`, 0, meshopt.count * meshopt.byteStride, view.byteLength);
}
