import { defineConfig } from 'vitest/config';
import { cesiumStaticPlugin } from './tools/vite/cesium-static-plugin.ts';
import { deploymentPlugin } from './tools/vite/deployment-plugin.ts';
import { knockoutNoEvalPlugin } from './tools/vite/knockout-no-eval-plugin.ts';

export default defineConfig({
  // Relative base: the built app runs from any intranet path, or from a kiosk's local folder.
  base: './',
  plugins: [cesiumStaticPlugin(['tilesets', 'assets']), deploymentPlugin(), knockoutNoEvalPlugin()],
  build: {
    // `assets/` is our sample data folder; keep Vite's hashed bundles apart from it.
    assetsDir: 'static',
    chunkSizeWarningLimit: 6000,
    target: 'es2022',
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          // One Chromium at a time: SwiftShader already uses both cores.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
