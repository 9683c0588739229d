import { describe, expect, it } from 'vitest';
import { parseCssColor, toHexColor } from '../../../src/config/css-color.ts';
import { NAMED_COLORS } from '../../../src/config/css-named-colors.ts';

describe('parseCssColor', () => {
  it.each([
    ['#38f', [51, 136, 255, 1]],
    ['#38f8', [51, 136, 255, 0x88 / 255]],
    ['#3388FF', [51, 136, 255, 1]],
    ['#3388ff80', [51, 136, 255, 128 / 255]],
    ['  Red ', [255, 0, 0, 1]],
    ['rebeccapurple', [102, 51, 153, 1]],
    ['transparent', [0, 0, 0, 0]],
    ['rgb(51, 136, 255)', [51, 136, 255, 1]],
    ['rgba(51,136,255,0.4)', [51, 136, 255, 0.4]],
    ['rgb(100%, 0%, 50%)', [255, 0, 128, 1]],
    ['rgb(51 136 255 / 40%)', [51, 136, 255, 0.4]],
    ['rgb(300, -5, 0, 2)', [255, 0, 0, 1]],
    ['hsl(0, 100%, 50%)', [255, 0, 0, 1]],
    ['hsl(120deg 100% 25% / 0.5)', [0, 128, 0, 0.5]],
    ['hsla(240, 100%, 50%, 1)', [0, 0, 255, 1]],
  ])('%s', (text, rgba) => {
    expect(parseCssColor(text)).toEqual(rgba);
  });

  it.each([
    '',
    '#12',
    '#12345',
    '#ggg',
    'blu',
    'rgb(1, 2)',
    'rgb(1 2 3 4)',
    'rgb(1, 2, 3, 4, 5)',
    'rgb(a, b, c)',
    'rgb(1 2 3 / 0.5 / 1)',
    'hsl(0, 100, 50)',
    'rgb(1, 2, 3',
  ])('rejects %j', (text) => {
    expect(parseCssColor(text)).toBeNull();
  });

  it('knows all 148 CSS named colours', () => {
    expect(NAMED_COLORS.size).toBe(148);
    expect(parseCssColor('lightgoldenrodyellow')).toEqual([250, 250, 210, 1]);
  });

  it('formats as hex, with alpha only when not opaque', () => {
    expect(toHexColor([51, 136, 255, 1])).toBe('#3388ff');
    expect(toHexColor([51, 136, 255, 0.5])).toBe('#3388ff80');
  });
});
