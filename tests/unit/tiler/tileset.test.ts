import validator from 'gltf-validator';
import { beforeAll, describe, expect, it } from 'vitest';
import { ecefToGeodetic } from '../../../src/geometry/ellipsoid.ts';
import { syntheticFootprints } from '../../../tools/tiler/synthetic-footprints.ts';
import { collection, tileToTemp, type TiledOutput } from './fixtures.ts';

const COUNT = 3000;
const PER_TILE = 250;

function* tiles(tile: any, depth = 0, parent?: any): Generator<{ tile: any; depth: number; parent?: any }> {
  yield { tile, depth, parent };
  for (const child of tile.children ?? []) yield* tiles(child, depth + 1, tile);
}

/** Local glTF (y-up) position → lon/lat/height through the root transform (column-major ENU→ECEF). */
function toGeodetic(m: number[], x: number, y: number, z: number): [number, number, number] {
  const [east, north, up] = [x, -z, y];
  const ecef = [0, 1, 2].map((r) => m[r]! * east + m[4 + r]! * north + m[8 + r]! * up + m[12 + r]!);
  return ecefToGeodetic(ecef[0]!, ecef[1]!, ecef[2]!);
}

function contains(region: number[], lonLatHeight: [number, number, number]): boolean {
  const [lon, lat, height] = [(lonLatHeight[0] * Math.PI) / 180, (lonLatHeight[1] * Math.PI) / 180, lonLatHeight[2]];
  const slackRadians = 2e-9; // ≈ 1 cm: the float32 vertices themselves carry ~1 mm
  return (
    lon >= region[0]! - slackRadians &&
    lat >= region[1]! - slackRadians &&
    lon <= region[2]! + slackRadians &&
    lat <= region[3]! + slackRadians &&
    height >= region[4]! - 0.01 &&
    height <= region[5]! + 0.01
  );
}

describe('tileset', () => {
  let out: TiledOutput;
  beforeAll(async () => {
    out = await tileToTemp(collection([...syntheticFootprints(COUNT, 7)]), { maxFeaturesPerTile: PER_TILE });
  });

  it('is a 3D Tiles 1.1 ADD tileset with relative content URIs and an ENU root transform', () => {
    const { tileset, report } = out;
    expect(tileset.asset.version).toBe('1.1');
    expect(tileset.root.refine).toBe('ADD');
    expect(tileset.root.transform).toHaveLength(16);
    expect(tileset.geometricError).toBeGreaterThan(tileset.root.geometricError);
    for (const { tile } of tiles(tileset.root)) expect(tile.content.uri).toMatch(/^tiles\/[\d-]+\.glb$/);
    expect(report.tiles).toBe(out.glbs.size);
    expect(report.buildingsWritten).toBe(COUNT);
    expect(report.tiles).toBeGreaterThan(4);
  });

  it('lowers geometric error with depth down to 0 at the leaves', () => {
    const { tileset } = out;
    expect(tileset.root.geometricError).toBeGreaterThan(0);
    for (const { tile, parent } of tiles(tileset.root)) {
      if (parent) expect(tile.geometricError).toBeLessThanOrEqual(parent.geometricError);
      if (!tile.children) expect(tile.geometricError).toBe(0);
      else expect(tile.geometricError).toBeGreaterThan(0);
    }
  });

  it('holds every building exactly once, at most the per-tile limit in each tile', () => {
    const seen = new Map<string, number>();
    for (const glb of out.glbs.values()) {
      const rows = glb.propertyTable();
      expect(rows.length).toBeLessThanOrEqual(PER_TILE);
      for (const row of rows) seen.set(row.id as string, (seen.get(row.id as string) ?? 0) + 1);
    }
    expect(seen.size).toBe(COUNT);
    expect([...seen.values()].every((n) => n === 1)).toBe(true);
  });

  it('gives every tile a region that really contains its vertices and its children', () => {
    const transform = out.tileset.root.transform;
    for (const { tile, parent } of tiles(out.tileset.root)) {
      const positions = out.glbs.get(tile.content.uri)!.attribute('POSITION');
      let outside = 0;
      for (let i = 0; i < positions.length; i += 3) {
        const point = toGeodetic(transform, positions[i]!, positions[i + 1]!, positions[i + 2]!);
        if (!contains(tile.content.boundingVolume.region, point) || !contains(tile.boundingVolume.region, point))
          outside++;
      }
      expect({ uri: tile.content.uri, outside }).toEqual({ uri: tile.content.uri, outside: 0 });
      if (parent) {
        const [c, p] = [tile.boundingVolume.region, parent.boundingVolume.region];
        expect(c[0] >= p[0] && c[1] >= p[1] && c[2] <= p[2] && c[3] <= p[3] && c[4] >= p[4] && c[5] <= p[5]).toBe(true);
      }
    }
  });

  it('writes glbs that pass the Khronos glTF validator without errors or warnings', async () => {
    const expectedInfos = new Set(['UNSUPPORTED_EXTENSION', 'UNUSED_OBJECT']); // the validator doesn't know the EXT_ metadata
    for (const [uri, bytes] of out.glbBytes) {
      const report = await validator.validateBytes(new Uint8Array(bytes));
      expect({ uri, errors: report.issues.numErrors, warnings: report.issues.numWarnings }).toEqual({
        uri,
        errors: 0,
        warnings: 0,
      });
      for (const message of report.issues.messages) expect(expectedInfos.has(message.code)).toBe(true);
    }
  });
});
