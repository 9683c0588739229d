// Functions that run inside the benchmarked page (serialized by playwright, so they use only their arguments and the
// page's globals). The same code measures the app (`window.cim`) and the reference (`window.bench`): "loaded" is
// defined here, not by either page.
import type { Cartesian3, Viewer } from 'cesium';

/** What a page under test exposes: the app's `window.cim` and the reference's `window.bench` both fit. */
export interface BenchTarget {
  ready: Promise<unknown>;
  viewer: Viewer;
}

export interface LoadProbe {
  /** performance.now() (ms since navigation start) when the page's `ready` resolved. */
  readyMs: number | null;
  /** performance.now() at the first frame drawn after `ready` with the globe and every visible tileset loaded. */
  loadedMs: number | null;
  error: string | null;
  /** Visible 3D tilesets anywhere in the scene's primitive tree (the app may nest them in collections). */
  visibleTilesets(scene: Viewer['scene']): TilesetLike[];
}

type ProbeWindow = Window & { __benchProbe?: LoadProbe } & Record<string, unknown>;

interface TilesetLike {
  tilesLoaded: boolean;
  totalMemoryUsageInBytes: number;
  cacheBytes: number;
  show: boolean;
  boundingSphere: { center: Cartesian3 };
  maximumScreenSpaceError: number;
}
interface CollectionLike {
  length: number;
  get(index: number): unknown;
}

/** Init script: hooks `window[globalName].ready` as soon as it appears, then watches frames until all is loaded. */
export function installLoadProbe(globalName: string): void {
  const scope = window as unknown as ProbeWindow;
  const probe: LoadProbe = {
    readyMs: null,
    loadedMs: null,
    error: null,
    visibleTilesets(scene) {
      const found: TilesetLike[] = [];
      const pending: unknown[] = [scene.primitives];
      while (pending.length > 0) {
        const item = pending.pop() as Partial<TilesetLike & CollectionLike>;
        if (typeof item.tilesLoaded === 'boolean' && item.show !== false) found.push(item as TilesetLike);
        if (typeof item.length === 'number' && typeof item.get === 'function') {
          for (let index = 0; index < item.length; index++) pending.push(item.get(index));
        }
      }
      return found;
    },
  };
  scope.__benchProbe = probe;
  const poll = setInterval(() => {
    const target = scope[globalName] as BenchTarget | undefined;
    if (!target?.ready) return;
    clearInterval(poll);
    target.ready.then(
      () => {
        probe.readyMs = performance.now();
        const scene = target.viewer.scene;
        const check = (): void => {
          const tilesets = probe.visibleTilesets(scene);
          if (probe.loadedMs !== null || tilesets.length === 0 || !scene.globe.tilesLoaded) return;
          if (!tilesets.every((tileset) => tileset.tilesLoaded)) return;
          probe.loadedMs = performance.now();
          removeListener();
          clearInterval(nudge);
        };
        const removeListener = scene.postRender.addEventListener(check);
        // In requestRenderMode a page may stop drawing while tiles are still pending; keep frames coming.
        const nudge = setInterval(() => scene.requestRender(), 100);
        check();
      },
      (error: unknown) => {
        probe.error = `ready rejected: ${String(error)}`;
      },
    );
  }, 5);
}

/** Orbits the camera around the vertical through the first tileset's centre; returns each step's ms to a drawn frame
 * (side by side, to the frame drawn by every view: the app's `cim.compareViews()` lists them). */
export async function orbitFrameTimes({ globalName, steps }: { globalName: string; steps: number }): Promise<number[]> {
  const scope = window as unknown as ProbeWindow;
  const viewer = (scope[globalName] as BenchTarget).viewer;
  const scene = viewer.scene;
  const tileset = scope.__benchProbe?.visibleTilesets(scene)[0];
  const centre = tileset ? tileset.boundingSphere.center : viewer.camera.positionWC;
  const length = Math.hypot(centre.x, centre.y, centre.z);
  // The geocentric axis through the centre is (nearly) its vertical, so rotating about it circles the district.
  const axis = { x: centre.x / length, y: centre.y / length, z: centre.z / length } as Cartesian3;
  const stepRadians = (2 * Math.PI) / steps;
  const compared = (scope[globalName] as { compareViews?: () => Array<{ viewer: Viewer }> }).compareViews?.() ?? [];
  const viewers = [viewer, ...compared.slice(1).map((view) => view.viewer)];
  // WebGL calls return before the GPU process has drawn; reading one pixel waits for the whole frame.
  const contexts = viewers.map((view) => view.canvas.getContext('webgl2') ?? view.canvas.getContext('webgl'));
  const pixel = new Uint8Array(4);
  const frameMs: number[] = [];
  for (let step = 0; step < steps; step++) {
    const drawn = Promise.all(
      viewers.map(
        (view, index) =>
          new Promise<void>((resolve) => {
            const remove = view.scene.postRender.addEventListener(() => {
              remove();
              const gl = contexts[index];
              gl?.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
              resolve();
            });
          }),
      ),
    );
    const startMs = performance.now();
    viewer.camera.rotate(axis, stepRadians);
    scene.requestRender();
    await drawn;
    frameMs.push(performance.now() - startMs);
  }
  return frameMs;
}

/** The settings that decide what a frame costs, to check that app and reference render alike. */
export function describeRenderSettings(globalName: string): Record<string, string | number | boolean> {
  const scope = window as unknown as ProbeWindow;
  const viewer = (scope[globalName] as BenchTarget).viewer;
  const scene = viewer.scene;
  const tilesets = scope.__benchProbe?.visibleTilesets(scene) ?? [];
  return {
    drawingBuffer: `${scene.drawingBufferWidth}x${scene.drawingBufferHeight}`,
    resolutionScale: viewer.resolutionScale,
    msaaSamples: scene.msaaSamples,
    fxaa: scene.postProcessStages.fxaa.enabled,
    ambientOcclusion: scene.postProcessStages.ambientOcclusion.enabled,
    bloom: scene.postProcessStages.bloom.enabled,
    highDynamicRange: scene.highDynamicRange,
    skyAtmosphere: scene.skyAtmosphere?.show ?? false,
    // SkyBox's typings lack its run-time `show` property.
    skyBox: (scene.skyBox as { show?: boolean } | undefined)?.show ?? false,
    sun: scene.sun?.show ?? false,
    moon: scene.moon?.show ?? false,
    fog: scene.fog.enabled,
    groundAtmosphere: scene.globe.showGroundAtmosphere,
    globeLighting: scene.globe.enableLighting,
    depthTestAgainstTerrain: scene.globe.depthTestAgainstTerrain,
    shadows: viewer.shadows,
    requestRenderMode: scene.requestRenderMode,
    maximumRenderTimeChange: scene.maximumRenderTimeChange,
    imageryLayers: scene.imageryLayers.length,
    tilesets: tilesets.length,
    tilesetMaximumScreenSpaceError: tilesets.map((tileset) => tileset.maximumScreenSpaceError).join(','),
  };
}

/** Bytes the visible tilesets hold (Cesium's totalMemoryUsageInBytes) and the sum of their cache budgets (cacheBytes). */
export function tileMemoryBytes(globalName: string): { usedBytes: number; cacheBytes: number } {
  const scope = window as unknown as ProbeWindow;
  const tilesets = scope.__benchProbe?.visibleTilesets((scope[globalName] as BenchTarget).viewer.scene) ?? [];
  return {
    usedBytes: tilesets.reduce((sum, tileset) => sum + tileset.totalMemoryUsageInBytes, 0),
    cacheBytes: tilesets.reduce((sum, tileset) => sum + tileset.cacheBytes, 0),
  };
}
