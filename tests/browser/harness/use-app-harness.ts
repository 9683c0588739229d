// vitest wiring: `const app = useAppHarness();` at the top of a browser test file starts the server and Chromium
// once in beforeAll and closes them in afterAll; tests then call `app.openApp('project=…')`.
import { afterAll, beforeAll } from 'vitest';
import { startAppHarness, type AppHarness, type AppHarnessOptions } from './app-harness.ts';

export function useAppHarness(options: AppHarnessOptions = {}): AppHarness {
  let harness: AppHarness | undefined;
  beforeAll(async () => {
    harness = await startAppHarness(options);
  });
  afterAll(async () => {
    await harness?.close();
  });
  const started = (): AppHarness => {
    if (!harness) throw new Error('useAppHarness: the harness starts in beforeAll; use it inside tests or hooks.');
    return harness;
  };
  return {
    get origin() {
      return started().origin;
    },
    get browser() {
      return started().browser;
    },
    openApp: (query, openOptions) => started().openApp(query, openOptions),
    openPage: (path, pageOptions) => started().openPage(path, pageOptions),
    close: () => started().close(),
  };
}
