// Writes polygon shapefiles in memory (.shp and a UTF-8 .dbf of text and number fields), for the shapefile bench and
// the unit tests that need shapes GDAL's samples do not have (an island in a hole).

/** One record: its rings, each closed (first point = last), outer rings clockwise and holes counter-clockwise. */
export type ShpPolygonRecord = [number, number][][];

const POLYGON = 5;

export function writePolygonShp(records: readonly ShpPolygonRecord[]): Uint8Array<ArrayBuffer> {
  const contentBytes = records.map((rings) => 44 + 4 * rings.length + 16 * rings.reduce((n, r) => n + r.length, 0));
  const fileBytes = 100 + contentBytes.reduce((sum, bytes) => sum + 8 + bytes, 0);
  const bytes = new Uint8Array(fileBytes);
  const view = new DataView(bytes.buffer);
  view.setInt32(0, 9994, false);
  view.setInt32(24, fileBytes / 2, false);
  view.setInt32(28, 1000, true);
  view.setInt32(32, POLYGON, true);
  let at = 100;
  records.forEach((rings, index) => {
    view.setInt32(at, index + 1, false);
    view.setInt32(at + 4, contentBytes[index]! / 2, false);
    const content = at + 8;
    const points = rings.flat();
    view.setInt32(content, POLYGON, true);
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)].forEach((v, i) =>
      view.setFloat64(content + 4 + 8 * i, v, true),
    );
    view.setInt32(content + 36, rings.length, true);
    view.setInt32(content + 40, points.length, true);
    let first = 0;
    rings.forEach((ring, r) => {
      view.setInt32(content + 44 + 4 * r, first, true);
      first += ring.length;
    });
    const pointsAt = content + 44 + 4 * rings.length;
    points.forEach(([x, y], i) => {
      view.setFloat64(pointsAt + 16 * i, x, true);
      view.setFloat64(pointsAt + 16 * i + 8, y, true);
    });
    at = content + contentBytes[index]!;
  });
  return bytes;
}

export interface DbfField {
  name: string;
  type: 'C' | 'N';
  lengthBytes: number;
}

/** A dBASE III table; text is UTF-8 (write a .cpg saying so), numbers right-aligned. */
export function writeDbf(fields: readonly DbfField[], rows: readonly (string | number)[][]): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  const headerBytes = 32 + 32 * fields.length + 1;
  const recordBytes = 1 + fields.reduce((sum, field) => sum + field.lengthBytes, 0);
  const bytes = new Uint8Array(headerBytes + rows.length * recordBytes + 1).fill(0x20);
  const view = new DataView(bytes.buffer);
  bytes.fill(0, 0, headerBytes);
  bytes[0] = 3;
  view.setUint32(4, rows.length, true);
  view.setUint16(8, headerBytes, true);
  view.setUint16(10, recordBytes, true);
  fields.forEach((field, i) => {
    bytes.set(encoder.encode(field.name), 32 + 32 * i);
    bytes[32 + 32 * i + 11] = field.type.charCodeAt(0);
    bytes[32 + 32 * i + 16] = field.lengthBytes;
  });
  bytes[headerBytes - 1] = 0x0d;
  rows.forEach((row, r) => {
    let at = headerBytes + r * recordBytes + 1;
    fields.forEach((field, i) => {
      const value = row[i]!;
      const encoded = encoder.encode(String(value)).subarray(0, field.lengthBytes);
      bytes.set(encoded, field.type === 'N' ? at + field.lengthBytes - encoded.length : at);
      at += field.lengthBytes;
    });
  });
  bytes[bytes.length - 1] = 0x1a;
  return bytes;
}
