// .ifczip archives written by another implementation (Python's zipfile, deflated and stored) open as the .ifc inside
// them; damaged archives, archives without an .ifc and unsupported methods are named as such.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ifcFileHead, isZip, unzipIfc } from '../../../src/data/ifc/ifczip.ts';
import { checkStepHead, HEADER_BYTES } from '../../../src/data/ifc/step-header.ts';
import { HOSTILE_FILES } from '../../fixtures/hostile/hostile-corpus.ts';
import { DataError } from '../../../src/shared/errors.ts';
import { bytesOf, SCHEME_A } from './fixtures.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));

async function failure(bytes: Uint8Array): Promise<DataError> {
  try {
    await unzipIfc(bytes, 'broken.ifczip');
  } catch (error) {
    if (error instanceof DataError) return error;
    throw error;
  }
  throw new Error('accepted');
}

describe('.ifczip', () => {
  it('gives the .ifc inside a deflated and a stored archive, byte for byte', async () => {
    const original = bytesOf(SCHEME_A);
    for (const name of ['scheme-a.ifczip', 'scheme-a-stored.ifczip']) {
      const zip = fixture(name);
      expect(isZip(zip)).toBe(true);
      expect(await unzipIfc(zip, name)).toEqual(original);
    }
    expect(isZip(original)).toBe(false);
  });

  it('names what is wrong with a bad archive', async () => {
    const zip = fixture('scheme-a.ifczip');
    expect((await failure(zip.subarray(0, zip.length - 40))).message).toMatch(/damaged or truncated|broken/);
    // The entry's compressed bytes garbled: the inflater refuses them.
    const garbled = zip.slice();
    const at = garbled.length / 2;
    garbled.fill(0xff, at, at + 64);
    expect((await failure(garbled)).message).toMatch(/scheme-a\.ifc in the \.ifczip archive is damaged/);
    // Method 14 (LZMA) in the entry's directory record.
    const lzma = zip.slice();
    const view = new DataView(lzma.buffer);
    const directory = view.getUint32(lzma.length - 22 + 16, true);
    let entry = directory;
    entry +=
      46 + view.getUint16(entry + 28, true) + view.getUint16(entry + 30, true) + view.getUint16(entry + 32, true); // skip readme.txt
    view.setUint16(entry + 10, 14, true);
    expect((await failure(lzma)).message).toMatch(/compression method 14/);
    const error = await failure(new TextEncoder().encode('PK\u0003\u0004 not really a zip'));
    expect(error.describe()).toMatch(/^broken\.ifczip: the \.ifczip archive is damaged or truncated/);
  });

  it('says so when the archive holds no .ifc', async () => {
    const zip = fixture('scheme-a.ifczip');
    const renamed = zip.slice();
    // Rename scheme-a.ifc to scheme-a.ifx in the directory record (the local header is not read for names).
    const text = new TextDecoder('latin1').decode(renamed);
    const at = text.lastIndexOf('scheme-a.ifc');
    renamed[at + 'scheme-a.if'.length] = 'x'.charCodeAt(0);
    expect((await failure(renamed)).message).toMatch(/holds no \.ifc file/);
  });

  it('gives the head of the .ifc inside without inflating the rest, so a bomb is refused from its first bytes', async () => {
    const original = bytesOf(SCHEME_A);
    for (const name of ['scheme-a.ifczip', 'scheme-a-stored.ifczip']) {
      expect(await ifcFileHead(fixture(name), name, HEADER_BYTES)).toEqual(original.subarray(0, HEADER_BYTES));
    }
    expect(await ifcFileHead(original, 'scheme-a.ifc', 100)).toEqual(original.subarray(0, 100));
    expect(checkStepHead(await ifcFileHead(fixture('scheme-a.ifczip'), 'a', HEADER_BYTES), 'a')).toBe('IFC4');
    // 4 MiB of zeros: the whole-file read stops at the inflate cap; the head check stops after the first chunk.
    const bomb = HOSTILE_FILES.find((file) => file.name === 'bomb.ifczip')!.bytes();
    const head = await ifcFileHead(bomb, 'bomb.ifczip', HEADER_BYTES);
    expect(head.length).toBe(HEADER_BYTES);
    expect(() => checkStepHead(head, 'bomb.ifczip')).toThrow(/^not an IFC file/);
  });
});
