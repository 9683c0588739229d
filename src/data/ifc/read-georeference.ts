// Finds the georeferencing an IFC file carries, in the order of DESIGN.md §4.6, and the project's length unit.
import {
  IFCCONVERSIONBASEDUNIT,
  IFCGEOMETRICREPRESENTATIONCONTEXT,
  IFCMAPCONVERSION,
  IFCPROJECT,
  IFCSITE,
  IFCSIUNIT,
  IFCUNITASSIGNMENT,
  type IfcAPI,
} from 'web-ifc';
import type { Georeference, MapConversion } from './georeference.ts';
import { linesOfType, num, plain, ref, refs, text, type IfcLine } from './ifc-lines.ts';
import type { PropertyIndex } from './properties.ts';

const SI_PREFIX: Record<string, number> = { MILLI: 1e-3, CENTI: 1e-2, DECI: 1e-1, KILO: 1e3 };
const NAMED_UNITS: Record<string, number> = { FOOT: 0.3048, INCH: 0.0254, YARD: 0.9144, MILE: 1609.344 };

/** Metres per project length unit (1 for metres, 0.001 for millimetres). */
export function readLengthUnitMeters(api: IfcAPI, model: number): number {
  const project = linesOfType(api, model, IFCPROJECT)[0];
  const assignment = project && ref(project.UnitsInContext);
  if (assignment === undefined || api.GetLineType(model, assignment) !== IFCUNITASSIGNMENT) return 1;
  for (const id of refs((api.GetLine(model, assignment) as IfcLine).Units)) {
    const unit = api.GetLine(model, id) as IfcLine;
    if (text(unit.UnitType) !== 'LENGTHUNIT') continue;
    if (unit.type === IFCSIUNIT) return SI_PREFIX[text(unit.Prefix) ?? ''] ?? 1;
    if (unit.type === IFCCONVERSIONBASEDUNIT) return NAMED_UNITS[(text(unit.Name) ?? '').toUpperCase()] ?? 1;
  }
  return 1;
}

function fromMapConversion(api: IfcAPI, model: number): MapConversion | undefined {
  const line = linesOfType(api, model, IFCMAPCONVERSION)[0];
  if (!line) return undefined;
  const crsId = ref(line.TargetCRS);
  const crsName = crsId === undefined ? undefined : text((api.GetLine(model, crsId) as IfcLine).Name);
  return conversion(crsName, line);
}

/** IFC2X3 has no IfcMapConversion; the same numbers travel as ePset_MapConversion and ePSet_ProjectedCRS. */
function fromPropertySets(index: PropertyIndex): MapConversion | undefined {
  const find = (name: string) => index.propertySetsNamed(name.toLowerCase())[0];
  const values = find('epset_mapconversion');
  if (!values) return undefined;
  return conversion(text(find('epset_projectedcrs')?.Name), values);
}

function conversion(crsName: string | undefined, values: Record<string, unknown>): MapConversion {
  const number = (key: string) => num(values[key]) ?? 0;
  return {
    crsName: crsName ?? '(no target CRS)',
    eastings: number('Eastings'),
    northings: number('Northings'),
    orthogonalHeight: number('OrthogonalHeight'),
    xAxisAbscissa: num(values.XAxisAbscissa) ?? 1,
    xAxisOrdinate: number('XAxisOrdinate'),
    ...(num(values.Scale) === undefined ? {} : { scale: num(values.Scale)! }),
  };
}

/** IfcCompoundPlaneAngleMeasure: degrees, minutes, seconds, millionths of a second, all with the same sign. */
export function compoundAngleDegrees(parts: number[]): number {
  const [d = 0, m = 0, s = 0, micro = 0] = parts;
  return d + m / 60 + s / 3600 + micro / 3.6e9;
}

function fromSite(api: IfcAPI, model: number, lengthUnitMeters: number): Georeference | undefined {
  for (const site of linesOfType(api, model, IFCSITE)) {
    const lat = plain(site.RefLatitude);
    const lon = plain(site.RefLongitude);
    if (!Array.isArray(lat) || !Array.isArray(lon) || !lat.length || !lon.length) continue;
    const trueNorth = readTrueNorth(api, model);
    return {
      rule: 'site',
      lat: compoundAngleDegrees(lat as number[]),
      lon: compoundAngleDegrees(lon as number[]),
      heightMeters: (num(site.RefElevation) ?? 0) * lengthUnitMeters,
      ...(trueNorth ? { trueNorth } : {}),
    };
  }
  return undefined;
}

function readTrueNorth(api: IfcAPI, model: number): [number, number] | undefined {
  for (const context of linesOfType(api, model, IFCGEOMETRICREPRESENTATIONCONTEXT)) {
    const id = ref(context.TrueNorth);
    if (id === undefined) continue;
    const ratios = plain((api.GetLine(model, id) as IfcLine).DirectionRatios) as number[];
    if (Array.isArray(ratios) && ratios.length >= 2) return [ratios[0]!, ratios[1]!];
  }
  return undefined;
}

/** The first georeferencing rule the file satisfies, or undefined when it has none. */
export function readGeoreference(
  api: IfcAPI,
  model: number,
  propertyIndex: () => PropertyIndex,
  lengthUnitMeters: number,
): Georeference | undefined {
  const mapConversion = fromMapConversion(api, model) ?? fromPropertySets(propertyIndex());
  if (mapConversion) return { rule: 'map-conversion', conversion: mapConversion };
  return fromSite(api, model, lengthUnitMeters);
}
