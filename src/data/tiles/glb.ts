// Binary glTF container: the JSON chunk and the BIN chunk (glTF 2.0 §4.4).
import { DataError } from '../../shared/errors.ts';
import { checkByteRange } from '../../shared/header-checks.ts';
import { chunkJson } from './chunk-json.ts';

export interface GltfJson {
  asset?: { version?: string };
  extensionsUsed?: string[];
  extensionsRequired?: string[];
  scene?: number;
  scenes?: { nodes?: number[] }[];
  nodes?: GltfNode[];
  meshes?: { primitives: GltfPrimitive[] }[];
  accessors?: GltfAccessor[];
  bufferViews?: GltfBufferView[];
  buffers?: { uri?: string; byteLength: number }[];
  extensions?: Record<string, unknown>;
}

export interface GltfBufferView {
  buffer: number;
  byteOffset?: number;
  byteLength: number;
  byteStride?: number;
  extensions?: Record<string, unknown>;
}

export interface GltfNode {
  mesh?: number;
  children?: number[];
  matrix?: number[];
  translation?: number[];
  rotation?: number[];
  scale?: number[];
  extensions?: Record<string, unknown>;
}

export interface GltfPrimitive {
  attributes: Record<string, number>;
  indices?: number;
  mode?: number;
  extensions?: Record<string, unknown>;
}

export interface GltfAccessor {
  bufferView?: number;
  byteOffset?: number;
  componentType: number;
  normalized?: boolean;
  count: number;
  type: string;
}

export interface Glb {
  json: GltfJson;
  bin: Uint8Array | undefined;
}

const MAGIC_GLTF = 0x46546c67;
const CHUNK_JSON = 0x4e4f534a;
const CHUNK_BIN = 0x004e4942;

export function parseGlb(bytes: Uint8Array, source: string): Glb {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 20 || view.getUint32(0, true) !== MAGIC_GLTF) {
    throw new DataError(source, 'the content is not binary glTF (no "glTF" magic)');
  }
  const length = Math.min(view.getUint32(8, true), bytes.byteLength);
  let json: GltfJson | undefined;
  let bin: Uint8Array | undefined;
  for (let offset = 12; offset + 8 <= length; ) {
    const chunkLength = view.getUint32(offset, true);
    const chunkType = view.getUint32(offset + 4, true);
    checkByteRange(source, 'a glTF chunk', offset + 8, chunkLength, length);
    const chunk = bytes.subarray(offset + 8, offset + 8 + chunkLength);
    if (chunkType === CHUNK_JSON) json = chunkJson(chunk, source, 'glTF JSON') as GltfJson;
    else if (chunkType === CHUNK_BIN && !bin) bin = chunk;
    offset += 8 + chunkLength;
  }
  if (!json) throw new DataError(source, 'the binary glTF has no JSON chunk');
  return { json, bin };
}
