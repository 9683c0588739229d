// Fetches a binary file; failures are DataErrors naming the file, as for text.
import { fetchOk } from './fetch-text.ts';

export async function fetchBytes(url: string): Promise<Uint8Array> {
  return new Uint8Array(await (await fetchOk(url)).arrayBuffer());
}
