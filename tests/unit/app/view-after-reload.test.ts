import { describe, expect, it } from 'vitest';
import {
  carryViewOverReload,
  MIN_RELOAD_INTERVAL_MS,
  RELOAD_DELAY_MS,
  reloadDelayMs,
  takeCarriedView,
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
    carryViewOverReload(storage, VIEW, 1_000);
    expect(takeCarriedView(storage)).toEqual(VIEW);
    expect(takeCarriedView(storage)).toBeUndefined();
  });

  it('reloads after a short moment the first time, and at most once a minute after that', () => {
    const storage = memoryStorage();
    expect(reloadDelayMs(storage, 0)).toBe(RELOAD_DELAY_MS);
    carryViewOverReload(storage, VIEW, 10_000);
    takeCarriedView(storage);
    expect(reloadDelayMs(storage, 15_000)).toBe(MIN_RELOAD_INTERVAL_MS - 5_000);
    expect(reloadDelayMs(storage, 10_000 + MIN_RELOAD_INTERVAL_MS * 2)).toBe(RELOAD_DELAY_MS);
  });

  it('works without storage (disabled in a locked-down profile)', () => {
    carryViewOverReload(undefined, VIEW, 0);
    expect(takeCarriedView(undefined)).toBeUndefined();
    expect(reloadDelayMs(undefined, 0)).toBe(RELOAD_DELAY_MS);
  });
});
