// Shapefile bench (pure code, no browser): reading 100,000 synthetic footprints (.shp polygons, a third with a
// courtyard hole, and a UTF-8 .dbf of Chinese text and numbers) into GeoJSON features with our reader, against
// @loaders.gl/shapefile's SHP and DBF parsers on the main thread plus its binary → GeoJSON conversion. It measures
// whether keeping our reader (for its header checks, hole grouping and Chinese-data layer) costs speed.
import { convertBinaryGeometryToGeometry } from '@loaders.gl/gis';
import { DBFLoader, SHPLoader } from '@loaders.gl/shapefile';
import { shapefileToGeoJson } from '../../../src/data/shapefile/index.ts';
import { syntheticFootprints } from '../../tiler/synthetic-footprints.ts';
import type { BenchCase } from '../bench-case.ts';
import { rowFromRuns, timeSides } from '../stats.ts';
import { type ShpPolygonRecord, writeDbf, writePolygonShp } from './write-shapefile.ts';

const FOOTPRINTS = 100_000;

interface SyntheticFeature {
  id: string;
  properties: { name: string; floors: number };
  geometry: { coordinates: [number, number][][] };
}

/** The synthetic city as a shapefile: GeoJSON's counter-clockwise outer rings become clockwise ones, holes the reverse. */
export function syntheticShapefile(count: number): { shp: Uint8Array<ArrayBuffer>; dbf: Uint8Array<ArrayBuffer> } {
  const records: ShpPolygonRecord[] = [];
  const rows: (string | number)[][] = [];
  for (const feature of syntheticFootprints(count, 5) as Iterable<SyntheticFeature>) {
    records.push(feature.geometry.coordinates.map((ring) => [...ring].reverse()));
    rows.push([feature.id, feature.properties.name, feature.properties.floors]);
  }
  const fields = [
    { name: 'ID', type: 'C', lengthBytes: 10 },
    { name: 'NAME', type: 'C', lengthBytes: 30 },
    { name: 'FLOORS', type: 'N', lengthBytes: 4 },
  ] as const;
  return { shp: writePolygonShp(records), dbf: writeDbf(fields, rows) };
}

type Features = { properties: Record<string, unknown>; geometry: unknown }[];

function readWithOurs(shp: Uint8Array, dbf: Uint8Array): Features {
  return shapefileToGeoJson({ source: 'bench.shp', shp, dbf, cpg: 'UTF-8' }, 'EPSG:4326').featureCollection.features;
}

function readWithLoadersGl(shp: Uint8Array<ArrayBuffer>, dbf: Uint8Array<ArrayBuffer>): Features {
  const { geometries } = SHPLoader.parseSync!(shp.buffer, {}) as { geometries: Parameters<typeof convert>[0][] };
  const rows = DBFLoader.parseSync!(dbf.buffer, { dbf: { encoding: 'utf-8' } }) as Record<string, unknown>[];
  const convert = convertBinaryGeometryToGeometry;
  return geometries.map((geometry, i) => ({ properties: rows[i]!, geometry: convert(geometry) }));
}

export const shapefileCase: BenchCase = {
  name: 'shapefile',
  description: `read ${FOOTPRINTS.toLocaleString('en')} polygons with attributes: our reader vs @loaders.gl/shapefile`,
  async run(context) {
    const { shp, dbf } = syntheticShapefile(FOOTPRINTS);
    context.log(`.shp ${(shp.length / 1e6).toFixed(1)} MB, .dbf ${(dbf.length / 1e6).toFixed(1)} MB`);
    const { samples, answers } = timeSides(context, (side) =>
      side === 'app' ? readWithOurs(shp, dbf) : readWithLoadersGl(shp, dbf),
    );
    const [ours, theirs] = [answers.app, answers.reference];
    const sameNames = ours.filter((feature, i) => feature.properties.NAME === theirs[i]?.properties.NAME).length;
    return {
      rows: [rowFromRuns(`read ${FOOTPRINTS / 1000}k polygons + .dbf`, 'ms', samples.app, samples.reference, 1.5)],
      notes: [
        `features: ours ${ours.length}, loaders.gl ${theirs.length}; NAME equal in ${sameNames}`,
        'why ours is kept beyond speed: loaders.gl 4.5.2 uses record counts unchecked (the hostile point-count.shp ' +
          'ran over 2 minutes), returns what it read instead of an error for corrupt files (too-many-records.dbf: ' +
          '2 rows, no error), ignores .dbf deletion flags and gives holes to the outer ring before them in the file',
      ],
    };
  },
};
