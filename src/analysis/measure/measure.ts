// 几何量算: the four measures of cim.measure and the 量算 tab, on points [lon, lat, heightMeters] (degrees; metres above
// the WGS84/CGCS2000 ellipsoid, the viewer's vertical frame). What each figure means, the way surveyors split them:
//
// distance (a polyline of 2 or more points; each figure summed over its legs)
//   horizontalMeters  水平距离: length of the geodesic on the ellipsoid between the points' plumb lines (their feet at
//                     height 0). At height h the same horizontal is h/R longer (1.6 mm per km at 100 m), not included.
//   spatialMeters     空间距离 (斜距): the straight line (ECEF chord) between the points themselves.
//   verticalMeters    高差: the last point's height minus the first's (positive when the end is higher).
// height (1 point: a roof, measured from the ground under it; 2 points: between them in any order)
//   heightMeters      the higher point's height minus the lower's (the ground's, for one point), along the vertical:
//                     the horizontal offset between the two points does not count.
// area (3 or more points of a simple ring, open or closed; heights are ignored: the ring's plumb projection)
//   planarSquareMeters     on the CGCS2000 Gauss–Krüger plane `crs` (grid-crs.ts: the project's GK CRS, else the 3°
//                          zone of the ring's centroid): shoelace of the projected eastings and northings. This is the
//                          area drawings and 规划条件 use; it carries the projection's scale (+2.5e-4 at 1.5° off the
//                          central meridian, +1e-7 within 3 km of it).
//   ellipsoidSquareMeters  on the ellipsoid, inside the geodesics joining the points (ellipsoid-area.ts).
//   perimeterMeters        the geodesic lengths of the edges on the ellipsoid, closing edge included.
//   crs                    the plane's name, 'EPSG:4547' for the sample (CM 114°E).
// angle (2 points: from the first to the second)
//   azimuthDeg        方位角 from TRUE (geodetic) north, clockwise, [0, 360): the geodesic's azimuth at the first point
//                     (0 when the second point is straight above or below). Grid azimuth on the GK plane differs by
//                     the meridian convergence (about 0.01° at 114.02°E, 33°N on EPSG:4547).
//   elevationDeg      高度角: angle of the straight line above the first point's horizon (the plane normal to the
//                     ellipsoid normal there), −90…90.
import { makeFromLonLat } from '../../data/crs.ts';
import { geodeticToEcef, LocalFrame } from '../../geometry/ellipsoid.ts';
import { findPolygonDefect } from '../../geometry/polygon-validity.ts';
import { ringCentroid, signedArea } from '../../geometry/ring.ts';
import { ellipsoidRingArea } from './ellipsoid-area.ts';
import { inverseGeodesic } from './geodesic.ts';
import { gridCrsCode } from './grid-crs.ts';

export type MeasurePoint = [lonDegrees: number, latDegrees: number, heightMeters: number];
export const MEASURE_KINDS = ['distance', 'height', 'area', 'angle'] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

export interface DistanceResult {
  horizontalMeters: number;
  spatialMeters: number;
  verticalMeters: number;
}
export interface HeightResult {
  heightMeters: number;
}
export interface AreaResult {
  planarSquareMeters: number;
  ellipsoidSquareMeters: number;
  perimeterMeters: number;
  crs: string;
}
export interface AngleResult {
  azimuthDeg: number;
  elevationDeg: number;
}
export type MeasureResult = DistanceResult | HeightResult | AreaResult | AngleResult;

export interface MeasureContext {
  /** The project manifest's CRS name ('EPSG:4326' when it has none). */
  projectCrs?: string;
  /** Ellipsoid height of the ground at a place, for a height measured from one point. */
  groundHeightMeters(lon: number, lat: number): number;
}

export function measureDistance(points: readonly MeasurePoint[]): DistanceResult {
  let horizontalMeters = 0,
    spatialMeters = 0;
  for (let i = 1; i < points.length; i++) {
    const [a, b] = [points[i - 1]!, points[i]!];
    horizontalMeters += inverseGeodesic(a[0], a[1], b[0], b[1]).distanceMeters;
    const [p, q] = [geodeticToEcef(...a), geodeticToEcef(...b)];
    spatialMeters += Math.hypot(q[0] - p[0], q[1] - p[1], q[2] - p[2]);
  }
  return { horizontalMeters, spatialMeters, verticalMeters: points[points.length - 1]![2] - points[0]![2] };
}

export function measureHeight(points: readonly MeasurePoint[], groundHeightMeters: number): HeightResult {
  const base = points.length === 1 ? groundHeightMeters : points[0]![2];
  return { heightMeters: Math.abs(points[points.length - 1]![2] - base) };
}

export function measureArea(points: readonly MeasurePoint[], projectCrs?: string): AreaResult {
  const ring = openRing(points);
  const code = gridCrsCode(projectCrs, ringCentroid(ring)[0]);
  const toGrid = makeFromLonLat(code);
  const grid = ring.map(([lon, lat]) => toGrid(lon, lat));
  const defect = findPolygonDefect([grid]);
  if (defect) {
    throw new TypeError(
      defect.kind === 'crossing'
        ? `cim.measure: the area's outline crosses itself (edges ${defect.segments[0] + 1} and ${defect.segments[1] + 1})`
        : 'cim.measure: an area needs 3 or more distinct corners',
    );
  }
  // Relative to the first corner: eastings and northings of millions of metres would cost the shoelace its millimetres.
  const [x0, y0] = grid[0]!;
  const planarSquareMeters = Math.abs(signedArea(grid.map(([x, y]) => [x - x0, y - y0])));
  let perimeterMeters = 0;
  for (let i = 0; i < ring.length; i++) {
    const [a, b] = [ring[i]!, ring[(i + 1) % ring.length]!];
    perimeterMeters += inverseGeodesic(a[0], a[1], b[0], b[1]).distanceMeters;
  }
  return { planarSquareMeters, ellipsoidSquareMeters: ellipsoidRingArea(ring), perimeterMeters, crs: `EPSG:${code}` };
}

export function measureAngle(points: readonly MeasurePoint[]): AngleResult {
  const [from, to] = [points[0]!, points[1]!];
  const frame = new LocalFrame(...from);
  const enu = new Float64Array(3);
  frame.toLocal(...to, enu);
  const horizontal = Math.hypot(enu[0]!, enu[1]!);
  const azimuthDeg = inverseGeodesic(from[0], from[1], to[0], to[1]).azimuthDeg;
  return { azimuthDeg, elevationDeg: (Math.atan2(enu[2]!, horizontal) * 180) / Math.PI };
}

export function measure(kind: MeasureKind, points: readonly MeasurePoint[], context: MeasureContext): MeasureResult {
  switch (kind) {
    case 'distance':
      return measureDistance(points);
    case 'height':
      return measureHeight(points, points.length === 1 ? context.groundHeightMeters(points[0]![0], points[0]![1]) : 0);
    case 'area':
      return measureArea(points, context.projectCrs);
    case 'angle':
      return measureAngle(points);
  }
}

/** The ring without a closing point that repeats the first. */
function openRing(points: readonly MeasurePoint[]): MeasurePoint[] {
  const [first, last] = [points[0]!, points[points.length - 1]!];
  return points.length > 3 && first[0] === last[0] && first[1] === last[1] ? points.slice(0, -1) : [...points];
}
