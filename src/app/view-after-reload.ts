// The camera view carried over a reload the app makes itself (after a lost WebGL context), in sessionStorage: it
// belongs to this tab and this moment only, never to a shared link. The time of the last such reload is kept too, so
// a context that is lost again at once makes the page wait before reloading rather than reload in a tight loop.
import type { CameraView } from '../config/project-types.ts';

const VIEW_KEY = 'cim.viewAfterReload';
const RELOADED_AT_KEY = 'cim.contextReloadAt';

/** A moment to read the message before the page goes. */
export const RELOAD_DELAY_MS = 1_500;
/** At most one reload a minute: a GPU that keeps failing still gets retried, slowly. */
export const MIN_RELOAD_INTERVAL_MS = 60_000;

export function carryViewOverReload(storage: Storage | undefined, view: CameraView, nowMs: number): void {
  try {
    storage?.setItem(VIEW_KEY, JSON.stringify(view));
    storage?.setItem(RELOADED_AT_KEY, String(nowMs));
  } catch {
    // Storage disabled: the page reloads to the project's home view.
  }
}

/** The view saved before the reload, once: it is removed as it is read. */
export function takeCarriedView(storage: Storage | undefined): CameraView | undefined {
  try {
    const text = storage?.getItem(VIEW_KEY);
    storage?.removeItem(VIEW_KEY);
    return text ? (JSON.parse(text) as CameraView) : undefined;
  } catch {
    return undefined;
  }
}

/** How long to wait before reloading: a short moment, or until a minute has passed since the last such reload. */
export function reloadDelayMs(storage: Storage | undefined, nowMs: number): number {
  let lastMs = Number.NaN;
  try {
    lastMs = Number(storage?.getItem(RELOADED_AT_KEY) ?? Number.NaN);
  } catch {
    // Storage disabled: no record of an earlier reload.
  }
  const sinceLastMs = Number.isFinite(lastMs) ? nowMs - lastMs : Number.POSITIVE_INFINITY;
  return Math.max(RELOAD_DELAY_MS, MIN_RELOAD_INTERVAL_MS - sinceLastMs);
}
