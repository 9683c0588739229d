// Where an IFC model stands: a manual placement saved in this browser (by content), the manifest's, or the file's own.
import type { IfcLayerConfig } from '../../config/project-types.ts';
import type { IfcGeometryConversion } from '../../data/ifc/ifc-conversion.ts';
import type { ManualPlacement } from '../../data/ifc/georeference.ts';
import type { IfcPlacement } from '../../data/ifc/ifc-placement.ts';
import { placementInForce, type PlacementSource } from '../../data/ifc/placement-in-force.ts';
import { clearPlacement, placementKeyOf, savePlacement, savedPlacement } from '../../data/ifc/placement-store.ts';

export function createPlacements(config: IfcLayerConfig, source: string, onSource: (from: PlacementSource) => void) {
  /** The placement store's key for the file's content; undefined until the file has been read. */
  let key: string | undefined;
  let saved: ManualPlacement | undefined;
  /** The file's own placement (from its georeference, or where it was first dropped): what a reset can go back to. */
  let filePlacement: IfcPlacement | undefined;

  const inForce = <T extends IfcGeometryConversion>(data: T, own: IfcPlacement): T => {
    const { placement, from } = placementInForce(
      own,
      data.originIfc,
      {
        ...(saved ? { saved } : {}),
        ...(config.placement ? { manifest: config.placement } : {}),
        ...(config.heightOffsetMeters ? { heightOffsetMeters: config.heightOffsetMeters } : {}),
      },
      source,
    );
    onSource(from);
    return { ...data, placement };
  };

  return {
    /** Reads what was saved for this content (its cache key). */
    async open(contentKey: string): Promise<void> {
      key = placementKeyOf(contentKey);
      saved = await savedPlacement(key);
    },
    /** The geometry as it comes from the file (or the cache), placed as the placement in force says. */
    placed<T extends IfcGeometryConversion>(data: T): T {
      filePlacement = data.placement;
      return inForce(data, data.placement);
    },
    /** A drawn conversion placed anew after the saved placement changed; undefined before the file was read. */
    replaced<T extends IfcGeometryConversion>(data: T): T | undefined {
      return filePlacement && inForce(data, filePlacement);
    },
    /** Saved first: the caller moves the model (and the panel says "saved") only once the placement is on disk.
     * False when the file has not been read yet. */
    async save(placement: ManualPlacement): Promise<boolean> {
      if (!key) return false;
      await savePlacement(key, placement);
      saved = placement;
      return true;
    },
    async clear(): Promise<boolean> {
      if (!key) return false;
      await clearPlacement(key);
      saved = undefined;
      return true;
    },
  };
}

export type Placements = ReturnType<typeof createPlacements>;
