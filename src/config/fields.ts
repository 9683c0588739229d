// Reads typed fields from one raw JSON object, recording a located problem for each wrong one and returning
// `undefined` (or the default) for it, so a validator can keep going and report everything in one pass.
import { childPath, describeValue, isError, problem, type JsonObject } from './json-paths.ts';
import { isLocalizedText } from './localize.ts';
import type { LocalizedText, Problem, ProblemSeverity } from './project-types.ts';

export interface NumberRule {
  min?: number;
  max?: number;
  /** What the number means, for messages: `latitude in degrees`. */
  meaning?: string;
}

export class Fields {
  private readonly firstProblem: number;

  constructor(
    readonly object: JsonObject,
    readonly path: string,
    readonly problems: Problem[],
  ) {
    this.firstProblem = problems.length;
  }

  at(key: string): string {
    return childPath(this.path, key);
  }

  report(key: string | undefined, message: string, severity?: ProblemSeverity): void {
    this.problems.push(problem(key === undefined ? this.path : this.at(key), message, severity));
  }

  /** True when an error (not a warning) was reported for this object since it was created. */
  hasErrors(): boolean {
    return this.problems.slice(this.firstProblem).some(isError);
  }

  has(key: string): boolean {
    return this.object[key] !== undefined;
  }

  string(key: string, required: boolean): string | undefined {
    const value = this.object[key];
    if (value === undefined && !required) return undefined;
    if (typeof value === 'string' && value.trim() !== '') return value;
    this.report(key, `${key} must be a non-empty string, found ${describeValue(value)}`);
    return undefined;
  }

  number(key: string, rule: NumberRule & { default: number }): number | undefined;
  number(key: string, rule: NumberRule): number | undefined;
  number(key: string, rule: NumberRule & { default?: number }): number | undefined {
    const value = this.object[key];
    if (value === undefined && rule.default !== undefined) return rule.default;
    const { min = -Infinity, max = Infinity } = rule;
    if (typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max) return value;
    this.report(key, `${key} must be ${expectedNumber(rule)}, found ${describeValue(value)}`);
    return undefined;
  }

  boolean(key: string, fallback: boolean): boolean {
    const value = this.object[key];
    if (value === undefined) return fallback;
    if (typeof value === 'boolean') return value;
    this.report(key, `${key} must be true or false, found ${describeValue(value)}`);
    return fallback;
  }

  oneOf<T extends string>(key: string, allowed: readonly T[], fallback: T): T {
    const value = this.object[key];
    if (value === undefined) return fallback;
    if (allowed.includes(value as T)) return value as T;
    this.report(
      key,
      `${key} must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}, found ${describeValue(value)}`,
    );
    return fallback;
  }

  localized(key: string, required: boolean): LocalizedText | undefined {
    const value = this.object[key];
    if (value === undefined && !required) return undefined;
    if (isLocalizedText(value)) return value;
    this.report(
      key,
      `${key} must be a non-empty string or {"zh-CN": "…", "en": "…"} with at least one non-empty text, ` +
        `found ${describeValue(value)}`,
    );
    return undefined;
  }

  /** Keys this object may have; others are reported as warnings (typos would otherwise be silently ignored). */
  warnUnknownKeys(known: readonly string[], what: string): void {
    for (const key of Object.keys(this.object)) {
      if (!known.includes(key))
        this.report(key, `unknown key "${key}" in ${what} was ignored; known keys: ${known.join(', ')}`, 'warning');
    }
  }
}

function expectedNumber({ min = -Infinity, max = Infinity, meaning }: NumberRule): string {
  const range =
    min > -Infinity && max < Infinity
      ? `a number from ${min} to ${max}`
      : min > -Infinity
        ? `a number ≥ ${min}`
        : max < Infinity
          ? `a number ≤ ${max}`
          : 'a finite number';
  return meaning ? `${range} (${meaning})` : range;
}
