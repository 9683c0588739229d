import { describe, expect, it } from 'vitest';
import { isLocalizedText, localize } from '../../../src/config/localize.ts';

describe('localize', () => {
  it('uses a plain string for every language', () => {
    expect(localize('城市更新', 'en')).toBe('城市更新');
  });

  it('picks the language, then zh-CN, then en, then any text', () => {
    const both = { 'zh-CN': '更新单元', en: 'Renewal units' };
    expect(localize(both, 'en')).toBe('Renewal units');
    expect(localize(both, 'zh-CN')).toBe('更新单元');
    expect(localize({ 'zh-CN': '更新单元' }, 'en')).toBe('更新单元');
    expect(localize({ en: 'Renewal units', 'zh-CN': '' }, 'zh-CN')).toBe('Renewal units');
    expect(localize({ ja: '更新' } as never, 'en')).toBe('更新');
    expect(localize({}, 'en')).toBe('');
  });
});

describe('isLocalizedText', () => {
  it.each([
    ['x', true],
    [' ', false],
    [{ en: 'x' }, true],
    [{ 'zh-CN': '' }, false],
    [{ en: 'x', fr: 3 }, false],
    [{ fr: 'x' }, false],
    [[], false],
    [null, false],
  ])('%j → %s', (value, expected) => {
    expect(isLocalizedText(value)).toBe(expected);
  });
});
