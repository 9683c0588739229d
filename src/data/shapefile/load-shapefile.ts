// Fetches a shapefile's parts from beside its .shp URL: the .shp is required, .dbf, .prj and .cpg are optional. Only
// a 404 means a side file is absent; any other failure names that file, since without it the layer would be read
// silently in the wrong CRS or text encoding, or without its attributes.
import { fetchBytes } from '../fetch-bytes.ts';
import { fetchIfPresent } from '../fetch-text.ts';
import type { ShapefileParts } from './shapefile-to-geojson.ts';

export const isShapefileUrl = (url: string): boolean => /\.shp(\?|#|$)/i.test(url);

export async function fetchShapefileParts(shpUrl: string): Promise<ShapefileParts> {
  const sibling = (extension: string) => shpUrl.replace(/\.shp(?=\?|#|$)/i, extension);
  const [shp, dbf, prj, cpg] = await Promise.all([
    fetchBytes(shpUrl),
    fetchIfPresent(sibling('.dbf')).then(async (response) => response && new Uint8Array(await response.arrayBuffer())),
    fetchIfPresent(sibling('.prj')).then((response) => response?.text()),
    fetchIfPresent(sibling('.cpg')).then((response) => response?.text()),
  ]);
  return { source: shpUrl, shp, dbf, prj, cpg };
}
