// The .shp main file (ESRI Shapefile Technical Description, 1998) → one GeoJSON geometry (or null) per record, in
// the file's own coordinates. Points, multipoints, polylines and polygons, with their Z variants (M is ignored).
import { DataError } from '../../shared/errors.ts';
import { polygonsFromRings } from './polygon-rings.ts';

export type ShpPosition = number[];
export type ShpGeometry =
  | { type: 'Point'; coordinates: ShpPosition }
  | { type: 'MultiPoint'; coordinates: ShpPosition[] }
  | { type: 'LineString'; coordinates: ShpPosition[] }
  | { type: 'MultiLineString'; coordinates: ShpPosition[][] }
  | { type: 'Polygon'; coordinates: ShpPosition[][] }
  | { type: 'MultiPolygon'; coordinates: ShpPosition[][][] };

const FILE_CODE = 9994;
const HEADER_BYTES = 100;
const RECORD_HEADER_BYTES = 8;
const SHAPE = { null: 0, point: 1, polyLine: 3, polygon: 5, multiPoint: 8, pointZ: 11, polyLineZ: 13, polygonZ: 15,
  multiPointZ: 18, pointM: 21, polyLineM: 23, polygonM: 25, multiPointM: 28 } as const;
const SHAPE_NAMES: Record<number, string> = { 31: 'MultiPatch' };

/** Every record's geometry in file order (null for null shapes); throws a DataError naming `source` when unreadable. */
export function readShp(bytes: Uint8Array, source: string): (ShpGeometry | null)[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < HEADER_BYTES || view.getInt32(0, false) !== FILE_CODE) {
    throw new DataError(source, 'not a shapefile: the .shp header is missing its file code 9994');
  }
  const declaredBytes = view.getInt32(24, false) * 2;
  const end = Math.min(declaredBytes, bytes.byteLength);
  const geometries: (ShpGeometry | null)[] = [];
  let offset = HEADER_BYTES;
  while (offset + RECORD_HEADER_BYTES <= end) {
    const recordNumber = view.getInt32(offset, false);
    const contentBytes = view.getInt32(offset + 4, false) * 2;
    const start = offset + RECORD_HEADER_BYTES;
    if (contentBytes < 4 || start + contentBytes > bytes.byteLength) {
      throw new DataError(source, `the file is truncated or corrupt at record ${recordNumber} (byte ${offset})`);
    }
    geometries.push(readRecord(new DataView(bytes.buffer, bytes.byteOffset + start, contentBytes), source, recordNumber));
    offset = start + contentBytes;
  }
  if (declaredBytes > bytes.byteLength) {
    throw new DataError(source, `the file is truncated: the header says ${declaredBytes} bytes, found ${bytes.byteLength}`);
  }
  return geometries;
}

function readRecord(record: DataView, source: string, recordNumber: number): ShpGeometry | null {
  const type = record.getInt32(0, true);
  switch (type) {
    case SHAPE.null: return null;
    case SHAPE.point: case SHAPE.pointM: return { type: 'Point', coordinates: [record.getFloat64(4, true), record.getFloat64(12, true)] };
    case SHAPE.pointZ: return { type: 'Point', coordinates: [record.getFloat64(4, true), record.getFloat64(12, true), record.getFloat64(20, true)] };
    case SHAPE.multiPoint: case SHAPE.multiPointM: case SHAPE.multiPointZ: {
      const count = record.getInt32(36, true);
      const points = readPoints(record, 40, count, type === SHAPE.multiPointZ ? 40 + 16 * count + 16 : undefined);
      return { type: 'MultiPoint', coordinates: points };
    }
    case SHAPE.polyLine: case SHAPE.polyLineM: case SHAPE.polyLineZ: {
      const parts = readParts(record, type === SHAPE.polyLineZ);
      return parts.length === 1 ? { type: 'LineString', coordinates: parts[0] } : { type: 'MultiLineString', coordinates: parts };
    }
    case SHAPE.polygon: case SHAPE.polygonM: case SHAPE.polygonZ: {
      const polygons = polygonsFromRings(readParts(record, type === SHAPE.polygonZ));
      return polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0] } : { type: 'MultiPolygon', coordinates: polygons };
    }
    default:
      throw new DataError(source, `record ${recordNumber} has shape type ${SHAPE_NAMES[type] ?? type}, which is not supported ` +
        '(points, polylines and polygons are)');
  }
}

/** Parts of a polyline or polygon record: [box 32 B][numParts][numPoints][parts][points][Z range + Zs]. */
function readParts(record: DataView, hasZ: boolean): ShpPosition[][] {
  const partCount = record.getInt32(36, true);
  const pointCount = record.getInt32(40, true);
  const pointsOffset = 44 + 4 * partCount;
  const zOffset = hasZ ? pointsOffset + 16 * pointCount + 16 : undefined;
  const points = readPoints(record, pointsOffset, pointCount, zOffset);
  const parts: ShpPosition[][] = [];
  for (let part = 0; part < partCount; part++) {
    const first = record.getInt32(44 + 4 * part, true);
    const last = part + 1 < partCount ? record.getInt32(44 + 4 * (part + 1), true) : pointCount;
    parts.push(points.slice(first, last));
  }
  return parts;
}

function readPoints(record: DataView, offset: number, count: number, zOffset: number | undefined): ShpPosition[] {
  const points: ShpPosition[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const x = record.getFloat64(offset + 16 * i, true);
    const y = record.getFloat64(offset + 16 * i + 8, true);
    points[i] = zOffset === undefined ? [x, y] : [x, y, record.getFloat64(zOffset + 8 * i, true)];
  }
  return points;
}
