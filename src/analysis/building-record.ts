// A building as the analyses see it: plain data, whichever layer (city tiles, proposal tileset, IFC model) it came from.
// Renewal-unit indicators, the height check, view corridors and pipe-to-building clearances all take these.

export type LonLat = [number, number];

export interface BuildingRecord {
  layerId: string;
  /** The feature's id within its layer (the mapped `id` attribute; an IFC element's GlobalId). */
  featureId: string;
  /** Outline on the ground, lon/lat degrees, open ring (first point not repeated). */
  footprint: LonLat[];
  /** Plan area of the building (its roofs seen from above), m²; when absent, use the footprint polygon's area. */
  footprintAreaM2?: number;
  /** Ellipsoid height of the ground under the building, metres. */
  baseHeightMeters: number;
  /** Height above its base: the mapped attribute where present, else measured from the geometry; null if neither. */
  heightMeters: number | null;
  /** Every attribute of the feature as the data names it. */
  attributes: Record<string, unknown>;
}
