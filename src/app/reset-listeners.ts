// The kiosk's reset: what each feature drops to take the app back to the start. Work a visitor began can end after
// the reset (a skyline against a slow proposal, a health check over a large district); the feature wraps it with what
// `add` returns, and its listener runs again when that work ends, so the late result is not left for the next visitor.

/** Wraps a visitor's work: if a reset comes before it ends, the feature's reset listener runs again when it does. */
export type ResetLateWork = <T>(work: Promise<T>) => Promise<T>;

export interface ResetListeners {
  add(listener: () => void): ResetLateWork;
  /** Runs every listener, in the order they were added. */
  reset(): void;
}

export function createResetListeners(): ResetListeners {
  const listeners: (() => void)[] = [];
  let resets = 0;
  return {
    add(listener) {
      listeners.push(listener);
      return async (work) => {
        const before = resets;
        try {
          return await work;
        } finally {
          if (resets !== before) listener();
        }
      };
    },
    reset() {
      resets++;
      for (const listener of listeners) listener();
    },
  };
}
