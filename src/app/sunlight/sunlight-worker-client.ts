// The sunlight worker seen from the app: one worker, started on the first analysis and kept for the next ones;
// requests are answered in order by id.
import type { BuildingRecord } from '../../analysis/building-record.ts';
import type { SchemeImpact, SchemeImpactInput } from '../../analysis/sunlight/scheme-impact.ts';
import type { SunlightOptions, SunlightPosition, SunlightResult } from '../../analysis/sunlight/sunlight-analysis.ts';
import type { SunlightReply, SunlightRequest } from './sunlight-protocol.ts';

export interface SunlightWorker {
  analyse(buildings: BuildingRecord[], points: SunlightPosition[], options: SunlightOptions): Promise<SunlightResult>;
  impact(input: SchemeImpactInput): Promise<SchemeImpact>;
  dispose(): void;
}

export function sunlightWorker(): SunlightWorker {
  let worker: Worker | undefined;
  let nextId = 0;
  const pending = new Map<
    number,
    { resolve(result: SunlightResult | SchemeImpact): void; reject(error: Error): void }
  >();
  const failAll = (message: string) => {
    for (const { reject } of pending.values()) reject(new Error(`sunlight worker: ${message}`));
    pending.clear();
    worker?.terminate();
    worker = undefined; // the next analysis starts a fresh one
  };
  const started = () => {
    if (worker) return worker;
    worker = new Worker(new URL('../../workers/sunlight-worker.ts', import.meta.url), {
      type: 'module',
      name: 'sunlight',
    });
    worker.onmessage = ({ data: reply }: MessageEvent<SunlightReply>) => {
      const waiting = pending.get(reply.id);
      pending.delete(reply.id);
      if ('result' in reply) waiting?.resolve(reply.result);
      else waiting?.reject(new Error(reply.error));
    };
    worker.onerror = (event) => failAll(event.message || 'could not start');
    return worker;
  };
  const call = <T extends SunlightResult | SchemeImpact>(request: SunlightRequest): Promise<T> =>
    new Promise((resolve, reject) => {
      pending.set(request.id, { resolve: resolve as (result: SunlightResult | SchemeImpact) => void, reject });
      started().postMessage(request);
    });
  return {
    analyse: (buildings, points, options) => call({ id: nextId++, kind: 'points', buildings, points, options }),
    impact: (input) => call({ id: nextId++, kind: 'impact', input }),
    dispose: () => failAll('disposed'),
  };
}
