// Headless Chromium for browser tests and benchmarks: Debian's own package, software WebGL (SwiftShader), and no
// traffic of its own (no update checks, sync, QUIC or field trials), so a run on an air-gapped machine is clean.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { INTRANET_RESOLVER_RULE } from './url-policy.ts';

export { openOfflinePage, type OfflinePage, type OfflinePageOptions, type FailedRequest } from './offline-page.ts';
export { describePageTrouble, waitForCim, waitForReady } from './wait-ready.ts';

export const CHROMIUM_PATH = '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--disable-field-trial-config',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-quic',
  '--disable-dev-shm-usage',
  '--metrics-recording-only',
  // Exact heap figures from performance.memory (Chromium rounds them otherwise).
  '--enable-precise-memory-info',
  // The intranet test host name resolves to this machine (and nothing else is remapped): see url-policy.ts.
  `--host-resolver-rules=${INTRANET_RESOLVER_RULE}`,
];

export interface LaunchOptions {
  /** Extra Chromium switches, e.g. for a benchmark. */
  extraArgs?: string[];
  /** Default true; false needs a display (Xvfb). */
  headless?: boolean;
}

export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM_PATH}: run "apt-get install -y chromium" (Debian package).`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    args: [...CHROMIUM_ARGS, ...(options.extraArgs ?? [])],
  });
}
