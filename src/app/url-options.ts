// Options a page address can carry: `?project=<url>` opens another project, `?render=cheap` selects the software-WebGL
// profile used by tests and the benchmark, `?lang=en` picks the language, `?kiosk=1` starts the exhibition-screen mode.
import type { Language } from '../config/project-types.ts';
import type { RenderProfile } from '../viewer/render-settings.ts';

export const DEFAULT_PROJECT_URL = './assets/sample/project.json';
const LANGUAGE_KEY = 'cim.language';

export interface UrlOptions {
  /** Absolute URL of the manifest. */
  projectUrl: string;
  renderProfile: RenderProfile;
  language: Language;
  kiosk: boolean;
}

export function readUrlOptions(location: Location, storage: Storage | undefined): UrlOptions {
  const query = new URLSearchParams(location.search);
  const lang = query.get('lang') ?? storage?.getItem(LANGUAGE_KEY);
  return {
    projectUrl: new URL(query.get('project') ?? DEFAULT_PROJECT_URL, location.href).href,
    renderProfile: query.get('render') === 'cheap' ? 'cheap' : 'full',
    language: lang === 'en' ? 'en' : 'zh-CN',
    kiosk: query.get('kiosk') === '1',
  };
}

export function rememberLanguage(storage: Storage | undefined, language: Language): void {
  try {
    storage?.setItem(LANGUAGE_KEY, language);
  } catch {
    // Private mode or a locked-down kiosk profile: the choice just is not remembered.
  }
}
