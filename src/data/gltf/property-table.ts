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

const ASCII = /^[\0-\x7f]*$/;

// One encoder call for the whole column: a call per value costs more than the encoding on tables of thousands of cells.
// A column of ASCII only (GlobalIds, most classes and numbers as text) is told by one regex test, and its byte
// offsets are its string lengths; only other columns count UTF-8 bytes character by character.
function encodeStrings(values: ArrayLike<string>): EncodedColumn {
  const joined: string = Array.prototype.join.call(values, '');
  const offsets = new Uint32Array(values.length + 1);
  const ascii = ASCII.test(joined);
  for (let i = 0; i < values.length; i++) {
    const length = ascii ? values[i]!.length : utf8Length(values[i]!);
    if (length < 0) return encodeStringsOneByOne(values);
    offsets[i + 1] = offsets[i]! + length;
  }
  return { values: encoder.encode(joined), stringOffsets: bytesOf(offsets) };
}

function encodeStringsOneByOne(values: ArrayLike<string>): EncodedColumn {
  const encoded = Array.from(values, (v) => encoder.encode(v));
  const offsets = new Uint32Array(values.length + 1);
  encoded.forEach((bytes, i) => (offsets[i + 1] = offsets[i]! + bytes.length));
  const joined = new Uint8Array(offsets[values.length]!);
  encoded.forEach((bytes, i) => joined.set(bytes, offsets[i]!));
  return { values: joined, stringOffsets: bytesOf(offsets) };
}

function encodeBooleans(raw: ArrayLike<unknown>): EncodedColumn {
  const bits = new Uint8Array(Math.ceil(raw.length / 8));
  for (let i = 0; i < raw.length; i++) if (raw[i] === true) bits[i >> 3]! |= 1 << (i & 7);
  return { values: bits };
}

const NUMBER_ARRAYS = { UINT16: Uint16Array, INT32: Int32Array, FLOAT64: Float64Array } as const;

/** `raw`: the column's values as read (undefined when missing), coerced to the property's kind here. */
export function encodeColumn(property: MetadataProperty, raw: ArrayLike<unknown>): EncodedColumn {
  if (property.kind === 'BOOLEAN') return encodeBooleans(raw);
  if (property.kind === 'STRING') {
    const strings = new Array<string>(raw.length);
    for (let i = 0; i < raw.length; i++) strings[i] = coerce(property, raw[i]) as string;
    return encodeStrings(strings);
  }
  const numbers = new NUMBER_ARRAYS[property.kind](raw.length);
  for (let i = 0; i < raw.length; i++) numbers[i] = coerce(property, raw[i]) as number;
  return { values: bytesOf(numbers) };
}

/** Encodes `count` rows; `columnOf(property)` gives the raw values, one a row (undefined when missing). */
export function encodePropertyTable(
  className: string,
  properties: MetadataProperty[],
  count: number,
  columnOf: (property: MetadataProperty) => ArrayLike<unknown>,
): EncodedPropertyTable {
  const columns = new Map<string, EncodedColumn>();
  for (const property of properties) {
    const raw = columnOf(property);
    if (raw.length !== count) throw new Error(`Property ${property.id} has ${raw.length} values for ${count} rows`);
    columns.set(property.id, encodeColumn(property, raw));
  }
  return { className, count, columns };
}
