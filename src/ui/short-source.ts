// A URL on this server is shown by its path, so the file name is readable in a narrow panel.
import { decodePercentRuns } from '../shared/url-file-name.ts';

export function shortSource(source: string): string {
  try {
    const url = new URL(source);
    return url.origin === window.location.origin ? decodePercentRuns(url.pathname) : source;
  } catch {
    return source;
  }
}

/** The same for URLs inside a message. */
export function shortenUrlsIn(text: string): string {
  return text.split(`${window.location.origin}/`).join('/');
}
