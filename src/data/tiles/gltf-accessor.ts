// glTF accessor → float64 values, whatever the component type, stride or normalisation (KHR_mesh_quantization data
// arrives as normalised integers and is dequantised by the node matrix, so reading it as numbers is enough).
import { DataError } from '../../shared/errors.ts';
import type { GltfJson } from './glb.ts';
import { COMPONENTS_PER_ELEMENT, componentType } from './component-types.ts';

const FLOAT = 5126;

export interface AccessorValues {
  values: Float64Array;
  components: number;
  count: number;
}

export function readAccessor(gltf: GltfJson, buffers: Uint8Array[], index: number, source: string): AccessorValues {
  const accessor = gltf.accessors?.[index];
  if (!accessor) throw new DataError(source, `the glTF has no accessor ${index}`);
  const components = COMPONENTS_PER_ELEMENT[accessor.type];
  const type = componentType(accessor.componentType);
  if (!components || !type) throw new DataError(source, `accessor ${index} has an unknown type ${accessor.type}`);
  const values = new Float64Array(accessor.count * components);
  if (accessor.bufferView === undefined) return { values, components, count: accessor.count }; // all zeros (§3.6.2.3)
  const bufferView = gltf.bufferViews?.[accessor.bufferView];
  const buffer = bufferView && buffers[bufferView.buffer];
  if (!bufferView || !buffer) throw new DataError(source, `accessor ${index} points to a missing buffer view`);
  const view = new DataView(buffer.buffer, buffer.byteOffset + (bufferView.byteOffset ?? 0), bufferView.byteLength);
  const stride = bufferView.byteStride ?? components * type.bytes;
  const start = accessor.byteOffset ?? 0;
  const last = start + (accessor.count - 1) * stride + components * type.bytes;
  if (accessor.count > 0 && last > bufferView.byteLength) {
    throw new DataError(source, `accessor ${index} reaches past the end of its buffer view`);
  }
  const absolute = buffer.byteOffset + (bufferView.byteOffset ?? 0) + start;
  if (accessor.componentType === FLOAT && stride === components * 4 && absolute % 4 === 0) {
    // The common case (tightly packed float32): one typed-array copy instead of a DataView read per number.
    values.set(new Float32Array(buffer.buffer, absolute, accessor.count * components));
    return { values, components, count: accessor.count };
  }
  const scale = accessor.normalized ? 1 / type.normalizer : 1;
  for (let i = 0; i < accessor.count; i++) {
    for (let c = 0; c < components; c++) {
      values[i * components + c] = type.read(view, start + i * stride + c * type.bytes) * scale;
    }
  }
  return { values, components, count: accessor.count };
}
