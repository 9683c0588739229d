// Worker entry: sunlight ray casting off the UI thread (10,000 sills × 480 steps is seconds of work).
import { analyseSunlight } from '../analysis/sunlight/sunlight-analysis.ts';
import type { SunlightReply, SunlightRequest } from '../app/sunlight/sunlight-protocol.ts';
import { errorMessage } from '../shared/errors.ts';

const scope = self as unknown as { postMessage(message: SunlightReply): void; onmessage: unknown };

scope.onmessage = ({ data: { id, buildings, points, options } }: MessageEvent<SunlightRequest>) => {
  try {
    scope.postMessage({ id, result: analyseSunlight(buildings, points, options) });
  } catch (error) {
    scope.postMessage({ id, error: errorMessage(error) });
  }
};
