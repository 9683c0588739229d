import { describe, expect, it } from 'vitest';
import {
  carryOverReload,
  MIN_RELOAD_INTERVAL_MS,
  RELOAD_DELAY_MS,
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
    carryOverReload(storage, { view: VIEW }, 1_000);
    expect(takeCarriedOver(storage)).toEqual({ view: VIEW });
    expect(takeCarriedOver(storage)).toBeUndefined();
  });

  it('tells a reload to the start view (no view carried) from an ordinary load', () => {
    const storage = memoryStorage();
    carryOverReload(storage, {}, 1_000);
    expect(takeCarriedOver(storage)).toEqual({});
    expect(takeCarriedOver(storage)).toBeUndefined();
  });

  it('reloads after a short moment the first time, and at most once a minute after that', () => {
    const storage = memoryStorage();
    expect(reloadDelayMs(storage, 0)).toBe(RELOAD_DELAY_MS);
    carryOverReload(storage, { view: VIEW }, 10_000);
    takeCarriedOver(storage);
    expect(reloadDelayMs(storage, 15_000)).toBe(MIN_RELOAD_INTERVAL_MS - 5_000);
    expect(reloadDelayMs(storage, 10_000 + MIN_RELOAD_INTERVAL_MS * 2)).toBe(RELOAD_DELAY_MS);
    // Nothing to read (the kiosk says nothing): at once, still at most once a minute.
    expect(reloadDelayMs(storage, 10_000 + MIN_RELOAD_INTERVAL_MS * 2, 0)).toBe(0);
    expect(reloadDelayMs(storage, 15_000, 0)).toBe(MIN_RELOAD_INTERVAL_MS - 5_000);
  });

  it('works without storage (disabled in a locked-down profile)', () => {
    carryOverReload(undefined, { view: VIEW }, 0);
    expect(takeCarriedOver(undefined)).toBeUndefined();
    expect(reloadDelayMs(undefined, 0)).toBe(RELOAD_DELAY_MS);
  });
});
