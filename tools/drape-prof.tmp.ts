import { launchChromium, openOfflinePage, waitForCim } from './browser/chromium.ts';
import { startStaticServer } from './serve/static-server.ts';
import { installLoadProbe, orbitFrameTimes } from './bench/viewer/page-probe.ts';
import { median } from './bench/stats.ts';
const [dist] = process.argv.slice(2);
const server = await startStaticServer({ '/': dist! });
const browser = await launchChromium();
const opened = await openOfflinePage(browser, `${server.origin}/index.html?render=cheap&kiosk=1`, { viewport: { width: 1280, height: 720 }, beforeNavigate: async (p) => { await p.addInitScript(installLoadProbe, 'cim'); } });
await waitForCim(opened, 200_000);
const page = opened.page;
await page.evaluate(() => window.cim.kiosk({ enabled: true, idleSeconds: 3600 }));
await page.evaluate(async () => { await window.cim.renewalUnits(); await window.cim.whenIdle(60_000); });
await page.evaluate(orbitFrameTimes, { globalName: 'cim', steps: 12 });
const layers = ['units', 'heritage', 'water'];
const cases: [string, string[]][] = [['all', []], ['-all3', layers], ['all', []], ['all, no OIT', []], ['-all3, no OIT', layers], ['all, no OIT', []]];
for (const [name, hidden] of cases) {
  if (name.includes('no OIT')) await page.evaluate(() => { (window.cim.viewer.scene as unknown as { _oit?: unknown })._oit = undefined; });
  await page.evaluate(async (h) => { for (const id of ['units','heritage','water']) window.cim.setLayerVisible(id, !h.includes(id)); await window.cim.whenIdle(60_000); }, hidden);
  await page.evaluate(orbitFrameTimes, { globalName: 'cim', steps: 6 });
  const ms = await page.evaluate(orbitFrameTimes, { globalName: 'cim', steps: 30 });
  console.log(name, median(ms).toFixed(1));
}
await browser.close(); await server.close();
