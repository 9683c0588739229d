// Which requests an offline page may make: only to this machine. Pure, so the rule is unit-testable.

const NETWORK_SCHEMES = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:']);

/** True for a request that would leave the machine: a network scheme whose host is not loopback. */
export function isOffsiteUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  if (!NETWORK_SCHEMES.has(parsed.protocol)) return false; // data:, blob:, about:, file: never reach another host
  return !isLoopbackHost(parsed.hostname);
}

function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost') || host === '[::1]') return true;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
