// What is carried over a reload the app makes itself (after a lost WebGL context or a dead render loop), in
// sessionStorage: it belongs to this tab and this moment only, never to a shared link. The camera view, or none when
// the reload goes to the start (the kiosk). The time of the last such reload is kept too, so a display that fails
// again at once makes the page wait before reloading rather than reload in a tight loop, and a short log of why the
// display failed, for whoever looks after an unattended screen (cim.kioskState().recoveries).
import type { CameraView } from '../config/project-types.ts';

const VIEW_KEY = 'cim.viewAfterReload';
const RELOADED_AT_KEY = 'cim.contextReloadAt';
const LOG_KEY = 'cim.displayRecoveries';
/** Enough to tell a screen that failed once from one that fails every hour; the tab's storage stays small. */
export const RECOVERY_LOG_LENGTH = 20;

/** Why the app reloaded itself. */
export type DisplayFailure = 'context-lost' | 'render-error' | 'render-stalled';

export interface DisplayRecoveryRecord {
  reason: DisplayFailure;
  /** ISO 8601, UTC. */
  at: string;
  /** A render error's message and where it was thrown. */
  detail?: string;
}

/** A moment to read the message before the page goes. */
export const RELOAD_DELAY_MS = 1_500;
/** At most one reload a minute: a GPU that keeps failing still gets retried, slowly. */
export const MIN_RELOAD_INTERVAL_MS = 60_000;

export interface CarriedOver {
  /** Absent: the reload goes to the start view. */
  view?: CameraView;
}

export function carryOverReload(
  storage: Storage | undefined,
  carried: CarriedOver,
  cause: Omit<DisplayRecoveryRecord, 'at'>,
  nowMs: number,
): void {
  try {
    const log = [...recoveryLog(storage), { ...cause, at: new Date(nowMs).toISOString() }];
    storage?.setItem(VIEW_KEY, JSON.stringify(carried));
    storage?.setItem(RELOADED_AT_KEY, String(nowMs));
    storage?.setItem(LOG_KEY, JSON.stringify(log.slice(-RECOVERY_LOG_LENGTH)));
  } catch {
    // Storage disabled: the page reloads to the project's home view.
  }
}

/** What was saved before the reload, once: it is removed as it is read; undefined when this load is not such a reload. */
export function takeCarriedOver(storage: Storage | undefined): CarriedOver | undefined {
  try {
    const text = storage?.getItem(VIEW_KEY);
    storage?.removeItem(VIEW_KEY);
    return text ? (JSON.parse(text) as CarriedOver) : undefined;
  } catch {
    return undefined;
  }
}

/** How long to wait before reloading: a moment to read the message (`readingMs`), or until a minute has passed since
 * the last such reload. */
export function reloadDelayMs(storage: Storage | undefined, nowMs: number, readingMs = RELOAD_DELAY_MS): number {
  let lastMs = Number.NaN;
  try {
    lastMs = Number(storage?.getItem(RELOADED_AT_KEY) ?? Number.NaN);
  } catch {
    // Storage disabled: no record of an earlier reload.
  }
  const sinceLastMs = Number.isFinite(lastMs) ? nowMs - lastMs : Number.POSITIVE_INFINITY;
  return Math.max(readingMs, MIN_RELOAD_INTERVAL_MS - sinceLastMs);
}

/** The app's own reloads in this tab, oldest first (at most RECOVERY_LOG_LENGTH). */
export function recoveryLog(storage: Storage | undefined): DisplayRecoveryRecord[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(LOG_KEY) ?? '[]');
    return Array.isArray(parsed) ? (parsed as DisplayRecoveryRecord[]) : [];
  } catch {
    return [];
  }
}
