// Small helpers for walking raw JSON: JSONPath-style locations and human descriptions of found values.
import type { Problem, ProblemSeverity } from './project-types.ts';

export type JsonObject = Record<string, unknown>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `$.layers` + 2 → `$.layers[2]`; keys that are not identifiers are quoted: `$.values["拆除 新建"]`. */
export function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return /^[\p{L}_$][\p{L}\p{N}_$]*$/u.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

/** What was found, for messages: `the number 200`, `the string "abc"`, `an array`, `null`, `nothing`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'string') return `the string ${JSON.stringify(clip(value))}`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `${value}`;
  return 'an object';
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

export function problem(path: string, message: string, severity?: ProblemSeverity): Problem {
  return severity && severity !== 'error' ? { path, message, severity } : { path, message };
}

export function isError(item: Problem): boolean {
  return (item.severity ?? 'error') === 'error';
}
