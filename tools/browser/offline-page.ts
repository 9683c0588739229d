// A page that cannot reach the internet: every request to a host other than this machine is aborted and recorded,
// so a test can assert the app works air-gapped (no ion token, no Bing, no CDN fonts) by checking one empty list.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { isOffsiteUrl } from './url-policy.ts';

export interface FailedRequest {
  url: string;
  /** A network error (`net::ERR_…`) or `HTTP <status>`. */
  reason: string;
}

export interface OfflinePage {
  page: Page;
  context: BrowserContext;
  /** URLs the page tried to fetch from another host; each was aborted. */
  offsiteRequests: string[];
  /** console.error messages (including Chromium's "Failed to load resource" lines). */
  consoleErrors: string[];
  /** Uncaught exceptions and unhandled rejections in the page. */
  pageErrors: string[];
  /** Local requests that failed or answered with HTTP ≥ 400 (aborted off-site ones are in offsiteRequests). */
  failedRequests: FailedRequest[];
  /** Closes the page's own browser context. */
  close(): Promise<void>;
}

export interface OfflinePageOptions {
  viewport?: { width: number; height: number };
  /** Runs after the guards are installed and before navigation, e.g. to add an init script. */
  beforeNavigate?: (page: Page) => Promise<void>;
  navigationTimeoutMs?: number;
}

// tsx and vitest compile named inner functions to `__name(fn, "fn")` calls; functions passed to page.evaluate carry
// those calls into the page, so the page needs a do-nothing `__name`.
const NAME_HELPER_SHIM = 'globalThis.__name ??= (target) => target;';

export async function openOfflinePage(
  browser: Browser,
  url: string,
  options: OfflinePageOptions = {},
): Promise<OfflinePage> {
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 720 } });
  const offsiteRequests: string[] = [];
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  const failedRequests: FailedRequest[] = [];
  // Routing on the context also covers the page's dedicated workers (Cesium decodes tiles in workers).
  await context.route('**/*', async (route) => {
    const requestUrl = route.request().url();
    if (!isOffsiteUrl(requestUrl)) return route.continue();
    offsiteRequests.push(requestUrl);
    return route.abort('blockedbyclient');
  });
  await context.addInitScript({ content: NAME_HELPER_SHIM });
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('requestfailed', (request) => {
    if (isOffsiteUrl(request.url())) return;
    failedRequests.push({ url: request.url(), reason: request.failure()?.errorText ?? 'failed' });
  });
  page.on('response', (response) => {
    if (response.status() >= 400) failedRequests.push({ url: response.url(), reason: `HTTP ${response.status()}` });
  });
  try {
    await options.beforeNavigate?.(page);
    await page.goto(url, { waitUntil: 'load', timeout: options.navigationTimeoutMs ?? 60_000 });
  } catch (error) {
    await context.close();
    throw error;
  }
  return { page, context, offsiteRequests, consoleErrors, pageErrors, failedRequests, close: () => context.close() };
}
