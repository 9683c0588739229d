// The .dbf attribute table (dBASE III/IV as shapefiles use it) → one properties object per record.
import { DEFAULT_LIMITS, type DeploymentLimits } from '../../config/deployment-config.ts';
import { DataError } from '../../shared/errors.ts';
import { checkByteRange, checkCount } from '../../shared/header-checks.ts';
import { guessDbfEncoding } from './text-encoding.ts';

interface DbfField {
  name: string;
  type: string;
  offset: number;
  length: number;
}

const FIELD_DESCRIPTOR_BYTES = 32;
const HEADER_TERMINATOR = 0x0d;
const DELETED = 0x2a; // '*'

export interface DbfTable {
  records: Record<string, unknown>[];
  /** Records flagged deleted, in file order: the .shp still has their shapes, which must be skipped too. */
  deleted: Set<number>;
  encoding: string;
}

/** `encoding` from the .cpg when there is one; otherwise it is guessed. */
export function readDbf(
  bytes: Uint8Array,
  source: string,
  encoding?: string,
  limits: DeploymentLimits = DEFAULT_LIMITS,
): DbfTable {
  if (bytes.byteLength < 32) throw new DataError(source, 'the .dbf file is too short to be an attribute table');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const recordCount = checkCount(
    source,
    'the record count',
    view.getUint32(4, true),
    limits.maxFeaturesPerLayer,
    'limits.maxFeaturesPerLayer',
  );
  const headerBytes = view.getUint16(8, true);
  const recordBytes = view.getUint16(10, true);
  checkByteRange(source, 'the .dbf header', 0, headerBytes, bytes.byteLength);
  const chosen = encoding ?? guessDbfEncoding(bytes.subarray(headerBytes), view.getUint8(29));
  const decoder = new TextDecoder(chosen);
  const fields = readFields(bytes, headerBytes, decoder, source);
  // The deletion flag and every field must fit in a record: a record length of 0 would read nothing forever.
  const fieldBytes = fields.reduce((sum, field) => sum + field.length, 1);
  if (recordBytes < fieldBytes) {
    throw new DataError(
      source,
      `the .dbf record length ${recordBytes} is shorter than its fields (${fieldBytes} bytes): the file is corrupt`,
    );
  }
  // The end-of-file marker (0x1a) after the last record is optional, hence no byte for it.
  checkByteRange(
    source,
    `${recordCount} records of ${recordBytes} bytes`,
    headerBytes,
    recordCount * recordBytes,
    bytes.byteLength,
  );
  const records: Record<string, unknown>[] = [];
  const deleted = new Set<number>();
  for (let index = 0; index < recordCount; index++) {
    const start = headerBytes + index * recordBytes;
    if (bytes[start] === DELETED) deleted.add(index);
    const record: Record<string, unknown> = {};
    for (const field of fields) {
      const raw = decoder.decode(bytes.subarray(start + field.offset, start + field.offset + field.length));
      record[field.name] = fieldValue(field.type, raw);
    }
    records.push(record);
  }
  return { records, deleted, encoding: chosen };
}

function readFields(bytes: Uint8Array, headerBytes: number, decoder: TextDecoder, source: string): DbfField[] {
  const fields: DbfField[] = [];
  let offset = 1; // each record starts with its deletion flag
  for (
    let at = 32;
    at + FIELD_DESCRIPTOR_BYTES <= headerBytes && bytes[at] !== HEADER_TERMINATOR;
    at += FIELD_DESCRIPTOR_BYTES
  ) {
    const nameBytes = bytes.subarray(at, at + 11);
    const nul = nameBytes.indexOf(0);
    const name = decoder.decode(nul < 0 ? nameBytes : nameBytes.subarray(0, nul)).trim();
    const length = bytes[at + 16];
    fields.push({ name, type: String.fromCharCode(bytes[at + 11]), offset, length });
    offset += length;
  }
  if (fields.length === 0) throw new DataError(source, 'the .dbf file declares no fields');
  return fields;
}

function fieldValue(type: string, raw: string): unknown {
  const text = raw.replace(/\0+$/, '').trim();
  switch (type) {
    case 'N':
    case 'F': {
      if (text === '' || /^\*+$/.test(text)) return null;
      const value = Number(text);
      return Number.isFinite(value) ? value : null;
    }
    case 'L':
      return /^[TtYy]$/.test(text) ? true : /^[FfNn]$/.test(text) ? false : null;
    case 'D':
      return /^\d{8}$/.test(text) ? `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}` : null;
    default:
      return text === '' ? null : text;
  }
}
