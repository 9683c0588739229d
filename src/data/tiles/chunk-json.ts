// A JSON chunk of a binary tile (glTF JSON, feature and batch tables): its bytes are the file's, so a syntax error or
// a non-object is a DataError naming the file and the chunk.
import { DataError, errorMessage } from '../../shared/errors.ts';

export function chunkJson(chunk: Uint8Array, source: string, what: string): Record<string, unknown> {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(chunk));
  } catch (error) {
    throw new DataError(source, `the ${what} is not valid JSON (${errorMessage(error)})`);
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json))
    throw new DataError(source, `the ${what} is not a JSON object`);
  return json as Record<string, unknown>;
}
