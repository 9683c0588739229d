// Converted IFC models in IndexedDB, keyed by the SHA-256 of the file's bytes (plus any manual placement), so the
// same model opens again without parsing. The cache keeps to a byte budget (cache-budget.ts) so a kiosk that opens
// models for days does not fill the disk. A cache that cannot be used (private mode) is simply skipped.
import {
  IFC_CONVERSION_VERSION,
  type IfcConversion,
  type IfcConversionDetails,
  type IfcGeometryConversion,
} from './ifc-conversion.ts';
import type { ManualPlacement } from './georeference.ts';
import { sha256Hex } from '../../shared/sha256-hex.ts';
import { approximateBytes } from './approximate-bytes.ts';
import { inTransaction, openDatabase, settled } from '../idb.ts';
import { DEFAULT_CACHE_BUDGET_BYTES, keysToEvict, type CacheUsage } from './cache-budget.ts';

const DB_NAME = 'cim-ifc-cache';
const DB_VERSION = 2;
const STORE = 'conversions';
/** One CacheUsage per model: its size and last use, read whole to decide what to evict. */
const USAGE = 'usage';

export async function contentKey(bytes: Uint8Array, placement: ManualPlacement | undefined): Promise<string> {
  const hex = await sha256Hex(bytes);
  return `v${IFC_CONVERSION_VERSION}:${hex}${placement ? `:${JSON.stringify(placement)}` : ''}`;
}

/** Version 1 kept no sizes or use times, so its records could never be budgeted: they are dropped. */
const open = () =>
  openDatabase(DB_NAME, DB_VERSION, (db, oldVersion) => {
    if (oldVersion >= 1) db.deleteObjectStore(STORE);
    db.createObjectStore(STORE);
    db.createObjectStore(USAGE, { keyPath: 'key' });
  });

interface Stores {
  conversions: IDBObjectStore;
  usage: IDBObjectStore;
}

async function run<T>(mode: IDBTransactionMode, action: (stores: Stores) => Promise<T>): Promise<T> {
  const db = await open();
  try {
    return await inTransaction(db, [STORE, USAGE], mode, ([conversions, usage]) =>
      action({ conversions: conversions!, usage: usage! }),
    );
  } finally {
    db.close();
  }
}

// Two records per model: the drawable part and the details (element properties, tree), so that a cached model is
// drawn before the details, the bulk of a property-rich or district-sized model, are read back.
const detailsKey = (key: string) => `${key}:details`;

const removeRecords = (stores: Stores, keys: readonly string[]) =>
  Promise.all(
    keys.flatMap((key) => [
      settled(stores.conversions.delete(key)),
      settled(stores.conversions.delete(detailsKey(key))),
      settled(stores.usage.delete(key)),
    ]),
  );

/** Records the use of a model and evicts what no longer fits the budget, in the same transaction. */
async function useAndEvict(stores: Stores, key: string, sizeBytes: number): Promise<void> {
  await settled(
    stores.usage.put({ key, version: IFC_CONVERSION_VERSION, sizeBytes, lastUsedMs: Date.now() } satisfies CacheUsage),
  );
  const entries = (await settled(stores.usage.getAll())) as CacheUsage[];
  await removeRecords(stores, keysToEvict(entries, IFC_CONVERSION_VERSION, DEFAULT_CACHE_BUDGET_BYTES));
}

export interface CachedConversion {
  geometry: IfcGeometryConversion;
  /** Reads the details; undefined if they are gone or unreadable (the record is then of no use: see forgetConversion). */
  details(): Promise<IfcConversionDetails | undefined>;
}

/** The cached model, marked as just used; undefined when absent, of another version or unreadable (then deleted). */
export async function cachedConversion(key: string): Promise<CachedConversion | undefined> {
  try {
    const geometry = await run('readwrite', async (stores) => {
      const [found, detailsFound, usage] = await Promise.all([
        settled(stores.conversions.get(key)) as Promise<IfcGeometryConversion | undefined>,
        settled(stores.conversions.getKey(detailsKey(key))),
        settled(stores.usage.get(key)) as Promise<CacheUsage | undefined>,
      ]);
      if (!found || found.version !== IFC_CONVERSION_VERSION || detailsFound === undefined || !usage) return undefined;
      await useAndEvict(stores, key, usage.sizeBytes);
      return found;
    });
    if (!geometry) return undefined;
    const details = async () => {
      try {
        return (await run('readonly', (stores) => settled(stores.conversions.get(detailsKey(key))))) as
          | IfcConversionDetails
          | undefined;
      } catch {
        return undefined;
      }
    };
    return { geometry, details };
  } catch {
    await forgetConversion(key); // a record that cannot be read back would fail this model on every open
    return undefined;
  }
}

/** Deletes a model's records: unreadable, or not drawable, it is converted again from the file. */
export async function forgetConversion(key: string): Promise<void> {
  try {
    await run('readwrite', (stores) => removeRecords(stores, [key]));
  } catch {
    // No cache at all: nothing to forget.
  }
}

/** stored; unavailable (private mode, no IndexedDB): silently skipped; full: the browser's storage quota is reached,
 * which the user is told about. The model is shown in every case. */
export type StoreOutcome = 'stored' | 'unavailable' | 'full';

export async function storeConversion(key: string, conversion: IfcConversion): Promise<StoreOutcome> {
  const { elements, tree, buildings, ...geometry } = conversion;
  const details: IfcConversionDetails = { elements, tree, buildings };
  const sizeBytes = approximateBytes(geometry) + approximateBytes(details);
  try {
    await run('readwrite', async (stores) => {
      await Promise.all([
        settled(stores.conversions.put(geometry, key)),
        settled(stores.conversions.put(details, detailsKey(key))),
      ]);
      await useAndEvict(stores, key, sizeBytes);
    });
    return 'stored';
  } catch (error) {
    return error instanceof DOMException && error.name === 'QuotaExceededError' ? 'full' : 'unavailable';
  }
}

// Which URLs were converted (and cached) before: a hint for whether to start the IFC worker before the bytes are in.
// Starting it ahead hides its start-up behind the download, but on a cache hit it only competes with the drawing.
// The content hash still decides what is used; a wrong hint only costs that head start.
const SEEN_PREFIX = 'cim-ifc-seen:';

function hintStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined; // storage disabled
  }
}

export function convertedBefore(url: string): boolean {
  return !url.startsWith('blob:') && hintStorage()?.getItem(SEEN_PREFIX + url) === '1';
}

export function rememberConverted(url: string): void {
  if (url.startsWith('blob:')) return;
  try {
    hintStorage()?.setItem(SEEN_PREFIX + url, '1');
  } catch {
    // Quota: no hint, the next load starts the worker ahead as for a new file.
  }
}
