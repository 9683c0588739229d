// Where an IFC model stands on the globe (DESIGN.md §4.6), as a function from IFC world coordinates (metres, z up)
// to ECEF. Three rules, tried in this order by the reader: IfcMapConversion to a projected CRS, IfcSite's reference
// latitude/longitude, and a placement the user gives by hand. Pure: proj4 and float64 geodesy only.
import { makeToLonLat, parseCrsCode } from '../crs.ts';
import { ecefToGeodetic, geodeticToEcef, LocalFrame, type Vec3 } from '../../geometry/ellipsoid.ts';

export type PlacedBy = 'map-conversion' | 'site' | 'manual';

/** IfcMapConversion (IFC4) or ePset_MapConversion (IFC2X3), numbers in the file's units. */
export interface MapConversion {
  /** The target CRS name, e.g. "EPSG:4547". */
  crsName: string;
  eastings: number;
  northings: number;
  orthogonalHeight: number;
  xAxisAbscissa: number;
  xAxisOrdinate: number;
  scale?: number;
}

/** A user's placement: where the IFC origin goes, and the compass bearing of the model's +Y axis. */
export interface ManualPlacement {
  lon: number;
  lat: number;
  heightMeters: number;
  headingDeg: number;
}

export type Georeference =
  | { rule: 'map-conversion'; conversion: MapConversion }
  | { rule: 'site'; lon: number; lat: number; heightMeters: number; trueNorth?: [number, number] }
  | { rule: 'manual'; placement: ManualPlacement };

export type ToEcef = (x: number, y: number, z: number) => Vec3;

/**
 * The map-conversion scale for coordinates in metres. IFC4.3 says Scale also converts the project's length unit to
 * the map unit (0.001 for a millimetre model), but many exporters write 1 regardless. Real map scales are within
 * 0.1 % of 1, so whichever reading lands nearer 1 is the meant one.
 */
export function metricScale(scale: number | undefined, lengthUnitMeters: number): number {
  if (scale === undefined) return 1;
  const withUnit = scale / lengthUnitMeters;
  return Math.abs(Math.log(withUnit)) < Math.abs(Math.log(scale)) ? withUnit : scale;
}

/** IFC world metres → (easting, northing, height) in the map CRS (DESIGN.md §4.6). */
export function mapConversionToGrid(conversion: MapConversion, lengthUnitMeters: number) {
  const theta = Math.atan2(conversion.xAxisOrdinate, conversion.xAxisAbscissa);
  const s = metricScale(conversion.scale, lengthUnitMeters);
  const [cos, sin] = [Math.cos(theta), Math.sin(theta)];
  return (x: number, y: number, z: number): Vec3 => [
    s * (x * cos - y * sin) + conversion.eastings,
    s * (x * sin + y * cos) + conversion.northings,
    z + conversion.orthogonalHeight,
  ];
}

/** The function placing IFC world coordinates (metres) in ECEF. Throws when the CRS is not one proj4 knows here. */
export function toEcefFunction(georeference: Georeference, lengthUnitMeters: number): ToEcef {
  switch (georeference.rule) {
    case 'map-conversion': {
      const toLonLat = makeToLonLat(parseCrsCode(georeference.conversion.crsName));
      const toGrid = mapConversionToGrid(georeference.conversion, lengthUnitMeters);
      return (x, y, z) => {
        const [e, n, h] = toGrid(x, y, z);
        const [lon, lat] = toLonLat(e, n);
        return geodeticToEcef(lon, lat, h);
      };
    }
    case 'site': {
      // TrueNorth is the direction of north in the model's XY plane; absent means +Y is north.
      const [tx, ty] = georeference.trueNorth ?? [0, 1];
      const bearing = Math.atan2(-tx, ty);
      return tangentPlane(georeference.lon, georeference.lat, georeference.heightMeters, bearing);
    }
    case 'manual': {
      const { lon, lat, heightMeters, headingDeg } = georeference.placement;
      return tangentPlane(lon, lat, heightMeters, (headingDeg * Math.PI) / 180);
    }
  }
}

/** The IFC origin at a geodetic point, its +Y axis at a compass bearing (radians, clockwise from north). */
function tangentPlane(lon: number, lat: number, heightMeters: number, bearing: number): ToEcef {
  const frame = new LocalFrame(lon, lat, heightMeters);
  const [cos, sin] = [Math.cos(bearing), Math.sin(bearing)];
  return (x, y, z) => frame.toEcef(x * cos + y * sin, -x * sin + y * cos, z);
}

/**
 * The column-major 4×4 taking model coordinates (IFC axes, metres, relative to `origin`) to ECEF: the model matrix of
 * a Cesium Model and the `transform` of a 3D Tiles tile. Columns are central differences of `toEcef` at the origin,
 * so projection scale, grid convergence and earth curvature are all in it (exact to millimetres within a few km).
 */
export function modelMatrix(toEcef: ToEcef, origin: Vec3): number[] {
  const step = 10;
  const [x, y, z] = origin;
  const axis = (dx: number, dy: number, dz: number) => {
    const plus = toEcef(x + dx * step, y + dy * step, z + dz * step);
    const minus = toEcef(x - dx * step, y - dy * step, z - dz * step);
    return [0, 1, 2].map((i) => (plus[i]! - minus[i]!) / (2 * step));
  };
  return [...axis(1, 0, 0), 0, ...axis(0, 1, 0), 0, ...axis(0, 0, 1), 0, ...toEcef(x, y, z), 1];
}

/**
 * The manual placement that reproduces a model matrix: where the IFC origin is, and the bearing of the model's +Y
 * axis. What the placement form starts from, so applying it unchanged leaves the model where it is.
 */
export function manualPlacementOf(matrix: number[], originIfc: Vec3): ManualPlacement {
  const at = (x: number, y: number, z: number) =>
    [0, 1, 2].map((i) => matrix[i]! * x + matrix[4 + i]! * y + matrix[8 + i]! * z + matrix[12 + i]!);
  const [ex, ey, ez] = at(-originIfc[0], -originIfc[1], -originIfc[2]) as Vec3;
  const [lon, lat, heightMeters] = ecefToGeodetic(ex, ey, ez);
  const frame = new LocalFrame(lon, lat, heightMeters);
  const yAxis = [matrix[4]!, matrix[5]!, matrix[6]!];
  const dot = (v: number[]) => v[0]! * yAxis[0]! + v[1]! * yAxis[1]! + v[2]! * yAxis[2]!;
  const headingDeg = (Math.atan2(dot(frame.east), dot(frame.north)) * 180) / Math.PI;
  return { lon, lat, heightMeters, headingDeg };
}

/**
 * The placement moved up (or down) along the vertical at the model: for a file whose heights are in another vertical
 * datum than the city model's ground (e.g. the 1985 national datum, ground ≈ 84 m, over a city drawn at height 0).
 */
export function raiseModelMatrix(matrix: number[], offsetMeters: number): number[] {
  const [lon, lat] = ecefToGeodetic(matrix[12]!, matrix[13]!, matrix[14]!);
  const up = new LocalFrame(lon, lat, 0).up;
  return matrix.map((v, i) => (i >= 12 && i < 15 ? v + up[i - 12]! * offsetMeters : v));
}
