// npm run ifc2tiles -- <model.ifc|.ifczip> <outDir> [--lon deg --lat deg [--height m] [--heading deg]] [--max-tile-vertices N]
// The manual placement is used when given (else the file's IfcMapConversion / ePset_MapConversion / IfcSite).
import { parseArgs } from 'node:util';
import { errorMessage } from '../../src/shared/errors.ts';
import { ifcToTiles } from './ifc2tiles.ts';

const USAGE =
  'usage: npm run ifc2tiles -- <model.ifc|.ifczip> <outDir> [--lon 114.02 --lat 32.98 [--height 80] [--heading 0]] ' +
  '[--max-tile-vertices 250000]';

function number(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n)) throw new Error(`${flag} needs a number, got "${value}"`);
  return n;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      lon: { type: 'string' },
      lat: { type: 'string' },
      height: { type: 'string' },
      heading: { type: 'string' },
      'max-tile-vertices': { type: 'string' },
    },
  });
  const [input, outDir] = positionals;
  if (!input || !outDir || positionals.length > 2) throw new Error(USAGE);
  const [lon, lat] = [number(values.lon, '--lon'), number(values.lat, '--lat')];
  if ((lon === undefined) !== (lat === undefined)) throw new Error('--lon and --lat go together');
  const placement =
    lon === undefined || lat === undefined
      ? undefined
      : {
          lon,
          lat,
          heightMeters: number(values.height, '--height') ?? 0,
          headingDeg: number(values.heading, '--heading') ?? 0,
        };
  const maxTileVertices = number(values['max-tile-vertices'], '--max-tile-vertices');
  const report = await ifcToTiles(input, outDir, {
    ...(placement ? { placement } : {}),
    ...(maxTileVertices ? { maxTileVertices } : {}),
  });
  const [olon, olat, oh] = report.placement.origin;
  console.log(
    [
      `tileset: ${report.tilesetPath}`,
      `elements: ${report.elements}; tiles: ${report.tiles}; bytes: ${report.bytes}`,
      `placed by: ${report.placement.placedBy}${report.placement.crs ? ` (${report.placement.crs})` : ''}; ` +
        `origin: ${olon.toFixed(7)}, ${olat.toFixed(7)}, ${oh.toFixed(2)} m`,
      `seconds: ${report.seconds.toFixed(2)}; peak RSS: ${report.peakRssMegabytes.toFixed(0)} MB; web-ifc heap: ${report.engineHeapMegabytes.toFixed(0)} MB`,
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  console.error(errorMessage(error));
  process.exitCode = 1;
});
