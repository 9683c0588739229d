import { describe, expect, it } from 'vitest';
import {
  carryOverReload,
  MIN_RELOAD_INTERVAL_MS,
  RECOVERY_LOG_LENGTH,
  RELOAD_DELAY_MS,
  recoveryLog,
  reloadDelayMs,
  takeCarriedOver,
} from '../../../src/app/view-after-reload.ts';

/** sessionStorage's interface over a Map. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}

const VIEW = { lon: 114.03, lat: 32.95, heightMeters: 600, headingDeg: 30, pitchDeg: -45, rollDeg: 0 };

describe('view carried over a reload', () => {
  it('gives the saved view back once', () => {
    const storage = memoryStorage();
    carryOverReload(storage, { view: VIEW }, { reason: 'context-lost' }, 1_000);
    expect(takeCarriedOver(storage)).toEqual({ view: VIEW });
    expect(takeCarriedOver(storage)).toBeUndefined();
  });

  it('tells a reload to the start view (no view carried) from an ordinary load', () => {
    const storage = memoryStorage();
    carryOverReload(storage, {}, { reason: 'render-stalled' }, 1_000);
    expect(takeCarriedOver(storage)).toEqual({});
    expect(takeCarriedOver(storage)).toBeUndefined();
  });

  it('reloads after a short moment the first time, and at most once a minute after that', () => {
    const storage = memoryStorage();
    expect(reloadDelayMs(storage, 0)).toBe(RELOAD_DELAY_MS);
    carryOverReload(storage, { view: VIEW }, { reason: 'render-error' }, 10_000);
    takeCarriedOver(storage);
    expect(reloadDelayMs(storage, 15_000)).toBe(MIN_RELOAD_INTERVAL_MS - 5_000);
    expect(reloadDelayMs(storage, 10_000 + MIN_RELOAD_INTERVAL_MS * 2)).toBe(RELOAD_DELAY_MS);
    // Nothing to read (the kiosk says nothing): at once, still at most once a minute.
    expect(reloadDelayMs(storage, 10_000 + MIN_RELOAD_INTERVAL_MS * 2, 0)).toBe(0);
    expect(reloadDelayMs(storage, 15_000, 0)).toBe(MIN_RELOAD_INTERVAL_MS - 5_000);
  });

  it('logs why and when the page reloaded itself, the last 20, across reloads', () => {
    const storage = memoryStorage();
    expect(recoveryLog(storage)).toEqual([]);
    carryOverReload(storage, {}, { reason: 'render-stalled' }, Date.UTC(2026, 11, 3, 8));
    takeCarriedOver(storage);
    carryOverReload(storage, {}, { reason: 'context-lost' }, Date.UTC(2026, 11, 3, 9));
    expect(recoveryLog(storage)).toEqual([
      { reason: 'render-stalled', at: '2026-12-03T08:00:00.000Z' },
      { reason: 'context-lost', at: '2026-12-03T09:00:00.000Z' },
    ]);
    for (let hour = 0; hour < 30; hour++)
      carryOverReload(storage, {}, { reason: 'render-error', detail: `error ${hour}` }, hour * 3_600_000);
    expect(recoveryLog(storage)).toHaveLength(RECOVERY_LOG_LENGTH);
    expect(recoveryLog(storage).at(-1)).toEqual({
      reason: 'render-error',
      detail: 'error 29',
      at: '1970-01-02T05:00:00.000Z',
    });
    storage.setItem('cim.displayRecoveries', '{not json');
    expect(recoveryLog(storage)).toEqual([]);
  });

  it('works without storage (disabled in a locked-down profile)', () => {
    carryOverReload(undefined, { view: VIEW }, { reason: 'context-lost' }, 0);
    expect(recoveryLog(undefined)).toEqual([]);
    expect(takeCarriedOver(undefined)).toBeUndefined();
    expect(reloadDelayMs(undefined, 0)).toBe(RELOAD_DELAY_MS);
  });
});
