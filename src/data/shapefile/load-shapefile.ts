// Fetches a shapefile's parts from beside its .shp URL: the .shp is required, .dbf, .prj and .cpg are optional.
import { fetchBytes } from '../fetch-bytes.ts';
import { fetchText } from '../fetch-text.ts';
import type { ShapefileParts } from './shapefile-to-geojson.ts';

export const isShapefileUrl = (url: string): boolean => /\.shp(\?|#|$)/i.test(url);

export async function fetchShapefileParts(shpUrl: string): Promise<ShapefileParts> {
  const sibling = (extension: string) => shpUrl.replace(/\.shp(?=\?|#|$)/i, extension);
  const optional = <T>(load: Promise<T>) => load.catch(() => undefined);
  const [shp, dbf, prj, cpg] = await Promise.all([
    fetchBytes(shpUrl),
    optional(fetchBytes(sibling('.dbf'))),
    optional(fetchText(sibling('.prj'))),
    optional(fetchText(sibling('.cpg'))),
  ]);
  return { source: shpUrl, shp, dbf, prj, cpg };
}
