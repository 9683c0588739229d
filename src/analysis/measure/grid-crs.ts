// Which CGCS2000 3° Gauss–Krüger plane a planar area is taken on: the project's own CRS when it is one (its grid is
// the plane its drawings and control figures are in), otherwise the 3° zone whose central meridian is nearest the
// polygon (DESIGN.md §4.5: EPSG:4534–4554, central meridians 75°E–135°E, false easting 500 km, scale factor 1).
import { gaussKrugerParameters, parseCrsCode } from '../../data/crs.ts';

const ZONE_WIDTH_DEGREES = 3;
const FIRST_CM_CODE = 4534;
const FIRST_CM_DEGREES = 75;
const LAST_CM_DEGREES = 135;

/** The EPSG code of the Gauss–Krüger plane for a polygon centred at `lonDegrees`, given the project's CRS name. */
export function gridCrsCode(projectCrs: string | undefined, lonDegrees: number): number {
  if (projectCrs) {
    const code = parseCrsCode(projectCrs);
    if (gaussKrugerParameters(code)) return code;
  }
  const cm = ZONE_WIDTH_DEGREES * Math.round(lonDegrees / ZONE_WIDTH_DEGREES);
  if (cm < FIRST_CM_DEGREES || cm > LAST_CM_DEGREES) {
    throw new TypeError(
      `cim.measure: longitude ${lonDegrees.toFixed(3)}° lies outside the CGCS2000 3° Gauss–Krüger zones ` +
        `(${FIRST_CM_DEGREES - 1.5}°E–${LAST_CM_DEGREES + 1.5}°E); give the project a Gauss–Krüger crs for a planar area there`,
    );
  }
  return FIRST_CM_CODE + (cm - FIRST_CM_DEGREES) / ZONE_WIDTH_DEGREES;
}
