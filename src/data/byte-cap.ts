// Holds a download to a byte cap: refused by its Content-Length before the body is read, and counted while it streams,
// so a lying or missing Content-Length cannot make the app read more.
import { DataError } from '../shared/errors.ts';

const capMessage = (size: string, maxBytes: number) =>
  `the file is ${size}, over the limit of ${maxBytes} bytes (limits.maxFileBytes in cim.config.json)`;

/** The same response, whose body errors with a DataError naming `url` once more than `maxBytes` arrive. */
export function capResponseBytes(response: Response, url: string, maxBytes: number): Response {
  const declaredBytes = Number(response.headers.get('content-length') ?? NaN);
  if (declaredBytes > maxBytes) {
    void response.body?.cancel();
    throw new DataError(url, capMessage(`${declaredBytes} bytes`, maxBytes));
  }
  if (!response.body) return response;
  let receivedBytes = 0;
  const counter = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      receivedBytes += chunk.byteLength;
      if (receivedBytes > maxBytes)
        controller.error(new DataError(url, capMessage(`more than ${maxBytes} bytes`, maxBytes)));
      else controller.enqueue(chunk);
    },
  });
  return new Response(response.body.pipeThrough(counter), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}
