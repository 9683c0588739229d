// The one fetch policy of the page: which origins data may come from and how big a file may be. Set once at start-up
// from cim.config.json (setFetchPolicy) before any data is fetched; every fetch of data asks it first. Until then the
// page's own origin and the default caps apply, which is the safe side.
import { DEFAULT_LIMITS } from '../config/deployment-config.ts';
import { DataError } from '../shared/errors.ts';
import { originRefusal, type OriginPolicy } from './origin-policy.ts';

export interface FetchPolicy extends OriginPolicy {
  /** Bytes of one file; larger ones are refused by Content-Length or while they stream in. */
  maxFileBytes: number;
}

let current: FetchPolicy | undefined;

export function setFetchPolicy(policy: FetchPolicy): void {
  current = { ...policy, dataOrigins: [...policy.dataOrigins] };
}

export function fetchPolicy(): FetchPolicy {
  return current ?? { pageUrl: globalThis.location.href, dataOrigins: [], maxFileBytes: DEFAULT_LIMITS.maxFileBytes };
}

/** A DataError naming `url` and how to allow it when the policy refuses it, else undefined. */
export function fetchRefusal(url: string): DataError | undefined {
  const refusal = originRefusal(url, fetchPolicy());
  return refusal === undefined ? undefined : new DataError(url, `refused before any request: ${refusal}`);
}

/** Throws fetchRefusal's DataError; call it before the request, so a refused URL is never asked for. */
export function assertFetchAllowed(url: string): void {
  const refusal = fetchRefusal(url);
  if (refusal) throw refusal;
}
