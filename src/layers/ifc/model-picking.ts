// Picking and highlighting the elements of one IFC model: each element is a feature of the glb Model.
import { Color, ModelFeature, type Model } from 'cesium';

const HIGHLIGHT = Color.fromCssColorString('#ffd400');

/** The picked feature when it belongs to `model` (ModelFeature.primitive exists at runtime but not in the typings). */
export function ownFeature(picked: unknown, model: Model | undefined): ModelFeature | undefined {
  if (!model || !(picked instanceof ModelFeature) || !('primitive' in picked)) return undefined;
  return picked.primitive === model ? picked : undefined;
}

/** One highlighted feature at a time; its own colour comes back when the highlight moves on. */
export function createHighlighter() {
  let highlighted: { feature: ModelFeature; color: Color } | undefined;
  return {
    highlight(feature: ModelFeature | undefined): void {
      if (highlighted) highlighted.feature.color = highlighted.color;
      highlighted = feature && { feature, color: feature.color.clone() };
      if (feature) feature.color = HIGHLIGHT;
    },
    forget(): void {
      highlighted = undefined;
    },
  };
}
