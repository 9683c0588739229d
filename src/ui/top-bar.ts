// Project title, project status, home button and the language switch.
import type { Actions } from '../app/app.ts';
import type { AppState } from '../app/state.ts';
import { localize } from '../config/localize.ts';
import type { Store } from '../shared/store.ts';
import { h, render } from './dom.ts';
import { t } from './i18n.ts';

export function mountTopBar(parent: HTMLElement, store: Store<AppState>, actions: Actions): void {
  const draw = (state: AppState) => {
    const language = state.language;
    const status =
      state.projectStatus === 'loading'
        ? t(language, 'projectLoading')
        : state.projectStatus === 'error'
          ? t(language, 'projectError')
          : '';
    render(
      parent,
      h('h1', {}, localize(state.projectTitle, language) || t(language, 'appName')),
      status ? h('span', { className: `project-status ${state.projectStatus}`, role: 'status' }, status) : null,
      h('span', { className: 'spacer' }),
      h('button', { type: 'button', className: 'home', onclick: () => void actions.flyHome() }, t(language, 'home')),
      h(
        'button',
        {
          type: 'button',
          className: 'language',
          lang: language === 'zh-CN' ? 'en' : 'zh-CN',
          title: t(language, 'languageTitle'),
          onclick: () => actions.setLanguage(language === 'zh-CN' ? 'en' : 'zh-CN'),
        },
        t(language, 'language'),
      ),
    );
  };
  store.subscribe((state, previous) => {
    if (
      state.language !== previous.language ||
      state.projectTitle !== previous.projectTitle ||
      state.projectStatus !== previous.projectStatus
    )
      draw(state);
  });
  draw(store.get());
}
