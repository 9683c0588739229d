// Reading ZIP archives users open (.ifczip, .bcf) with the platform's own inflater (DecompressionStream, in browsers,
// workers and Node): the central directory, and one entry inflated while counting, so a decompression bomb stops at
// a cap instead of filling memory first. Stored and deflated entries are read; ZIP64, encryption and other methods
// are reported as such. Messages name the archive kind (`the .bcf archive`) for the user.
import { DataError } from '../shared/errors.ts';

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const STORED = 0;
const DEFLATED = 8;

export const isZip = (bytes: Uint8Array) =>
  bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4;

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  localHeader: number;
}

/** The entries of the archive's central directory; `archive` names its kind in messages (".ifczip archive"). */
export function zipEntries(bytes: Uint8Array, source: string, archive: string): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is the last 22 bytes, unless an archive comment (at most 65,535 bytes) follows it.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === END_OF_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new DataError(source, `the ${archive} is damaged or truncated: it has no ZIP directory`);
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if (count === 0xffff || offset === 0xffffffff)
    throw new DataError(
      source,
      `the ${archive} is a ZIP64 archive, which is not supported; unzip it and open the files inside`,
    );
  const entries: ZipEntry[] = [];
  const names = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== CENTRAL_HEADER) {
      throw new DataError(source, `the ${archive} is damaged: its ZIP directory is broken`);
    }
    const nameLength = view.getUint16(offset + 28, true);
    entries.push({
      flags: view.getUint16(offset + 8, true),
      method: view.getUint16(offset + 10, true),
      compressedSize: view.getUint32(offset + 20, true),
      localHeader: view.getUint32(offset + 42, true),
      name: names.decode(bytes.subarray(offset + 46, offset + 46 + nameLength)),
    });
    offset += 46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return entries;
}

/** Inflated while counting; undefined when the data does not inflate. With `headBytes`, inflating stops once that
 * many bytes are out (a header check). */
async function inflateRaw(
  data: Uint8Array,
  source: string,
  what: string,
  maxInflatedBytes: number,
  headBytes: number,
): Promise<Uint8Array | undefined> {
  const reader = new Blob([data as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('deflate-raw'))
    .getReader();
  const chunks: Uint8Array[] = [];
  let inflatedBytes = 0;
  while (inflatedBytes < headBytes) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch {
      return undefined;
    }
    if (chunk.done) break;
    inflatedBytes += chunk.value.byteLength;
    if (inflatedBytes > maxInflatedBytes) {
      void reader.cancel().catch(() => {});
      throw new DataError(
        source,
        `${what} inflates to more than ${maxInflatedBytes} bytes ` +
          '(limits.maxInflatedBytes in cim.config.json): it is too large or a decompression bomb',
      );
    }
    chunks.push(chunk.value);
  }
  if (inflatedBytes >= headBytes) void reader.cancel().catch(() => {});
  const out = new Uint8Array(inflatedBytes);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out.subarray(0, Math.min(inflatedBytes, headBytes));
}

/** The bytes of one entry (its first `headBytes` when given), or a DataError saying what is wrong. */
export async function zipEntryBytes(
  bytes: Uint8Array,
  entry: ZipEntry,
  source: string,
  archive: string,
  maxInflatedBytes: number,
  headBytes = Infinity,
): Promise<Uint8Array> {
  const what = `${entry.name} in the ${archive}`;
  if (entry.flags & 1) throw new DataError(source, `${what} is encrypted`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (entry.localHeader + 30 > bytes.length || view.getUint32(entry.localHeader, true) !== LOCAL_HEADER) {
    throw new DataError(source, `the ${archive} is damaged: an entry header is missing`);
  }
  const start =
    entry.localHeader +
    30 +
    view.getUint16(entry.localHeader + 26, true) +
    view.getUint16(entry.localHeader + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length < entry.compressedSize) throw new DataError(source, `the ${archive} is truncated`);
  // A stored entry is no bigger than the archive, which is in memory already and held to its own cap.
  if (entry.method === STORED) return data.subarray(0, Math.min(data.length, headBytes));
  if (entry.method !== DEFLATED)
    throw new DataError(
      source,
      `${what} uses compression method ${entry.method}; only stored and deflated entries are read`,
    );
  const inflated = await inflateRaw(data, source, what, maxInflatedBytes, headBytes);
  if (!inflated) throw new DataError(source, `${what} is damaged: it does not inflate`);
  return inflated;
}
