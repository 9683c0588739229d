// Coordinate reference systems a Chinese planning office hands us (DESIGN.md §4.5): CGCS2000 geographic and its
// 3° Gauss–Krüger projections, plus WGS84 and Web Mercator. Pure: imports only proj4, so the app and the CLIs share it.
//
// Axis order: every function here takes and returns (x, y) = (easting, northing) for projected CRSs and
// (lon, lat) for geographic ones — the order GeoJSON, shapefiles and DXF store. EPSG itself defines the CGCS2000
// projections as northing, easting; we never use that order, and `looksAxisSwapped` catches data that does.
//
// CGCS2000 (GRS80) is treated as WGS84: the ellipsoids differ by 0.1 mm and the frames by a few centimetres,
// far below what a city model shows. So no datum shift is applied anywhere.
import proj4 from 'proj4';

export type LonLat = [lonDegrees: number, latDegrees: number];
export type XY = [x: number, y: number];

const GEOGRAPHIC = new Set([4326, 4490]);
const ZONE_CODES = { first: 4513, last: 4533, firstZone: 25 } as const;
const CM_CODES = { first: 4534, last: 4554, firstCmDegrees: 75 } as const;
const GAUSS_KRUGER_ZONE_WIDTH_DEGREES = 3;

function gaussKruger(centralMeridianDegrees: number, falseEastingMeters: number): string {
  return (
    `+proj=tmerc +lat_0=0 +lon_0=${centralMeridianDegrees} +k=1 +x_0=${falseEastingMeters} +y_0=0 ` +
    '+ellps=GRS80 +units=m +no_defs'
  );
}

/** Central meridian and false easting of a CGCS2000 3° Gauss–Krüger code, or undefined for other codes. */
export function gaussKrugerParameters(
  code: number,
): { centralMeridianDegrees: number; falseEastingMeters: number } | undefined {
  if (code >= ZONE_CODES.first && code <= ZONE_CODES.last) {
    const zone = ZONE_CODES.firstZone + (code - ZONE_CODES.first);
    // The zone number is written in front of the easting: zone 38 → 38 500 000 m at the central meridian.
    return { centralMeridianDegrees: zone * GAUSS_KRUGER_ZONE_WIDTH_DEGREES, falseEastingMeters: zone * 1e6 + 500_000 };
  }
  if (code >= CM_CODES.first && code <= CM_CODES.last) {
    const cm = CM_CODES.firstCmDegrees + (code - CM_CODES.first) * GAUSS_KRUGER_ZONE_WIDTH_DEGREES;
    return { centralMeridianDegrees: cm, falseEastingMeters: 500_000 };
  }
  return undefined;
}

export function isSupportedCrs(code: number): boolean {
  return GEOGRAPHIC.has(code) || code === 3857 || gaussKrugerParameters(code) !== undefined;
}

export function isGeographicCrs(code: number): boolean {
  return GEOGRAPHIC.has(code);
}

function unsupported(code: number | string): Error {
  return new Error(
    `Unsupported coordinate system EPSG:${code}; supported are EPSG:4326, EPSG:4490 (CGCS2000), EPSG:3857 and ` +
      'EPSG:4513–4554 (CGCS2000 3° Gauss–Krüger)',
  );
}

/** Registers the code with proj4 (idempotent) and returns its proj4 name. */
function register(code: number): string {
  const name = `EPSG:${code}`;
  if (proj4.defs(name)) return name;
  const gk = gaussKrugerParameters(code);
  if (gk) proj4.defs(name, gaussKruger(gk.centralMeridianDegrees, gk.falseEastingMeters));
  else if (code === 3857) {
    proj4.defs(name, '+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +no_defs');
  } else throw unsupported(code);
  return name;
}

/** Converter from the CRS's (easting, northing) — or (lon, lat) — to WGS84 lon/lat degrees. */
export function makeToLonLat(code: number): (x: number, y: number) => LonLat {
  if (!isSupportedCrs(code)) throw unsupported(code);
  if (isGeographicCrs(code)) return (x, y) => [x, y];
  const converter = proj4(register(code), 'EPSG:4326');
  return (x, y) => {
    const [lon, lat] = converter.forward([x, y]);
    return [lon!, lat!];
  };
}

/** Converter from WGS84 lon/lat degrees to the CRS's (easting, northing) — or (lon, lat). */
export function makeFromLonLat(code: number): (lonDegrees: number, latDegrees: number) => XY {
  if (!isSupportedCrs(code)) throw unsupported(code);
  if (isGeographicCrs(code)) return (lon, lat) => [lon, lat];
  const converter = proj4(register(code), 'EPSG:4326');
  return (lon, lat) => {
    const [x, y] = converter.inverse([lon, lat]);
    return [x!, y!];
  };
}

/**
 * The EPSG code in a CRS name: "EPSG:4547", "4547", "urn:ogc:def:crs:EPSG::4547", or OGC CRS84 (→ 4326).
 * Throws when the name is not one we support, naming it.
 */
export function parseCrsCode(name: string | number): number {
  const text = String(name).trim();
  if (/^(urn:ogc:def:crs:OGC:(1\.3)?:)?CRS84$/i.test(text)) return 4326;
  const match = /^(?:EPSG:+|urn:ogc:def:crs:EPSG:[\d.]*:)?(\d+)$/i.exec(text);
  const code = match ? Number(match[1]) : NaN;
  if (!isSupportedCrs(code)) throw unsupported(match ? code : JSON.stringify(text));
  return code;
}

/**
 * True when (x, y) looks like northing, easting in a Gauss–Krüger CRS — the classic swap. Northings in China are
 * 1.9–5.9 million metres; eastings stay within ±400 km of the false easting.
 */
export function looksAxisSwapped(code: number, x: number, y: number): boolean {
  const gk = gaussKrugerParameters(code);
  if (!gk) return false;
  const isEasting = (v: number) => Math.abs(v - gk.falseEastingMeters) < 400_000;
  return !isEasting(x) && isEasting(y);
}
