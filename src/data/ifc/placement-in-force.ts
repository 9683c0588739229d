// Which placement a model is shown with, and why: the user's saved manual placement, else the manifest's (or
// loadIfc's) placement, else the file's own georeference, raised by the manifest's height offset. A saved placement
// wins over the manifest's so that a user's correction is never silently undone; the UI says which is in force.
import type { ManualPlacement } from './georeference.ts';
import { placementOf, type IfcPlacement } from './ifc-placement.ts';
import { raiseModelMatrix } from './georeference.ts';

export type PlacementSource = 'saved' | 'manifest' | 'file';

export interface PlacementInputs {
  saved?: ManualPlacement;
  manifest?: ManualPlacement;
  heightOffsetMeters?: number;
}

export function placementInForce(
  filePlacement: IfcPlacement,
  originIfc: [number, number, number],
  inputs: PlacementInputs,
  source: string,
): { placement: IfcPlacement; from: PlacementSource } {
  const manual = inputs.saved ?? inputs.manifest;
  if (manual)
    return {
      placement: placementOf({ rule: 'manual', placement: manual }, 1, originIfc, source),
      from: inputs.saved ? 'saved' : 'manifest',
    };
  const offset = inputs.heightOffsetMeters;
  if (!offset || filePlacement.placedBy === 'manual') return { placement: filePlacement, from: 'file' };
  const [lon, lat, height] = filePlacement.origin;
  return {
    placement: {
      ...filePlacement,
      modelMatrix: raiseModelMatrix(filePlacement.modelMatrix, offset),
      origin: [lon, lat, height + offset],
    },
    from: 'file',
  };
}
