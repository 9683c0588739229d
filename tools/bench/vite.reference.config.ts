// Builds the reference pages (tools/bench/reference: plain Cesium, and raw web-ifc in a worker) into dist-bench/,
// with Cesium's runtime assets copied beside them by the same plugin the app uses. Run from the repository root (the
// plugin reads node_modules from there).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { cesiumStaticPlugin } from '../vite/cesium-static-plugin.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('./reference/', import.meta.url)),
  base: './',
  logLevel: 'warn',
  plugins: [cesiumStaticPlugin([])],
  build: {
    outDir: `${repoRoot}dist-bench`,
    emptyOutDir: true,
    assetsDir: 'static',
    chunkSizeWarningLimit: 6000,
    target: 'es2022',
    rollupOptions: {
      input: { index: `${repoRoot}tools/bench/reference/index.html`, ifc: `${repoRoot}tools/bench/reference/ifc.html` },
    },
  },
});
