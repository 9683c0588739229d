// Builds the plain-Cesium reference page into dist-bench/ with its own Vite config (the app's config is untouched).
import { join } from 'node:path';
import { build } from 'vite';

/** Returns the output folder. Must run with the repository root as the working directory (see the config). */
export async function buildReferencePage(repoRoot: string): Promise<string> {
  await build({ configFile: join(repoRoot, 'tools/bench/vite.reference.config.ts') });
  return join(repoRoot, 'dist-bench');
}
