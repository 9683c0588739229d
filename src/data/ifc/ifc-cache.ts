// Converted IFC models in IndexedDB, keyed by the SHA-256 of the file's bytes (plus any manual placement), so the
// same model opens again without parsing. A cache that cannot be used (private mode, quota) is simply skipped.
import { IFC_CONVERSION_VERSION, type IfcConversion, type IfcConversionDetails, type IfcGeometryConversion } from './ifc-conversion.ts';
import type { ManualPlacement } from './georeference.ts';
import { sha256Hex } from '../../shared/sha256-hex.ts';

const DB_NAME = 'cim-ifc-cache';
const STORE = 'conversions';

export async function contentKey(bytes: Uint8Array, placement: ManualPlacement | undefined): Promise<string> {
  const hex = await sha256Hex(bytes);
  return `v${IFC_CONVERSION_VERSION}:${hex}${placement ? `:${JSON.stringify(placement)}` : ''}`;
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => Promise<T>): Promise<T> {
  const db = await open();
  try {
    const transaction = db.transaction(STORE, mode);
    const done = new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error);
      transaction.onabort = () => reject(transaction.error);
    });
    // Both awaited together: a failed request also aborts the transaction, and that rejection must not go unheard.
    const [result] = await Promise.all([action(transaction.objectStore(STORE)), done]);
    return result;
  } finally {
    db.close();
  }
}

const settled = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

// Two records per model: the drawable part and the details (element properties, tree), so that a cached model is
// drawn before the details, the bulk of a property-rich or district-sized model, are read back.
const detailsKey = (key: string) => `${key}:details`;

export interface CachedConversion {
  geometry: IfcGeometryConversion;
  /** Reads the details; undefined if they are gone after all (the two are written in one transaction). */
  details(): Promise<IfcConversionDetails | undefined>;
}

export async function cachedConversion(key: string): Promise<CachedConversion | undefined> {
  try {
    const [geometry, detailsFound] = await run('readonly', (store) =>
      Promise.all([settled(store.get(key)) as Promise<IfcGeometryConversion | undefined>, settled(store.getKey(detailsKey(key)))]));
    if (geometry?.version !== IFC_CONVERSION_VERSION || detailsFound === undefined) return undefined;
    const details = async () => {
      try {
        return (await run('readonly', (store) => settled(store.get(detailsKey(key))))) as IfcConversionDetails | undefined;
      } catch {
        return undefined;
      }
    };
    return { geometry, details };
  } catch {
    return undefined;
  }
}

/** Whether it was stored: without a cache (private mode, quota) the model is loaded all the same. */
export async function storeConversion(key: string, conversion: IfcConversion): Promise<boolean> {
  const { elements, tree, buildings, ...geometry } = conversion;
  const details: IfcConversionDetails = { elements, tree, buildings };
  try {
    await run('readwrite', (store) => Promise.all([settled(store.put(geometry, key)), settled(store.put(details, detailsKey(key)))]));
    return true;
  } catch {
    return false;
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
