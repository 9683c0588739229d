// The display failed: a lost WebGL context, a render error, or (watched in kiosk mode) a render loop that stopped.
// Cesium cannot rebuild its GPU resources or restart a loop that threw, so the page reloads itself (at most once a
// minute). On a desk the user is told in plain words and the view is carried over; a kiosk (quiet) says nothing and
// reloads to its start view, where its tour begins at once.
import type { CameraView } from '../config/project-types.ts';
import type { Store } from '../shared/store.ts';
import { currentView } from '../viewer/camera.ts';
import { isContextLost, onContextLost } from '../viewer/context-loss.ts';
import type { Viewer } from '../viewer/create-viewer.ts';
import { onRenderError } from '../viewer/render-health.ts';
import { reportError } from './errors.ts';
import type { AppState } from './state.ts';
import {
  carryOverReload,
  type DisplayFailure,
  type DisplayRecoveryRecord,
  recoveryLog,
  reloadDelayMs,
  takeCarriedOver,
} from './view-after-reload.ts';

const SOURCE = 'display';
const LOST =
  'The map stopped drawing (the browser reset the graphics, which can happen after hours of use or a driver ' +
  'update, or a drawing error). The map reloads by itself in a moment, at the same view.';
const RESTORED =
  'The map was reloaded at the same view after its graphics stopped working. ' +
  'Models opened from files before that need to be opened again.';

export interface DisplayRecovery {
  /** The view to start at, when this load is a reload that carried it over. */
  carriedView: CameraView | undefined;
  /** This load is the app's own reload after the display failed. */
  recovered: boolean;
  /** Kiosk: no message, and the reload goes to the start view. */
  quiet: boolean;
  /** The display failed: reload (once, and not sooner than a minute after the last such reload). */
  reload(reason: DisplayFailure, detail?: string): void;
  /** This tab's reloads after a display failure, oldest first. */
  log(): DisplayRecoveryRecord[];
}

/** The error's first line and where it was thrown, short enough for a log kept in session storage. */
function describeError(error: unknown): string {
  const text = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
  return text.split('\n').slice(0, 3).join(' | ').slice(0, 300);
}

function sessionStore(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

export function createDisplayRecovery(viewer: Viewer, store: Store<AppState>): DisplayRecovery {
  const storage = sessionStore();
  const carried = takeCarriedOver(storage);
  let reloading = false;
  const recovery: DisplayRecovery = {
    carriedView: carried?.view,
    recovered: carried !== undefined,
    quiet: false,
    reload(reason, detail) {
      if (reloading) return;
      reloading = true;
      if (!recovery.quiet) reportError(store, SOURCE, LOST);
      const delayMs = reloadDelayMs(storage, Date.now(), recovery.quiet ? 0 : undefined);
      const carried = recovery.quiet ? {} : { view: currentView(viewer) };
      carryOverReload(storage, carried, { reason, ...(detail ? { detail } : {}) }, Date.now() + delayMs);
      window.setTimeout(() => window.location.reload(), delayMs);
    },
    log: () => recoveryLog(storage),
  };
  onContextLost(viewer, () => recovery.reload('context-lost'));
  onRenderError(viewer, (error) =>
    isContextLost(viewer) ? recovery.reload('context-lost') : recovery.reload('render-error', describeError(error)),
  );
  if (carried?.view) reportError(store, SOURCE, RESTORED);
  return recovery;
}
