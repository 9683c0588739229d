// Fetches a data file, turning HTTP and network failures into a DataError that names the file.
import { DataError } from '../shared/errors.ts';

/** The response of a successful GET; a DataError naming `url` for a network failure or an HTTP error status. */
export async function fetchOk(url: string): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new DataError(url, `the server could not be reached (${error instanceof Error ? error.message : error})`);
  }
  if (!response.ok) throw new DataError(url, httpStatusMessage(response.status));
  return response;
}

export async function fetchText(url: string): Promise<string> {
  return (await fetchOk(url)).text();
}

export function httpStatusMessage(status: number): string {
  return `the server answered HTTP ${status}${status === 404 ? ' (file not found)' : ''}`;
}
