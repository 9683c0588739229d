// The attribute mapping: standard building attribute names (DESIGN.md §3) → property names in the project's data.
import { childPath, describeValue, isJsonObject, problem } from './json-paths.ts';
import type { AttributeMapping, Problem } from './project-types.ts';

export const DEFAULT_ATTRIBUTES: Readonly<AttributeMapping> = Object.freeze({
  id: 'id',
  name: 'name',
  heightMeters: 'heightMeters',
  floors: 'floors',
  yearBuilt: 'yearBuilt',
  structure: 'structure',
  use: 'use',
  safetyGrade: 'safetyGrade',
  renewalUnitId: 'renewalUnitId',
  heritage: 'heritage',
});

const STANDARD_NAMES = Object.keys(DEFAULT_ATTRIBUTES) as Array<keyof AttributeMapping>;

/** The mapping with defaults for missing or wrong entries; an unknown standard name is a warning. */
export function validateAttributes(json: unknown, path: string, problems: Problem[]): AttributeMapping {
  const mapping: AttributeMapping = { ...DEFAULT_ATTRIBUTES };
  if (json === undefined) return mapping;
  if (!isJsonObject(json)) {
    problems.push(
      problem(
        path,
        `attributes must be an object such as {"safetyGrade": "grade"}, found ${describeValue(json)}; ` +
          'the standard attribute names are used',
      ),
    );
    return mapping;
  }
  for (const [key, value] of Object.entries(json)) {
    const keyPath = childPath(path, key);
    if (!(STANDARD_NAMES as string[]).includes(key)) {
      problems.push(
        problem(
          keyPath,
          `"${key}" is not a standard building attribute and was ignored; ` +
            `the standard names are ${STANDARD_NAMES.join(', ')}`,
          'warning',
        ),
      );
    } else if (typeof value !== 'string' || value.trim() === '') {
      problems.push(
        problem(
          keyPath,
          `the data's property name for ${key} must be a non-empty string, found ` +
            `${describeValue(value)}; "${DEFAULT_ATTRIBUTES[key as keyof AttributeMapping]}" is used`,
        ),
      );
    } else {
      mapping[key as keyof AttributeMapping] = value;
    }
  }
  return mapping;
}
