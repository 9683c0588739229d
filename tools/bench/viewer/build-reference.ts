// Builds the reference pages (plain Cesium; raw web-ifc in a worker) into dist-bench/ with their own Vite config (the
// app's config is untouched). Once per bench run: the viewer, viewer-city and ifc cases all use the same build.
import { join } from 'node:path';
import { build } from 'vite';

let built: Promise<string> | undefined;

/** Returns the output folder. Must run with the repository root as the working directory (see the config). */
export function buildReferencePage(repoRoot: string): Promise<string> {
  built ??= build({ configFile: join(repoRoot, 'tools/bench/vite.reference.config.ts') }).then(() =>
    join(repoRoot, 'dist-bench'),
  );
  return built;
}
