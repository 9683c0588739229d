// A glTF accessor's claims (count, offset, stride) checked against the buffers they point into, before loaders.gl or
// Cesium allocates by them.
import { DataError } from '../../shared/errors.ts';
import { checkByteRange, checkCount } from '../../shared/header-checks.ts';
import type { GltfJson } from './glb.ts';
import { COMPONENTS_PER_ELEMENT, componentType } from './component-types.ts';

/** `bufferBytes`: each buffer's length; `maxDecodedBytes`: what an accessor without a buffer view (a Draco-compressed
 * one, or all zeros) may decode to. */
export function checkAccessor(
  gltf: GltfJson,
  bufferBytes: readonly number[],
  index: number,
  source: string,
  maxDecodedBytes: number,
): void {
  const accessor = gltf.accessors?.[index];
  if (!accessor) throw new DataError(source, `the glTF has no accessor ${index}`);
  const components = COMPONENTS_PER_ELEMENT[accessor.type];
  const type = componentType(accessor.componentType);
  if (!components || !type) throw new DataError(source, `accessor ${index} has an unknown type ${accessor.type}`);
  const what = `accessor ${index}`;
  const elementBytes = components * type.bytes;
  if (accessor.bufferView === undefined) {
    checkCount(
      source,
      `${what} count`,
      accessor.count,
      Math.floor(maxDecodedBytes / elementBytes),
      'limits.maxInflatedBytes, what a compressed or all-zeros accessor may decode to',
    );
    return;
  }
  const bufferView = gltf.bufferViews?.[accessor.bufferView];
  const bufferLength = bufferView && bufferBytes[bufferView.buffer];
  if (!bufferView || bufferLength === undefined) throw new DataError(source, `${what} points to a missing buffer view`);
  checkByteRange(
    source,
    `buffer view ${accessor.bufferView}`,
    bufferView.byteOffset ?? 0,
    bufferView.byteLength,
    bufferLength,
  );
  const stride = checkCount(
    source,
    `buffer view ${accessor.bufferView} byteStride`,
    bufferView.byteStride ?? elementBytes,
    252,
    'glTF §3.6.2.1',
  );
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
    accessor.byteOffset ?? 0,
    count === 0 ? 0 : (count - 1) * stride + elementBytes,
    bufferView.byteLength,
  );
}
