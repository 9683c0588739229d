// An overlay file for a `geojson` layer: GeoJSON text, or a shapefile (its .shp URL; .dbf, .prj and .cpg beside it)
// turned into GeoJSON in its own coordinates. Either way the same GeoJSON validation and reprojection follow.
import { DEFAULT_LIMITS, type DeploymentLimits } from '../config/deployment-config.ts';
import type { Problem } from '../config/project-types.ts';
import { fetchText } from './fetch-text.ts';
import { fetchShapefileParts, isShapefileUrl, shapefileToGeoJson } from './shapefile/index.ts';

export interface VectorFile {
  /** GeoJSON text or an already parsed GeoJSON object. */
  geoJson: string | unknown;
  /** The CRS the coordinates are in: a shapefile's .prj wins over the layer's setting. */
  crs: string;
  /** Problems with the file as a whole (a missing .prj or .dbf). */
  problems: Problem[];
}

export async function fetchVectorFile(
  url: string,
  layerCrs: string,
  limits: DeploymentLimits = DEFAULT_LIMITS,
): Promise<VectorFile> {
  if (!isShapefileUrl(url)) return { geoJson: await fetchText(url), crs: layerCrs, problems: [] };
  const converted = shapefileToGeoJson(await fetchShapefileParts(url), layerCrs, limits);
  return { geoJson: converted.featureCollection, crs: converted.crs, problems: converted.problems };
}
