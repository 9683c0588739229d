// The .prj (ESRI WKT) → the EPSG code our CRS module supports, or a reason naming what the file uses. Chinese data
// comes as CGCS2000 geographic or 3° Gauss–Krüger (by central meridian or by zone number), sometimes still in
// Xi'an 1980 or Beijing 1954, which need a datum shift we cannot guess.
import { gaussKrugerParameters, isSupportedCrs } from '../crs.ts';

export type PrjCrs = { code: number } | { unsupported: string };

const GK_FIRST_CODE = 4513;
const GK_LAST_CODE = 4554;

export function crsFromPrj(wkt: string): PrjCrs {
  const text = wkt.trim();
  const name = /^(?:PROJCS|PROJCRS|GEOGCS|GEOGCRS)\["([^"]*)"/i.exec(text)?.[1] ?? text.slice(0, 60);
  const authority = /AUTHORITY\["EPSG","?(\d+)"?\]\s*\]\s*$/i.exec(text) ?? /ID\["EPSG",(\d+)\]\s*\]\s*$/i.exec(text);
  if (authority && isSupportedCrs(Number(authority[1]))) return { code: Number(authority[1]) };

  const datum = /DATUM\["([^"]*)"/i.exec(text)?.[1] ?? '';
  const isCgcs2000 = /2000|CGCS/i.test(datum);
  const isWgs84 = /WGS.?(19)?84/i.test(datum);
  if (!isCgcs2000 && !isWgs84) {
    return {
      unsupported:
        `"${name}" (datum ${datum || 'unknown'}): only WGS84 and CGCS2000 are supported; ` +
        "convert the data to CGCS2000 (Xi'an 1980 and Beijing 1954 need a datum shift with local parameters)",
    };
  }
  if (/^GEOG/i.test(text)) return { code: isCgcs2000 ? 4490 : 4326 };
  if (/Mercator_Auxiliary_Sphere|Pseudo.Mercator|Popular.Visuali[sz]ation/i.test(text)) return { code: 3857 };
  const projection = /PROJECTION\["([^"]*)"/i.exec(text)?.[1] ?? /METHOD\["([^"]*)"/i.exec(text)?.[1] ?? '';
  if (isCgcs2000 && /Gauss|Transverse.Mercator/i.test(projection)) {
    const cm = parameter(text, 'Central_Meridian|Longitude of natural origin');
    const falseEasting = parameter(text, 'False_Easting|False easting');
    const code = gaussKrugerCode(cm, falseEasting);
    if (code !== undefined) return { code };
  }
  return {
    unsupported:
      `"${name}" (projection ${projection || 'unknown'}): supported are EPSG:4326, EPSG:4490, EPSG:3857 ` +
      'and the CGCS2000 3° Gauss–Krüger zones EPSG:4513–4554',
  };
}

function parameter(text: string, names: string): number | undefined {
  const match = new RegExp(`PARAMETER\\["(?:${names})",\\s*(-?[\\d.]+)`, 'i').exec(text);
  return match ? Number(match[1]) : undefined;
}

function gaussKrugerCode(
  centralMeridianDegrees: number | undefined,
  falseEastingMeters: number | undefined,
): number | undefined {
  if (centralMeridianDegrees === undefined || falseEastingMeters === undefined) return undefined;
  for (let code = GK_FIRST_CODE; code <= GK_LAST_CODE; code++) {
    const gk = gaussKrugerParameters(code)!;
    if (gk.centralMeridianDegrees === centralMeridianDegrees && gk.falseEastingMeters === falseEastingMeters)
      return code;
  }
  return undefined;
}
