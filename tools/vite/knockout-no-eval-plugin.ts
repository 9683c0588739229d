// Cesium bundles knockout, which finds the global object with `(0,eval)("this")` when it runs as a module. The built
// page's Content-Security-Policy forbids eval (script-src has no 'unsafe-eval'), so the whole bundle would stop there;
// globalThis is the same object without eval.
import type { Plugin } from 'vite';

const GLOBAL_BY_EVAL = '(0,eval)("this")';

export function knockoutNoEvalPlugin(): Plugin {
  return {
    name: 'cim-knockout-no-eval',
    transform(code, id) {
      if (!/\/knockout[^/]*\.js$/.test(id) || !code.includes(GLOBAL_BY_EVAL)) return undefined;
      return { code: code.replaceAll(GLOBAL_BY_EVAL, 'globalThis'), map: null };
    },
  };
}
