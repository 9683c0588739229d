// The deployment configuration: `cim.config.json` beside index.html, written by whoever deploys the app (never taken
// from the page URL or the project manifest, which anyone can craft). It says which origins data may come from besides
// the page's own, and the caps every reader enforces on a possibly hostile file.
import { Fields } from './fields.ts';
import { describeValue, isJsonObject, problem } from './json-paths.ts';
import { parseJsonText } from './json-text.ts';
import type { Problem } from './project-types.ts';

/** Caps on what one file may make the app read or allocate; each is checked before or while reading. */
export interface DeploymentLimits {
  /** Bytes of one downloaded or dropped file (Content-Length, File.size, or counted while reading). */
  maxFileBytes: number;
  /** Bytes one compressed file (.ifczip, gzip) may inflate to. */
  maxInflatedBytes: number;
  /** Nesting depth of JSON arrays/objects (GeoJSON coordinates, manifests, tileset children). */
  maxNestingDepth: number;
  /** Vertices of one ring or line. */
  maxRingVertices: number;
  /** Features of one overlay layer (GeoJSON features, shapefile records). */
  maxFeaturesPerLayer: number;
}

export interface DeploymentConfig {
  /** Origins (`scheme://host[:port]`) data may be fetched from besides the page's own. */
  dataOrigins: string[];
  limits: DeploymentLimits;
}

export const DEFAULT_LIMITS: Readonly<DeploymentLimits> = Object.freeze({
  maxFileBytes: 1024 * 1024 * 1024, // 1 GiB: a district IFC or a big tile is well below; web-ifc's heap stops at 4 GiB
  maxInflatedBytes: 2 * 1024 * 1024 * 1024, // 2 GiB: an .ifczip of a 1 GiB model compresses ~5–10×; a bomb goes far past
  maxNestingDepth: 64, // GeoJSON needs 5 (MultiPolygon coordinates); manifests and tilesets a few dozen
  maxRingVertices: 1_000_000,
  maxFeaturesPerLayer: 2_000_000,
});

export const DEFAULT_DEPLOYMENT_CONFIG: Readonly<DeploymentConfig> = Object.freeze({
  dataOrigins: [],
  limits: DEFAULT_LIMITS,
});

const CONFIG_KEYS = ['dataOrigins', 'limits'] as const;
const LIMIT_KEYS = Object.keys(DEFAULT_LIMITS) as (keyof DeploymentLimits)[];

export interface ValidatedDeploymentConfig {
  config: DeploymentConfig;
  problems: Problem[];
}

/** Validates `cim.config.json`: a wrong entry is reported with its JSON path and replaced by its default. */
export function validateDeploymentConfig(json: unknown): ValidatedDeploymentConfig {
  const problems: Problem[] = [];
  if (!isJsonObject(json)) {
    problems.push(
      problem('$', `expected an object {"dataOrigins": [...], "limits": {...}}, found ${describeValue(json)}`),
    );
    return { config: { ...DEFAULT_DEPLOYMENT_CONFIG, dataOrigins: [] }, problems };
  }
  const fields = new Fields(json, '$', problems);
  fields.warnUnknownKeys(CONFIG_KEYS, 'cim.config.json');
  return {
    config: { dataOrigins: readOrigins(json.dataOrigins, problems), limits: readLimits(json.limits, problems) },
    problems,
  };
}

/** `cim.config.json`'s text: malformed JSON is one problem at `$` and leaves every default in force. */
export function parseDeploymentConfigText(text: string): ValidatedDeploymentConfig {
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { config: { ...DEFAULT_DEPLOYMENT_CONFIG, dataOrigins: [] }, problems: [parsed.problem] };
  return validateDeploymentConfig(parsed.value);
}

function readOrigins(value: unknown, problems: Problem[]): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.push(
      problem(
        '$.dataOrigins',
        `dataOrigins must be a list of origins like "http://10.0.0.5:8080", found ${describeValue(value)}`,
      ),
    );
    return [];
  }
  const origins: string[] = [];
  value.forEach((entry, index) => {
    const origin = typeof entry === 'string' ? normalizeOrigin(entry) : undefined;
    if (origin) origins.push(origin);
    else
      problems.push(
        problem(
          `$.dataOrigins[${index}]`,
          `expected an http(s) origin like "http://10.0.0.5:8080", found ${describeValue(entry)}`,
        ),
      );
  });
  return [...new Set(origins)];
}

/** `scheme://host[:port]` of an http(s) URL or origin (path, query and fragment dropped), or undefined. */
export function normalizeOrigin(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  return url.origin;
}

function readLimits(value: unknown, problems: Problem[]): DeploymentLimits {
  if (value === undefined) return { ...DEFAULT_LIMITS };
  if (!isJsonObject(value)) {
    problems.push(problem('$.limits', `limits must be an object, found ${describeValue(value)}`));
    return { ...DEFAULT_LIMITS };
  }
  const fields = new Fields(value, '$.limits', problems);
  fields.warnUnknownKeys(LIMIT_KEYS, 'limits');
  const limits = { ...DEFAULT_LIMITS };
  for (const key of LIMIT_KEYS) {
    limits[key] = Math.floor(
      fields.number(key, { min: 1, max: Number.MAX_SAFE_INTEGER, default: DEFAULT_LIMITS[key] }) ?? DEFAULT_LIMITS[key],
    );
  }
  return limits;
}
