// IFC bytes → everything the viewer and the tiler need: one feature per element with a body, its properties, the
// spatial tree, and where the model stands on the globe (with the rule that placed it). The geometry and placement
// come from web-ifc (readIfcGeometry), the rest from the STEP text (element-reader.ts); the two only meet through
// the features' express ids.
import { IFCPROJECT, type IfcAPI } from 'web-ifc';
import { DataError } from '../../shared/errors.ts';
import { engineFailure } from './engine-failure.ts';
import { IfcLoadCancelled } from './load-cancelled.ts';
import { placementOf, type IfcPlacement } from './ifc-placement.ts';
import { streamElementMeshes, type ElementMeshes } from './element-meshes.ts';
import { IfcElementReader, type IfcBuildingInfo, type IfcElementInfo } from './element-reader.ts';
import type { Georeference, ManualPlacement } from './georeference.ts';
import { ifcClassNames } from './ifc-class-names.ts';
import type { PropertyIndex } from './properties.ts';
import { readGeoreference, readLengthUnitMeters } from './read-georeference.ts';
import type { SpatialNode } from './spatial-tree.ts';
import { StepSyntaxError, stepText } from './step-file.ts';
import { checkStepFile, type IfcSchema } from './step-header.ts';

/** The drawable part, read with web-ifc. */
export interface IfcGeometry {
  schema: IfcSchema;
  meshes: ElementMeshes;
  placement: IfcPlacement;
}

/** What is known once the geometry is read: enough to draw the model and to filter it by storey and class. */
export interface IfcGeometryData extends IfcGeometry {
  source: string;
  /** Identity only (class, Name, GlobalId, storey, building): property sets and quantities are still empty. */
  elements: IfcElementInfo[];
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

interface ReadGeometryOptions extends Omit<ReadIfcOptions, 'onGeometry'> {
  /** The file's property sets, asked for only to georeference by ePset_MapConversion (IFC2X3). */
  properties: () => PropertyIndex;
}

/** `readFile` is only called when no manual placement is given: reading the file's georeferencing scans its property sets. */
function choosePlacement(
  readFile: () => Georeference | undefined,
  options: ReadIfcOptions,
  source: string,
): Georeference {
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
  return namingDamage(source, () => {
    const { data, reader } = readElements(api, bytes, source, options);
    const tree = reader.tree(data.meshes.expressIds)!;
    const buildings = reader.buildings(data.elements);
    options.onProgress?.('properties', 1);
    return { ...data, tree, buildings };
  });
}

/** The elements without the spatial tree: on a district model the tree costs as much as the property sets. */
export function readIfcElements(
  api: IfcAPI,
  bytes: Uint8Array,
  source: string,
  options: ReadIfcOptions = {},
): IfcElementData {
  return namingDamage(source, () => {
    const { data } = readElements(api, bytes, source, options);
    options.onProgress?.('properties', 1);
    return data;
  });
}

/** A damaged entity in the STEP text (web-ifc may read past it) becomes a message naming the file and the entity. */
function namingDamage<T>(source: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof StepSyntaxError)
      throw new DataError(source, `the STEP text is damaged: ${error.message}`, error.entity);
    throw error;
  }
}

/** The reader of the file's STEP text, with the schemas' class names. */
const stepReader = (bytes: Uint8Array): IfcElementReader => new IfcElementReader(stepText(bytes), ifcClassNames);

function readElements(
  api: IfcAPI,
  bytes: Uint8Array,
  source: string,
  options: ReadIfcOptions,
): { data: IfcElementData; reader: IfcElementReader } {
  let read: IfcElementReader | undefined;
  // Made after the geometry, unless the georeferencing needs the property sets first.
  const reader = () => (read ??= stepReader(bytes));
  const geometry = readIfcGeometry(api, bytes, source, { ...options, properties: () => reader().properties });
  const elements = geometry.meshes.expressIds.map((expressId) => reader().identity(expressId));
  options.onGeometry?.({ source, ...geometry, elements });
  if (options.isCancelled?.()) throw new IfcLoadCancelled(source);
  // Filled in place: whatever onGeometry made of the identities (the viewer's first glb) is made by now.
  elements.forEach((element, i) => {
    options.onProgress?.('properties', i / elements.length);
    reader().addProperties(element);
  });
  return { data: { source, ...geometry, elements }, reader: reader() };
}

/** Geometry and placement: every bad-input check that needs web-ifc is made here. */
function readIfcGeometry(api: IfcAPI, bytes: Uint8Array, source: string, options: ReadGeometryOptions): IfcGeometry {
  const schema = checkStepFile(bytes, source);
  const progress = options.onProgress ?? (() => {});
  const cancelled = () => options.isCancelled?.() ?? false;
  progress('parse', 0);
  let model: number;
  try {
    model = api.OpenModel(bytes);
  } catch (error) {
    throw engineFailure(api, source, 'parsing the file', error);
  }
  try {
    if (model < 0 || api.GetLineIDsWithType(model, IFCPROJECT).size() === 0) {
      throw new DataError(source, 'the file has no IfcProject: it is not a complete IFC model');
    }
    if (cancelled()) throw new IfcLoadCancelled(source);
    const onProgress = options.onProgress;
    let meshes: ElementMeshes;
    try {
      meshes = streamElementMeshes(api, model, {
        // Only when someone listens: the count it is made against takes a pass over the model's types.
        onProgress: onProgress && ((done, total) => onProgress('geometry', done / total)),
        isCancelled: cancelled,
      });
    } catch (error) {
      throw engineFailure(api, source, 'reading the geometry', error);
    }
    if (cancelled()) throw new IfcLoadCancelled(source);
    if (meshes.expressIds.length === 0) throw new DataError(source, 'the model is empty: no element has any geometry');
    progress('properties', 0);
    const lengthUnitMeters = readLengthUnitMeters(api, model);
    const georeference = choosePlacement(
      () => readGeoreference(api, model, options.properties, lengthUnitMeters),
      options,
      source,
    );
    return { schema, meshes, placement: placementOf(georeference, lengthUnitMeters, meshes.originIfc, source) };
  } finally {
    api.CloseModel(model);
  }
}
