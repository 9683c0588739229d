// Builds the page around the viewer and mounts each panel. The UI only reads state and calls actions.
import type { Actions } from '../app/app.ts';
import type { AppState } from '../app/state.ts';
import type { Store } from '../shared/store.ts';
import { mountAttributePanel } from './attribute-panel.ts';
import { h } from './dom.ts';
import { mountErrorPanel } from './error-panel.ts';
import { mountLayerPanel } from './layer-panel.ts';
import { mountToolDock, type ToolDock } from './tool-dock.ts';
import { mountTopBar } from './top-bar.ts';
import { mountViewpointPanel } from './viewpoint-panel.ts';
import './styles.css';

export interface MountedUi {
  /** Where features add their analysis panels. */
  dock: ToolDock;
}

export function mountUi(root: HTMLElement, store: Store<AppState>, actions: Actions): MountedUi {
  const topBar = h('header', { className: 'top-bar' });
  const side = h('aside', { className: 'side-panel' });
  const layers = h('section', { className: 'layers-section' });
  const viewpoints = h('section', { className: 'viewpoints-section' });
  const tools = h('section', { className: 'tool-dock' });
  const attributes = h('aside', { className: 'attribute-panel', 'aria-live': 'polite' });
  const errors = h('section', { className: 'error-area', role: 'alert' });
  side.append(tools, layers, viewpoints);
  root.append(topBar, side, attributes, errors);
  mountTopBar(topBar, store, actions);
  mountLayerPanel(layers, store, actions);
  mountViewpointPanel(viewpoints, store, actions);
  mountAttributePanel(attributes, store, actions);
  mountErrorPanel(errors, store, actions);
  return { dock: mountToolDock(tools, store) };
}
