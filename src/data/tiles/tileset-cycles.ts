// External tilesets that reference each other in a cycle (a tileset that names itself as a tile's content, or A → B →
// A): Cesium follows them for ever, one request after another, and the layer never settles. The tileset JSONs Cesium
// fetches are remembered as a graph (tileset → the external tilesets its tiles name); a response that closes a cycle is
// refused. Two tilesets naming the same child (a diamond), or one fetched again, is no cycle.
import { DataError } from '../../shared/errors.ts';

const withoutFragment = (url: string) => url.split('#')[0]!;

interface TileJson {
  content?: { uri?: unknown; url?: unknown };
  contents?: { uri?: unknown }[];
  children?: unknown;
}

/** The external tilesets (content URIs ending in .json) a tileset's tiles name, resolved against its URL. */
function externalTilesets(tileset: { root?: unknown }, url: string): string[] {
  const found: string[] = [];
  const stack: unknown[] = [tileset.root];
  while (stack.length > 0) {
    const tile = stack.pop() as TileJson | undefined;
    if (!tile || typeof tile !== 'object') continue;
    for (const content of [tile.content, ...(Array.isArray(tile.contents) ? tile.contents : [])]) {
      const uri =
        content && typeof content === 'object'
          ? ((content as { uri?: unknown }).uri ?? (content as { url?: unknown }).url)
          : undefined;
      if (typeof uri === 'string' && /\.json($|[?#])/i.test(uri) && !uri.includes('{') && URL.canParse(uri, url)) {
        found.push(withoutFragment(new URL(uri, url).href));
      }
    }
    if (Array.isArray(tile.children)) stack.push(...tile.children);
  }
  return found;
}

/** Bytes that start with '{' after blanks: decoded as text; binary tiles are not. */
function looksLikeJson(response: unknown): boolean {
  if (!(response instanceof ArrayBuffer)) return false;
  const head = new Uint8Array(response, 0, Math.min(64, response.byteLength));
  const first = head.find(
    (byte) =>
      byte !== 0x20 &&
      byte !== 0x0a &&
      byte !== 0x0d &&
      byte !== 0x09 &&
      byte !== 0xef &&
      byte !== 0xbb &&
      byte !== 0xbf,
  );
  return first === 0x7b;
}

/** A check for Cesium's responses: the DataError to refuse a tileset JSON that closes a cycle, else undefined. */
export function createTilesetCycleCheck(): (url: string, response: unknown) => DataError | undefined {
  const references = new Map<string, Set<string>>();
  const reaches = (from: string, target: string): boolean => {
    const seen = new Set<string>();
    const stack = [from];
    while (stack.length > 0) {
      const at = stack.pop()!;
      if (at === target) return true;
      if (seen.has(at)) continue;
      seen.add(at);
      stack.push(...(references.get(at) ?? []));
    }
    return false;
  };
  return (url, response) => {
    // The root tileset comes as text, external ones (tile content) as bytes.
    const text =
      typeof response === 'string'
        ? response
        : looksLikeJson(response)
          ? new TextDecoder().decode(response as ArrayBuffer)
          : '';
    if (!text.trimStart().startsWith('{')) return undefined;
    let tileset: { root?: unknown };
    try {
      tileset = JSON.parse(text) as { root?: unknown };
    } catch {
      return undefined; // not JSON: Cesium says so itself
    }
    const self = withoutFragment(url);
    const children = externalTilesets(tileset, url);
    const cycle = children.find((child) => reaches(child, self));
    if (cycle !== undefined) {
      const name = (path: string) => path.split('/').pop();
      return new DataError(
        url,
        `the external tileset ${name(cycle)} leads back to ${name(self)} (the tilesets reference each other in a cycle); ` +
          'the tiles beyond it are not loaded',
      );
    }
    references.set(self, new Set(children));
    return undefined;
  };
}
