// The few IndexedDB steps the app's stores share: open a database, run one transaction over some object stores and
// wait for both the action and the commit, and turn a request into a promise.

export function openDatabase(
  name: string,
  version: number,
  upgrade: (db: IDBDatabase, oldVersion: number) => void,
): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onupgradeneeded = (event) => upgrade(request.result, event.oldVersion);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Runs `action` in one transaction and resolves once it has committed (so what it wrote is on disk). */
export async function inTransaction<T>(
  db: IDBDatabase,
  storeNames: string[],
  mode: IDBTransactionMode,
  action: (stores: IDBObjectStore[]) => Promise<T>,
): Promise<T> {
  const transaction = db.transaction(storeNames, mode);
  const done = new Promise<void>((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error);
  });
  // Both awaited together: a failed request also aborts the transaction, and that rejection must not go unheard.
  try {
    const [result] = await Promise.all([action(storeNames.map((name) => transaction.objectStore(name))), done]);
    return result;
  } catch (error) {
    // An aborted transaction's own error names the cause (QuotaExceededError); its requests only say "aborted", and
    // the abort comes after the failing request, so wait for it before asking.
    await done.catch(() => undefined);
    throw transaction.error ?? error;
  }
}

export const settled = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

/** Runs `action` on the one object store of a database made of just that store, in one transaction; resolves once it
 * has committed, and closes the database. */
export async function inOnlyStore<T>(
  dbName: string,
  storeName: string,
  mode: IDBTransactionMode,
  action: (store: IDBObjectStore) => Promise<T>,
): Promise<T> {
  const db = await openDatabase(dbName, 1, (created) => created.createObjectStore(storeName));
  try {
    return await inTransaction(db, [storeName], mode, ([store]) => action(store!));
  } finally {
    db.close();
  }
}
