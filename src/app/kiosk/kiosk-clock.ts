// The kiosk's timing, apart from the browser so it can be tested with fake time: an idle clock that input resets, and
// the attract tour's step sequence. The caller feeds it the time (ms) and carries out what it returns.
import type { KioskTourStop } from '../../config/validate-kiosk.ts';

export type KioskEvent =
  /** Nobody touched the screen for idleSeconds: back to the start (the tour follows). */
  | { kind: 'reset' }
  /** Fly to this stop; call arrived() when there, and its dwell starts. */
  | { kind: 'step'; step: number; stop: KioskTourStop }
  /** Input stopped the tour. */
  | { kind: 'stopped' };

export interface KioskClockState {
  touring: boolean;
  /** Index of the current tour stop, -1 when not touring. */
  step: number;
  secondsSinceInput: number;
}

export interface KioskClock {
  input(nowMs: number): KioskEvent[];
  /** The flight to the current stop ended. */
  arrived(nowMs: number): void;
  advance(nowMs: number): KioskEvent[];
  state(nowMs: number): KioskClockState;
}

export function createKioskClock(idleSeconds: number, tour: readonly KioskTourStop[], nowMs: number): KioskClock {
  let lastInputMs = nowMs;
  let touring = false;
  let step = -1;
  // While flying to a stop: null (its dwell has not begun).
  let dwellStartMs: number | null = null;

  const goTo = (index: number): KioskEvent => {
    step = index;
    dwellStartMs = null;
    return { kind: 'step', step, stop: tour[step]! };
  };

  return {
    input(now) {
      lastInputMs = now;
      if (!touring) return [];
      touring = false;
      step = -1;
      return [{ kind: 'stopped' }];
    },
    arrived(now) {
      if (touring && dwellStartMs === null) dwellStartMs = now;
    },
    advance(now) {
      if (!touring) {
        if (now - lastInputMs < idleSeconds * 1000) return [];
        // A project without viewpoints just rests at the start; the idle clock begins again so it resets once a period.
        if (tour.length === 0) {
          lastInputMs = now;
          return [{ kind: 'reset' }];
        }
        touring = true;
        return [{ kind: 'reset' }, goTo(0)];
      }
      if (dwellStartMs === null || now - dwellStartMs < tour[step]!.dwellSeconds * 1000) return [];
      return [goTo((step + 1) % tour.length)];
    },
    state: (now) => ({ touring, step, secondsSinceInput: Math.max(0, now - lastInputMs) / 1000 }),
  };
}
