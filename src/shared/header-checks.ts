// A binary file's header fields (counts, offsets, lengths) are claims until checked. Every reader checks them here,
// before it allocates or reads, so a lie becomes a DataError naming the file and the field instead of a RangeError,
// an endless loop or a huge allocation.
import { DataError } from './errors.ts';

const isWholeNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

/** `lengthBytes` at `offsetBytes` lies within `totalBytes`; else a DataError saying which part overruns. */
export function checkByteRange(
  source: string,
  what: string,
  offsetBytes: unknown,
  lengthBytes: unknown,
  totalBytes: number,
): void {
  if (isWholeNumber(offsetBytes) && isWholeNumber(lengthBytes) && offsetBytes + lengthBytes <= totalBytes) return;
  throw new DataError(
    source,
    `${what} (${String(lengthBytes)} bytes at byte ${String(offsetBytes)}) does not fit in the ` +
      `${totalBytes} bytes there are: the file is truncated or corrupt`,
  );
}

/** A count from a header: a whole number no larger than `max` (`maxReason` says why that is the most there can be). */
export function checkCount(source: string, what: string, count: unknown, max: number, maxReason: string): number {
  if (!isWholeNumber(count))
    throw new DataError(source, `${what} must be a whole number, found ${String(count)}: the file is corrupt`);
  if (count > max) throw new DataError(source, `${what} is ${count}, more than ${max} (${maxReason})`);
  return count;
}
