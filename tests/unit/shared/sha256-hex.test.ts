// The hash that keys the IFC cache: equal to Node's own SHA-256 at every slice boundary, and the event loop runs
// between slices (a big file must not freeze the page while it is hashed).
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../src/shared/sha256-hex.ts';

const SLICE_BYTES = 64;
const nodeSha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const patterned = (length: number) => Uint8Array.from({ length }, (_, i) => (i * 31 + 7) & 255);

describe('sha256Hex', () => {
  it('gives the standard digest of "abc" and of nothing', async () => {
    expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(await sha256Hex(new Uint8Array(0))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it.each([1, SLICE_BYTES - 1, SLICE_BYTES, SLICE_BYTES + 1, 3 * SLICE_BYTES + 5])(
    "equals Node's SHA-256 over %i bytes hashed in slices",
    async (length) => {
      const bytes = patterned(length);
      expect(await sha256Hex(bytes, SLICE_BYTES)).toBe(nodeSha256(bytes));
    },
  );

  it('hashes a view at its offset, not its whole buffer', async () => {
    const bytes = patterned(500).subarray(100, 300);
    expect(await sha256Hex(bytes, SLICE_BYTES)).toBe(nodeSha256(bytes));
  });

  it('lets other tasks run between slices', async () => {
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 0);
    try {
      await sha256Hex(patterned(40 * SLICE_BYTES), SLICE_BYTES);
    } finally {
      clearInterval(ticker);
    }
    expect(ticks).toBeGreaterThan(5);
  });
});
