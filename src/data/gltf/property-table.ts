// Binary encoding of an EXT_structural_metadata property table: one column of values per property, strings as
// UTF-8 bytes plus UINT32 offsets, booleans as a little-endian bitstream.
import { coerce, type MetadataProperty } from './metadata.ts';

export interface EncodedColumn {
  values: Uint8Array;
  /** Only for STRING: count + 1 UINT32 byte offsets into `values`. */
  stringOffsets?: Uint8Array;
}

export interface EncodedPropertyTable {
  className: string;
  count: number;
  columns: Map<string, EncodedColumn>;
}

const bytesOf = (array: Uint16Array | Int32Array | Float64Array | Uint32Array) =>
  new Uint8Array(array.buffer, array.byteOffset, array.byteLength);

const encoder = new TextEncoder();

/** UTF-8 byte length of a string as TextEncoder writes it (a lone surrogate becomes U+FFFD, 3 bytes); -1 if it has a
 * lone surrogate at either end, where joining it to its neighbour could pair it up. */
function utf8Length(value: string): number {
  let bytes = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < value.length && (value.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else if (c >= 0xd800 && c <= 0xdfff && (i === 0 || i === value.length - 1)) return -1;
    else bytes += 3;
  }
  return bytes;
}

// One encoder call for the whole column: a call per value costs more than the encoding on tables of thousands of cells.
function encodeStrings(values: string[]): EncodedColumn {
  const lengths = values.map(utf8Length);
  if (lengths.some((length) => length < 0)) return encodeStringsOneByOne(values);
  const offsets = new Uint32Array(values.length + 1);
  lengths.forEach((length, i) => (offsets[i + 1] = offsets[i]! + length));
  return { values: encoder.encode(values.join('')), stringOffsets: bytesOf(offsets) };
}

function encodeStringsOneByOne(values: string[]): EncodedColumn {
  const encoded = values.map((v) => encoder.encode(v));
  const offsets = new Uint32Array(values.length + 1);
  encoded.forEach((bytes, i) => (offsets[i + 1] = offsets[i]! + bytes.length));
  const joined = new Uint8Array(offsets[values.length]!);
  encoded.forEach((bytes, i) => joined.set(bytes, offsets[i]!));
  return { values: joined, stringOffsets: bytesOf(offsets) };
}

function encodeBooleans(values: boolean[]): EncodedColumn {
  const bits = new Uint8Array(Math.ceil(values.length / 8));
  values.forEach((v, i) => {
    if (v) bits[i >> 3]! |= 1 << (i & 7);
  });
  return { values: bits };
}

export function encodeColumn(property: MetadataProperty, raw: unknown[]): EncodedColumn {
  const values = raw.map((v) => coerce(property, v));
  switch (property.kind) {
    case 'STRING':
      return encodeStrings(values as string[]);
    case 'BOOLEAN':
      return encodeBooleans(values as boolean[]);
    case 'UINT16':
      return { values: bytesOf(Uint16Array.from(values as number[])) };
    case 'INT32':
      return { values: bytesOf(Int32Array.from(values as number[])) };
    case 'FLOAT64':
      return { values: bytesOf(Float64Array.from(values as number[])) };
  }
}

/** Encodes `count` rows; `valueOf(property, row)` gives the raw value (undefined when missing). */
export function encodePropertyTable(
  className: string,
  properties: MetadataProperty[],
  count: number,
  valueOf: (property: MetadataProperty, row: number) => unknown,
): EncodedPropertyTable {
  const columns = new Map<string, EncodedColumn>();
  for (const property of properties) {
    const raw = Array.from({ length: count }, (_, row) => valueOf(property, row));
    columns.set(property.id, encodeColumn(property, raw));
  }
  return { className, count, columns };
}
