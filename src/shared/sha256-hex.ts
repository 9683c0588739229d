// SHA-256 in plain JavaScript (@noble/hashes): crypto.subtle exists only in secure contexts, and an intranet served
// over plain HTTP from a host name is not one. Hashed a slice at a time with a turn of the event loop between slices,
// so a 100 MB model (about a second of hashing) never freezes the page.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/** About 20 ms of hashing on a slow 2-core machine: well under the 50 ms at which a task starts to feel long. */
export const HASH_SLICE_BYTES = 2 * 1024 * 1024;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The lower-case hex SHA-256 of `bytes`. */
export async function sha256Hex(bytes: Uint8Array, sliceBytes = HASH_SLICE_BYTES): Promise<string> {
  const hash = sha256.create();
  for (let offset = 0; offset < bytes.length; offset += sliceBytes) {
    if (offset > 0) await nextTask();
    hash.update(bytes.subarray(offset, offset + sliceBytes));
  }
  return bytesToHex(hash.digest());
}
