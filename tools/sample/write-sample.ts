// Writes the sample under an output root: the text files, then the two tilesets through the footprint tiler.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { tileFootprints, type FeatureCollectionInput, type TilerReport } from '../tiler/tiler.ts';
import { generateDistrict, type District } from './district.ts';
import { CITY_TILESET_DIR, SAMPLE_DIR, SCHEME_B_TILESET_DIR, sampleFiles } from './outputs.ts';

export interface SampleReport {
  district: District;
  files: { path: string; bytes: number }[];
  tilesets: TilerReport[];
  seconds: number;
}

export async function writeSample(outRoot: string, seed?: number): Promise<SampleReport> {
  const started = performance.now();
  const district = generateDistrict(seed);
  const files = sampleFiles(district);
  const written: SampleReport['files'] = [];
  for (const [path, text] of files) {
    const target = join(outRoot, path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, text);
    written.push({ path, bytes: Buffer.byteLength(text) });
  }
  const tile = (geojsonPath: string, outDir: string) =>
    tileFootprints(JSON.parse(files.get(geojsonPath)!) as FeatureCollectionInput, join(outRoot, outDir), {
      heightField: 'heightMeters',
      floorsField: 'floors',
    });
  const tilesets = [
    await tile(`${SAMPLE_DIR}/buildings.geojson`, CITY_TILESET_DIR),
    await tile(`${SAMPLE_DIR}/scheme-b.geojson`, SCHEME_B_TILESET_DIR),
  ];
  return { district, files: written, tilesets, seconds: (performance.now() - started) / 1000 };
}
