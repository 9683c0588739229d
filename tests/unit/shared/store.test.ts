import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStore } from '../../../src/shared/store.ts';

describe('store', () => {
  afterEach(() => vi.restoreAllMocks());

  it('calls every listener even when one throws, and reports each failing listener once', () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const store = createStore(0);
    const heard: number[] = [];
    store.subscribe(() => {
      throw new Error('broken panel');
    });
    store.subscribe((state) => heard.push(state));
    store.update((n) => n + 1);
    store.update((n) => n + 1);
    expect(heard).toEqual([1, 2]);
    expect(store.get()).toBe(2);
    expect(consoleError).toHaveBeenCalledTimes(1);
  });

  it('skips listeners when the state is unchanged and stops calling an unsubscribed one', () => {
    const store = createStore({ n: 0 });
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.update((s) => s);
    expect(listener).not.toHaveBeenCalled();
    unsubscribe();
    store.update((s) => ({ n: s.n + 1 }));
    expect(listener).not.toHaveBeenCalled();
  });
});
