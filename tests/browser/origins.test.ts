// The origin policy and the Content-Security-Policy in the built app. A second server on another 127.0.0.1 port plays
// an intranet tile server: nothing is asked of it unless cim.config.json allows its origin (refused URLs are never
// requested), and then only if the page's CSP admits it too. The built page carries its CSP and runs under it.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForCim } from '../../tools/browser/chromium.ts';
import { startStaticServer, type RunningServer } from '../../tools/serve/static-server.ts';
import { REPO_ROOT } from './harness/app-harness.ts';
import { useAppHarness } from './harness/use-app-harness.ts';

const DIST = resolve(REPO_ROOT, process.env.CIM_DIST ?? 'dist');
const work = mkdtempSync(join(tmpdir(), 'cim-origins-'));
const app = useAppHarness({ mounts: { '/origins/': work } });

let other: RunningServer;
/** Paths the other origin's server was asked for. */
const otherRequests: string[] = [];
const CSP_META = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/;

// Scheme B's one tile, in view from home.
const HOME = { lon: 114.0176, lat: 32.9795, heightMeters: 900, headingDeg: 0, pitchDeg: -60, rollDeg: 0 };
const tilesLayer = (id: string, url: string) => ({ id, kind: '3dtiles', title: id, url });
const writeJson = (path: string, value: unknown) => writeFileSync(join(work, path), JSON.stringify(value));

/** Scheme B's tileset with its content at `contentUri`. */
function schemeBWith(contentUri: string): unknown {
  const tileset = JSON.parse(readFileSync(join(REPO_ROOT, 'tilesets/scheme-b/tileset.json'), 'utf8'));
  tileset.root.content.uri = contentUri;
  return tileset;
}

/** A copy of the built app under /origins/<name>/ with its own index.html and cim.config.json. */
function deployment(name: string, config: unknown, indexHtml: string): void {
  mkdirSync(join(work, name));
  for (const dir of ['static', 'cesium', 'assets', 'tilesets']) symlinkSync(join(DIST, dir), join(work, name, dir));
  writeFileSync(join(work, name, 'index.html'), indexHtml);
  writeJson(`${name}/cim.config.json`, config);
}

beforeAll(async () => {
  other = await startStaticServer(
    { '/': `${REPO_ROOT}tilesets` },
    {
      headers: { 'Access-Control-Allow-Origin': '*' },
      onRequest: (path) => otherRequests.push(path),
    },
  );
  const outside = `${other.origin}/scheme-b/tileset.json`;
  writeJson('project-outside.json', {
    title: 'origins',
    home: HOME,
    layers: [tilesLayer('own', '../tilesets/scheme-b/tileset.json'), tilesLayer('outside', outside)],
  });
  writeJson('content-outside.json', schemeBWith(`${other.origin}/scheme-b/tiles/0-0-0.glb`));
  writeJson('external-outside.json', schemeBWith(outside));
  writeJson('project-tiles.json', {
    title: 'tiles',
    home: HOME,
    layers: [tilesLayer('content', 'content-outside.json'), tilesLayer('external', 'external-outside.json')],
  });
  const builtHtml = readFileSync(join(DIST, 'index.html'), 'utf8');
  const widened = builtHtml.replace(CSP_META, (meta) => meta.replace(/(connect-src|img-src) /g, `$1 ${other.origin} `));
  deployment('allowing', { dataOrigins: [other.origin] }, widened);
  deployment('stale-csp', { dataOrigins: [other.origin] }, builtHtml);
  deployment(
    'wrong-config',
    { dataOrigins: ['ftp://10.0.0.5'], limits: { maxFileBytes: 'big', maxRingVertices: 5000 } },
    builtHtml,
  );
});

afterAll(async () => {
  await other?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('origin policy', () => {
  it('refuses a ?project= on another origin before any request, saying how to allow it', async () => {
    const project = `${other.origin}/scheme-b/tileset.json`;
    const opened = await app.openApp(`project=${encodeURIComponent(project)}&lang=en`);
    const errors = await opened.page.evaluate(() => window.cim.errors());
    expect(errors).toEqual([
      {
        source: project,
        message: expect.stringMatching(
          /^\$: refused before any request: its origin http:\/\/127\.0\.0\.1:\d+ is not allowed; to allow it, add its origin to dataOrigins in cim\.config\.json/,
        ),
      },
    ]);
    expect(await opened.page.locator('.error-area').textContent()).toContain('dataOrigins');
    expect(otherRequests).toEqual([]);
    await opened.close();
  });

  it('refuses a manifest layer, cim.addLayer and cim.loadIfc on another origin; the other layers load', async () => {
    const opened = await app.openApp('project=/origins/project-outside.json&lang=en');
    const { page } = opened;
    const added = await page.evaluate(async (origin) => {
      const id = await window.cim.addLayer({
        id: 'added',
        kind: 'geojson',
        title: 'added',
        url: `${origin}/x.geojson`,
      });
      const ifc = await window.cim.loadIfc(`${origin}/scheme-a.ifc`).then(
        () => 'opened',
        (error: Error) => error.message,
      );
      return { id, ifc };
    }, other.origin);
    expect(added.id).toBe('added');
    expect(added.ifc).toMatch(/scheme-a\.ifc: refused before any request: .*dataOrigins in cim\.config\.json/);
    const layers = Object.fromEntries((await page.evaluate(() => window.cim.layers())).map((l) => [l.id, l]));
    expect(layers.own?.status).toBe('ready');
    for (const id of ['outside', 'added']) {
      expect(layers[id]).toMatchObject({
        status: 'error',
        error: expect.stringMatching(/refused before any request.*dataOrigins/),
      });
    }
    expect(otherRequests).toEqual([]);
    expect(opened.pageErrors).toEqual([]);
    await opened.close();
  });

  it('refuses tile content and an external tileset on another origin before requesting them', async () => {
    const opened = await app.openApp('project=/origins/project-tiles.json&lang=en');
    const { page } = opened;
    const outside = [`${other.origin}/scheme-b/tiles/0-0-0.glb`, `${other.origin}/scheme-b/tileset.json`];
    const refused =
      /refused before any request: its origin .* is not allowed; to allow it, add its origin to dataOrigins/;
    // Cesium reports each tile; the analyses, reading the same tiles for their buildings, may report them too.
    const refusedSources = async () =>
      [
        ...new Set(
          (await page.evaluate(() => window.cim.errors())).filter((e) => refused.test(e.message)).map((e) => e.source),
        ),
      ].sort();
    await expect.poll(refusedSources, { timeout: 30_000 }).toEqual(outside);
    const aboutOutside = (await page.evaluate(() => window.cim.errors())).filter((e) =>
      `${e.source} ${e.message}`.includes(other.origin),
    );
    expect(aboutOutside.filter((e) => !refused.test(e.message))).toEqual([]);
    expect(otherRequests).toEqual([]);
    expect(opened.pageErrors).toEqual([]);
    await opened.close();
  });

  it("loads from an origin cim.config.json allows and the page's CSP admits", async () => {
    const opened = await app.openPage(
      '/origins/allowing/index.html?render=cheap&lang=en&project=../project-outside.json',
    );
    await waitForCim(opened);
    const { page } = opened;
    expect(await page.evaluate(() => window.cim.config().dataOrigins)).toEqual([other.origin]);
    const status = Object.fromEntries((await page.evaluate(() => window.cim.layers())).map((l) => [l.id, l.status]));
    expect(status).toEqual({ own: 'ready', outside: 'ready' });
    expect(await page.evaluate(() => window.cim.errors())).toEqual([]);
    expect(otherRequests).toContain('/scheme-b/tileset.json');
    await expect.poll(() => otherRequests.includes('/scheme-b/tiles/0-0-0.glb'), { timeout: 30_000 }).toBe(true);
    await opened.close();
    // Requests this page had in flight (the analyses read the same tiles) land on loopback within moments of its close;
    // the next test must not count them as its own.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    otherRequests.length = 0;
  });

  it('says how to fix a data origin cim.config.json allows but the built CSP blocks', async () => {
    const opened = await app.openPage(
      '/origins/stale-csp/index.html?render=cheap&lang=en&project=../project-outside.json',
    );
    await waitForCim(opened);
    const { page } = opened;
    const errors = await page.evaluate(() => window.cim.errors());
    expect(errors[0]).toEqual({
      source: expect.stringMatching(/\/origins\/stale-csp\/cim\.config\.json$/),
      message:
        `$.dataOrigins[0]: ${other.origin} is allowed here, but the page's Content-Security-Policy blocks it ` +
        `(connect-src and img-src); rebuild with CIM_DATA_ORIGINS=${other.origin} (npm run build), or add ` +
        `${other.origin} to connect-src and img-src in the Content-Security-Policy meta tag of index.html`,
    });
    // The browser blocks the request itself; the violation reaches the user with the same advice.
    const status = Object.fromEntries((await page.evaluate(() => window.cim.layers())).map((l) => [l.id, l.status]));
    expect(status).toEqual({ own: 'ready', outside: 'error' });
    await expect
      .poll(async () => (await page.evaluate(() => window.cim.errors())).map((e) => e.message).join('\n'))
      .toMatch(/blocked by the page's Content-Security-Policy \(connect-src\); rebuild with CIM_DATA_ORIGINS/);
    expect(otherRequests).toEqual([]);
    await opened.close();
  });
});

describe('cim.config.json', () => {
  it('reports each wrong entry with its path, keeps the defaults for it and loads the project', async () => {
    const opened = await app.openPage(
      '/origins/wrong-config/index.html?render=cheap&lang=en&project=../project-outside.json',
    );
    await waitForCim(opened);
    const { page } = opened;
    const errors = (await page.evaluate(() => window.cim.errors())).filter((e) =>
      e.source.endsWith('/wrong-config/cim.config.json'),
    );
    expect(errors.map((e) => e.message.split(':')[0])).toEqual(['$.dataOrigins[0]', '$.limits.maxFileBytes']);
    const { dataOrigins, limits } = await page.evaluate(() => window.cim.config());
    expect(dataOrigins).toEqual([]);
    expect(limits).toMatchObject({ maxFileBytes: 1024 ** 3, maxRingVertices: 5000 });
    expect((await page.evaluate(() => window.cim.layers())).find((l) => l.id === 'own')?.status).toBe('ready');
    await opened.close();
  });
});

describe('Content-Security-Policy', () => {
  it('is in the built page, and the app (Cesium, the IFC worker and its wasm) runs under it without a violation', async () => {
    const policy = CSP_META.exec(readFileSync(join(DIST, 'index.html'), 'utf8'))?.[1]?.replaceAll('&#39;', "'");
    expect(policy).toMatch(
      /^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self' blob:; connect-src 'self' blob:/,
    );
    const opened = await app.openApp('project=/origins/project-outside.json&lang=en');
    const { page } = opened;
    expect(
      await page.evaluate(() =>
        document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'),
      ),
    ).toBe(policy);
    const ifc = await page.evaluate(() => window.cim.loadIfc('assets/sample/scheme-a.ifc').then((r) => r.elementCount));
    expect(ifc).toBe(402);
    expect(opened.consoleErrors.filter((line) => /Content.Security.Policy/i.test(line))).toEqual([]);
    expect(
      (await page.evaluate(() => window.cim.errors())).filter((e) =>
        /Content-Security-Policy/.test(`${e.source} ${e.message}`),
      ),
    ).toEqual([]);
    expect(opened.offsiteRequests).toEqual([]);
    await opened.close();
  });
});
