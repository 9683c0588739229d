// Fetches a data file as text, turning HTTP and network failures into a DataError that names the file.
import { DataError } from '../shared/errors.ts';

export async function fetchText(url: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new DataError(url, `the server could not be reached (${error instanceof Error ? error.message : error})`);
  }
  if (!response.ok) throw new DataError(url, httpStatusMessage(response.status));
  return response.text();
}

export function httpStatusMessage(status: number): string {
  return `the server answered HTTP ${status}${status === 404 ? ' (file not found)' : ''}`;
}
