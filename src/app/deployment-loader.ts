// Reads `cim.config.json` beside index.html, before the project or any data is fetched. The file is optional: a 404
// leaves the defaults in force without a word; a file that is there but wrong is reported, entry by entry.
import {
  DEFAULT_DEPLOYMENT_CONFIG,
  parseDeploymentConfigText,
  type DeploymentConfig,
} from '../config/deployment-config.ts';
import type { Problem } from '../config/project-types.ts';
import { httpStatusMessage } from '../data/fetch-text.ts';
import { errorMessage } from '../shared/errors.ts';

const DEPLOYMENT_CONFIG_FILE = 'cim.config.json';

export interface LoadedDeployment {
  /** Where the file is (the source its problems are reported under). */
  url: string;
  config: DeploymentConfig;
  problems: Problem[];
}

export async function loadDeployment(pageUrl: string): Promise<LoadedDeployment> {
  const url = new URL(DEPLOYMENT_CONFIG_FILE, pageUrl).href;
  const defaults = (problems: Problem[]) => ({
    url,
    config: { ...DEFAULT_DEPLOYMENT_CONFIG, dataOrigins: [] },
    problems,
  });
  let text: string;
  try {
    // The deployer edits this file in place on the server: never take a stale copy from the browser's cache.
    const response = await fetch(url, { cache: 'no-cache' });
    if (response.status === 404) return defaults([]);
    if (!response.ok)
      return defaults([{ path: '$', message: `${httpStatusMessage(response.status)}; the defaults are in force` }]);
    text = await response.text();
  } catch (error) {
    return defaults([{ path: '$', message: `could not be read (${errorMessage(error)}); the defaults are in force` }]);
  }
  return { url, ...parseDeploymentConfigText(text) };
}
