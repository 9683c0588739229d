// Parses JSON text, turning a syntax error into one Problem at `$` that names the line and column and says what was
// expected. Browsers word (and locate) JSON.parse errors differently, so the position comes from our own scan.
import { problem } from './json-paths.ts';
import type { Problem } from './project-types.ts';

export type JsonTextResult = { ok: true; value: unknown } | { ok: false; problem: Problem };

export function parseJsonText(text: string): JsonTextResult {
  // Windows tools often write a byte-order mark, which JSON.parse rejects.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, problem: problem('$', 'the file is empty; expected JSON text') };
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    const found = locateJsonSyntaxError(body);
    const message = found
      ? `not valid JSON at line ${found.line}, column ${found.column}: ${found.message}`
      : `not valid JSON: ${(error as Error).message}`;
    return { ok: false, problem: problem('$', message) };
  }
}

export interface JsonSyntaxError {
  offset: number;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
  message: string;
}

class SyntaxStop {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

/** Scans `text` as JSON and returns where and why it first breaks, or null if it is valid. */
export function locateJsonSyntaxError(text: string): JsonSyntaxError | null {
  let i = 0;
  const fail = (expected: string, foundLength = 1): never => {
    const found = i >= text.length ? 'the end of the file' : `'${text.slice(i, i + foundLength)}'`;
    const hint =
      text.startsWith('//', i) || text.startsWith('/*', i)
        ? ' (JSON does not allow comments)'
        : text[i] === "'"
          ? ' (JSON strings need double quotes)'
          : '';
    throw new SyntaxStop(i, `expected ${expected}, found ${found}${hint}`);
  };
  const skipSpace = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const literal = (word: string) => {
    if (!text.startsWith(word, i)) fail(word, word.length);
    i += word.length;
  };
  const string = () => {
    i++; // opening quote
    while (i < text.length && text[i] !== '"') {
      if (text.charCodeAt(i) < 0x20) fail("a closing '\"' (control characters must be escaped)");
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail('four hex digits after \\u');
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) fail('an escape such as \\n, \\" or \\u0041');
      }
      i++;
    }
    if (i >= text.length) fail("a closing '\"'");
    i++;
  };
  const number = () => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match) fail('a number');
    i += (match as RegExpExecArray)[0].length;
  };
  const sequence = (close: string, item: () => void, what: string) => {
    i++; // opening bracket
    skipSpace();
    if (text[i] === close) return void i++;
    for (;;) {
      item();
      skipSpace();
      if (text[i] === close) return void i++;
      if (text[i] !== ',') fail(`',' or '${close}' after ${what}`);
      i++;
      skipSpace();
      if (text[i] === close) fail(`another ${what} after ',' (JSON does not allow a trailing comma)`);
    }
  };
  const member = () => {
    if (text[i] !== '"') fail('a property name in double quotes');
    string();
    skipSpace();
    if (text[i] !== ':') fail("':' after the property name");
    i++;
    value();
  };
  const value = (): void => {
    skipSpace();
    const char = text[i];
    if (char === '{') sequence('}', member, 'a property');
    else if (char === '[') sequence(']', value, 'an element');
    else if (char === '"') string();
    else if (char === '-' || (char >= '0' && char <= '9')) number();
    else if (char === 't') literal('true');
    else if (char === 'f') literal('false');
    else if (char === 'n') literal('null');
    else fail('a value');
  };
  try {
    value();
    skipSpace();
    if (i < text.length) fail('the end of the file after the JSON value');
    return null;
  } catch (stop) {
    if (!(stop instanceof SyntaxStop)) return null; // e.g. absurd nesting overflowing the stack
    return { ...lineAndColumn(text, stop.offset), offset: stop.offset, message: stop.message };
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}
