// The .shp main file (ESRI Shapefile Technical Description, 1998) → one GeoJSON geometry (or null) per record, in
// the file's own coordinates. Points, multipoints, polylines and polygons, with their Z variants (M is ignored).
import { DEFAULT_LIMITS, type DeploymentLimits } from '../../config/deployment-config.ts';
import { DataError } from '../../shared/errors.ts';
import { checkByteRange, checkCount } from '../../shared/header-checks.ts';
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
const SHAPE = {
  null: 0,
  point: 1,
  polyLine: 3,
  polygon: 5,
  multiPoint: 8,
  pointZ: 11,
  polyLineZ: 13,
  polygonZ: 15,
  multiPointZ: 18,
  pointM: 21,
  polyLineM: 23,
  polygonM: 25,
  multiPointM: 28,
} as const;
const SHAPE_NAMES: Record<number, string> = { 31: 'MultiPatch' };

/** Every record's geometry in file order (null for null shapes); throws a DataError naming `source` when unreadable. */
export function readShp(
  bytes: Uint8Array,
  source: string,
  limits: DeploymentLimits = DEFAULT_LIMITS,
): (ShpGeometry | null)[] {
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
    if (geometries.length === limits.maxFeaturesPerLayer) {
      throw new DataError(
        source,
        `the file has more than ${limits.maxFeaturesPerLayer} records (limits.maxFeaturesPerLayer)`,
      );
    }
    const record = new ShpRecord(
      new DataView(bytes.buffer, bytes.byteOffset + start, contentBytes),
      source,
      recordNumber,
      limits,
    );
    geometries.push(readRecord(record));
    offset = start + contentBytes;
  }
  if (declaredBytes > bytes.byteLength) {
    throw new DataError(
      source,
      `the file is truncated: the header says ${declaredBytes} bytes, found ${bytes.byteLength}`,
    );
  }
  return geometries;
}

/** One record's bytes, with the checks every field read needs: its counts and offsets are the file's claims. */
class ShpRecord {
  constructor(
    readonly view: DataView,
    readonly source: string,
    readonly number: number,
    readonly limits: DeploymentLimits,
  ) {}

  /** Throws unless `lengthBytes` at `offsetBytes` lie inside the record. */
  need(what: string, offsetBytes: number, lengthBytes: number): void {
    checkByteRange(this.source, `record ${this.number}: ${what}`, offsetBytes, lengthBytes, this.view.byteLength);
  }

  int(offsetBytes: number): number {
    this.need('a field', offsetBytes, 4);
    return this.view.getInt32(offsetBytes, true);
  }

  pointCount(offsetBytes: number): number {
    return checkCount(
      this.source,
      `record ${this.number}: the point count`,
      this.int(offsetBytes),
      this.limits.maxRingVertices,
      'limits.maxRingVertices',
    );
  }
}

function readRecord(record: ShpRecord): ShpGeometry | null {
  const type = record.int(0);
  const point = (count: number) => readPoints(record, 4, 1, count === 3 ? 20 : undefined)[0]!;
  switch (type) {
    case SHAPE.null:
      return null;
    case SHAPE.point:
    case SHAPE.pointM:
      return { type: 'Point', coordinates: point(2) };
    case SHAPE.pointZ:
      return { type: 'Point', coordinates: point(3) };
    case SHAPE.multiPoint:
    case SHAPE.multiPointM:
    case SHAPE.multiPointZ: {
      const count = record.pointCount(36);
      const points = readPoints(record, 40, count, type === SHAPE.multiPointZ ? 40 + 16 * count + 16 : undefined);
      return { type: 'MultiPoint', coordinates: points };
    }
    case SHAPE.polyLine:
    case SHAPE.polyLineM:
    case SHAPE.polyLineZ: {
      const parts = readParts(record, type === SHAPE.polyLineZ);
      return parts.length === 1
        ? { type: 'LineString', coordinates: parts[0]! }
        : { type: 'MultiLineString', coordinates: parts };
    }
    case SHAPE.polygon:
    case SHAPE.polygonM:
    case SHAPE.polygonZ: {
      const polygons = polygonsFromRings(readParts(record, type === SHAPE.polygonZ));
      return polygons.length === 1
        ? { type: 'Polygon', coordinates: polygons[0]! }
        : { type: 'MultiPolygon', coordinates: polygons };
    }
    default:
      throw new DataError(
        record.source,
        `record ${record.number} has shape type ${SHAPE_NAMES[type] ?? type}, which is not supported ` +
          '(points, polylines and polygons are)',
      );
  }
}

/** Parts of a polyline or polygon record: [box 32 B][numParts][numPoints][parts][points][Z range + Zs]. */
function readParts(record: ShpRecord, hasZ: boolean): ShpPosition[][] {
  const pointCount = record.pointCount(40);
  // Each part starts at a point, so there cannot be more parts than points.
  const partCount = checkCount(
    record.source,
    `record ${record.number}: the part count`,
    record.int(36),
    pointCount,
    'its point count',
  );
  const pointsOffset = 44 + 4 * partCount;
  const zOffset = hasZ ? pointsOffset + 16 * pointCount + 16 : undefined;
  const points = readPoints(record, pointsOffset, pointCount, zOffset);
  const parts: ShpPosition[][] = [];
  for (let part = 0; part < partCount; part++) {
    const first = record.int(44 + 4 * part);
    const last = part + 1 < partCount ? record.int(44 + 4 * (part + 1)) : pointCount;
    if (first < 0 || first > last || last > pointCount) {
      throw new DataError(
        record.source,
        `record ${record.number}: part ${part} runs from point ${first} to ${last} of ${pointCount}: the file is corrupt`,
      );
    }
    parts.push(points.slice(first, last));
  }
  return parts;
}

function readPoints(record: ShpRecord, offset: number, count: number, zOffset: number | undefined): ShpPosition[] {
  record.need(`${count} points`, offset, 16 * count);
  if (zOffset !== undefined) record.need(`${count} heights`, zOffset, 8 * count);
  const { view } = record;
  const points: ShpPosition[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const x = view.getFloat64(offset + 16 * i, true);
    const y = view.getFloat64(offset + 16 * i + 8, true);
    points[i] = zOffset === undefined ? [x, y] : [x, y, view.getFloat64(zOffset + 8 * i, true)];
  }
  return points;
}
