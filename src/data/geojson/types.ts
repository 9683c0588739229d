// Clean GeoJSON (RFC 7946) as the rest of the app sees it: every position is [lon, lat] or [lon, lat, heightMeters]
// in WGS84/CGCS2000 degrees, every ring is closed and simple, and no geometry is null or empty.
import type { DeploymentLimits } from '../../config/deployment-config.ts';
import type { Problem } from '../../config/project-types.ts';

export type Position = number[];

export interface PointGeometry {
  type: 'Point';
  coordinates: Position;
}
export interface MultiPointGeometry {
  type: 'MultiPoint';
  coordinates: Position[];
}
export interface LineStringGeometry {
  type: 'LineString';
  coordinates: Position[];
}
export interface MultiLineStringGeometry {
  type: 'MultiLineString';
  coordinates: Position[][];
}
export interface PolygonGeometry {
  type: 'Polygon';
  coordinates: Position[][];
}
export interface MultiPolygonGeometry {
  type: 'MultiPolygon';
  coordinates: Position[][][];
}
export interface GeometryCollectionGeometry {
  type: 'GeometryCollection';
  geometries: CleanGeometry[];
}

export type CleanGeometry =
  | PointGeometry
  | MultiPointGeometry
  | LineStringGeometry
  | MultiLineStringGeometry
  | PolygonGeometry
  | MultiPolygonGeometry
  | GeometryCollectionGeometry;

export type GeometryType = CleanGeometry['type'];

export interface CleanFeature {
  /** The feature's `id`, else its `properties.id`, else its index. */
  id: string | number;
  /** Position in the source file (`$.features[index]`), kept when earlier features were dropped. */
  index: number;
  geometry: CleanGeometry;
  properties: Record<string, unknown>;
}

export interface ParseGeoJsonOptions {
  /** CRS of the file's coordinates, e.g. 'EPSG:4547'; default 'EPSG:4326'. */
  crs?: string;
  /** Caps on nesting, vertices per ring or line and features; DEFAULT_LIMITS when not given. */
  limits?: DeploymentLimits;
}

export interface GeoJsonResult {
  features: CleanFeature[];
  /** Paths are JSON paths into the file: `$.features[12].geometry.coordinates[0]`. */
  problems: Problem[];
}
