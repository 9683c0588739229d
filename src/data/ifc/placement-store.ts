// Manual placements the user made, in IndexedDB apart from the conversion cache: the cache evicts least recently used
// models, the user's work must never go with them. Keyed by the file's content, so the same file reopens where the
// user left it, whatever it is called or wherever it is served from.
import { inOnlyStore, settled } from '../idb.ts';
import type { ManualPlacement } from './georeference.ts';

const DB_NAME = 'cim-ifc-placements';
const STORE = 'placements';

/** The file's identity from its cache key, without the conversion-version prefix: a new converter keeps placements. */
export const placementKeyOf = (contentKey: string): string => contentKey.replace(/^v\d+:/, '');

const run = <T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => Promise<T>) =>
  inOnlyStore(DB_NAME, STORE, mode, action);

/** The saved placement, or undefined (none, or no storage in this browser). */
export async function savedPlacement(key: string): Promise<ManualPlacement | undefined> {
  try {
    return (await run('readonly', (store) => settled(store.get(key)))) as ManualPlacement | undefined;
  } catch {
    return undefined;
  }
}

/** Resolves once the placement is committed to disk; rejects when it cannot be saved. */
export async function savePlacement(key: string, placement: ManualPlacement): Promise<void> {
  await run('readwrite', (store) => settled(store.put(placement, key)));
}

export async function clearPlacement(key: string): Promise<void> {
  await run('readwrite', (store) => settled(store.delete(key)));
}
