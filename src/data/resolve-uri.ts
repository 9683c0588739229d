// A URI written in a file (tile content, external tileset, glTF buffer) resolved against the file's URL: it is the
// file's claim, so one that is not a URL is a DataError naming the file, not a TypeError from `new URL`.
import { DataError } from '../shared/errors.ts';

export function resolveUri(uri: unknown, baseUrl: string, what: string): string {
  if (typeof uri === 'string' && URL.canParse(uri, baseUrl)) return new URL(uri, baseUrl).href;
  throw new DataError(baseUrl, `${what} ${JSON.stringify(uri)} is not a valid URL`);
}
