// Worker entry: sunlight ray casting off the UI thread (10,000 sills × 480 steps is seconds of work).
import { analyseSchemeImpact } from '../analysis/sunlight/scheme-impact.ts';
import { analyseSunlight } from '../analysis/sunlight/sunlight-analysis.ts';
import type { SunlightReply, SunlightRequest } from '../app/sunlight/sunlight-protocol.ts';
import { errorMessage } from '../shared/errors.ts';

const scope = self as unknown as { postMessage(message: SunlightReply): void; onmessage: unknown };

scope.onmessage = ({ data: request }: MessageEvent<SunlightRequest>) => {
  try {
    const result =
      request.kind === 'impact'
        ? analyseSchemeImpact(request.input)
        : analyseSunlight(request.buildings, request.points, request.options);
    scope.postMessage({ id: request.id, result });
  } catch (error) {
    scope.postMessage({ id: request.id, error: errorMessage(error) });
  }
};
