// .ifczip: a ZIP archive holding one .ifc (buildingSMART's compressed exchange form), read by zip-archive.ts.
import { DEFAULT_LIMITS } from '../../config/deployment-config.ts';
import { DataError } from '../../shared/errors.ts';
import { isZip, zipEntries, zipEntryBytes } from '../zip-archive.ts';

export { isZip };

const ARCHIVE = '.ifczip archive';

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
  const entry = zipEntries(bytes, source, ARCHIVE).find((e) => /\.ifc$/i.test(e.name));
  if (!entry) throw new DataError(source, 'the .ifczip archive holds no .ifc file');
  return zipEntryBytes(bytes, entry, source, ARCHIVE, maxInflatedBytes, headBytes);
}
