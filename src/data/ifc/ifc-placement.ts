// Where a converted model stands: the rule that placed it and the float64 model matrix from its local origin to ECEF.
// Free of web-ifc, so the main thread can re-place a cached or hand-placed model without loading the IFC engine.
import { ecefToGeodetic, type Vec3 } from '../../geometry/ellipsoid.ts';
import { DataError, errorMessage } from '../../shared/errors.ts';
import { modelMatrix, toEcefFunction, type Georeference, type PlacedBy } from './georeference.ts';

export interface IfcPlacement {
  placedBy: PlacedBy;
  /** The map CRS when placed by map conversion, e.g. "EPSG:4547". */
  crs?: string;
  /** Where the model origin (the centre of its geometry) is: lon, lat degrees, ellipsoid height metres. */
  origin: [number, number, number];
  /** Column-major 4×4: model coordinates (IFC axes, metres, relative to the origin) → ECEF. */
  modelMatrix: number[];
}

/** The placement a georeferencing rule gives a model whose origin (centre) is at `originIfc` in IFC world metres. */
export function placementOf(
  georeference: Georeference,
  lengthUnitMeters: number,
  originIfc: Vec3,
  source: string,
): IfcPlacement {
  let toEcef: ReturnType<typeof toEcefFunction>;
  try {
    toEcef = toEcefFunction(georeference, lengthUnitMeters);
  } catch (error) {
    throw new DataError(source, `IfcMapConversion cannot be used: ${errorMessage(error)}`, 'IfcProjectedCRS');
  }
  const matrix = modelMatrix(toEcef, originIfc);
  const [lon, lat, height] = ecefToGeodetic(matrix[12]!, matrix[13]!, matrix[14]!);
  return {
    placedBy: georeference.rule,
    ...(georeference.rule === 'map-conversion' ? { crs: georeference.conversion.crsName } : {}),
    origin: [lon, lat, height],
    modelMatrix: matrix,
  };
}
