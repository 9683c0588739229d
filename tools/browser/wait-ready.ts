// Waiting for a page's readiness promise (`window.cim.ready` in the app, `window.bench.ready` in the bench reference),
// with the page's own errors in the failure message: "timed out" alone never says why.
import type { OfflinePage } from './offline-page.ts';

/** Waits until `window[globalName].ready` exists and resolves; throws with the page's errors on rejection or timeout. */
export async function waitForReady(target: OfflinePage, globalName: string, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`window.${globalName}.ready did not resolve within ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  const ready = target.page.evaluate(async (name) => {
    const scope = window as unknown as Record<string, { ready?: Promise<unknown> } | undefined>;
    while (!scope[name]?.ready) await new Promise((resolve) => setTimeout(resolve, 20));
    await scope[name].ready;
  }, globalName);
  try {
    await Promise.race([ready, timeout]);
  } catch (error) {
    ready.catch(() => undefined); // the page may be closed after a timeout; that rejection is expected
    throw new Error(`${error instanceof Error ? error.message : String(error)}${describePageTrouble(target)}`);
  } finally {
    clearTimeout(timer);
  }
}

/** `waitForReady(target, 'cim', timeoutMs)`: the app has loaded its project and drawn its first frame. */
export function waitForCim(target: OfflinePage, timeoutMs = 90_000): Promise<void> {
  return waitForReady(target, 'cim', timeoutMs);
}

/** The page's errors, failed and blocked requests as indented lines, for a failure message; empty when all is well. */
export function describePageTrouble(target: OfflinePage): string {
  const sections: Array<[string, string[]]> = [
    ['page errors', target.pageErrors],
    ['console errors', target.consoleErrors],
    ['failed requests', target.failedRequests.map((failed) => `${failed.url} (${failed.reason})`)],
    ['blocked off-site requests', target.offsiteRequests],
  ];
  return sections
    .filter(([, lines]) => lines.length > 0)
    .map(
      ([title, lines]) =>
        `\n${title}:\n  ${lines.slice(0, 10).join('\n  ')}${lines.length > 10 ? `\n  … ${lines.length - 10} more` : ''}`,
    )
    .join('');
}
