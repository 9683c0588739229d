// The page's Content-Security-Policy against the data origins: cim.config.json can allow an origin after the build
// that the CSP written at build time still blocks. Both a gap found at start-up and a request the browser blocked
// reach the user as a problem saying how to fix it.
import { directivesRefusing } from '../config/content-security-policy.ts';
import type { Store } from '../shared/store.ts';
import { reportError } from './errors.ts';
import type { LoadedDeployment } from './deployment-loader.ts';
import type { AppState } from './state.ts';

const howToAdmit = (origin: string, directives: string) =>
  `rebuild with CIM_DATA_ORIGINS=${origin} (npm run build), or add ${origin} to ${directives} in the ` +
  'Content-Security-Policy meta tag of index.html';

/** The page's policy from its meta tag, or undefined (the dev server writes none; a server header cannot be read). */
export function pagePolicy(document: Document): string | undefined {
  return document.querySelector<HTMLMetaElement>('meta[http-equiv="Content-Security-Policy" i]')?.content;
}

/** Reports each allowed data origin the page's policy would block. */
export function reportCspGaps(
  store: Store<AppState>,
  deployment: LoadedDeployment,
  policy: string | undefined,
  pageOrigin: string,
): void {
  if (policy === undefined) return;
  deployment.config.dataOrigins.forEach((origin, index) => {
    const refusing = directivesRefusing(policy, origin, pageOrigin);
    if (refusing.length === 0) return;
    const directives = refusing.join(' and ');
    reportError(
      store,
      deployment.url,
      `$.dataOrigins[${index}]: ${origin} is allowed here, but the page's ` +
        `Content-Security-Policy blocks it (${directives}); ${howToAdmit(origin, directives)}`,
    );
  });
}

/** Turns a request the browser blocked by the policy into the same advice. */
export function watchCspViolations(store: Store<AppState>, document: Document): void {
  document.addEventListener('securitypolicyviolation', (event) => {
    const blocked = event.blockedURI;
    let origin: string;
    try {
      origin = new URL(blocked).origin;
    } catch {
      // 'inline' or 'eval': the app's own code broke the policy, a bug to report as it is.
      reportError(store, 'Content-Security-Policy', `${event.effectiveDirective} blocked ${blocked || 'a resource'}`);
      return;
    }
    reportError(
      store,
      blocked,
      `blocked by the page's Content-Security-Policy (${event.effectiveDirective}); ` +
        `${howToAdmit(origin, event.effectiveDirective)}, and add it to dataOrigins in cim.config.json`,
    );
  });
}
