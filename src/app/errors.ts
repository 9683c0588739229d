// User-facing errors live in the store (the error area shows them, cim.errors() returns them). The list is capped so a
// kiosk that runs for days with a flaky tile server does not grow without bound.
import type { Store } from '../shared/store.ts';
import type { AppState } from './state.ts';

const MAX_ERRORS = 200;

export function reportError(store: Store<AppState>, source: string, message: string): void {
  store.update((state) => {
    const last = state.errors[state.errors.length - 1];
    if (last && last.source === source && last.message === message) return state;
    return { ...state, errors: [...state.errors, { source, message }].slice(-MAX_ERRORS) };
  });
}
