import { describe, expect, it } from 'vitest';
import { createResetListeners } from '../../../src/app/reset-listeners.ts';

/** A promise the test settles by hand. */
const deferred = <T>() => {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
};

describe('reset listeners', () => {
  it('run in the order added at each reset', () => {
    const listeners = createResetListeners();
    const calls: string[] = [];
    listeners.add(() => calls.push('a'));
    listeners.add(() => calls.push('b'));
    listeners.reset();
    listeners.reset();
    expect(calls).toEqual(['a', 'b', 'a', 'b']);
  });

  it('run a feature’s listener again when work begun before a reset ends after it', async () => {
    const listeners = createResetListeners();
    let cleared = 0;
    const late = listeners.add(() => cleared++);
    const work = deferred<string>();
    const wrapped = late(work.promise);
    listeners.reset();
    expect(cleared).toBe(1);
    work.resolve('skyline');
    await expect(wrapped).resolves.toBe('skyline'); // the caller still gets its result
    expect(cleared).toBe(2);
  });

  it('leave work that ends with no reset in between alone, and clear after failed work too', async () => {
    const listeners = createResetListeners();
    const cleared: string[] = [];
    const lateA = listeners.add(() => cleared.push('a'));
    const lateB = listeners.add(() => cleared.push('b'));
    await lateA(Promise.resolve(1));
    expect(cleared).toEqual([]);
    const failing = deferred<number>();
    const wrapped = lateB(failing.promise);
    listeners.reset();
    failing.reject(new Error('IFC unreadable'));
    await expect(wrapped).rejects.toThrow('IFC unreadable');
    // Only B's listener runs again: A had no work in flight.
    expect(cleared).toEqual(['a', 'b', 'b']);
  });
});
