// A small static-file handler shared by the Vite dev plugin, the test server and the benchmark server.
// It maps URL prefixes to directories, refuses paths that escape them and names the content types 3D Tiles,
// IFC and Cesium need (Vite's own server does not know .b3dm, .pnts, .subtree or .ifc).
import { createReadStream, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.glb': 'model/gltf-binary',
  '.gltf': 'model/gltf+json',
  '.b3dm': 'application/octet-stream',
  '.i3dm': 'application/octet-stream',
  '.cmpt': 'application/octet-stream',
  '.pnts': 'application/octet-stream',
  '.subtree': 'application/octet-stream',
  '.ifc': 'application/x-step',
  '.xml': 'application/xml',
  '.ktx2': 'image/ktx2',
};

export type StaticMounts = Record<string, string>;
type Next = () => void;

/** Returns a connect-style middleware serving each `prefix` from its directory; unknown paths go to `next`. */
export function createStaticHandler(mounts: StaticMounts) {
  const entries = Object.entries(mounts).map(([prefix, dir]) => [prefix.replace(/\/?$/, '/'), resolve(dir)] as const);
  return (req: IncomingMessage, res: ServerResponse, next: Next): void => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      // A lone '%' (方案100%.ifc requested unescaped) is no path: refused as nginx does, not a crash of the server.
      res.statusCode = 400;
      res.end('Bad request: the path is not valid percent-encoding');
      return;
    }
    for (const [prefix, root] of entries) {
      if (!pathname.startsWith(prefix)) continue;
      const file = normalize(join(root, pathname.slice(prefix.length)));
      if (file !== root && !file.startsWith(root + sep)) break;
      if (sendFile(file, res)) return;
      break;
    }
    next();
  };
}

function sendFile(file: string, res: ServerResponse): boolean {
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) return false;
    size = stat.size;
  } catch {
    return false;
  }
  res.statusCode = 200;
  res.setHeader('Content-Type', CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream');
  res.setHeader('Content-Length', String(size));
  createReadStream(file).pipe(res);
  return true;
}
