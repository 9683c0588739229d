// noData in EXT_structural_metadata property tables is the stored value of the whole element — a vector's every
// component, a fixed-length array's every element, an enum by number or by name — before offset and scale.
import { describe, expect, it } from 'vitest';
import type { GltfJson } from '../../../../src/data/tiles/glb.ts';
import { readPropertyTable } from '../../../../src/data/tiles/property-table-reader.ts';

/** One buffer holding the given typed arrays back to back (4-byte aligned), a buffer view each. */
function tableGltf(columns: ArrayBufferView[], classProperties: Record<string, unknown>, count: number) {
  const bufferViews: { buffer: number; byteOffset: number; byteLength: number }[] = [];
  let byteLength = 0;
  for (const column of columns) {
    bufferViews.push({ buffer: 0, byteOffset: byteLength, byteLength: column.byteLength });
    byteLength += Math.ceil(column.byteLength / 4) * 4;
  }
  const buffer = new Uint8Array(byteLength);
  columns.forEach((column, i) =>
    buffer.set(new Uint8Array(column.buffer, column.byteOffset, column.byteLength), bufferViews[i]!.byteOffset),
  );
  const names = Object.keys(classProperties);
  const gltf = {
    bufferViews,
    extensions: {
      EXT_structural_metadata: {
        schema: {
          classes: { building: { properties: classProperties } },
          enums: {
            grade: {
              valueType: 'UINT8',
              values: [
                { name: 'A', value: 0 },
                { name: 'unknown', value: 9 },
              ],
            },
          },
        },
        propertyTables: [
          { class: 'building', count, properties: Object.fromEntries(names.map((name, i) => [name, { values: i }])) },
        ],
      },
    },
  } as unknown as GltfJson;
  return readPropertyTable(gltf, [buffer], 0, 'test.glb');
}

describe('property table noData', () => {
  it('matches a whole vector, not its components one by one', () => {
    const rows = tableGltf(
      [new Float32Array([1, 2, 3, -1, -1, -1, -1, 5, -1])],
      { anchor: { type: 'VEC3', componentType: 'FLOAT32', noData: [-1, -1, -1] } },
      3,
    );
    expect(rows!.map((row) => row.anchor)).toEqual([[1, 2, 3], null, [-1, 5, -1]]);
  });

  it('matches a fixed-length array as a whole and compares stored values before offset and scale', () => {
    const rows = tableGltf(
      [new Uint8Array([255, 255, 10, 255]), new Uint16Array([0, 7])],
      {
        floors: { type: 'SCALAR', componentType: 'UINT8', array: true, count: 2, noData: [255, 255] },
        heightMeters: { type: 'SCALAR', componentType: 'UINT16', offset: 100, scale: 0.5, noData: 0 },
      },
      2,
    );
    expect(rows!.map((row) => row.floors)).toEqual([null, [10, 255]]);
    expect(rows!.map((row) => row.heightMeters)).toEqual([null, 103.5]);
  });

  it('matches an enum by its name and leaves other values named', () => {
    const rows = tableGltf(
      [new Uint8Array([0, 9])],
      { grade: { type: 'ENUM', enumType: 'grade', noData: 'unknown' } },
      2,
    );
    expect(rows!.map((row) => row.grade)).toEqual(['A', null]);
  });
});
