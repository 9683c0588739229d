// The manifest's `townscape` section: which layers hold the height zones (height-zone files, heritage belts, renewal
// units with controls), which hold the view corridors, and which building layers are proposals (方案) rather than the
// existing city. Unknown layer ids are warnings: the check runs on the layers that exist.
import { childPath, describeValue, isJsonObject, problem } from './json-paths.ts';
import type { Problem, TownscapeConfig } from './project-types.ts';

const KEYS: (keyof TownscapeConfig)[] = ['heightZoneLayers', 'corridorLayers', 'proposalLayers'];

/** The scheme of the city as it stands; every other scheme is a proposal layer. */
export const EXISTING_SCHEME_ID = 'existing';

export const EMPTY_TOWNSCAPE: TownscapeConfig = { heightZoneLayers: [], corridorLayers: [], proposalLayers: [] };

export function validateTownscape(
  json: unknown,
  path: string,
  layerIds: readonly string[],
  problems: Problem[],
): TownscapeConfig {
  if (json === undefined) return EMPTY_TOWNSCAPE;
  if (!isJsonObject(json)) {
    problems.push(
      problem(
        path,
        `townscape must be an object {"heightZoneLayers", "corridorLayers", "proposalLayers"}, found ${describeValue(json)}`,
      ),
    );
    return EMPTY_TOWNSCAPE;
  }
  for (const key of Object.keys(json)) {
    if (!KEYS.includes(key as keyof TownscapeConfig))
      problems.push(
        problem(childPath(path, key), `unknown key "${key}" in townscape (known: ${KEYS.join(', ')})`, 'warning'),
      );
  }
  const ids = (key: keyof TownscapeConfig): string[] => {
    const value = json[key];
    const at = childPath(path, key);
    if (value === undefined) return [];
    if (!Array.isArray(value) || !value.every((id) => typeof id === 'string')) {
      problems.push(problem(at, `${key} must be an array of layer ids, found ${describeValue(value)}`));
      return [];
    }
    value.forEach((id, i) => {
      if (!layerIds.includes(id))
        problems.push(problem(childPath(at, i), `no layer with id "${id}" in this manifest`, 'warning'));
    });
    return value;
  };
  return {
    heightZoneLayers: ids('heightZoneLayers'),
    corridorLayers: ids('corridorLayers'),
    proposalLayers: ids('proposalLayers'),
  };
}
