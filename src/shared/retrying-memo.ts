// Memoised promises that do not memoise failure: a rejected load is forgotten as it rejects, so the next request
// tries again (a tile server that was down for a minute must not leave a kiosk without data for days).

export interface RetryingMemo<K, V> {
  get(key: K): Promise<V>;
  /** Drops a key's result (its layer was removed, say), so it is neither kept nor reused. */
  forget(key: K): void;
}

export function retryingMemo<K, V>(load: (key: K) => Promise<V>): RetryingMemo<K, V> {
  const results = new Map<K, Promise<V>>();
  return {
    get(key) {
      let result = results.get(key);
      if (!result) {
        const loading = load(key);
        result = loading;
        results.set(key, loading);
        // Only this very promise is dropped: a newer one set after a forget() stays.
        loading.catch(() => {
          if (results.get(key) === loading) results.delete(key);
        });
      }
      return result;
    },
    forget: (key) => void results.delete(key),
  };
}
