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

export function readAccessor(gltf: GltfJson, buffers: Uint8Array[], index: number, source: string): AccessorValues {
  const accessor = gltf.accessors?.[index];
  if (!accessor) throw new DataError(source, `the glTF has no accessor ${index}`);
  const components = COMPONENTS_PER_ELEMENT[accessor.type];
  const type = componentType(accessor.componentType);
  if (!components || !type) throw new DataError(source, `accessor ${index} has an unknown type ${accessor.type}`);
  const what = `accessor ${index}`;
  const elementBytes = components * type.bytes;
  if (accessor.bufferView === undefined) {
    // All zeros (§3.6.2.3): still no more elements than the file's bytes could have held.
    const fileBytes = buffers.reduce((sum, buffer) => sum + buffer.byteLength, 0);
    const count = checkCount(source, `${what} count`, accessor.count, Math.floor(fileBytes / elementBytes), 'what the glTF buffers could hold');
    return { values: new Float64Array(count * components), components, count };
  }
  const bufferView = gltf.bufferViews?.[accessor.bufferView];
  const buffer = bufferView && buffers[bufferView.buffer];
  if (!bufferView || !buffer) throw new DataError(source, `${what} points to a missing buffer view`);
  checkByteRange(source, `buffer view ${accessor.bufferView}`, bufferView.byteOffset ?? 0, bufferView.byteLength, buffer.byteLength);
  const view = new DataView(buffer.buffer, buffer.byteOffset + (bufferView.byteOffset ?? 0), bufferView.byteLength);
  const stride = checkCount(source, `buffer view ${accessor.bufferView} byteStride`, bufferView.byteStride ?? elementBytes, 252, 'glTF §3.6.2.1');
  const start = accessor.byteOffset ?? 0;
  const count = checkCount(source, `${what} count`, accessor.count, bufferView.byteLength, 'the bytes of its buffer view');
  // Checked before the allocation: the count is the file's claim.
  checkByteRange(source, `${what}'s ${count} elements`, start, count === 0 ? 0 : (count - 1) * stride + elementBytes, bufferView.byteLength);
  const values = new Float64Array(count * components);
  const absolute = buffer.byteOffset + (bufferView.byteOffset ?? 0) + start;
  if (accessor.componentType === FLOAT && stride === components * 4 && absolute % 4 === 0) {
    // The common case (tightly packed float32): one typed-array copy instead of a DataView read per number.
    values.set(new Float32Array(buffer.buffer, absolute, count * components));
    return { values, components, count };
  }
  const scale = accessor.normalized ? 1 / type.normalizer : 1;
  for (let i = 0; i < count; i++) {
    for (let c = 0; c < components; c++) {
      values[i * components + c] = type.read(view, start + i * stride + c * type.bytes) * scale;
    }
  }
  return { values, components, count };
}
