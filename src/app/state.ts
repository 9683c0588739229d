// The app state the UI is a view of. Everything here is plain data (no Cesium objects) so it can be inspected,
// serialised for tests and rendered without touching the viewer.
import type { AttributeMapping, Language, LocalizedText, Viewpoint } from '../config/project-types.ts';

export type LayerStatus = 'loading' | 'ready' | 'error';

export interface LegendEntry {
  label: LocalizedText;
  /** CSS colour. */
  color: string;
}

export interface LayerState {
  id: string;
  kind: string;
  title: LocalizedText;
  visible: boolean;
  opacity: number;
  /** Whether an opacity slider makes sense for this kind. */
  supportsOpacity: boolean;
  status: LayerStatus;
  error?: string;
  legend: LegendEntry[];
  /** Added at run time (cim.addLayer, an opened IFC): can be removed. Manifest layers can only be hidden. */
  removable: boolean;
}

export type StandardAttributeKey = keyof AttributeMapping;

export interface SelectedFeature {
  layerId: string;
  layerTitle: LocalizedText;
  /** Display title (the feature's mapped name or id). */
  title: string;
  /** The standard building attributes found through the project's attribute mapping. */
  standard: Partial<Record<StandardAttributeKey, unknown>>;
  /** Every other attribute, name → value as the data has it (rendered as text). */
  attributes: Record<string, unknown>;
}

export interface UserError {
  /** The file, URL or subsystem the problem is in. */
  source: string;
  message: string;
}

export interface AppState {
  language: Language;
  projectTitle: LocalizedText;
  projectStatus: 'loading' | 'ready' | 'error';
  layers: LayerState[];
  viewpoints: Viewpoint[];
  selection: SelectedFeature | null;
  errors: UserError[];
}

export const initialState: AppState = {
  language: 'zh-CN',
  projectTitle: '',
  projectStatus: 'loading',
  layers: [],
  viewpoints: [],
  selection: null,
  errors: [],
};
