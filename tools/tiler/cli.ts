// npm run tile -- <footprints.geojson> <outDir> [--crs EPSG:xxxx] [--height-field name] [--floors-field name]
//   [--floor-height-meters 3] [--max-features-per-tile N] [--base-height-meters 0] [--floor]
//   [--synthetic N]  (write N synthetic footprints to <footprints.geojson> first, in --crs if given: for measuring)
//   [--partition K/N]  (write only partition K's tiles and partition.json)
// npm run tile -- merge <partitionOut>… <outDir>  (join partition outputs under one tileset.json)
import { parseArgs } from 'node:util';
import { parseCrsCode } from '../../src/data/crs.ts';
import { errorMessage } from '../../src/shared/errors.ts';
import { mergePartitions } from './merge.ts';
import { parsePartition } from './partition.ts';
import { writeSyntheticFootprints } from './synthetic-footprints.ts';
import { tileFootprints, type TilerReport } from './tiler.ts';

const USAGE =
  'usage: npm run tile -- <footprints.geojson> <outDir> [--crs EPSG:4547] [--height-field heightMeters] ' +
  '[--floors-field floors] [--floor-height-meters 3] [--max-features-per-tile 2000] [--base-height-meters 0] ' +
  '[--floor] [--synthetic N] [--partition K/N]\n       npm run tile -- merge <partitionOut>… <outDir>';
const SHOWN_SKIPS = 20;

function number(value: string | undefined, flag: string, min = 0): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min) throw new Error(`${flag} needs a number ≥ ${min}, got "${value}"`);
  return n;
}

function summary(report: TilerReport): string {
  const lines = [
    `tileset: ${report.tilesetPath} (${report.crs})`,
    `features in: ${report.featuresIn}; buildings written: ${report.buildingsWritten} (held in full: ${report.buildingsStored}); skipped: ${report.skipped.length}` +
      (report.skipped.length
        ? ` (${Object.entries(report.skippedByKind)
            .map(([k, n]) => `${k} ${n}`)
            .join(', ')})`
        : ''),
    ...report.skipped
      .slice(0, SHOWN_SKIPS)
      .map((s) => `  skipped feature ${s.index}${s.id === undefined ? '' : ` (id ${s.id})`}: ${s.reason}`),
    ...(report.skipped.length > SHOWN_SKIPS ? [`  … and ${report.skipped.length - SHOWN_SKIPS} more`] : []),
    ...Object.entries(report.renamedProperties).map(([name, id]) => `  attribute "${name}" is property "${id}"`),
    `tiles: ${report.tiles}; bytes: ${report.bytes}; seconds: ${report.seconds.toFixed(2)} (CPU ${report.cpuSeconds.toFixed(2)}); ` +
      `peak RSS: ${report.peakRssMegabytes.toFixed(0)} MB`,
  ];
  return lines.join('\n');
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      crs: { type: 'string' },
      'height-field': { type: 'string' },
      'floors-field': { type: 'string' },
      'floor-height-meters': { type: 'string' },
      'max-features-per-tile': { type: 'string' },
      'base-height-meters': { type: 'string' },
      floor: { type: 'boolean' },
      synthetic: { type: 'string' },
      partition: { type: 'string' },
    },
  });
  if (positionals[0] === 'merge') {
    const dirs = positionals.slice(1, -1);
    const outDir = positionals.at(-1);
    if (!outDir || dirs.length === 0) throw new Error(USAGE);
    console.log(`merged ${dirs.length} partitions: ${await mergePartitions(dirs, outDir)} tiles in ${outDir}`);
    return;
  }
  const [input, outDir] = positionals;
  if (!input || !outDir || positionals.length > 2) throw new Error(USAGE);
  const synthetic = number(values.synthetic, '--synthetic');
  if (synthetic) await writeSyntheticFootprints(input, synthetic, 1, parseCrsCode(values.crs ?? 4326));
  const report = await tileFootprints(input, outDir, {
    crs: values.crs,
    heightField: values['height-field'],
    floorsField: values['floors-field'],
    floorHeightMeters: number(values['floor-height-meters'], '--floor-height-meters', 0.1),
    maxFeaturesPerTile: number(values['max-features-per-tile'], '--max-features-per-tile', 1),
    baseHeightMeters: number(values['base-height-meters'], '--base-height-meters', -Infinity),
    includeFloor: values.floor,
    partition: values.partition === undefined ? undefined : parsePartition(values.partition),
  });
  console.log(summary(report));
}

main().catch((error: unknown) => {
  console.error(errorMessage(error));
  process.exitCode = 1;
});
