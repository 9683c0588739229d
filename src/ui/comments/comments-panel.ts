// The 批注 tab: the author, "pick a point" then the comment's text, the list of comments (show, resolve / reopen),
// export and import of BCF 3.0. A view of the comments store; the buttons call the feature.
import type { App } from '../../app/app.ts';
import type { CommentsFeature } from '../../app/comments/comments-feature.ts';
import type { AppState } from '../../app/state.ts';
import type { Language } from '../../config/project-types.ts';
import { errorMessage } from '../../shared/errors.ts';
import type { Store } from '../../shared/store.ts';
import { deskOnly, downloadBlob } from '../townscape/download.ts';
import { h, render } from '../dom.ts';
import { fillMessage } from '../i18n.ts';
import type { ToolTab } from '../tool-dock.ts';
import { ct } from './comments-messages.ts';
import './comments.css';

const AUTHOR_KEY = 'cim.commentAuthor';

function rememberedAuthor(): string {
  try {
    return localStorage.getItem(AUTHOR_KEY) ?? '';
  } catch {
    return '';
  }
}

export function mountCommentsPanel(
  body: HTMLElement,
  appStore: Store<AppState>,
  feature: CommentsFeature,
  onReset: App['onReset'],
): void {
  const language = (): Language => appStore.get().language;
  const intro = h('p');
  const authorLabel = h('label', { className: 'comments-author' });
  const author = h('input', { type: 'text', value: rememberedAuthor(), 'data-field': 'comment-author' });
  author.addEventListener('change', () => {
    try {
      localStorage.setItem(AUTHOR_KEY, author.value.trim());
    } catch {
      // Storage refused (kiosk profile): the name is asked again next time.
    }
  });
  const draft = h('div', { className: 'comments-draft' });
  const text = h('textarea', { rows: 3, 'data-field': 'comment-text' });
  const status = h('p', { className: 'comments-status', 'aria-live': 'polite' });
  const list = h('ol', { className: 'comments-list' });
  const actions = h('div', { className: 'comments-actions' });
  const fileInput = h('input', {
    type: 'file',
    accept: '.bcf,.bcfzip',
    className: 'comments-file-input',
    hidden: true,
  });
  body.classList.add('comments-panel');
  body.append(intro, authorLabel, draft, status, list, actions, fileInput);

  const say = (message: string) => {
    status.textContent = message;
  };
  const button = (label: string, action: string, onclick: () => void) =>
    h('button', { type: 'button', 'data-action': action, onclick }, label);
  const run = (work: Promise<unknown>) => work.catch((error: unknown) => say(errorMessage(error)));
  // The next visitor does not find the last one's unsent words.
  onReset(() => {
    text.value = '';
    say('');
  });

  const save = () => {
    const position = feature.store.get().draftPosition;
    if (!text.value.trim() || !author.value.trim()) return say(ct(language(), 'needText'));
    void run(
      feature.add({ text: text.value, author: author.value.trim(), position }).then(() => {
        text.value = '';
        say('');
      }),
    );
  };
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (!file) return;
    void run(
      file
        .arrayBuffer()
        .then((buffer) => feature.importBcf(new Uint8Array(buffer), file.name))
        .then((count) => say(fillMessage(language(), ct(language(), 'imported'), { count }))),
    );
  });

  const draw = () => {
    const lang = language();
    const state = feature.store.get();
    intro.textContent = ct(lang, 'intro');
    render(authorLabel, ct(lang, 'author'), author);
    text.setAttribute('aria-label', ct(lang, 'text'));
    render(
      draft,
      state.draftPosition
        ? h(
            'div',
            {},
            text,
            button(ct(lang, 'save'), 'comment-save', save),
            button(ct(lang, 'cancel'), 'comment-cancel', () => feature.cancelDraft()),
          )
        : state.picking
          ? h('p', { className: 'comments-hint' }, ct(lang, 'picking'))
          : button(ct(lang, 'pick'), 'comment-pick', () => feature.pick()),
    );
    if (state.openedAtHome) say(ct(lang, 'openedAtHome'));
    if (state.comments.length === 0) render(list, h('li', { className: 'hint' }, ct(lang, 'none')));
    else
      render(
        list,
        ...state.comments.map((comment) =>
          h(
            'li',
            { 'data-comment-id': comment.id, 'data-status': comment.status },
            h('span', { className: 'comments-text' }, comment.text),
            h(
              'span',
              { className: 'comments-meta' },
              `${comment.author} · ${new Date(comment.createdAt).toLocaleString(lang)} · ${ct(lang, `status.${comment.status}`)}`,
            ),
            button(ct(lang, 'show'), 'comment-show', () => void run(feature.show(comment.id))),
            comment.status === 'open'
              ? button(
                  ct(lang, 'resolve'),
                  'comment-resolve',
                  () => void run(feature.setStatus(comment.id, 'resolved')),
                )
              : button(ct(lang, 'reopen'), 'comment-reopen', () => void run(feature.setStatus(comment.id, 'open'))),
          ),
        ),
      );
    render(
      actions,
      state.comments.length
        ? deskOnly(
            button(ct(lang, 'exportBcf'), 'comments-export', () =>
              downloadBlob(
                new Blob([feature.exportBcf() as Uint8Array<ArrayBuffer>], { type: 'application/zip' }),
                'review-comments.bcf',
              ),
            ),
          )
        : null,
      deskOnly(button(ct(lang, 'importBcf'), 'comments-import', () => fileInput.click())),
    );
  };

  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && feature.store.get().picking) feature.cancelDraft();
  });
  feature.store.subscribe(draw);
  appStore.subscribe((state, previous) => {
    if (state.language !== previous.language) draw();
  });
  draw();
}

/** The tool-dock tab of the review comments. */
export const commentsTab = (appStore: Store<AppState>, feature: CommentsFeature, onReset: App['onReset']): ToolTab => ({
  id: 'comments',
  title: (language) => ct(language, 'tab'),
  mount: (body) => mountCommentsPanel(body, appStore, feature, onReset),
});
