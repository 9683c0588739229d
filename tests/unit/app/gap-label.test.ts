import { describe, expect, it } from 'vitest';
import { gapLabel } from '../../../src/app/health/gap-label.ts';

describe('gapLabel', () => {
  it('says which facility is missing within how far, in either language', () => {
    expect(gapLabel('zh-CN', 'kindergarten', 300.4)).toBe('此处 300 m 内无幼儿园');
    expect(gapLabel('en', 'kindergarten', 300.4)).toBe('No kindergarten within 300 m here');
  });

  it('names an unknown category by its id', () => {
    expect(gapLabel('en', 'ice-rink', 1000)).toBe('No ice-rink within 1000 m here');
  });
});
