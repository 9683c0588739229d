// One static server and one Chromium for a test file: the built app at `/`, the shared third-party samples at
// `/samples/`, the repository's test fixtures (tests/browser/fixtures) at `/fixtures/`, all under the intranet test
// host name over plain HTTP (not a secure context, as in a real deployment). Framework-free; use-app-harness.ts wires
// it into vitest's hooks.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchChromium, openOfflinePage, waitForCim, type OfflinePage } from '../../../tools/browser/chromium.ts';
import { intranetOrigin } from '../../../tools/browser/url-policy.ts';
import { startStaticServer, type RunningServer } from '../../../tools/serve/static-server.ts';
import { SAMPLES_DIR } from '../../third-party-samples.ts';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface AppHarnessOptions {
  /** The built app; default `$CIM_DIST` or `<repo>/dist` (a separate build folder lets two builds be tested at once). */
  distDir?: string;
  /** Third-party samples served at /samples/; default `$CIM_SAMPLES_DIR` or `<repo>/../shared/samples`. */
  samplesDir?: string;
  viewport?: { width: number; height: number };
  readyTimeoutMs?: number;
  /** More folders to serve, URL prefix → folder (e.g. a tileset a test writes), tried before the others. */
  mounts?: Record<string, string>;
}

export interface OpenAppOptions {
  /** Default true: resolve only after `window.cim.ready`. */
  waitReady?: boolean;
  /** Default true: adds `render=cheap` unless the query sets `render` itself. */
  cheapRender?: boolean;
  viewport?: { width: number; height: number };
}

export interface AppHarness {
  /** `http://cim-intranet.test:<port>`: plain HTTP under a host name, as on an intranet, so not a secure context. */
  origin: string;
  browser: Browser;
  /** Opens `index.html` with `query` ('project=/samples/x.json&lang=en', with or without '?'). */
  openApp(query?: string, options?: OpenAppOptions): Promise<OfflinePage>;
  /** Opens any served path (e.g. '/samples/README.md') in an offline page. */
  openPage(path: string, options?: { viewport?: { width: number; height: number } }): Promise<OfflinePage>;
  /** Closes every page still open, the browser and the server. */
  close(): Promise<void>;
}

/** The app's URL for a query; `render=cheap` is added unless asked not to or the query chooses a render mode. */
export function appUrl(origin: string, query = '', cheapRender = true): string {
  const params = new URLSearchParams(query.replace(/^\?/, ''));
  if (cheapRender && !params.has('render')) params.set('render', 'cheap');
  const search = params.toString();
  return `${origin}/index.html${search ? `?${search}` : ''}`;
}

export async function startAppHarness(options: AppHarnessOptions = {}): Promise<AppHarness> {
  const distDir = options.distDir ?? resolve(REPO_ROOT, process.env.CIM_DIST ?? 'dist');
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(`No built app at ${distDir}: run npm run build first.`);
  }
  const samplesDir = options.samplesDir ?? SAMPLES_DIR;
  // The static handler tries mounts in key order and stops at the first matching prefix: specific prefixes first.
  const fixturesDir = join(REPO_ROOT, 'tests/browser/fixtures');
  const server: RunningServer = await startStaticServer({
    ...options.mounts,
    '/samples/': samplesDir,
    '/fixtures/': fixturesDir,
    '/': distDir,
  });
  let browser: Browser;
  try {
    browser = await launchChromium();
  } catch (error) {
    await server.close();
    throw error;
  }
  const openPages = new Set<OfflinePage>();
  const track = (opened: OfflinePage): OfflinePage => {
    openPages.add(opened);
    const close = opened.close;
    opened.close = async () => {
      openPages.delete(opened);
      await close();
    };
    return opened;
  };
  const viewport = options.viewport ?? { width: 1280, height: 720 };
  const origin = intranetOrigin(server.origin);

  return {
    origin,
    browser,
    async openApp(query = '', appOptions = {}) {
      const url = appUrl(origin, query, appOptions.cheapRender ?? true);
      const opened = track(await openOfflinePage(browser, url, { viewport: appOptions.viewport ?? viewport }));
      if (appOptions.waitReady ?? true) await waitForCim(opened, options.readyTimeoutMs ?? 90_000);
      return opened;
    },
    async openPage(path, pageOptions = {}) {
      const url = new URL(path, origin).href;
      return track(await openOfflinePage(browser, url, { viewport: pageOptions.viewport ?? viewport }));
    },
    async close() {
      await Promise.allSettled([...openPages].map((opened) => opened.close()));
      await browser.close();
      await server.close();
    },
  };
}
