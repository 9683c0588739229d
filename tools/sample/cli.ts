// npm run sample [-- --seed N --out .]: the deterministic sample district of 驻马店's old town
// (assets/sample/*, tilesets/zhumadian-city/, tilesets/scheme-b/). Same seed → byte-identical files.
import { parseArgs } from 'node:util';
import { errorMessage } from '../../src/shared/errors.ts';
import { DEFAULT_SEED } from './district.ts';
import { writeSample } from './write-sample.ts';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { seed: { type: 'string' }, out: { type: 'string', default: '.' } } });
  const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
    throw new Error(`--seed needs an integer 0…4294967295, got "${values.seed}"`);
  const report = await writeSample(values.out, seed);
  const { district } = report;
  console.log(
    `seed ${seed}: ${district.buildings.length} buildings, ${district.units.length} renewal units, ` +
      `${district.pipes.segments.length} pipe segments, ${district.pipes.wells.length} wells, ${district.violations.length} seeded clearance violations`,
  );
  for (const file of report.files) console.log(`  ${file.path}  ${(file.bytes / 1024).toFixed(0)} KiB`);
  for (const tileset of report.tilesets) {
    console.log(
      `  ${tileset.tilesetPath}  ${tileset.buildingsWritten} buildings, ${tileset.tiles} tiles, ${(tileset.bytes / 1024).toFixed(0)} KiB`,
    );
  }
  console.log(`done in ${report.seconds.toFixed(1)} s`);
}

main().catch((error: unknown) => {
  console.error(errorMessage(error));
  process.exitCode = 1;
});
