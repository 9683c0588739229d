// Colour fields: a CSS colour string, or colour-by-property for GeoJSON fills. Valid colours are normalised to hex
// (`#rrggbb` / `#rrggbbaa`) so every consumer reads them the same way (Cesium lacks some CSS names and syntaxes).
import { Fields } from './fields.ts';
import { childPath, describeValue, isJsonObject, problem } from './json-paths.ts';
import { parseCssColor, toHexColor } from './css-color.ts';
import type { ColorByValue, CssColor, Problem } from './project-types.ts';

const COLOR_FORMS =
  'a CSS colour such as "#3388ff", "#38f8", "rgb(51, 136, 255)", "rgba(51, 136, 255, 0.5)" or "steelblue"';

/** Default for values a colour-by-property table does not list. */
export const DEFAULT_UNLISTED_COLOR = '#999999';

export function readColor(value: unknown, path: string, problems: Problem[]): CssColor | undefined {
  const rgba = typeof value === 'string' ? parseCssColor(value) : null;
  if (rgba) return toHexColor(rgba);
  problems.push(problem(path, `expected ${COLOR_FORMS}, found ${describeValue(value)}`));
  return undefined;
}

export function readOptionalColor(fields: Fields, key: string): CssColor | undefined {
  return fields.has(key) ? readColor(fields.object[key], fields.at(key), fields.problems) : undefined;
}

/** A colour string or `{property, values: {value: colour}, default?}`. */
export function readFill(value: unknown, path: string, problems: Problem[]): CssColor | ColorByValue | undefined {
  if (!isJsonObject(value)) return readColor(value, path, problems);
  const fields = new Fields(value, path, problems);
  const property = fields.string('property', true);
  const fallback = fields.has('default')
    ? readColor(value.default, fields.at('default'), problems)
    : DEFAULT_UNLISTED_COLOR;
  const values: Record<string, CssColor> = {};
  if (isJsonObject(value.values)) {
    for (const [key, css] of Object.entries(value.values)) {
      const color = readColor(css, childPath(fields.at('values'), key), problems);
      if (color) values[key] = color;
    }
  } else {
    fields.report(
      'values',
      `values must be an object mapping property values to colours, such as {"拆除新建": "#d73027"}, ` +
        `found ${describeValue(value.values)}`,
    );
  }
  fields.warnUnknownKeys(['property', 'values', 'default'], 'a colour-by-property table');
  if (fields.hasErrors() || property === undefined || fallback === undefined) return undefined;
  return { property, values, default: fallback };
}
