// A guess at the projected CRS that coordinates in metres came from, for "set crs" messages.
import { gaussKrugerParameters } from '../crs.ts';

const GAUSS_KRUGER_CODES = { first: 4513, last: 4554 };
const WEB_MERCATOR_MAX_METERS = 20_037_509;
/** Gauss–Krüger eastings stay within a few hundred kilometres of the false easting. */
const EASTING_REACH_METERS = 500_000;

/** E.g. ' — e.g. EPSG:4526, whose eastings start with the zone number 38' or '' when nothing fits. */
export function projectedCrsHint(x: number): string {
  for (let code = GAUSS_KRUGER_CODES.first; code <= GAUSS_KRUGER_CODES.last; code++) {
    const gk = gaussKrugerParameters(code);
    if (gk && gk.falseEastingMeters > 1e6 && Math.abs(x - gk.falseEastingMeters) < EASTING_REACH_METERS) {
      return (
        ` — e.g. EPSG:${code} (CGCS2000 3° Gauss–Krüger, central meridian ${gk.centralMeridianDegrees}°E, ` +
        `eastings prefixed with the zone number)`
      );
    }
  }
  if (x > 0 && x < 1e6) {
    return ' — e.g. one of EPSG:4534–4554 (CGCS2000 3° Gauss–Krüger by central meridian; EPSG:4547 for 114°E)';
  }
  return Math.abs(x) <= WEB_MERCATOR_MAX_METERS ? ' — e.g. EPSG:3857 (Web Mercator)' : '';
}
