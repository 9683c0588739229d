// String columns of EXT_structural_metadata property tables: the whole column is encoded in one call, which must give
// exactly the bytes and offsets of encoding each value on its own, for any text an IFC file can carry.
import { describe, expect, it } from 'vitest';
import { encodeColumn } from '../../../src/data/gltf/property-table.ts';

function decode(column: ReturnType<typeof encodeColumn>): string[] {
  const offsets = new Uint32Array(
    column.stringOffsets!.buffer,
    column.stringOffsets!.byteOffset,
    column.stringOffsets!.byteLength / 4,
  );
  const decoder = new TextDecoder();
  return Array.from({ length: offsets.length - 1 }, (_, i) =>
    decoder.decode(column.values.subarray(offsets[i]!, offsets[i + 1]!)),
  );
}

const perValue = (values: string[]) => values.map((v) => new TextDecoder().decode(new TextEncoder().encode(v)));

describe('string columns', () => {
  it('match per-value UTF-8 encoding for ASCII, CJK, emoji and empty values', () => {
    const values = ['', 'IfcWall', '屋面', 'A1号楼 — 3F', '🏠 house', '', 'Ä'];
    const column = encodeColumn({ id: 'name', kind: 'STRING' }, values);
    expect(decode(column)).toEqual(values);
    expect(column.values.length).toBe(values.reduce((n, v) => n + new TextEncoder().encode(v).length, 0));
  });

  it('give an ASCII-only column (its fast path) the offsets of its values, control characters and DEL included', () => {
    const values = ['0KMpiAlnb52RgQuM1CwVfd', '', 'IfcWall', 'tab\there', '\x7f', 'x'];
    const column = encodeColumn({ id: 'GlobalId', kind: 'STRING' }, values);
    expect(decode(column)).toEqual(values);
    expect(column.values.length).toBe(values.join('').length);
  });

  it('keep lone surrogates apart instead of pairing them across neighbouring values', () => {
    const values = ['end\ud83d', '\ude00start', 'mid\ud800dle', 'ok'];
    const column = encodeColumn({ id: 'name', kind: 'STRING' }, values);
    expect(decode(column)).toEqual(perValue(values));
    // One inside a value cannot pair with a neighbour: the one-call path takes it.
    const inside = ['mid\ud800dle', '\ud83d\ude00', 'x'];
    expect(decode(encodeColumn({ id: 'name', kind: 'STRING' }, inside))).toEqual(perValue(inside));
  });
});
