// How a building layer draws LayerSides: its own tileset on one side or on the whole view, and a twin (a second
// instance of the same tileset) for the right side when the two sides hide different features. Cesium splits a
// tileset's drawing by side (Cesium3DTileset.splitDirection) but its style's `show` holds for both sides, so one
// instance cannot hide a building on the left only; two instances each with their own style can.
import type { LayerSides } from './map-layer.ts';

export type Side = 'left' | 'right' | 'whole';

export interface DrawnInstance {
  side: Side;
  hiddenIds: ReadonlySet<string>;
}

export interface SidePlan {
  /** The layer's own instance; null when it is drawn on neither side (its visibility then decides, drawn whole). */
  main: DrawnInstance;
  /** The twin for the right side, when the sides differ. */
  twin: DrawnInstance | null;
}

const NONE: ReadonlySet<string> = new Set();

export function sidePlan({ left, right }: LayerSides): SidePlan {
  if (left && right) {
    return sameIds(left, right)
      ? { main: { side: 'whole', hiddenIds: left }, twin: null }
      : { main: { side: 'left', hiddenIds: left }, twin: { side: 'right', hiddenIds: right } };
  }
  if (left) return { main: { side: 'left', hiddenIds: left }, twin: null };
  if (right) return { main: { side: 'right', hiddenIds: right }, twin: null };
  return { main: { side: 'whole', hiddenIds: NONE }, twin: null };
}

function sameIds(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const id of a) if (!b.has(id)) return false;
  return true;
}
