// One review sheet per proposal (方案审查表): its height violations, its skyline change and its corridor intrusions,
// with the figures, on one printable page over the app.
import type { TownscapeState } from '../../app/townscape/townscape-feature.ts';
import { localize } from '../../config/localize.ts';
import type { Language } from '../../config/project-types.ts';
import { h } from '../dom.ts';
import { fill, tt } from './townscape-messages.ts';

export function openReviewSheets(parent: HTMLElement, state: TownscapeState, lang: Language): void {
  const { height, skyline, corridors } = state;
  if (!height || !skyline || !corridors) return;
  const close = () => overlay.remove();
  const sheets = skyline.series.slice(1).map((series) => {
    const violations = height.violations.filter((v) => v.layerId === series.id);
    const intrusions = corridors.intrusions.filter((i) => i.layerId === series.id);
    const scheme = localize(series.title, lang);
    const list = (items: string[]) => (items.length ? h('ul', {}, ...items.map((text) => h('li', {}, text))) : h('p', {}, tt(lang, 'reviewNone')));
    return h('article', { className: 'townscape-sheet', 'data-series': series.id },
      h('h2', {}, fill(tt(lang, 'reviewFor'), { scheme })),
      h('h3', {}, `${tt(lang, 'reviewHeight')} (${violations.length})`),
      list(violations.map((v) => `${v.featureId}: ${v.heightMeters.toFixed(1)} m > ${v.limitMeters.toFixed(1)} m (+${v.excessMeters.toFixed(1)} m, ${v.zoneId})`)),
      h('h3', {}, tt(lang, 'reviewSkyline')),
      h('p', {}, series.rise
        ? fill(tt(lang, 'largestRise'), {
          scheme, deg: series.rise.riseDeg.toFixed(2), meters: series.rise.riseMeters.toFixed(1), distance: series.rise.distanceMeters.toFixed(0),
          azimuth: series.rise.azimuthDeg.toFixed(1), cause: series.rise.cause ?? '—',
        })
        : fill(tt(lang, 'noRise'), { scheme })),
      h('h3', {}, `${tt(lang, 'reviewCorridor')} (${intrusions.length})`),
      list(intrusions.map((i) => `${i.corridorId} · ${i.featureId}: +${i.intrusionMeters.toFixed(1)} m`)),
    );
  });
  const overlay = h('div', { className: 'townscape-sheets', role: 'dialog', 'aria-label': tt(lang, 'reviewTitle') },
    h('div', { className: 'townscape-sheet-actions' },
      h('button', { type: 'button', onclick: () => window.print() }, tt(lang, 'print')),
      h('button', { type: 'button', onclick: close, 'data-action': 'close-review' }, tt(lang, 'close'))),
    ...sheets);
  parent.append(overlay);
}
