// Which requests an offline page may make: only to this machine. Pure, so the rule is unit-testable.

const NETWORK_SCHEMES = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:']);

/** The host name tests serve the app under, as an intranet would (plain HTTP, not loopback: not a secure context).
 * Local only because launchChromium maps exactly this name to 127.0.0.1 (INTRANET_RESOLVER_RULE). */
export const INTRANET_TEST_HOST = 'cim-intranet.test';
export const INTRANET_RESOLVER_RULE = `MAP ${INTRANET_TEST_HOST} 127.0.0.1`;

/** True for a request that would leave the machine: a network scheme whose host is neither loopback nor the mapped
 * intranet test host. */
export function isOffsiteUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  if (!NETWORK_SCHEMES.has(parsed.protocol)) return false; // data:, blob:, about:, file: never reach another host
  return !isLocalHost(parsed.hostname);
}

/** `origin` (a server on 127.0.0.1) as the page sees it under the intranet test host name: same server, same port. */
export function intranetOrigin(origin: string): string {
  const url = new URL(origin);
  url.hostname = INTRANET_TEST_HOST;
  return url.origin;
}

function isLocalHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost') || host === '[::1]' || host === INTRANET_TEST_HOST)
    return true;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
