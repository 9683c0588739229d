// GeoJSON overlays: parse and validate to clean lon/lat features.
export { parseGeoJson, MAX_PROBLEMS } from './parse-geojson.ts';
export type {
  CleanFeature,
  CleanGeometry,
  GeoJsonResult,
  GeometryType,
  ParseGeoJsonOptions,
  Position,
} from './types.ts';
