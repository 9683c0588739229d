// The 3D Tiles containers besides our own glb: i3dm (one model at many instances, each a feature of the batch table)
// and b3dm with the legacy headers of 3D Tiles' pre-1.0 days, read into buildings through a tileset like any other.
import { Document, NodeIO } from '@gltf-transform/core';
import { describe, expect, it } from 'vitest';
import { lonLatCentre } from '../../../../src/geometry/local-plane.ts';
import { LocalFrame } from '../../../../src/geometry/ellipsoid.ts';
import { readTilesetBuildings } from '../../../../src/data/tiles/tileset-buildings.ts';
import { concat, tileHeader } from '../../../fixtures/hostile/hostile-corpus.ts';

const [LON, LAT] = [114.02, 32.98];
const text = (value: unknown, align = 8) => {
  const json = JSON.stringify(value);
  return new TextEncoder().encode(json.padEnd(Math.ceil(json.length / align) * align));
};

/** A 10 m × 10 m box 20 m tall, y up as glTF is; with `_BATCHID` 0 on every vertex when `batched`. */
async function boxGlb(batched: boolean): Promise<Uint8Array> {
  const document = new Document();
  const buffer = document.createBuffer();
  const corners = [0, 1, 2, 3, 4, 5, 6, 7].flatMap((i) => [i & 1 ? 5 : -5, i & 2 ? 20 : 0, i & 4 ? 5 : -5]);
  const faces = [
    0, 1, 3, 0, 3, 2, 4, 6, 7, 4, 7, 5, 0, 4, 5, 0, 5, 1, 2, 3, 7, 2, 7, 6, 0, 2, 6, 0, 6, 4, 1, 5, 7, 1, 7, 3,
  ];
  const primitive = document
    .createPrimitive()
    .setAttribute(
      'POSITION',
      document.createAccessor().setType('VEC3').setArray(new Float32Array(corners)).setBuffer(buffer),
    )
    .setIndices(document.createAccessor().setType('SCALAR').setArray(new Uint16Array(faces)).setBuffer(buffer));
  if (batched)
    primitive.setAttribute(
      '_BATCHID',
      document.createAccessor().setType('SCALAR').setArray(new Float32Array(8)).setBuffer(buffer),
    );
  const node = document.createNode().setMesh(document.createMesh().addPrimitive(primitive));
  document.createScene().addChild(node);
  return new NodeIO().writeBinary(document);
}

async function buildings(files: Record<string, Uint8Array>) {
  const tileset = {
    asset: { version: '1.0' },
    geometricError: 100,
    root: {
      transform: new LocalFrame(LON, LAT, 0).matrixColumnMajor(),
      boundingVolume: { sphere: [0, 0, 0, 200] },
      geometricError: 0,
      children: Object.keys(files).map((uri) => ({
        boundingVolume: { sphere: [0, 0, 0, 200] },
        geometricError: 0,
        content: { uri },
      })),
    },
  };
  const problems: string[] = [];
  const records = await readTilesetBuildings({
    url: 'http://intranet.test/t/tileset.json',
    layerId: 'formats',
    attributes: { id: 'id', heightMeters: 'heightMeters' },
    fetchBytes: async (url) => files[url.split('/').pop()!] ?? text(tileset),
    reportProblem: (source, message) => problems.push(`${source}: ${message}`),
  });
  expect(problems).toEqual([]);
  return new Map(records.map((r) => [r.featureId, r]));
}

/** East and north metres of a footprint's centre from the tileset's origin. */
function offsetMeters(footprint: [number, number][]): [number, number] {
  const [lon, lat] = lonLatCentre(footprint);
  return [(lon - LON) * 93_400, (lat - LAT) * 110_900];
}

describe('i3dm', () => {
  it('places the model at each instance (position, scale), each instance a building with its batch-table row', async () => {
    // Two instances 50 m apart, the second scaled ×2; positions in the tile's east-north-up frame.
    const featureJson = text({ INSTANCES_LENGTH: 2, POSITION: { byteOffset: 0 }, SCALE: { byteOffset: 24 } });
    const featureBinary = new Uint8Array(new Float32Array([0, 0, 0, 50, 0, 0, 1, 2]).buffer);
    const batchJson = text({ id: ['kiosk-a', 'kiosk-b'], use: ['shop', 'cafe'] });
    const body = concat(featureJson, featureBinary, batchJson, await boxGlb(false));
    const i3dm = tileHeader('i3dm', [featureJson.length, featureBinary.length, batchJson.length, 0, 1], body);
    const records = await buildings({ 'kiosks.i3dm': i3dm });
    expect([...records.keys()].sort()).toEqual(['kiosk-a', 'kiosk-b']);
    const [a, b] = [records.get('kiosk-a')!, records.get('kiosk-b')!];
    expect(a.attributes.use).toBe('shop');
    expect(b.attributes.use).toBe('cafe');
    expect(a.heightMeters).toBeCloseTo(20, 1);
    expect(b.heightMeters).toBeCloseTo(40, 1);
    expect(a.footprintAreaM2).toBeCloseTo(100, 0);
    expect(b.footprintAreaM2).toBeCloseTo(400, 0);
    const [[ae, an], [be, bn]] = [offsetMeters(a.footprint), offsetMeters(b.footprint)];
    expect(Math.hypot(ae, an)).toBeLessThan(0.5);
    expect(Math.hypot(be - 50, bn)).toBeLessThan(0.5);
  });
});

describe('legacy b3dm headers', () => {
  const batchJson = text({ id: ['old-house'], heightMeters: [12.5] });

  it.each([
    // [batchLength] [batchTableByteLength]: a 20-byte header.
    ['legacy 1', async () => tileHeader('b3dm', [1, batchJson.length], concat(batchJson, await boxGlb(true)))],
    // [batchTableJsonByteLength] [batchTableBinaryByteLength] [batchLength]: a 24-byte header.
    ['legacy 2', async () => tileHeader('b3dm', [batchJson.length, 0, 1], concat(batchJson, await boxGlb(true)))],
  ])('%s: the batch table and the model are read', async (_, make) => {
    const records = await buildings({ 'house.b3dm': await make() });
    expect([...records.keys()]).toEqual(['old-house']);
    const house = records.get('old-house')!;
    expect(house.heightMeters).toBe(12.5); // the batch table's, not the box's 20 m
    expect(house.footprintAreaM2).toBeCloseTo(100, 0);
    expect(Math.hypot(...offsetMeters(house.footprint))).toBeLessThan(0.5);
  });
});
