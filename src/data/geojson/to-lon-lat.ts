// Brings a geometry's positions (in place) from the file's CRS to lon/lat degrees, diagnosing the classic mistakes:
// swapped axes, projected metres read as degrees, degrees read as metres, and coordinates outside the CRS's zone.
import { gaussKrugerParameters, isGeographicCrs, looksAxisSwapped, makeToLonLat } from '../crs.ts';
import { projectedCrsHint } from './crs-hint.ts';
import { GeometryError, type Key } from './geometry-error.ts';
import type { CleanGeometry, Position } from './types.ts';
import { walkPositions } from './walk-positions.ts';

/** Beyond this a Gauss–Krüger 3° zone (±1.5°) is surely the wrong CRS for the data. */
const MAX_DEGREES_FROM_CENTRAL_MERIDIAN = 4.5;

export type GeometryToLonLat = (geometry: CleanGeometry) => void;

/** Throws a GeometryError at the first position that cannot be right, with a diagnosis for the whole geometry. */
export function makeGeometryToLonLat(crsCode: number): GeometryToLonLat {
  return isGeographicCrs(crsCode) ? checkLonLat : projectedToLonLat(crsCode);
}

const inRange = (lon: number, lat: number) => Math.abs(lon) <= 180 && Math.abs(lat) <= 90;
const show = (position: Position) => `[${position.join(', ')}]`;

function checkLonLat(geometry: CleanGeometry): void {
  let bad: { at: Key[]; position: Position } | undefined;
  walkPositions(geometry, (position, at) => {
    if (inRange(position[0], position[1])) return true;
    bad = { at: [...at], position };
    return false;
  });
  if (bad) throw new GeometryError(bad.at, diagnoseLonLat(geometry, bad.position));
}

function diagnoseLonLat(geometry: CleanGeometry, position: Position): string {
  const [x, y] = position;
  if (walkPositions(geometry, (p) => inRange(p[1], p[0]))) {
    return (
      `axis order looks swapped: ${show(position)} reads as [lat, lon], but GeoJSON positions are [lon, lat]; ` +
      'swap the two values in the file (or export with longitude first)'
    );
  }
  if (Math.abs(x) > 360 || Math.abs(y) > 360) {
    return (
      `${show(position)} looks like projected coordinates in metres, not lon/lat degrees; set "crs" on the layer ` +
      `to the data's coordinate system${projectedCrsHint(x)}`
    );
  }
  return `${show(position)} is out of range: longitude must be -180..180 and latitude -90..90 degrees`;
}

function projectedToLonLat(crsCode: number): GeometryToLonLat {
  const crs = `EPSG:${crsCode}`;
  const toLonLat = makeToLonLat(crsCode);
  const gk = gaussKrugerParameters(crsCode);
  const problemWith = ([x, y]: Position, lon: number, lat: number): string | undefined => {
    if (looksAxisSwapped(crsCode, x, y)) {
      return (
        `axis order looks swapped: ${show([x, y])} reads as [northing, easting], but GeoJSON positions in ${crs} ` +
        'are [easting, northing] (x first); swap the two values in the file'
      );
    }
    if (inRange(x, y)) {
      return (
        `${show([x, y])} looks like lon/lat degrees, but the layer's crs is ${crs} (metres); ` +
        'remove "crs" from the layer or set it to "EPSG:4326"'
      );
    }
    const offZone = gk && Math.abs(lon - gk.centralMeridianDegrees) > MAX_DEGREES_FROM_CENTRAL_MERIDIAN;
    if (!Number.isFinite(lon) || !Number.isFinite(lat) || !inRange(lon, lat) || offZone) {
      const zone = gk
        ? ` (eastings near ${gk.falseEastingMeters} m, central meridian ${gk.centralMeridianDegrees}°E)`
        : '';
      return `${show([x, y])} is outside the area ${crs}${zone} covers; check the layer's crs${projectedCrsHint(x)}`;
    }
    return undefined;
  };
  return (geometry) => {
    walkPositions(geometry, (position, at) => {
      const [lon, lat] = toLonLat(position[0], position[1]);
      const problem = problemWith(position, lon, lat);
      if (problem) throw new GeometryError([...at], problem);
      position[0] = lon;
      position[1] = lat;
    });
  };
}
