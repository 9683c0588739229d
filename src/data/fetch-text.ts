// Fetches a data file, turning HTTP and network failures into a DataError that names the file. Every data fetch of the
// app comes through here: the origin policy is asked before the request and the byte cap holds while the body streams.
import { DataError } from '../shared/errors.ts';
import { capResponseBytes } from './byte-cap.ts';
import { assertFetchAllowed, fetchPolicy } from './fetch-policy.ts';

/** The response of a successful GET; a DataError naming `url` for a refused URL, a network failure, an HTTP error
 * status or a file over the byte cap. */
export async function fetchOk(url: string): Promise<Response> {
  const response = await fetchIfPresent(url);
  if (!response) throw new DataError(url, httpStatusMessage(404));
  return response;
}

/** As fetchOk, but a 404 (the file is not there) is undefined: for optional files beside a main one. Any other
 * failure (a 500, a network error) is still a DataError, since reading on without the file would be silently wrong. */
export async function fetchIfPresent(url: string): Promise<Response | undefined> {
  assertFetchAllowed(url);
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new DataError(url, `the server could not be reached (${error instanceof Error ? error.message : error})`);
  }
  if (response.status === 404) return undefined;
  if (!response.ok) throw new DataError(url, httpStatusMessage(response.status));
  return capResponseBytes(response, url, fetchPolicy().maxFileBytes);
}

export async function fetchText(url: string): Promise<string> {
  return (await fetchOk(url)).text();
}

export function httpStatusMessage(status: number): string {
  return `the server answered HTTP ${status}${status === 404 ? ' (file not found)' : ''}`;
}
