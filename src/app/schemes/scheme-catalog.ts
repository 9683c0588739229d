// Schemes (方案): the existing city and each proposal layer (manifest townscape.proposalLayers). One list for the
// picker, window.cim and any feature that asks which schemes there are.
import type { LocalizedText } from '../../config/project-types.ts';
import { EXISTING_SCHEME_ID } from '../../config/validate-townscape.ts';
import type { LayerState } from '../state.ts';

export interface Scheme {
  /** 'existing', or the proposal's layer id. */
  id: string;
  title: LocalizedText;
  /** The building layers drawn for it: the existing city's, or the proposal's own. */
  layerIds: string[];
}

export const EXISTING_TITLE: LocalizedText = { 'zh-CN': '现状', en: 'Existing' };
const BUILDING_KINDS = new Set(['3dtiles', 'ifc']);

/** `existing` first (every building layer that is not a proposal), then the proposals in manifest order; layers that
 * failed to load are left out. */
export function schemeCatalog(proposalLayerIds: readonly string[], layers: readonly LayerState[]): Scheme[] {
  const usable = layers.filter((layer) => layer.status === 'ready');
  const existing = usable.filter((layer) => BUILDING_KINDS.has(layer.kind) && !proposalLayerIds.includes(layer.id));
  const proposals = proposalLayerIds.flatMap((id) => {
    const layer = usable.find((candidate) => candidate.id === id);
    return layer ? [{ id, title: layer.title, layerIds: [id] }] : [];
  });
  return [{ id: EXISTING_SCHEME_ID, title: EXISTING_TITLE, layerIds: existing.map((layer) => layer.id) }, ...proposals];
}
