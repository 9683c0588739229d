import { describe, expect, it } from 'vitest';
import { retryingMemo } from '../../../src/shared/retrying-memo.ts';

describe('retryingMemo', () => {
  it('loads a key once while it succeeds', async () => {
    let calls = 0;
    const memo = retryingMemo(async (key: string) => `${key}${++calls}`);
    expect(await memo.get('a')).toBe('a1');
    expect(await memo.get('a')).toBe('a1');
    expect(await memo.get('b')).toBe('b2');
  });

  it('tries again on the next request after a failure', async () => {
    let calls = 0;
    const memo = retryingMemo(async () => {
      if (++calls === 1) throw new Error('server down');
      return 'tiles';
    });
    await expect(memo.get('x')).rejects.toThrow('server down');
    expect(await memo.get('x')).toBe('tiles');
    expect(calls).toBe(2);
  });

  it('shares one pending load between callers and forgets a key on request', async () => {
    let calls = 0;
    const memo = retryingMemo(async () => ++calls);
    const [first, second] = await Promise.all([memo.get(1), memo.get(1)]);
    expect([first, second]).toEqual([1, 1]);
    memo.forget(1);
    expect(await memo.get(1)).toBe(2);
  });

  it('keeps a newer result when an older, forgotten load rejects late', async () => {
    let fail!: (error: Error) => void;
    let calls = 0;
    const memo = retryingMemo(() =>
      ++calls === 1 ? new Promise<string>((_, reject) => (fail = reject)) : Promise.resolve('new'),
    );
    const stale = memo.get(0);
    memo.forget(0);
    expect(await memo.get(0)).toBe('new');
    fail(new Error('late'));
    await expect(stale).rejects.toThrow('late');
    expect(await memo.get(0)).toBe('new');
    expect(calls).toBe(2);
  });
});
