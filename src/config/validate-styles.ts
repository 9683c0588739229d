// Kind-specific layer styles with their defaults filled in. Other kinds keep their style as a plain object.
import { Fields } from './fields.ts';
import { describeValue, isJsonObject, problem } from './json-paths.ts';
import { readFill, readOptionalColor } from './validate-color.ts';
import type { GeoJsonStyle, Problem, TilesStyle } from './project-types.ts';

export const DEFAULT_TILES_STYLE: Readonly<TilesStyle> = Object.freeze({ maximumScreenSpaceError: 16 });

/** No `fill` by default: the layer decides (e.g. renewal units colour by category). */
export const DEFAULT_GEOJSON_STYLE: Readonly<GeoJsonStyle> = Object.freeze({
  fillOpacity: 0.5,
  stroke: '#ffffff',
  strokeWidthPx: 2,
  clampTo: 'ground',
  pointSizePx: 8,
});

const CLAMP_MODES = ['ground', 'tiles', 'none'] as const;

/** The style object, or undefined (with a problem) when it is there but not an object. */
export function styleObject(json: unknown, path: string, problems: Problem[]): Record<string, unknown> | undefined {
  if (json === undefined) return {};
  if (isJsonObject(json)) return json;
  problems.push(problem(path, `style must be an object, found ${describeValue(json)}`));
  return undefined;
}

export function validateTilesStyle(json: Record<string, unknown>, path: string, problems: Problem[]): TilesStyle {
  const fields = new Fields(json, path, problems);
  const color = readOptionalColor(fields, 'color');
  const maximumScreenSpaceError =
    fields.number('maximumScreenSpaceError', {
      min: 1,
      max: 1024,
      default: DEFAULT_TILES_STYLE.maximumScreenSpaceError,
      meaning: 'pixels; smaller is sharper and heavier',
    }) ?? DEFAULT_TILES_STYLE.maximumScreenSpaceError;
  fields.warnUnknownKeys(['color', 'maximumScreenSpaceError'], 'a 3dtiles style');
  return color === undefined ? { maximumScreenSpaceError } : { color, maximumScreenSpaceError };
}

export function validateGeoJsonStyle(json: Record<string, unknown>, path: string, problems: Problem[]): GeoJsonStyle {
  const fields = new Fields(json, path, problems);
  const defaults = DEFAULT_GEOJSON_STYLE;
  const style: GeoJsonStyle = {
    fillOpacity:
      fields.number('fillOpacity', { min: 0, max: 1, default: defaults.fillOpacity }) ?? defaults.fillOpacity,
    stroke: readOptionalColor(fields, 'stroke') ?? defaults.stroke,
    strokeWidthPx:
      fields.number('strokeWidthPx', { min: 0, max: 100, default: defaults.strokeWidthPx, meaning: 'pixels' }) ??
      defaults.strokeWidthPx,
    clampTo: fields.oneOf('clampTo', CLAMP_MODES, defaults.clampTo),
    pointSizePx:
      fields.number('pointSizePx', { min: 1, max: 100, default: defaults.pointSizePx, meaning: 'pixels' }) ??
      defaults.pointSizePx,
  };
  if (fields.has('fill')) {
    const fill = readFill(json.fill, fields.at('fill'), problems);
    if (fill !== undefined) style.fill = fill;
  }
  const labelProperty = fields.string('labelProperty', false);
  if (labelProperty !== undefined) style.labelProperty = labelProperty;
  fields.warnUnknownKeys(
    ['fill', 'fillOpacity', 'stroke', 'strokeWidthPx', 'clampTo', 'labelProperty', 'pointSizePx'],
    'a geojson style',
  );
  return style;
}
