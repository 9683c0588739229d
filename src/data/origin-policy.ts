// Which URLs the app may fetch data from. Whoever deploys the app decides (cim.config.json's dataOrigins); a crafted
// page link or manifest cannot widen it, so a kiosk never shows someone else's "planning data" under the office's name.
// Pure: the page's address and the allowed origins come in as arguments.

export interface OriginPolicy {
  /** The page's address; relative URLs resolve against it and its origin is always allowed. */
  pageUrl: string;
  /** Further allowed origins, normalized (`scheme://host[:port]`, as URL.origin writes them). */
  dataOrigins: readonly string[];
}

export const HOW_TO_ALLOW = 'add its origin to dataOrigins in cim.config.json (beside index.html)';

/** Why `url` may not be fetched, or undefined when it may. */
export function originRefusal(url: string, policy: OriginPolicy): string | undefined {
  const pageOrigin = new URL(policy.pageUrl).origin;
  let target: URL;
  try {
    target = new URL(url, policy.pageUrl);
  } catch {
    return 'it is not a valid URL';
  }
  // A blob: URL names the origin that made it; only the app's own (dropped files) are data it was given.
  if (target.protocol === 'blob:') {
    return target.origin === pageOrigin ? undefined : 'it is a blob: URL this page did not make';
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    return `${target.protocol} URLs are not loaded; only http(s) data from allowed origins is`;
  }
  if (target.origin === pageOrigin || policy.dataOrigins.includes(target.origin)) return undefined;
  return `its origin ${target.origin} is not allowed; to allow it, ${HOW_TO_ALLOW}`;
}
