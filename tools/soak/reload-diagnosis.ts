// When the kiosk page reloads itself during a soak: why (the kiosk's own recovery log, once the reloaded app answers)
// and, when it does not answer, what the browser is doing — animation frames in the page, and the CPU each of the
// browser's processes used over ten seconds (a busy GPU process and no frames is a software renderer stuck drawing; an
// idle one is a hang). Read without `waitForFunction`, which polls on animation frames.
import type { Page } from 'playwright-core';

const ANSWER_TIMEOUT_MS = 5_000;
const WAIT_FOR_APP_MS = 60_000;

/** `work`'s result, or NO_ANSWER when it has not settled within `ms` (the one timeout race of the soak). */
export const NO_ANSWER = Symbol('no answer');
export async function within<T>(work: Promise<T>, ms: number): Promise<T | typeof NO_ANSWER> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<typeof NO_ANSWER>((resolve) => {
    timer = setTimeout(() => resolve(NO_ANSWER), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

async function processCpuSeconds(page: Page): Promise<Map<string, number>> {
  const browser = page.context().browser();
  if (!browser) return new Map();
  const session = await browser.newBrowserCDPSession();
  try {
    const info = (await session.send('SystemInfo.getProcessInfo')) as {
      processInfo: Array<{ type: string; id: number; cpuTime: number }>;
    };
    return new Map(info.processInfo.map((process) => [`${process.type} ${process.id}`, process.cpuTime]));
  } finally {
    await session.detach();
  }
}

export async function diagnoseReload(page: Page, log: (line: string) => void): Promise<void> {
  const deadline = Date.now() + WAIT_FOR_APP_MS;
  while (Date.now() < deadline) {
    const last = await within(
      page
        .evaluate(() => (window.cim?.kioskState ? (window.cim.kioskState().recoveries.at(-1) ?? null) : 'loading'))
        .catch(() => 'loading' as const),
      ANSWER_TIMEOUT_MS,
    );
    if (last !== 'loading' && last !== NO_ANSWER) {
      const detail = last?.detail ? ` (${last.detail})` : '';
      log(`the kiosk says why: ${last ? `${last.reason} at ${last.at}${detail}` : 'nothing logged'}`);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  const answer = (work: Promise<string>) =>
    within(work, ANSWER_TIMEOUT_MS).then(
      (text) => (text === NO_ANSWER ? 'no answer' : text),
      (error: unknown) => `error ${String(error)}`,
    );
  const frame = await answer(
    page.evaluate(() => new Promise<string>((resolve) => requestAnimationFrame(() => resolve('drawn')))),
  );
  const shown = await answer(
    page.evaluate(() => `${document.title} | ${(document.body?.textContent ?? '').slice(0, 200).replace(/\s+/g, ' ')}`),
  );
  log(`the reloaded page (${page.url()}) shows: ${shown}`);
  const before = await processCpuSeconds(page);
  await new Promise((resolve) => setTimeout(resolve, 10_000));
  const after = await processCpuSeconds(page);
  const busy = [...after].map(([name, seconds]) => `${name} ${(seconds - (before.get(name) ?? 0)).toFixed(1)} s`);
  log(
    `the reloaded app did not answer in ${WAIT_FOR_APP_MS / 1000} s; an animation frame: ${frame}; ` +
      `CPU over 10 s: ${busy.join(', ')}`,
  );
}
