// A lost WebGL context: the user is told in plain words, the view is saved and the page reloads itself to it (Cesium
// cannot rebuild its GPU resources in place). After the reload the camera is put back and the user told why.
import type { CameraView } from '../config/project-types.ts';
import type { Store } from '../shared/store.ts';
import { currentView } from '../viewer/camera.ts';
import { onContextLost } from '../viewer/context-loss.ts';
import type { Viewer } from '../viewer/create-viewer.ts';
import { reportError } from './errors.ts';
import type { AppState } from './state.ts';
import { carryViewOverReload, reloadDelayMs, takeCarriedView } from './view-after-reload.ts';

const SOURCE = 'display';
const LOST =
  'The browser reset the graphics (this can happen after hours of use or a driver update). ' +
  'The map reloads by itself in a moment, at the same view.';
const RESTORED =
  'The map was reloaded at the same view after the browser reset the graphics. ' +
  'Models opened from files before that need to be opened again.';

function sessionStore(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

/** Watches for a lost context; returns the view carried over the reload that followed one, if this load is that. */
export function recoverFromContextLoss(viewer: Viewer, store: Store<AppState>): CameraView | undefined {
  const storage = sessionStore();
  onContextLost(viewer, () => {
    reportError(store, SOURCE, LOST);
    const delayMs = reloadDelayMs(storage, Date.now());
    carryViewOverReload(storage, currentView(viewer), Date.now() + delayMs);
    window.setTimeout(() => window.location.reload(), delayMs);
  });
  const carried = takeCarriedView(storage);
  if (carried) reportError(store, SOURCE, RESTORED);
  return carried;
}
