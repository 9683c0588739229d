// Cesium rejects a failed load with a RequestErrorEvent (HTTP), a RuntimeError (bad content) or a SyntaxError (bad
// JSON). Users need one readable sentence, whichever it was.
import { httpStatusMessage } from '../data/fetch-text.ts';

interface RequestErrorLike {
  statusCode?: number;
  response?: unknown;
}

export function describeLoadFailure(error: unknown): string {
  const request = error as RequestErrorLike | undefined;
  if (request && typeof request === 'object' && 'statusCode' in request) {
    if (request.statusCode === undefined) return 'the server could not be reached (network error)';
    return httpStatusMessage(request.statusCode);
  }
  if (error instanceof SyntaxError) return `the file is not valid JSON (${error.message})`;
  if (error instanceof Error) return error.message;
  return String(error);
}
