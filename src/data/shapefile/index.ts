export { fetchShapefileParts, isShapefileUrl } from './load-shapefile.ts';
export { shapefileToGeoJson, type ShapefileGeoJson, type ShapefileParts } from './shapefile-to-geojson.ts';
