import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeFromLonLat } from '../../../src/data/crs.ts';
import { DataError } from '../../../src/shared/errors.ts';
import { syntheticFootprints, writeSyntheticFootprints } from '../../../tools/tiler/synthetic-footprints.ts';
import { collection, type TiledOutput, tileToTemp } from './fixtures.ts';

const lonLatFeatures = [...syntheticFootprints(400, 3)] as any[];

/** The same features with every position converted to another CRS (optionally as northing, easting). */
function reproject(code: number, swap = false): any[] {
  const from = makeFromLonLat(code);
  const convert = (position: number[]) => {
    const [x, y] = from(position[0]!, position[1]!);
    return swap ? [y, x] : [x, y];
  };
  return lonLatFeatures.map((f) => ({
    ...f,
    geometry: { ...f.geometry, coordinates: f.geometry.coordinates.map((ring: number[][]) => ring.map(convert)) },
  }));
}

/** Every tile's vertices within a centimetre of the reference's. */
function expectSamePositions(reference: TiledOutput, other: TiledOutput): void {
  expect([...other.glbs.keys()]).toEqual([...reference.glbs.keys()]);
  for (const [uri, glb] of reference.glbs) {
    const [a, b] = [glb.attribute('POSITION'), other.glbs.get(uri)!.attribute('POSITION')];
    expect(b.length).toBe(a.length);
    let worstMeters = 0;
    for (let i = 0; i < a.length; i++) worstMeters = Math.max(worstMeters, Math.abs(a[i]! - b[i]!));
    expect(worstMeters).toBeLessThan(0.01);
  }
}

describe('CRS input', () => {
  it('gives the same tiles from EPSG:4547 as from lon/lat, within a centimetre', async () => {
    const options = { maxFeaturesPerTile: 100 };
    const reference = await tileToTemp(collection(lonLatFeatures), options);
    const projected = await tileToTemp(collection(reproject(4547)), { ...options, crs: 'EPSG:4547' });
    expect(projected.report.crs).toBe('EPSG:4547');
    expect([...projected.glbs.keys()]).toEqual([...reference.glbs.keys()]);
    projected.tileset.root.transform.forEach((value: number, i: number) =>
      expect(Math.abs(value - reference.tileset.root.transform[i])).toBeLessThan(0.01),
    );
    expectSamePositions(reference, projected);
  });

  it('makes the same synthetic city in EPSG:4547 (named in its crs member) as in lon/lat', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tiler-gk-'));
    try {
      const [lonLatPath, gkPath] = [join(dir, 'lonlat.geojson'), join(dir, 'gk.geojson')];
      await writeSyntheticFootprints(lonLatPath, 2000, 9);
      await writeSyntheticFootprints(gkPath, 2000, 9, 4547);
      const [lonLat, gk] = await Promise.all([lonLatPath, gkPath].map((path) => tileToTemp(path)));
      expect(gk.report.crs).toBe('EPSG:4547');
      expect(gk.report.buildingsWritten).toBe(2000);
      expect([...gk.glbs.keys()]).toEqual([...lonLat.glbs.keys()]);
      for (const [uri, glb] of lonLat.glbs) expect(gk.glbs.get(uri)!.propertyTable()).toEqual(glb.propertyTable());
      expectSamePositions(lonLat, gk);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('reads the legacy GeoJSON crs member, and a zone-numbered CRS', async () => {
    const crs = { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::4526' } };
    const out = await tileToTemp(collection(reproject(4526), { crs }), { maxFeaturesPerTile: 1000 });
    expect(out.report.crs).toBe('EPSG:4526');
    expect(out.report.buildingsWritten).toBe(lonLatFeatures.length);
  });

  it('stops with a DataError on northing/easting order or projected data without a CRS', async () => {
    const swapped = tileToTemp(collection(reproject(4547, true)), { crs: 4547 });
    await expect(swapped).rejects.toThrow(DataError);
    await expect(swapped).rejects.toThrow(/northing, easting/);
    await expect(tileToTemp(collection(reproject(4547)))).rejects.toThrow(/projected data needs --crs/);
    await expect(tileToTemp(collection(lonLatFeatures), { crs: 'EPSG:2000' })).rejects.toThrow(/EPSG:2000/);
    await expect(tileToTemp(collection(lonLatFeatures), { crs: 4547 })).rejects.toThrow(/look like lon\/lat degrees/);
  });

  it('streams a file the same as an in-memory collection', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tiler-crs-'));
    try {
      const path = join(dir, 'footprints.geojson');
      const crs = { type: 'name', properties: { name: 'EPSG:4547' } };
      await writeFile(path, `\ufeff${JSON.stringify(collection(reproject(4547), { crs }), null, 1)}`);
      const fromFile = await tileToTemp(path, { maxFeaturesPerTile: 100 });
      const fromMemory = await tileToTemp(collection(reproject(4547)), { maxFeaturesPerTile: 100, crs: 4547 });
      expect(fromFile.report.crs).toBe('EPSG:4547');
      expect([...fromFile.glbBytes.keys()]).toEqual([...fromMemory.glbBytes.keys()]);
      for (const [uri, bytes] of fromFile.glbBytes)
        expect(Buffer.from(bytes).equals(fromMemory.glbBytes.get(uri)!)).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
