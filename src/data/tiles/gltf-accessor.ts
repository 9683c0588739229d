// glTF accessor → float64 values, whatever the component type, stride or normalisation (KHR_mesh_quantization data
// arrives as normalised integers and is dequantised by the node matrix, so reading it as numbers is enough).
import { DataError } from '../../shared/errors.ts';
import { checkByteRange, checkCount } from '../../shared/header-checks.ts';
import type { GltfJson } from './glb.ts';
import { COMPONENTS_PER_ELEMENT, componentType } from './component-types.ts';

const FLOAT = 5126;

export interface AccessorValues {
  values: Float64Array;
  components: number;
  count: number;
}

/** Where an accessor's elements are, every claim checked against the buffers' byte lengths before anything is read. */
export interface AccessorLayout {
  components: number;
  type: NonNullable<ReturnType<typeof componentType>>;
  count: number;
  /** undefined: no buffer view, all zeros. */
  bufferView?: { buffer: number; byteOffset: number; byteLength: number; stride: number };
  /** Within the buffer view. */
  start: number;
}

export function accessorLayout(
  gltf: GltfJson,
  bufferBytes: readonly number[],
  index: number,
  source: string,
): AccessorLayout {
  const accessor = gltf.accessors?.[index];
  if (!accessor) throw new DataError(source, `the glTF has no accessor ${index}`);
  const components = COMPONENTS_PER_ELEMENT[accessor.type];
  const type = componentType(accessor.componentType);
  if (!components || !type) throw new DataError(source, `accessor ${index} has an unknown type ${accessor.type}`);
  const what = `accessor ${index}`;
  const elementBytes = components * type.bytes;
  if (accessor.bufferView === undefined) {
    // All zeros (§3.6.2.3): still no more elements than the file's bytes could have held.
    const fileBytes = bufferBytes.reduce((sum, length) => sum + length, 0);
    const count = checkCount(
      source,
      `${what} count`,
      accessor.count,
      Math.floor(fileBytes / elementBytes),
      'what the glTF buffers could hold',
    );
    return { components, type, count, start: 0 };
  }
  const bufferView = gltf.bufferViews?.[accessor.bufferView];
  const bufferLength = bufferView && bufferBytes[bufferView.buffer];
  if (!bufferView || bufferLength === undefined) throw new DataError(source, `${what} points to a missing buffer view`);
  const byteOffset = bufferView.byteOffset ?? 0;
  checkByteRange(source, `buffer view ${accessor.bufferView}`, byteOffset, bufferView.byteLength, bufferLength);
  const stride = checkCount(
    source,
    `buffer view ${accessor.bufferView} byteStride`,
    bufferView.byteStride ?? elementBytes,
    252,
    'glTF §3.6.2.1',
  );
  const start = accessor.byteOffset ?? 0;
  const count = checkCount(
    source,
    `${what} count`,
    accessor.count,
    bufferView.byteLength,
    'the bytes of its buffer view',
  );
  // Checked before any allocation: the count is the file's claim.
  checkByteRange(
    source,
    `${what}'s ${count} elements`,
    start,
    count === 0 ? 0 : (count - 1) * stride + elementBytes,
    bufferView.byteLength,
  );
  return {
    components,
    type,
    count,
    start,
    bufferView: { buffer: bufferView.buffer, byteOffset, byteLength: bufferView.byteLength, stride },
  };
}

export function readAccessor(gltf: GltfJson, buffers: Uint8Array[], index: number, source: string): AccessorValues {
  const { components, type, count, start, bufferView } = accessorLayout(
    gltf,
    buffers.map((buffer) => buffer.byteLength),
    index,
    source,
  );
  const values = new Float64Array(count * components);
  if (!bufferView) return { values, components, count };
  const buffer = buffers[bufferView.buffer]!;
  const view = new DataView(buffer.buffer, buffer.byteOffset + bufferView.byteOffset, bufferView.byteLength);
  const { stride } = bufferView;
  const absolute = buffer.byteOffset + bufferView.byteOffset + start;
  if (gltf.accessors![index]!.componentType === FLOAT && stride === components * 4 && absolute % 4 === 0) {
    // The common case (tightly packed float32): one typed-array copy instead of a DataView read per number.
    values.set(new Float32Array(buffer.buffer, absolute, count * components));
    return { values, components, count };
  }
  const scale = gltf.accessors![index]!.normalized ? 1 / type.normalizer : 1;
  for (let i = 0; i < count; i++) {
    for (let c = 0; c < components; c++) {
      values[i * components + c] = type.read(view, start + i * stride + c * type.bytes) * scale;
    }
  }
  return { values, components, count };
}
