// window.cim additions for IFC models (README, "Scripting API"): open an IFC from a URL or a File, read an element.
import type { ManualPlacement } from '../../data/ifc/georeference.ts';
import type { IfcElementInfo } from '../../data/ifc/element-reader.ts';
import { isIfcLayer } from '../../layers/ifc-layer.ts';
import type { App } from '../app.ts';
import { urlFileName } from '../../shared/url-file-name.ts';
import { LoadFailedError } from '../api-errors.ts';

export interface IfcLoadResult {
  layerId: string;
  elementCount: number;
  placedBy: 'map-conversion' | 'site' | 'manual';
  /** What placed it: a manual placement the user saved in this browser, the manifest's (or options.placement), or
   * the file's own georeference. */
  placementSource: 'saved' | 'manifest' | 'file';
  /** The model centre: [lon, lat, heightMeters]. */
  origin: [number, number, number];
  /** Whether the converted model came from the browser cache (same file content opened before). */
  fromCache: boolean;
  /** Milliseconds from the start of the load to the model drawn with all its properties. */
  loadMs: number;
  /** Milliseconds from the start of the load to its geometry ready to draw (converted, or read from the cache). */
  geometryMs: number;
  /** Milliseconds from the start of the load to the first frame showing the model (its properties may still be
   * being read then): what a user waits for to see it. */
  drawnMs: number;
  /** The conversion worker's peak memory (its web-ifc heap); absent when the model came from the cache. */
  workerPeakBytes?: number;
}

export interface IfcLoadOptions {
  /** Put the model here by hand, whatever the file says. */
  placement?: ManualPlacement;
  /** Raise (or lower) a model placed by its own georeferencing, e.g. from its height datum to the city model's. */
  heightOffsetMeters?: number;
}

export interface IfcApi {
  /** Opens an IFC as a new layer; rejects with the reason (naming the file) when it cannot be read. */
  loadIfc(urlOrFile: string | File, options?: IfcLoadOptions): Promise<IfcLoadResult>;
  /** An element's class, Name, GlobalId, storey, property sets and quantities, or null. */
  ifcElement(layerId: string, globalId: string): IfcElementInfo | null;
}

const fileName = (urlOrFile: string | File) =>
  typeof urlOrFile === 'string' ? urlFileName(urlOrFile, document.baseURI) : urlOrFile.name;

export function createIfcApi(app: App): IfcApi {
  const freeId = (name: string) => {
    const base = `ifc-${
      name
        .replace(/\.ifc(zip)?$/i, '')
        .replace(/[^\w-]+/g, '-')
        .slice(0, 40) || 'model'
    }`;
    const taken = new Set(app.store.get().layers.map((l) => l.id));
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    return id;
  };

  return {
    async loadIfc(urlOrFile, options = {}) {
      const title = fileName(urlOrFile);
      const url =
        typeof urlOrFile === 'string' ? new URL(urlOrFile, document.baseURI).href : URL.createObjectURL(urlOrFile);
      const id = freeId(title);
      try {
        await app.actions.addLayer({
          id,
          kind: 'ifc',
          title,
          url,
          visible: true,
          ...(options.placement ? { placement: options.placement } : {}),
          ...(options.heightOffsetMeters === undefined ? {} : { heightOffsetMeters: options.heightOffsetMeters }),
        });
      } finally {
        if (url.startsWith('blob:')) URL.revokeObjectURL(url);
      }
      const layer = app.layers.get(id);
      const conversion = isIfcLayer(layer) ? layer.conversion() : undefined;
      if (!isIfcLayer(layer) || !conversion) {
        const status = app.store.get().layers.find((l) => l.id === id);
        throw new LoadFailedError('cim.loadIfc', status?.error ?? `${title}: the model could not be opened`);
      }
      const { placedBy, origin } = conversion.placement;
      const {
        fromCache,
        loadMs = 0,
        geometryMs = loadMs,
        drawnMs = loadMs,
        workerPeakBytes,
        placementSource,
      } = layer.state.get();
      return {
        layerId: id,
        elementCount: conversion.elements.length,
        placedBy,
        placementSource,
        origin,
        fromCache,
        loadMs,
        geometryMs,
        drawnMs,
        ...(workerPeakBytes === undefined ? {} : { workerPeakBytes }),
      };
    },
    ifcElement(layerId, globalId) {
      const layer = app.layers.get(layerId);
      return (isIfcLayer(layer) && layer.element(globalId)) || null;
    },
  };
}
