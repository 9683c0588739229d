// One measured visit of one page in a fresh Chromium: time to loaded, JS heap after load, frame times while orbiting.
// A fresh browser per visit keeps caches (HTTP, shaders, GPU process) from favouring whichever page ran second.
import { describePageTrouble, launchChromium, openOfflinePage } from '../../browser/chromium.ts';
import {
  describeRenderSettings,
  installLoadProbe,
  orbitFrameTimes,
  tileMemoryBytes,
  type LoadProbe,
} from './page-probe.ts';

export interface PageUnderTest {
  url: string;
  /** The page's global with `ready` and `viewer`: 'cim' for the app, 'bench' for the reference. */
  globalName: string;
}

export interface ViewerSample {
  readyMs: number;
  loadedMs: number;
  heapUsedMb: number;
  /** Tile memory of the visible tilesets once loaded, and their cache budget (Cesium's cacheBytes). */
  tileMemory: { usedBytes: number; cacheBytes: number };
  frameMs: number[];
  settings: Record<string, string | number | boolean>;
  offsiteRequests: string[];
}

export interface MeasureOptions {
  orbitSteps: number;
  loadTimeoutMs: number;
  viewport: { width: number; height: number };
}

export async function measureViewerPage(target: PageUnderTest, options: MeasureOptions): Promise<ViewerSample> {
  const browser = await launchChromium();
  try {
    const opened = await openOfflinePage(browser, target.url, {
      viewport: options.viewport,
      beforeNavigate: async (page) => {
        await page.addInitScript(installLoadProbe, target.globalName);
      },
    });
    const { page } = opened;
    try {
      await page.waitForFunction(
        () => {
          const probe = (window as { __benchProbe?: LoadProbe }).__benchProbe;
          return probe !== undefined && (probe.loadedMs !== null || probe.error !== null);
        },
        undefined,
        { timeout: options.loadTimeoutMs, polling: 100 },
      );
    } catch (error) {
      throw new Error(
        `${target.url}: not loaded within ${options.loadTimeoutMs} ms (${String(error)})${describePageTrouble(opened)}`,
      );
    }
    const probe = await page.evaluate(() => {
      const { readyMs, loadedMs, error } = (window as { __benchProbe?: LoadProbe }).__benchProbe as LoadProbe;
      return { readyMs, loadedMs, error };
    });
    if (probe.error !== null || probe.readyMs === null || probe.loadedMs === null) {
      throw new Error(`${target.url}: ${probe.error ?? 'no timing'}${describePageTrouble(opened)}`);
    }
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const tileMemory = await page.evaluate(tileMemoryBytes, target.globalName);
    const settings = await page.evaluate(describeRenderSettings, target.globalName);
    const frameMs = await page.evaluate(orbitFrameTimes, { globalName: target.globalName, steps: options.orbitSteps });
    await opened.close();
    return {
      readyMs: probe.readyMs,
      loadedMs: probe.loadedMs,
      heapUsedMb: heap.usedSize / 2 ** 20,
      tileMemory,
      frameMs,
      settings,
      offsiteRequests: opened.offsiteRequests,
    };
  } finally {
    await browser.close();
  }
}
