// Scratch: the sample overview with the height check's labels, for a before/after look.
import { startAppHarness } from '/work/wt-health/tests/browser/harness/app-harness.ts';
const out = process.argv[2]!;
const harness = await startAppHarness({ distDir: process.argv[3] });
try {
  const opened = await harness.openApp('lang=en');
  const { page } = opened;
  const count = await page.evaluate(async () => {
    const violations = await window.cim.heightCheck();
    await window.cim.flyHome({ durationSeconds: 0 });
    await window.cim.whenIdle(120_000);
    return violations.length;
  });
  await page.waitForTimeout(2000);
  await page.screenshot({ path: out });
  console.log('violations', count, await page.evaluate(() => window.cim.errors()));
} finally {
  await harness.close();
}
