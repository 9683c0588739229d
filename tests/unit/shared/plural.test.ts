import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fillMessage } from '../../../src/ui/i18n.ts';
import { pluralForm } from '../../../src/shared/plural.ts';

describe('counts in text', () => {
  it("picks the form by the language's plural rules", () => {
    const forms = { one: 'building breaks', other: 'buildings break' };
    expect(pluralForm('en', 1, forms)).toBe('building breaks');
    expect(pluralForm('en', 0, forms)).toBe('buildings break');
    expect(pluralForm('en', 2, forms)).toBe('buildings break');
    expect(pluralForm('en', 1, { '=1': 'exactly one', one: 'one', other: 'many' })).toBe('exactly one');
    // Chinese has one form: `other`.
    expect(pluralForm('zh-CN', 1, { one: 'x', other: '栋' })).toBe('栋');
  });

  it('fills ICU plural messages and plain placeholders', () => {
    const message = '{count, plural, one {# building breaks} other {# buildings break}} the control line';
    expect(fillMessage('en', message, { count: 1 })).toBe('1 building breaks the control line');
    expect(fillMessage('en', message, { count: 3 })).toBe('3 buildings break the control line');
    expect(
      fillMessage(
        'en',
        '{corridors, plural, one {# corridor} other {# corridors}}, {count, plural, one {# intrusion} other {# intrusions}}',
        { corridors: 1, count: 2 },
      ),
    ).toBe('1 corridor, 2 intrusions');
    expect(fillMessage('zh-CN', '{count} 栋建筑突破控制线', { count: 1 })).toBe('1 栋建筑突破控制线');
    // A placeholder without a value stays visible rather than vanishing.
    expect(fillMessage('en', 'in {seconds} s, {missing}', { seconds: 2 })).toBe('in 2 s, {missing}');
  });

  it('every English message with a count of something uses the plural syntax', () => {
    const ui = fileURLToPath(new URL('../../../src/ui/', import.meta.url));
    const catalogues = Object.fromEntries(
      readdirSync(ui, { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('-messages.ts'))
        .map((file) => [file, readFileSync(join(ui, file), 'utf8')]),
    );
    expect(Object.keys(catalogues).length).toBeGreaterThanOrEqual(5);
    const offenders = Object.entries(catalogues).flatMap(([file, text]) =>
      (text as string)
        .split('\n')
        .filter((line) => /\{(count|checked|corridors)\} [a-z]+s\b/.test(line))
        .map((line) => `${file}: ${line.trim()}`),
    );
    expect(offenders).toEqual([]);
  });
});
