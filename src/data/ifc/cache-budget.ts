// Which cached IFC conversions to delete so the cache stays within its byte budget: records of an older conversion
// version first (never read again), then the least recently used. Pure, so the policy is tested in Node.

/** What the cache keeps about each model beside the model itself. */
export interface CacheUsage {
  key: string;
  /** IFC_CONVERSION_VERSION of the conversion stored under `key`. */
  version: number;
  sizeBytes: number;
  /** Date.now() of the last store or hit. */
  lastUsedMs: number;
}

export const DEFAULT_CACHE_BUDGET_BYTES = 500 * 1024 * 1024;

export function keysToEvict(entries: readonly CacheUsage[], currentVersion: number, budgetBytes: number): string[] {
  const evicted = entries.filter((entry) => entry.version !== currentVersion).map((entry) => entry.key);
  const current = entries
    .filter((entry) => entry.version === currentVersion)
    .sort((a, b) => a.lastUsedMs - b.lastUsedMs);
  let totalBytes = current.reduce((sum, entry) => sum + entry.sizeBytes, 0);
  // Oldest first; a model bigger than the whole budget goes too, rather than the cache growing past it.
  for (const entry of current) {
    if (totalBytes <= budgetBytes) break;
    evicted.push(entry.key);
    totalBytes -= entry.sizeBytes;
  }
  return evicted;
}
