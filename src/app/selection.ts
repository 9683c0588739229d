// A picked feature becomes a SelectedFeature: the standard attributes (DESIGN.md §3) found through the project's
// attribute mapping, and every other property as the data has it.
import type { AttributeMapping, LocalizedText } from '../config/project-types.ts';
import type { PickedFeature } from './layer-manager.ts';
import type { SelectedFeature, StandardAttributeKey } from './state.ts';

export function selectionFrom(
  found: PickedFeature,
  layerTitle: LocalizedText,
  mapping: AttributeMapping,
): SelectedFeature {
  const standard: SelectedFeature['standard'] = {};
  const mappedNames = new Set<string>();
  for (const [key, name] of Object.entries(mapping) as Array<[StandardAttributeKey, string]>) {
    if (found.attributes[name] === undefined) continue;
    standard[key] = found.attributes[name];
    mappedNames.add(name);
  }
  const others = Object.fromEntries(Object.entries(found.attributes).filter(([name]) => !mappedNames.has(name)));
  const title = standard.name ?? standard.id ?? found.featureId;
  return {
    layerId: found.layer.id,
    layerTitle,
    title: title === undefined ? '' : String(title),
    standard,
    attributes: others,
  };
}
