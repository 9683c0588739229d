// Fetches a binary file, turning HTTP and network failures into a DataError that names the file.
import { DataError } from '../shared/errors.ts';
import { httpStatusMessage } from './fetch-text.ts';

export async function fetchBytes(url: string): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new DataError(url, `the server could not be reached (${error instanceof Error ? error.message : error})`);
  }
  if (!response.ok) throw new DataError(url, httpStatusMessage(response.status));
  return new Uint8Array(await response.arrayBuffer());
}
