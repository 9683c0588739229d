// Serves a built app (and optional extra mounts such as ../shared/samples) on 127.0.0.1 for tests and benchmarks.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createStaticHandler, type StaticMounts } from './static-handler.ts';

export interface RunningServer {
  origin: string;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  /** Sent with every answer, e.g. `Access-Control-Allow-Origin` for a server playing another origin's data server. */
  headers?: Record<string, string>;
  /** Called with each request's path, so a test can tell that nothing was asked for. */
  onRequest?: (path: string) => void;
}

/** Starts a server on an ephemeral loopback port; a request no mount answers gets a plain 404. */
export async function startStaticServer(
  mounts: StaticMounts,
  options: StaticServerOptions = {},
): Promise<RunningServer> {
  const handle = createStaticHandler(mounts);
  const server: Server = createServer((req, res) => {
    options.onRequest?.(req.url ?? '/');
    for (const [name, value] of Object.entries(options.headers ?? {})) res.setHeader(name, value);
    handle(req, res, () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end(`Not found: ${req.url}`);
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
