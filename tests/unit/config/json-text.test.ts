import { describe, expect, it } from 'vitest';
import { locateJsonSyntaxError, parseJsonText } from '../../../src/config/json-text.ts';
import { parseProjectText } from '../../../src/config/validate-project.ts';
import { KNOWN_KINDS, MANIFEST_URL, validManifest } from './fixtures.ts';

describe('parseJsonText', () => {
  it('parses valid JSON and ignores a byte-order mark', () => {
    expect(parseJsonText('\uFEFF{"a": [1, 2]}')).toEqual({ ok: true, value: { a: [1, 2] } });
  });

  it('names line and column of a missing comma', () => {
    const result = parseJsonText('{\n  "title": "x"\n  "home": {}\n}');
    expect(result).toEqual({
      ok: false,
      problem: {
        path: '$',
        message: "not valid JSON at line 3, column 3: expected ',' or '}' after a property, found '\"'",
      },
    });
  });

  it('reports an empty file', () => {
    expect(parseJsonText(' \n')).toMatchObject({
      ok: false,
      problem: { path: '$', message: expect.stringMatching(/empty/) },
    });
  });
});

describe('locateJsonSyntaxError', () => {
  it.each([
    ['[1, 2,]', 1, 7, /trailing comma/],
    ['{"a": 1, }', 1, 10, /trailing comma/],
    ["{'a': 1}", 1, 2, /double quotes/],
    ['{"a": 1} // note', 1, 10, /comments/],
    ['{"a": tru}', 1, 7, /expected true, found 'tru}'/],
    ['{"a": 01}', 1, 8, /',' or '}'/],
    ['{"a": "x\ny"}', 1, 9, /control characters/],
    ['{"a": "\\q"}', 1, 9, /escape/],
    ['[1, 2', 1, 6, /the end of the file/],
    ['{"a" 1}', 1, 6, /':'/],
    ['[-]', 1, 2, /a number/],
  ])('%j → line %i column %i', (text, line, column, message) => {
    expect(() => JSON.parse(text)).toThrow();
    const found = locateJsonSyntaxError(text);
    expect(found).toMatchObject({ line, column });
    expect(found?.message).toMatch(message);
  });

  it('finds nothing wrong in valid JSON', () => {
    const text = JSON.stringify({ a: [1, -2.5e3, 'x\u0001"\\', true, false, null, {}, []], 'b c': { d: '\u4e2d' } });
    expect(locateJsonSyntaxError(text)).toBeNull();
  });
});

describe('parseProjectText', () => {
  it('wraps a syntax error as one problem at $ with its position', () => {
    const text = JSON.stringify(validManifest(), null, 2).replace('"home": {', '"home": {,');
    const { project, problems } = parseProjectText(text, MANIFEST_URL, KNOWN_KINDS);
    expect(project).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0].path).toBe('$');
    expect(problems[0].message).toMatch(
      /^not valid JSON at line 6, column 12: expected a property name in double quotes, found ','/,
    );
  });

  it('validates parsed text', () => {
    const { project, problems } = parseProjectText(JSON.stringify(validManifest()), MANIFEST_URL, KNOWN_KINDS);
    expect(problems).toEqual([]);
    expect(project?.layers).toHaveLength(3);
  });
});
