// Picks the text for the interface language from a LocalizedText.
import { isJsonObject } from './json-paths.ts';
import type { Language, LocalizedText } from './project-types.ts';

const FALLBACK_ORDER: readonly Language[] = ['zh-CN', 'en'];

/** The text in `lang`, else zh-CN, else en, else any other non-empty text, else ''. */
export function localize(text: LocalizedText, lang: Language): string {
  if (typeof text === 'string') return text;
  for (const candidate of [lang, ...FALLBACK_ORDER]) {
    const value = text[candidate];
    if (typeof value === 'string' && value !== '') return value;
  }
  const other = Object.values(text as Record<string, unknown>).find(
    (value) => typeof value === 'string' && value !== '',
  );
  return typeof other === 'string' ? other : '';
}

/** A non-empty string, or an object whose zh-CN or en is a non-empty string (other keys must be strings too). */
export function isLocalizedText(value: unknown): value is LocalizedText {
  if (typeof value === 'string') return value.trim() !== '';
  if (!isJsonObject(value)) return false;
  if (!Object.values(value).every((text) => typeof text === 'string')) return false;
  return FALLBACK_ORDER.some((lang) => String(value[lang] ?? '').trim() !== '');
}
