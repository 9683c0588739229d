// Cesium loads its workers, textures and widget assets at run time from CESIUM_BASE_URL. This plugin serves them
// (and the bundled sample data) from their own folders in development and copies them into the build, so the built
// `dist/` is one self-contained folder an intranet server can host under any path.
import { cpSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { createStaticHandler } from '../serve/static-handler.ts';

const CESIUM_BUILD = 'node_modules/cesium/Build/Cesium';
const CESIUM_RUNTIME_DIRS = ['Workers', 'Assets', 'ThirdParty', 'Widgets'];

/** `dataDirs` are project folders (tilesets, assets) published at the same name. */
export function cesiumStaticPlugin(dataDirs: string[]): Plugin {
  let outDir = 'dist';
  let isBuild = false;
  return {
    name: 'cim-cesium-static',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      // vitest also resolves this config (with a placeholder outDir) and closes its bundle: copy for real builds only.
      isBuild = config.command === 'build';
    },
    configureServer(server) {
      server.middlewares.use(createStaticHandler({ '/cesium/': CESIUM_BUILD }));
    },
    closeBundle() {
      if (!isBuild) return;
      for (const dir of CESIUM_RUNTIME_DIRS)
        cpSync(join(CESIUM_BUILD, dir), join(outDir, 'cesium', dir), { recursive: true });
      for (const dir of dataDirs) cpSync(dir, join(outDir, dir), { recursive: true });
    },
  };
}
