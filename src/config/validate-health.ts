// The manifest's `health` section (城市体检): targets of the health-check indicators, by indicator id (shares 0…1,
// counts ≥ 0), and an optional walking speed that turns the life circles' minutes into metres instead of the
// standard's distances. Absent: indicators without targets, the standard's 300/500/1,000 m.
import { HEALTH_INDICATORS, type HealthIndicatorId } from '../analysis/health/health-indicators.ts';
import { Fields } from './fields.ts';
import { describeValue, isJsonObject, problem } from './json-paths.ts';
import type { Problem } from './project-types.ts';

export interface HealthConfig {
  targets: Partial<Record<HealthIndicatorId, number>>;
  walkingSpeedMetersPerSecond?: number;
}

export function validateHealth(json: unknown, path: string, problems: Problem[]): HealthConfig | undefined {
  if (json === undefined) return undefined;
  if (!isJsonObject(json)) {
    problems.push(
      problem(path, `health must be an object {"targets": {"park-coverage": 0.9}}, found ${describeValue(json)}`),
    );
    return undefined;
  }
  const fields = new Fields(json, path, problems);
  fields.warnUnknownKeys(['targets', 'walkingSpeedMetersPerSecond'], 'health');
  const targets: HealthConfig['targets'] = {};
  if (json.targets !== undefined) {
    if (!isJsonObject(json.targets))
      fields.report('targets', `targets must be an object, found ${describeValue(json.targets)}`);
    else {
      const targetFields = new Fields(json.targets, fields.at('targets'), problems);
      for (const key of Object.keys(json.targets)) {
        if (!(key in HEALTH_INDICATORS)) {
          targetFields.report(key, `no indicator '${key}': use ${Object.keys(HEALTH_INDICATORS).join(', ')}`);
          continue;
        }
        const id = key as HealthIndicatorId;
        const share = HEALTH_INDICATORS[id].unit === 'share';
        const value = targetFields.number(
          key,
          share ? { min: 0, max: 1, meaning: 'a share' } : { min: 0, meaning: 'a count' },
        );
        if (value !== undefined) targets[id] = value;
      }
    }
  }
  const speed =
    json.walkingSpeedMetersPerSecond === undefined
      ? undefined
      : fields.number('walkingSpeedMetersPerSecond', { min: 0.3, max: 3, meaning: 'metres per second' });
  if (fields.hasErrors()) return undefined;
  return { targets, ...(speed !== undefined ? { walkingSpeedMetersPerSecond: speed } : {}) };
}
