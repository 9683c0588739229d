// A minimal observable store: the single source of truth the UI renders from. Updates are immutable replacements so
// subscribers can compare slices by identity and skip work.

export type Listener<T> = (state: T, previous: T) => void;

export interface Store<T> {
  get(): T;
  update(change: (state: T) => T): void;
  subscribe(listener: Listener<T>): () => void;
}

export function createStore<T>(initial: T): Store<T> {
  let state = initial;
  const listeners = new Set<Listener<T>>();
  // A listener that throws is reported once (a kiosk would otherwise fill the console on every update) and the
  // others still hear of the change: one broken panel must not freeze the rest of the app.
  const reported = new WeakSet<Listener<T>>();
  return {
    get: () => state,
    update(change) {
      const previous = state;
      state = change(state);
      if (state === previous) return;
      for (const listener of [...listeners]) {
        try {
          listener(state, previous);
        } catch (error) {
          if (!reported.has(listener)) console.error('A store listener failed; the others were still called:', error);
          reported.add(listener);
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Runs `work` with the store's `busy` flag set (a panel shows a spinner), cleared however the work ends. */
export async function whileBusy<S extends { busy: boolean }, T>(store: Store<S>, work: () => Promise<T>): Promise<T> {
  store.update((state) => ({ ...state, busy: true }));
  try {
    return await work();
  } finally {
    store.update((state) => ({ ...state, busy: false }));
  }
}
