// The keys of a `pipelines` layer entry: the CRS of its file, where its attributes are (DESIGN.md §3 names by
// default) and the height of the ground its burial depths are measured from.
import {
  DEFAULT_PIPE_ATTRIBUTES,
  PIPE_ATTRIBUTE_KEYS,
  type PipeAttributeMapping,
} from '../data/pipes/pipe-attributes.ts';
import type { Fields } from './fields.ts';
import { describeValue, isJsonObject, problem } from './json-paths.ts';
import { readCrs } from './read-crs.ts';

export const PIPELINES_LAYER_KEYS = ['crs', 'attributes', 'groundHeightMeters'] as const;

export interface PipelinesLayerOptions {
  crs: string;
  attributes: PipeAttributeMapping;
  groundHeightMeters: number;
}

export function validatePipelinesLayer(fields: Fields, projectCrs: string | undefined): PipelinesLayerOptions {
  const crs = readCrs(fields.object.crs, fields.at('crs'), fields.problems, projectCrs ?? '');
  if (crs === '')
    fields.report('crs', "no crs: the project's crs ($.crs) is invalid, so this layer's coordinates cannot be read");
  const groundHeightMeters = fields.number('groundHeightMeters', {
    min: -500,
    max: 9000,
    default: 0,
    meaning: 'ellipsoid height of the ground, metres',
  });
  return { crs: crs ?? '', attributes: readMapping(fields), groundHeightMeters: groundHeightMeters ?? 0 };
}

function readMapping(fields: Fields): PipeAttributeMapping {
  const json = fields.object.attributes;
  const mapping = { ...DEFAULT_PIPE_ATTRIBUTES };
  if (json === undefined) return mapping;
  const path = fields.at('attributes');
  if (!isJsonObject(json)) {
    fields.problems.push(
      problem(path, `attributes must be an object such as {"class": "GXLB"}, found ${describeValue(json)}`),
    );
    return mapping;
  }
  for (const [key, value] of Object.entries(json)) {
    if (!(PIPE_ATTRIBUTE_KEYS as readonly string[]).includes(key)) {
      fields.problems.push(
        problem(
          `${path}.${key}`,
          `unknown pipeline attribute "${key}"; known: ${PIPE_ATTRIBUTE_KEYS.join(', ')}`,
          'warning',
        ),
      );
    } else if (typeof value !== 'string' || value.trim() === '') {
      fields.problems.push(
        problem(`${path}.${key}`, `${key} must name a property of the file, found ${describeValue(value)}`),
      );
    } else {
      mapping[key as keyof PipeAttributeMapping] = value;
    }
  }
  return mapping;
}
