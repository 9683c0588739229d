// A GeoJSON layer draped on the buildings (clampTo 'tiles') shows its fill on the buildings standing in a feature.
// Drawn as their colour in the building layer's style — multiplied into the model's own colour, Cesium's default
// HIGHLIGHT blend — rather than a classification primitive over the 3D Tiles, which costs a second pass of every
// tile. A building stands in the feature that holds most of its footprint: the rule that puts it in a renewal unit.
import type { BuildingRecord, LonLat } from '../building-record.ts';
import { assignBuildingsToUnits } from '../units/unit-assignment.ts';

/** Red, green, blue, 0..1. */
export type Rgb = [number, number, number];

export interface DrapedArea {
  /** Polygon parts (outer ring, then holes), lon/lat degrees. */
  parts: LonLat[][][];
  color: Rgb;
  /** How opaque the fill is drawn, 0..1 (the colour's alpha × the style's fillOpacity). */
  alpha: number;
}

export interface DrapedLayer {
  areas: readonly DrapedArea[];
  /** The layer's opacity, 0..1. */
  opacity: number;
}

/** The tint that, multiplied into a surface, looks like the fill laid over it at `alpha`: white mixed toward the
 * fill's hue at full brightness. A product can only darken, while a translucent fill over a light roof keeps it about
 * as light (the drape drawn over grey roofs lightened them); the fill's own darkness would sink the roof instead. */
export function tintOf(color: Rgb, alpha: number): Rgb {
  const a = Math.min(1, Math.max(0, alpha));
  const brightest = Math.max(...color);
  const hue = brightest > 0 ? color.map((channel) => channel / brightest) : color;
  return [1 - a * (1 - hue[0]!), 1 - a * (1 - hue[1]!), 1 - a * (1 - hue[2]!)];
}

/** Each building's tint: the product of the tints of the areas it stands in, one per layer (layered translucent
 * fills darken alike), or null where it stands in none. */
export function buildingTints(layers: readonly DrapedLayer[], buildings: readonly BuildingRecord[]): (Rgb | null)[] {
  const tints: (Rgb | null)[] = buildings.map(() => null);
  for (const layer of layers) {
    const assignment = assignBuildingsToUnits(layer.areas, buildings);
    assignment.forEach((area, b) => {
      if (area < 0) return;
      const { color, alpha } = layer.areas[area]!;
      const tint = tintOf(color, alpha * layer.opacity);
      const under = tints[b];
      tints[b] = under ? [under[0] * tint[0], under[1] * tint[1], under[2] * tint[2]] : tint;
    });
  }
  return tints;
}

/** A tint as a CSS colour for the tileset style. */
export function tintCss([r, g, b]: Rgb): string {
  const byte = (channel: number) => Math.round(channel * 255);
  return `rgb(${byte(r)}, ${byte(g)}, ${byte(b)})`;
}
