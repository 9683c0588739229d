// Reading numbers of every glTF / 3D Tiles component type out of a DataView, little-endian.

export type ComponentReader = (view: DataView, byteOffset: number) => number;

interface ComponentType {
  bytes: number;
  read: ComponentReader;
  /** The divisor that maps an integer to [-1, 1] or [0, 1] when `normalized`. */
  normalizer: number;
}

const TYPES: Record<string, ComponentType> = {
  INT8: { bytes: 1, read: (v, o) => v.getInt8(o), normalizer: 127 },
  UINT8: { bytes: 1, read: (v, o) => v.getUint8(o), normalizer: 255 },
  INT16: { bytes: 2, read: (v, o) => v.getInt16(o, true), normalizer: 32767 },
  UINT16: { bytes: 2, read: (v, o) => v.getUint16(o, true), normalizer: 65535 },
  INT32: { bytes: 4, read: (v, o) => v.getInt32(o, true), normalizer: 2147483647 },
  UINT32: { bytes: 4, read: (v, o) => v.getUint32(o, true), normalizer: 4294967295 },
  INT64: { bytes: 8, read: (v, o) => Number(v.getBigInt64(o, true)), normalizer: 2 ** 63 - 1 },
  UINT64: { bytes: 8, read: (v, o) => Number(v.getBigUint64(o, true)), normalizer: 2 ** 64 - 1 },
  FLOAT32: { bytes: 4, read: (v, o) => v.getFloat32(o, true), normalizer: 1 },
  FLOAT64: { bytes: 8, read: (v, o) => v.getFloat64(o, true), normalizer: 1 },
};

/** glTF accessors name component types by GL enum; 3D Tiles batch tables by GL-style words. */
const ALIASES: Record<string, string> = {
  5120: 'INT8',
  5121: 'UINT8',
  5122: 'INT16',
  5123: 'UINT16',
  5125: 'UINT32',
  5126: 'FLOAT32',
  BYTE: 'INT8',
  UNSIGNED_BYTE: 'UINT8',
  SHORT: 'INT16',
  UNSIGNED_SHORT: 'UINT16',
  INT: 'INT32',
  UNSIGNED_INT: 'UINT32',
  FLOAT: 'FLOAT32',
  DOUBLE: 'FLOAT64',
};

export function componentType(name: string | number): ComponentType | undefined {
  const key = String(name);
  return TYPES[ALIASES[key] ?? key];
}

export const COMPONENTS_PER_ELEMENT: Record<string, number> = {
  SCALAR: 1,
  VEC2: 2,
  VEC3: 3,
  VEC4: 4,
  MAT2: 4,
  MAT3: 9,
  MAT4: 16,
};
