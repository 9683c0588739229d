// Test fixtures: metric boxes placed in lon/lat near Zhumadian, and a helper that tiles into a temp dir and
// reads every output file back.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { metersPerDegree } from '../../../src/geometry/ellipsoid.ts';
import {
  tileFootprints,
  type FeatureCollectionInput,
  type TilerOptions,
  type TilerReport,
} from '../../../tools/tiler/tiler.ts';
import { readGlb, type ReadGlb } from './glb-reader.ts';

export const ZHUMADIAN = { lon: 114.02, lat: 32.98 };

/** A closed ring (counter-clockwise) of an axis-aligned rectangle `eastMeters` × `northMeters` centred at lon/lat. */
export function boxRing(lon: number, lat: number, eastMeters: number, northMeters: number): number[][] {
  const perDegree = metersPerDegree(lat);
  const [dx, dy] = [eastMeters / 2 / perDegree.east, northMeters / 2 / perDegree.north];
  return [
    [lon - dx, lat - dy],
    [lon + dx, lat - dy],
    [lon + dx, lat + dy],
    [lon - dx, lat + dy],
    [lon - dx, lat - dy],
  ];
}

export function polygonFeature(
  id: string | undefined,
  rings: number[][][],
  properties: Record<string, unknown>,
): object {
  return {
    type: 'Feature',
    ...(id === undefined ? {} : { id }),
    properties,
    geometry: { type: 'Polygon', coordinates: rings },
  };
}

export function collection(features: object[], extra: Record<string, unknown> = {}): FeatureCollectionInput {
  return { type: 'FeatureCollection', ...extra, features };
}

export interface TiledOutput {
  report: TilerReport;
  tileset: any; // untyped JSON: the tests check its shape
  glbBytes: Map<string, Uint8Array>;
  glbs: Map<string, ReadGlb>;
}

export async function tileToTemp(
  input: FeatureCollectionInput | string,
  options: TilerOptions = {},
): Promise<TiledOutput> {
  const dir = await mkdtemp(join(tmpdir(), 'tiler-test-'));
  try {
    const report = await tileFootprints(input, dir, options);
    const tileset = JSON.parse(await readFile(join(dir, 'tileset.json'), 'utf8'));
    const glbBytes = new Map<string, Uint8Array>();
    const visit = async (tile: any): Promise<void> => {
      glbBytes.set(tile.content.uri, new Uint8Array(await readFile(join(dir, tile.content.uri))));
      for (const child of tile.children ?? []) await visit(child);
    };
    await visit(tileset.root);
    const glbs = new Map([...glbBytes].map(([uri, bytes]) => [uri, readGlb(bytes)]));
    return { report, tileset, glbBytes, glbs };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
