// Review comments kept in the browser (IndexedDB) as their BCF topics, per project (the manifest's URL): written and
// committed before the UI confirms a comment, so a crash right after loses nothing.
import { inOnlyStore, settled } from '../idb.ts';
import type { BcfTopic } from './bcf-types.ts';

const DB_NAME = 'cim-review-comments';
const STORE = 'topics';

interface StoredTopic {
  project: string;
  topic: BcfTopic;
}

const keyOf = (project: string, guid: string) => [project, guid];

const run = <T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => Promise<T>) =>
  inOnlyStore(DB_NAME, STORE, mode, action);

/** The project's topics in the order they were made. */
export async function loadTopics(project: string): Promise<BcfTopic[]> {
  const range = IDBKeyRange.bound([project], [project, []]);
  const stored = (await run('readonly', (store) => settled(store.getAll(range)))) as StoredTopic[];
  return stored.map((record) => record.topic).sort((a, b) => a.creationDate.localeCompare(b.creationDate));
}

/** Resolves once every topic is committed to disk (one transaction: all or none). */
export async function saveTopics(project: string, topics: readonly BcfTopic[]): Promise<void> {
  await run('readwrite', async (store) => {
    await Promise.all(
      topics.map((topic) => settled(store.put({ project, topic } satisfies StoredTopic, keyOf(project, topic.guid)))),
    );
  });
}
