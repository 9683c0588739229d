// Where a feature's label goes: a polygon's area-weighted centroid (of its largest part, so a multipolygon gets one
// label), a line's middle vertex, a point itself. Plain GeoJSON in, [lon, lat] out. Degrees are planar enough here:
// only the relative size of parts and a point inside the shape matter.
import { ringCentroid, signedArea } from '../geometry/ring.ts';

type Position = number[];
interface Geometry {
  type: string;
  coordinates?: unknown;
}

export function labelAnchor(geometry: Geometry): Position | undefined {
  switch (geometry.type) {
    case 'Point':
      return geometry.coordinates as Position;
    case 'MultiPoint':
      return (geometry.coordinates as Position[])[0];
    case 'LineString':
      return middle(geometry.coordinates as Position[]);
    case 'MultiLineString':
      return middle(longest(geometry.coordinates as Position[][]));
    case 'Polygon':
      return ringCentroid((geometry.coordinates as Position[][])[0]);
    case 'MultiPolygon': {
      const outers = (geometry.coordinates as Position[][][]).map((rings) => rings[0]);
      const largest = outers.reduce((best, ring) =>
        Math.abs(signedArea(ring)) > Math.abs(signedArea(best)) ? ring : best,
      );
      return ringCentroid(largest);
    }
    default:
      return undefined;
  }
}

function middle(line: Position[]): Position | undefined {
  return line[Math.floor(line.length / 2)];
}

function longest(lines: Position[][]): Position[] {
  return lines.reduce((best, line) => (line.length > best.length ? line : best), []);
}
