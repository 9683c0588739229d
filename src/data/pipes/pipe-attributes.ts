// Where the pipeline attributes of DESIGN.md §3 are found in a file: a project may map other property names.
export const PIPE_ATTRIBUTE_KEYS = [
  'id',
  'class',
  'subtype',
  'section',
  'diameterMm',
  'widthMm',
  'heightMm',
  'startDepthM',
  'endDepthM',
  'depthM',
  'material',
  'pressure',
  'yearLaid',
] as const;

export type PipeAttributeKey = (typeof PIPE_ATTRIBUTE_KEYS)[number];
export type PipeAttributeMapping = Record<PipeAttributeKey, string>;

export const DEFAULT_PIPE_ATTRIBUTES: PipeAttributeMapping = Object.fromEntries(
  PIPE_ATTRIBUTE_KEYS.map((key) => [key, key]),
) as PipeAttributeMapping;
