// Where a feature's label goes: a polygon's area-weighted centroid (of its largest part, so a multipolygon gets one
// label), a line's middle vertex, a point itself. Plain GeoJSON in, [lon, lat] out.

type Position = number[];
interface Geometry {
  type: string;
  coordinates?: unknown;
}

export function labelAnchor(geometry: Geometry): Position | undefined {
  switch (geometry.type) {
    case 'Point': return geometry.coordinates as Position;
    case 'MultiPoint': return (geometry.coordinates as Position[])[0];
    case 'LineString': return middle(geometry.coordinates as Position[]);
    case 'MultiLineString': return middle(longest(geometry.coordinates as Position[][]));
    case 'Polygon': return ringCentroid((geometry.coordinates as Position[][])[0]);
    case 'MultiPolygon': {
      const outers = (geometry.coordinates as Position[][][]).map((rings) => rings[0]);
      const largest = outers.reduce((best, ring) => (Math.abs(ringArea(ring)) > Math.abs(ringArea(best)) ? ring : best));
      return ringCentroid(largest);
    }
    default: return undefined;
  }
}

function middle(line: Position[]): Position | undefined {
  return line[Math.floor(line.length / 2)];
}

function longest(lines: Position[][]): Position[] {
  return lines.reduce((best, line) => (line.length > best.length ? line : best), []);
}

/** Shoelace area in squared degrees; only its sign and relative size matter here. */
export function ringArea(ring: Position[]): number {
  let twice = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    twice += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  }
  return twice / 2;
}

/** Area-weighted centroid, relative to the first vertex to keep precision; falls back to the vertex mean. */
export function ringCentroid(ring: Position[]): Position {
  const [x0, y0] = ring[0];
  let twiceArea = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const xj = ring[j][0] - x0, yj = ring[j][1] - y0, xi = ring[i][0] - x0, yi = ring[i][1] - y0;
    const cross = xj * yi - xi * yj;
    twiceArea += cross;
    cx += (xj + xi) * cross;
    cy += (yj + yi) * cross;
  }
  if (Math.abs(twiceArea) < 1e-18) {
    const n = ring.length;
    return [ring.reduce((s, p) => s + p[0], 0) / n, ring.reduce((s, p) => s + p[1], 0) / n];
  }
  return [x0 + cx / (3 * twiceArea), y0 + cy / (3 * twiceArea)];
}
