// IFC bytes → everything the viewer and the tiler need: one feature per element with a body, its properties, the
// spatial tree, and where the model stands on the globe (with the rule that placed it). Pure apart from web-ifc.
import { IFCPROJECT, type IfcAPI } from 'web-ifc';
import { DataError, errorMessage } from '../../shared/errors.ts';
import { IfcLoadCancelled } from './load-cancelled.ts';
import { placementOf, type IfcPlacement } from './ifc-placement.ts';
import { streamElementMeshes, type ElementMeshes } from './element-meshes.ts';
import type { Georeference, ManualPlacement } from './georeference.ts';
import { PropertyIndex, type ElementProperties } from './properties.ts';
import { readGeoreference, readLengthUnitMeters } from './read-georeference.ts';
import { SpatialIndex, type ClassNames, type SpatialNode } from './spatial-tree.ts';
import { StepFile, stepText } from './step-file.ts';
import { checkStepFile, type IfcSchema } from './step-header.ts';

export interface IfcElementInfo extends ElementProperties {
  expressId: number;
  globalId: string;
  ifcClass: string;
  name: string;
  /** Name of the IfcBuildingStorey the element is in, if any. */
  storey?: string;
  /** Express id of the IfcBuilding the element is in, if any. */
  building?: number;
}

export interface IfcBuildingInfo {
  expressId: number;
  globalId: string;
  name: string;
  /** Feature indices of the building's elements. */
  features: number[];
}

/** What is known once the geometry is read: enough to draw the model and to filter it by storey and class. */
export interface IfcGeometryData {
  source: string;
  schema: IfcSchema;
  /** Identity only (class, Name, GlobalId, storey, building): property sets and quantities are still empty. */
  elements: IfcElementInfo[];
  meshes: ElementMeshes;
  placement: IfcPlacement;
}

/** Every element with its property sets and quantities: what a tileset needs (ifc2tiles writes no spatial tree). */
export type IfcElementData = IfcGeometryData;

export interface IfcModelData extends IfcElementData {
  tree: SpatialNode;
  buildings: IfcBuildingInfo[];
}

export type IfcPhase = 'parse' | 'geometry' | 'properties';

export interface ReadIfcOptions {
  /** Placement given by the user: wins over the file's own georeferencing. */
  placement?: ManualPlacement;
  /** Where to put a model that carries no georeferencing (e.g. the view centre); without it such a model is an error. */
  fallbackPlacement?: ManualPlacement;
  onProgress?: (phase: IfcPhase, fraction: number) => void;
  /** Called between geometry and properties, so a viewer can draw the model while the properties are read. */
  onGeometry?: (data: IfcGeometryData) => void;
  isCancelled?: () => boolean;
}

/** `readFile` is only called when no manual placement is given: reading the file's georeferencing scans its property sets. */
function choosePlacement(readFile: () => Georeference | undefined, options: ReadIfcOptions, source: string): Georeference {
  if (options.placement) return { rule: 'manual', placement: options.placement };
  const file = readFile();
  if (file) return file;
  if (options.fallbackPlacement) return { rule: 'manual', placement: options.fallbackPlacement };
  throw new DataError(
    source,
    'The model is not georeferenced (no IfcMapConversion, ePset_MapConversion or IfcSite RefLatitude/RefLongitude); place it by hand',
  );
}

/** The model with its spatial tree and buildings, for the viewer. */
export function readIfc(api: IfcAPI, bytes: Uint8Array, source: string, options: ReadIfcOptions = {}): IfcModelData {
  const { data, step, spatial } = readElements(api, bytes, source, options);
  const featureOf = new Map(data.meshes.expressIds.map((id, i) => [id, i]));
  const tree = spatial.tree((id) => featureOf.get(id))!;
  options.onProgress?.('properties', 1);
  return { ...data, tree, buildings: buildingsOf(step, spatial, data.elements) };
}

/** The elements without the spatial tree: on a district model the tree costs as much as the property sets. */
export function readIfcElements(api: IfcAPI, bytes: Uint8Array, source: string, options: ReadIfcOptions = {}): IfcElementData {
  const { data } = readElements(api, bytes, source, options);
  options.onProgress?.('properties', 1);
  return data;
}

function readElements(api: IfcAPI, bytes: Uint8Array, source: string, options: ReadIfcOptions): { data: IfcElementData; step: StepFile; spatial: SpatialIndex } {
  const schema = checkStepFile(bytes, source);
  const progress = options.onProgress ?? (() => {});
  const cancelled = () => options.isCancelled?.() ?? false;
  progress('parse', 0);
  let model: number;
  try {
    model = api.OpenModel(bytes);
  } catch (error) {
    throw new DataError(source, `web-ifc could not parse the file: ${errorMessage(error)}`);
  }
  try {
    if (model < 0 || api.GetLineIDsWithType(model, IFCPROJECT).size() === 0) {
      throw new DataError(source, 'The file has no IfcProject: it is not a complete IFC model');
    }
    if (cancelled()) throw new IfcLoadCancelled(source);
    const meshes = streamElementMeshes(api, model, (done, total) => progress('geometry', done / total), cancelled);
    if (cancelled()) throw new IfcLoadCancelled(source);
    if (meshes.expressIds.length === 0) throw new DataError(source, 'The model is empty: no element has any geometry');
    progress('properties', 0);
    const lengthUnitMeters = readLengthUnitMeters(api, model);
    const step = new StepFile(stepText(bytes));
    // Built when first needed: after the geometry is handed over, unless the georeferencing needs it (ePset_MapConversion).
    let index: PropertyIndex | undefined;
    const propertyIndex = () => (index ??= new PropertyIndex(step));
    const placement = placementOf(choosePlacement(() => readGeoreference(api, model, propertyIndex, lengthUnitMeters), options, source), lengthUnitMeters, meshes.originIfc, source);
    const spatial = new SpatialIndex(step, schemaSpelling(api));
    const elements = meshes.expressIds.map((expressId): IfcElementInfo => {
      const { globalId, name, ifcClass } = spatial.identity(expressId);
      const storey = spatial.storeyName(expressId);
      const building = spatial.buildingOf(expressId);
      const element: IfcElementInfo = { expressId, globalId: globalId ?? `#${expressId}`, ifcClass, name, propertySets: {}, quantities: {} };
      // Assigned, not spread in: this runs for every element of a district model.
      if (storey !== undefined) element.storey = storey;
      if (building !== undefined) element.building = building;
      return element;
    });
    options.onGeometry?.({ source, schema, elements, meshes, placement });
    if (cancelled()) throw new IfcLoadCancelled(source);
    // Filled in place: whatever onGeometry made of the identities (the viewer's first glb) is made by now.
    elements.forEach((element, i) => {
      progress('properties', i / elements.length);
      const { propertySets, quantities } = propertyIndex().of(element.expressId);
      element.propertySets = propertySets;
      element.quantities = quantities;
    });
    return { data: { source, schema, elements, meshes, placement }, step, spatial };
  } finally {
    api.CloseModel(model);
  }
}

function buildingsOf(step: StepFile, spatial: SpatialIndex, elements: IfcElementInfo[]): IfcBuildingInfo[] {
  // One pass over the elements, not one per building: a district model has hundreds of buildings.
  const featuresOf = new Map<number, number[]>(step.idsOfType('IFCBUILDING').map((id) => [id, []]));
  elements.forEach((element, f) => element.building !== undefined && featuresOf.get(element.building)?.push(f));
  return [...featuresOf].map(([expressId, features]) => {
    const { globalId, name } = spatial.identity(expressId);
    return { expressId, globalId: globalId ?? '', name, features };
  });
}

/** The schema's spelling of an entity name from web-ifc's type table; the STEP name itself for a type it lacks. */
function schemaSpelling(api: IfcAPI): ClassNames {
  return (entityName) => {
    const spelled = api.GetNameFromTypeCode(api.GetTypeCodeFromName(entityName));
    return spelled && !spelled.startsWith('<') ? spelled : entityName;
  };
}
