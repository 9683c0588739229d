// .ifczip: a ZIP archive holding one .ifc (buildingSMART's compressed exchange form). Read with the platform's own
// inflater (DecompressionStream, in browsers, workers and Node), so no zip library is bundled. Stored and deflated
// entries are read; ZIP64, encryption and other methods are reported as such.
import { DEFAULT_LIMITS } from '../../config/deployment-config.ts';
import { DataError } from '../../shared/errors.ts';

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const STORED = 0;
const DEFLATED = 8;

export const isZip = (bytes: Uint8Array) =>
  bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4;

interface Entry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  localHeader: number;
}

function centralDirectory(bytes: Uint8Array, source: string): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is the last 22 bytes, unless an archive comment (at most 65,535 bytes) follows it.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === END_OF_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new DataError(source, 'the .ifczip archive is damaged or truncated: it has no ZIP directory');
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if (count === 0xffff || offset === 0xffffffff)
    throw new DataError(
      source,
      'the .ifczip archive is a ZIP64 archive, which is not supported; unzip it and open the .ifc inside',
    );
  const entries: Entry[] = [];
  const names = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== CENTRAL_HEADER) {
      throw new DataError(source, 'the .ifczip archive is damaged: its ZIP directory is broken');
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

/** Inflated while counting, so a bomb stops at `maxInflatedBytes` instead of filling memory first; undefined when
 * the data does not inflate. With `headBytes`, inflating stops once that many bytes are out (a header check). */
async function inflateRaw(
  data: Uint8Array,
  source: string,
  name: string,
  maxInflatedBytes: number,
  headBytes = Infinity,
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
        `${name} in the .ifczip archive inflates to more than ${maxInflatedBytes} bytes ` +
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

/** The IFC file's bytes: those of an .ifc as they are, the inner .ifc of an .ifczip unzipped. */
export async function ifcFileBytes(
  bytes: Uint8Array,
  source: string,
  maxInflatedBytes = DEFAULT_LIMITS.maxInflatedBytes,
): Promise<Uint8Array> {
  return isZip(bytes) ? unzipIfc(bytes, source, maxInflatedBytes) : bytes;
}

/** The first `headBytes` of the IFC file (of the .ifc inside an .ifczip, inflating no more than that), for a header
 * check that answers in milliseconds where reading the whole file would take seconds. */
export async function ifcFileHead(bytes: Uint8Array, source: string, headBytes: number): Promise<Uint8Array> {
  return isZip(bytes)
    ? unzipIfc(bytes, source, DEFAULT_LIMITS.maxInflatedBytes, headBytes)
    : bytes.subarray(0, headBytes);
}

/** The bytes of the archive's .ifc file (the first, if it holds several; its first `headBytes` when given), or a
 * DataError saying what is wrong. */
export async function unzipIfc(
  bytes: Uint8Array,
  source: string,
  maxInflatedBytes = DEFAULT_LIMITS.maxInflatedBytes,
  headBytes = Infinity,
): Promise<Uint8Array> {
  const entry = centralDirectory(bytes, source).find((e) => /\.ifc$/i.test(e.name));
  if (!entry) throw new DataError(source, 'the .ifczip archive holds no .ifc file');
  if (entry.flags & 1) throw new DataError(source, `${entry.name} in the .ifczip archive is encrypted`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (entry.localHeader + 30 > bytes.length || view.getUint32(entry.localHeader, true) !== LOCAL_HEADER) {
    throw new DataError(source, 'the .ifczip archive is damaged: an entry header is missing');
  }
  const start =
    entry.localHeader +
    30 +
    view.getUint16(entry.localHeader + 26, true) +
    view.getUint16(entry.localHeader + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length < entry.compressedSize) throw new DataError(source, 'the .ifczip archive is truncated');
  if (entry.method === STORED) return data.subarray(0, Math.min(data.length, headBytes));
  if (entry.method !== DEFLATED)
    throw new DataError(
      source,
      `${entry.name} in the .ifczip archive uses compression method ${entry.method}; only stored and deflated entries are read`,
    );
  const inflated = await inflateRaw(data, source, entry.name, maxInflatedBytes, headBytes);
  if (!inflated) throw new DataError(source, `${entry.name} in the .ifczip archive is damaged: it does not inflate`);
  return inflated;
}
