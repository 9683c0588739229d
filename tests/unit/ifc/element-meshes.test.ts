// A model too big for 16-bit indices in one colour: the colour comes in several groups, each small enough for them,
// with every vertex streamed kept once, and the glb drawing each group with 16-bit indices and one shared material.
import { beforeAll, describe, expect, it } from 'vitest';
import type { IfcAPI } from 'web-ifc';
import { streamElementMeshes, type ElementMeshes } from '../../../src/data/ifc/element-meshes.ts';
import { ifcGlb } from '../../../src/data/ifc/ifc-glb.ts';
import { readIfcElements } from '../../../src/data/ifc/read-ifc.ts';
import { writeSchemeIfc } from '../../../tools/sample/ifc-scheme.ts';
import { createRng } from '../../../tools/sample/prng.ts';
import type { SchemeBuilding } from '../../../tools/sample/schemes.ts';
import { streamAllMeshes } from '../../../tools/bench/ifc/raw-stream.ts';
import { readGlb } from '../tiler/glb-reader.ts';
import { ifcEngine, textBytes } from './fixtures.ts';

/** 16 towers of 30 storeys, ~83k vertices, nearly all of one colour. */
function towersIfc(): Uint8Array {
  const towers: SchemeBuilding[] = Array.from({ length: 16 }, (_, k) => ({
    name: `T${k}`,
    kind: 'tower',
    centre: [(k % 4) * 60, Math.floor(k / 4) * 60],
    widthMeters: 30,
    depthMeters: 20,
    floors: 30,
    floorHeightMeters: 3,
    use: '居住',
  }));
  const frame = { origin: [0, 0] as [number, number], rotationRad: 0, groundElevationM: 0 };
  return textBytes(writeSchemeIfc(createRng(3), { unitId: 'T', frame, a: towers, b: [] }, 'towers'));
}

describe('a colour with more vertices than 16-bit indices reach', () => {
  let api: IfcAPI;
  let bytes: Uint8Array;
  let meshes: ElementMeshes;
  beforeAll(async () => {
    api = await ifcEngine();
    bytes = towersIfc();
    const model = api.OpenModel(bytes);
    meshes = streamElementMeshes(api, model);
    api.CloseModel(model);
  });

  it('comes in groups of at most 65,535 vertices that keep every streamed vertex once', () => {
    const counts = meshes.groups.map((g) => g.featureIds.length);
    expect(Math.max(...counts)).toBeLessThanOrEqual(65_535);
    const sameColour = meshes.groups.filter((g) => g.color.join() === meshes.groups[0]!.color.join());
    expect(sameColour.length).toBeGreaterThan(1);
    const total = counts.reduce((n, c) => n + c, 0);
    expect(total).toBe(streamAllMeshes(api, bytes));
    expect(total).toBe(meshes.featureVertexCounts.reduce((n, c) => n + c, 0));
    for (const group of meshes.groups) expect(Math.max(...group.indices)).toBe(group.featureIds.length - 1);
  });

  it('is drawn with 16-bit indices, its groups sharing one material', () => {
    const data = readIfcElements(api, bytes, 'towers.ifc', {
      placement: { lon: 114, lat: 33, heightMeters: 0, headingDeg: 0 },
    });
    const { json } = readGlb(ifcGlb(data));
    const primitives = json.meshes[0].primitives;
    expect(primitives).toHaveLength(data.meshes.groups.length);
    expect(primitives.every((p: { indices: number }) => json.accessors[p.indices].componentType === 5123)).toBe(true);
    expect(json.materials).toHaveLength(new Set(data.meshes.groups.map((g) => g.color.join())).size);
    expect(new Set(primitives.map((p: { material: number }) => p.material)).size).toBe(json.materials.length);
  });
});
