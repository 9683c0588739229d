// IFC GlobalIds: 128 bits written as 22 characters of IFC's own base-64 alphabet (first character 0–3).
import type { Rng } from './prng.ts';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_$';

export function compressGuid(bytes: Uint8Array): string {
  if (bytes.length !== 16) throw new Error('A GUID has 16 bytes');
  let value = 0n;
  for (const byte of bytes) value = (value << 8n) | BigInt(byte);
  let text = ALPHABET[Number(value >> 126n)]!;
  for (let i = 20; i >= 0; i--) text += ALPHABET[Number((value >> BigInt(6 * i)) & 63n)]!;
  return text;
}

/** A GUID factory drawing from the seeded generator (version-4 layout), so files are reproducible. */
export function guidFactory(rng: Rng): () => string {
  return () => {
    const bytes = Uint8Array.from({ length: 16 }, () => rng.int(0, 255));
    bytes[6] = (bytes[6]! & 0x0f) | 0x40;
    bytes[8] = (bytes[8]! & 0x3f) | 0x80;
    return compressGuid(bytes);
  };
}

export const IFC_GUID_PATTERN = /^[0-3][0-9A-Za-z_$]{21}$/;
