// The manifest's stories section: pictures resolved against the manifest, and every problem reported with its path.
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../src/config/project-types.ts';
import { validateStories } from '../../../src/config/validate-stories.ts';

const MANIFEST = 'http://intranet.test/projects/old-town/project.json';
const check = (json: unknown) => {
  const problems: Problem[] = [];
  return { stories: validateStories(json, '$.stories', MANIFEST, problems), problems };
};

describe('validateStories', () => {
  it('keeps summaries and resolves picture addresses next to the manifest', () => {
    expect(check(undefined)).toEqual({ stories: undefined, problems: [] });
    const summary = { 'zh-CN': '老厂房改为文创园', en: 'The old mill becomes a creative park' };
    expect(check({ 'RU-03': { summary, pictures: [{ src: 'stories/ru03.svg', caption: '厂房' }] } })).toEqual({
      stories: {
        'RU-03': {
          summary,
          pictures: [{ src: 'http://intranet.test/projects/old-town/stories/ru03.svg', caption: '厂房' }],
        },
      },
      problems: [],
    });
  });

  it('reports every problem in one pass and drops only the wrong stories', () => {
    const { stories, problems } = check({
      ok: { summary: 'fine' },
      a: 3,
      b: { summary: 4, pictures: 'x' },
      c: { pictures: [{ src: 'javascript:alert(1)' }, { src: 'notes.pdf' }, 'y'], colour: 'red' },
    });
    expect(stories).toEqual({ ok: { summary: 'fine', pictures: [] } });
    expect(problems.map((p) => `${p.severity ?? 'error'} ${p.path}`)).toEqual([
      'error $.stories.a',
      'error $.stories.b.summary',
      'error $.stories.b.pictures',
      'warning $.stories.c.colour',
      'error $.stories.c.pictures[0].src',
      'error $.stories.c.pictures[1].src',
      'error $.stories.c.pictures[2]',
    ]);
  });
});
