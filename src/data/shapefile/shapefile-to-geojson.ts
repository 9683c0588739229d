// The parts of a shapefile (.shp geometry, .dbf attributes, .prj CRS, .cpg encoding) → a GeoJSON FeatureCollection
// in the file's own coordinates plus the CRS to read it in, so the GeoJSON validation and reprojection apply as is.
import { DEFAULT_LIMITS, type DeploymentLimits } from '../../config/deployment-config.ts';
import type { Problem } from '../../config/project-types.ts';
import { DataError } from '../../shared/errors.ts';
import { crsFromPrj } from './prj-to-crs.ts';
import { readDbf } from './read-dbf.ts';
import { readShp, type ShpGeometry } from './read-shp.ts';
import { encodingFromCpg } from './text-encoding.ts';

export interface ShapefileParts {
  /** The .shp URL or name, for messages. */
  source: string;
  shp: Uint8Array;
  dbf?: Uint8Array;
  prj?: string;
  cpg?: string;
}

export interface ShapefileGeoJson {
  featureCollection: {
    type: 'FeatureCollection';
    features: { type: 'Feature'; properties: Record<string, unknown>; geometry: ShpGeometry | null }[];
  };
  /** 'EPSG:…' from the .prj, or `fallbackCrs` when there is no .prj. */
  crs: string;
  /** Problems with the whole file (no .dbf, no .prj, …); feature problems come from the GeoJSON validation. */
  problems: Problem[];
}

export function shapefileToGeoJson(
  parts: ShapefileParts,
  fallbackCrs: string,
  limits: DeploymentLimits = DEFAULT_LIMITS,
): ShapefileGeoJson {
  const problems: Problem[] = [];
  const geometries = readShp(parts.shp, parts.source, limits);
  const encoding = parts.cpg === undefined ? undefined : encodingFromCpg(parts.cpg);
  if (parts.cpg !== undefined && encoding === undefined) {
    problems.push({
      path: '.cpg',
      severity: 'warning',
      message: `unknown text encoding "${parts.cpg.trim()}"; guessing from the data`,
    });
  }
  const table = parts.dbf ? readDbf(parts.dbf, parts.source.replace(/\.shp$/i, '.dbf'), encoding, limits) : undefined;
  if (!table)
    problems.push({
      path: '.dbf',
      severity: 'warning',
      message: 'no .dbf attribute table beside the .shp: features have no attributes',
    });
  else if (table.records.length !== geometries.length) {
    problems.push({
      path: '.dbf',
      severity: 'warning',
      message: `the .dbf has ${table.records.length} records for ${geometries.length} shapes; extra ones are left without attributes`,
    });
  }
  const features = geometries.flatMap((geometry, index) =>
    table?.deleted.has(index)
      ? []
      : [
          {
            type: 'Feature' as const,
            properties: table?.records[index] ?? {},
            geometry,
          },
        ],
  );
  return {
    featureCollection: { type: 'FeatureCollection', features },
    crs: crsOf(parts, fallbackCrs, problems),
    problems,
  };
}

function crsOf(parts: ShapefileParts, fallbackCrs: string, problems: Problem[]): string {
  if (parts.prj === undefined) {
    problems.push({
      path: '.prj',
      severity: 'warning',
      message: `no .prj beside the .shp: coordinates are read as ${fallbackCrs} (the layer's crs)`,
    });
    return fallbackCrs;
  }
  const found = crsFromPrj(parts.prj);
  if ('unsupported' in found)
    throw new DataError(parts.source.replace(/\.shp$/i, '.prj'), `unsupported coordinate system ${found.unsupported}`);
  return `EPSG:${found.code}`;
}
