// ifc2tiles: a 3D Tiles 1.1 tileset whose glbs pass the Khronos validator, carry one feature per element keyed by
// GlobalId with its properties, split big models into tiles, and sit where the model's georeferencing says.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import validator from 'gltf-validator';
import { beforeAll, describe, expect, it } from 'vitest';
import { readIfc, type IfcModelData } from '../../../src/data/ifc/read-ifc.ts';
import { ifcToTiles } from '../../../tools/ifc2tiles/ifc2tiles.ts';
import { readGlb } from '../tiler/glb-reader.ts';
import { bytesOf, haveSamples, ifcEngine, SAMPLES, SCHEME_A } from './fixtures.ts';

async function convert(input: string, options = {}) {
  const outDir = await mkdtemp(join(tmpdir(), 'ifc2tiles-'));
  const report = await ifcToTiles(input, outDir, options);
  const tileset = JSON.parse(await readFile(report.tilesetPath, 'utf8'));
  const glbs = new Map<string, Uint8Array>();
  for (const name of (await readdir(outDir)).filter((n) => n.endsWith('.glb')))
    glbs.set(name, new Uint8Array(await readFile(join(outDir, name))));
  return { report, tileset, glbs };
}

const EXPECTED_INFOS = new Set(['UNSUPPORTED_EXTENSION', 'UNUSED_OBJECT']); // the validator does not know EXT_ metadata

async function expectValid(glbs: Map<string, Uint8Array>) {
  for (const [uri, bytes] of glbs) {
    const report = await validator.validateBytes(bytes, { maxIssues: 50 });
    expect({ uri, errors: report.issues.numErrors, warnings: report.issues.numWarnings }).toEqual({
      uri,
      errors: 0,
      warnings: 0,
    });
    for (const message of report.issues.messages) expect(EXPECTED_INFOS.has(message.code), message.message).toBe(true);
  }
}

describe('ifc2tiles on scheme A', () => {
  let out: Awaited<ReturnType<typeof convert>>;
  let data: IfcModelData;
  beforeAll(async () => {
    out = await convert(SCHEME_A);
    data = readIfc(await ifcEngine(), bytesOf(SCHEME_A), 'scheme-a.ifc');
  });

  it('writes a 3D Tiles 1.1 tileset placed by the map conversion', () => {
    const { tileset, report } = out;
    expect(tileset.asset.version).toBe('1.1');
    expect(tileset.root.transform).toEqual(data.placement.modelMatrix);
    expect(tileset.root.content.uri).toBe('model.glb');
    expect(report.placement.placedBy).toBe('map-conversion');
    expect(tileset.extras.ifc.placedBy).toBe('map-conversion');
  });

  it('reads the same model from an .ifczip', async () => {
    const zipped = await convert(new URL('./fixtures/scheme-a.ifczip', import.meta.url).pathname);
    expect(zipped.report.elements).toBe(out.report.elements);
    expect(zipped.tileset.root.transform).toEqual(out.tileset.root.transform);
    // Buffer.equals: vitest's element-by-element toEqual on a glb takes seconds.
    expect(Buffer.from(zipped.glbs.get('model.glb')!).equals(Buffer.from(out.glbs.get('model.glb')!))).toBe(true);
  });

  it('writes glbs that pass the Khronos glTF validator', async () => {
    await expectValid(out.glbs);
  });

  it('keys every element by GlobalId with class, name, storey and flattened property sets', () => {
    const glb = readGlb(out.glbs.get('model.glb')!);
    expect(glb.json.extensionsUsed).toEqual(['EXT_mesh_features', 'EXT_structural_metadata']);
    const rows = glb.propertyTable(0);
    expect(rows.map((r) => r.GlobalId)).toEqual(data.elements.map((e) => e.globalId));
    const slab = rows.find((r) => r.ifcClass === 'IfcSlab')!;
    expect(slab.storey).toBe('1F');
    const schema = glb.json.extensions.EXT_structural_metadata.schema.classes.ifcElement.properties;
    const loadBearing = Object.keys(schema).find((id) => schema[id].name === 'Pset_SlabCommon.LoadBearing')!;
    expect(String(slab[loadBearing])).toBe('true'); // STRING: booleans missing on some rows cannot be BOOLEAN
    // feature ids cover all elements
    const ids = new Set<number>();
    for (let p = 0; p < glb.json.meshes[0].primitives.length; p++)
      for (const id of glb.attribute('_FEATURE_ID_0', p)) ids.add(id);
    expect(ids.size).toBe(data.elements.length);
  });

  it('fails with the file name on bad input', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'ifc2tiles-'));
    const input = join(outDir, 'notes.ifc');
    await writeFile(input, 'meeting notes, not a model');
    await expect(ifcToTiles(input, join(outDir, 'tiles'))).rejects.toMatchObject({
      source: 'notes.ifc',
      message: expect.stringMatching(/^not an IFC file/),
    });
    expect(existsSync(join(outDir, 'tiles'))).toBe(false); // no empty output folder left behind
  });
});

describe.runIf(haveSamples)('ifc2tiles on a third-party IFC2X3 model split into tiles', () => {
  let out: Awaited<ReturnType<typeof convert>>;
  beforeAll(async () => {
    out = await convert(`${SAMPLES}duplex.ifc`, { maxTileVertices: 20_000 });
  });

  it('splits into tiles of bounded size that together hold every element once', () => {
    const { tileset, glbs, report } = out;
    expect(report.tiles).toBeGreaterThan(1);
    expect(tileset.root.children).toHaveLength(report.tiles);
    expect(tileset.root.geometricError).toBeGreaterThan(0);
    const globalIds: string[] = [];
    for (const child of tileset.root.children) {
      const glb = readGlb(glbs.get(child.content.uri)!);
      globalIds.push(...glb.propertyTable(0).map((r) => r.GlobalId as string));
      const box = child.boundingVolume.box;
      // every vertex (y-up in glTF) lies inside the tile's box (z-up)
      for (let p = 0; p < glb.json.meshes[0].primitives.length; p++) {
        const pos = glb.attribute('POSITION', p);
        for (let v = 0; v < pos.length; v += 3) {
          const [x, y, z] = [pos[v]!, -pos[v + 2]!, pos[v + 1]!];
          expect(
            Math.abs(x - box[0]) <= box[3] + 1e-3 &&
              Math.abs(y - box[1]) <= box[7] + 1e-3 &&
              Math.abs(z - box[2]) <= box[11] + 1e-3,
          ).toBe(true);
        }
      }
    }
    expect(globalIds).toHaveLength(report.elements);
    expect(new Set(globalIds).size).toBe(report.elements);
  });

  it('writes valid glbs for every tile', async () => {
    await expectValid(out.glbs);
  });
});
