// The manifest's `stories` section: per renewal unit (by its id), what the exhibition screen's story card tells a
// visitor: a summary in 中文 and English and pictures. Picture addresses are resolved against the manifest; whether
// their origin is allowed is the fetch policy's question, asked before a picture is shown.
import { Fields } from './fields.ts';
import { childPath, describeValue, isJsonObject, problem } from './json-paths.ts';
import type { LocalizedText, Problem } from './project-types.ts';

export interface StoryPicture {
  /** Absolute URL. */
  src: string;
  caption?: LocalizedText;
}

export interface UnitStory {
  summary?: LocalizedText;
  pictures: StoryPicture[];
}

const STORY_KEYS = ['summary', 'pictures'];
const PICTURE_KEYS = ['src', 'caption'];
/** Pictures a browser shows in an <img> without plug-ins. */
const PICTURE_TYPES = /\.(png|jpe?g|webp|gif|svg)$/i;
const SHAPE = '{"<unit id>": {"summary": {"zh-CN": "…", "en": "…"}, "pictures": [{"src": "…", "caption": …}]}}';

export function validateStories(
  json: unknown,
  path: string,
  manifestUrl: string,
  problems: Problem[],
): Record<string, UnitStory> | undefined {
  if (json === undefined) return undefined;
  if (!isJsonObject(json)) {
    problems.push(problem(path, `stories must be an object ${SHAPE}, found ${describeValue(json)}`));
    return undefined;
  }
  const stories: Record<string, UnitStory> = {};
  for (const [unitId, entry] of Object.entries(json)) {
    const storyPath = childPath(path, unitId);
    if (!isJsonObject(entry)) {
      problems.push(
        problem(storyPath, `a story must be an object {"summary", "pictures"}, found ${describeValue(entry)}`),
      );
      continue;
    }
    const fields = new Fields(entry, storyPath, problems);
    fields.warnUnknownKeys(STORY_KEYS, 'a story');
    const summary = fields.localized('summary', false);
    if (entry.pictures !== undefined && !Array.isArray(entry.pictures))
      fields.report(
        'pictures',
        `pictures must be a list of {"src", "caption"}, found ${describeValue(entry.pictures)}`,
      );
    const pictures = (Array.isArray(entry.pictures) ? entry.pictures : []).flatMap((picture, index) => {
      const read = readPicture(picture, childPath(fields.at('pictures'), index), manifestUrl, problems);
      return read ? [read] : [];
    });
    if (!fields.hasErrors()) stories[unitId] = summary === undefined ? { pictures } : { summary, pictures };
  }
  return stories;
}

function readPicture(json: unknown, path: string, manifestUrl: string, problems: Problem[]): StoryPicture | undefined {
  if (!isJsonObject(json)) {
    problems.push(problem(path, `a picture must be an object {"src", "caption"}, found ${describeValue(json)}`));
    return undefined;
  }
  const fields = new Fields(json, path, problems);
  fields.warnUnknownKeys(PICTURE_KEYS, 'a picture');
  const text = fields.string('src', true);
  const caption = fields.localized('caption', false);
  if (text === undefined) return undefined;
  const url = URL.parse(text, manifestUrl);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    fields.report('src', `src ${JSON.stringify(text)} must be an http(s) address or a path next to the manifest`);
    return undefined;
  }
  if (!PICTURE_TYPES.test(url.pathname)) {
    fields.report('src', `src ${JSON.stringify(text)} is not a picture (.png, .jpg, .webp, .gif or .svg)`);
    return undefined;
  }
  if (fields.hasErrors()) return undefined;
  return caption === undefined ? { src: url.href } : { src: url.href, caption };
}
