// Self-test of the browser harness: the offline guard records and aborts off-site requests (from the page and from
// its workers) while local ones work, readiness failures carry the page's errors, and openApp builds the right URL.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, openOfflinePage, waitForCim } from '../../tools/browser/chromium.ts';
import { intranetOrigin, isOffsiteUrl } from '../../tools/browser/url-policy.ts';
import { startStaticServer, type RunningServer } from '../../tools/serve/static-server.ts';
import { appUrl, startAppHarness } from './harness/app-harness.ts';

const FETCHING_PAGE = `<!doctype html><meta charset="utf-8"><title>offline</title><script type="module">
const attempt = (url) => fetch(url).then((r) => r.text(), (e) => 'failed: ' + e.message);
const worker = new Worker('./worker.js');
const fromWorker = new Promise((resolve) => { worker.onmessage = (event) => resolve(event.data); });
const [remote, local, workerRemote] = await Promise.all([attempt('http://example.com/x.png'), attempt('./local.txt'), fromWorker]);
window.result = { remote, local, workerRemote };
</script>`;
const WORKER = `fetch('https://example.net/from-worker.json').then(() => postMessage('loaded'), () => postMessage('failed'));`;
const BROKEN_APP = `<!doctype html><script>window.cim = { ready: new Promise(() => {}) }; throw new Error('boom in bootstrap');</script>`;
const FAKE_APP = `<!doctype html><script>window.cim = { ready: Promise.resolve(), search: location.search };</script>`;

describe('isOffsiteUrl', () => {
  test.each([
    ['http://127.0.0.1:4173/index.html', false],
    ['http://localhost:5173/x', false],
    ['ws://127.0.0.2:9/', false],
    ['http://[::1]:8080/', false],
    ['data:image/png;base64,AAAA', false],
    ['blob:http://127.0.0.1:1/abc', false],
    ['https://api.cesium.com/v1/assets/1', true],
    ['http://example.com/x.png', true],
    ['http://127.0.0.1.example.com/', true],
    ['http://192.168.1.10/tiles', true],
    // The intranet test host is local only because Chromium maps exactly that name to 127.0.0.1.
    ['http://cim-intranet.test:4173/index.html', false],
    ['http://CIM-Intranet.test/', false],
    ['http://tiles.cim-intranet.test/', true],
    ['http://cim-intranet.test.example.com/', true],
    ['http://other-intranet.test/', true],
    ['not a url', true],
  ])('%s → %s', (url, offsite) => {
    expect(isOffsiteUrl(url)).toBe(offsite);
  });
});

describe('intranetOrigin', () => {
  test('keeps the server and port, and names the intranet test host', () => {
    expect(intranetOrigin('http://127.0.0.1:4173')).toBe('http://cim-intranet.test:4173');
  });
});

describe('appUrl', () => {
  test('adds render=cheap unless the query chooses a render mode or asks not to', () => {
    expect(appUrl('http://127.0.0.1:1', '?project=/samples/p.json')).toBe(
      'http://127.0.0.1:1/index.html?project=%2Fsamples%2Fp.json&render=cheap',
    );
    expect(appUrl('http://127.0.0.1:1', 'render=full')).toBe('http://127.0.0.1:1/index.html?render=full');
    expect(appUrl('http://127.0.0.1:1', '', false)).toBe('http://127.0.0.1:1/index.html');
  });
});

describe('offline page and harness in Chromium', () => {
  let dir: string;
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'harness-'));
    writeFileSync(join(dir, 'index.html'), FETCHING_PAGE);
    writeFileSync(join(dir, 'worker.js'), WORKER);
    writeFileSync(join(dir, 'local.txt'), 'local works');
    writeFileSync(join(dir, 'broken.html'), BROKEN_APP);
    mkdirSync(join(dir, 'fake-dist'));
    writeFileSync(join(dir, 'fake-dist', 'index.html'), FAKE_APP);
    server = await startStaticServer({ '/': dir });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('off-site requests are aborted and recorded; local ones work', async () => {
    const opened = await openOfflinePage(browser, `${server.origin}/index.html`);
    try {
      await opened.page.waitForFunction(() => 'result' in window, undefined, { timeout: 15_000 });
      const result = await opened.page.evaluate(() => (window as unknown as { result: Record<string, string> }).result);
      expect(result.local).toBe('local works');
      expect(result.remote).toMatch(/^failed/);
      expect(result.workerRemote).toBe('failed');
      expect(opened.offsiteRequests).toEqual(
        expect.arrayContaining(['http://example.com/x.png', 'https://example.net/from-worker.json']),
      );
      expect(opened.offsiteRequests).toHaveLength(2);
      expect(opened.failedRequests).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  test('waitForCim reports the page errors when ready never resolves', async () => {
    const opened = await openOfflinePage(browser, `${server.origin}/broken.html`);
    try {
      await expect(waitForCim(opened, 1_000)).rejects.toThrow(/did not resolve within 1000 ms[\s\S]*boom in bootstrap/);
    } finally {
      await opened.close();
    }
  });

  test('startAppHarness refuses to start without a build', async () => {
    await expect(startAppHarness({ distDir: join(dir, 'missing') })).rejects.toThrow(/run npm run build first/);
  });

  test('openApp opens the built app with cheap rendering and waits for cim.ready', async () => {
    const harness = await startAppHarness({ distDir: join(dir, 'fake-dist'), samplesDir: dir });
    try {
      const opened = await harness.openApp('project=/samples/local.txt');
      expect(harness.origin).toMatch(/^http:\/\/cim-intranet\.test:\d+$/);
      expect(await opened.page.evaluate(() => [location.origin, isSecureContext])).toEqual([harness.origin, false]);
      const search = await opened.page.evaluate(() => (window as unknown as { cim: { search: string } }).cim.search);
      expect(new URLSearchParams(search).get('render')).toBe('cheap');
      const sample = await opened.page.evaluate(() => fetch('/samples/local.txt').then((r) => r.text()));
      expect(sample).toBe('local works');
    } finally {
      await harness.close();
    }
  });
});
