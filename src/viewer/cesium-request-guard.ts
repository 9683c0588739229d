// Holds Cesium's own requests (external tilesets, tile content, glTF buffers and images) to the fetch policy. Every
// Cesium request goes through Resource._Implementations: loadWithXhr for data, createImage for images. That object is
// private API, which Cesium's source marks as replaceable; it is pinned with the cesium version in package.json, and
// tests/browser/origins.test.ts fails (the tile is then blocked by the CSP, or fetched) if an upgrade stops calling it.
// A response is also checked before Cesium parses it (tile content whose header lies is failed with the check's
// error; tests/browser/hostile-tiles.test.ts).
import { Resource } from 'cesium';

type Implementation = (this: unknown, ...args: unknown[]) => unknown;
interface Deferred {
  resolve(value: unknown): void;
  reject(reason: unknown): void;
}
interface Implementations {
  loadWithXhr: Implementation;
  createImage: Implementation;
}

/** The error to fail a request with instead of making it, or undefined to let it go. */
export type RequestRefusal = (url: string) => Error | undefined;
/** The error to fail a data request with instead of handing Cesium its response, or undefined to hand it over. */
export type ResponseProblem = (url: string, response: unknown) => Error | undefined;

let installed = false;

export function guardCesiumRequests(refusal: RequestRefusal, responseProblem: ResponseProblem): void {
  if (installed) return;
  installed = true;
  const implementations = (Resource as unknown as { _Implementations: Implementations })._Implementations;
  // data: URIs are content inline in a file already admitted (embedded glTF buffers and images), not a request.
  const refused = (url: string) => (url.startsWith('data:') ? undefined : refusal(url));
  const guard = (original: Implementation, urlOf: (args: unknown[]) => string, deferredIndex: number): Implementation =>
    function guarded(this: unknown, ...args: unknown[]) {
      const error = refused(urlOf(args));
      if (!error) return original.apply(this, args);
      (args[deferredIndex] as Deferred).reject(error);
      return undefined;
    };
  // loadWithXhr(url, responseType, method, data, headers, deferred, …); createImage(request, crossOrigin, deferred, …)
  const checked = (original: Implementation): Implementation =>
    function withCheckedResponse(this: unknown, ...args: unknown[]) {
      const [url, deferred] = [args[0] as string, args[5] as Deferred];
      const resolve = (value: unknown) => {
        const problem = responseProblem(url, value);
        if (problem) deferred.reject(problem);
        else deferred.resolve(value);
      };
      return original.apply(this, [
        ...args.slice(0, 5),
        { resolve, reject: (reason: unknown) => deferred.reject(reason) },
        ...args.slice(6),
      ]);
    };
  implementations.loadWithXhr = guard(checked(implementations.loadWithXhr), (args) => args[0] as string, 5);
  implementations.createImage = guard(implementations.createImage, (args) => (args[0] as { url: string }).url, 2);
}
