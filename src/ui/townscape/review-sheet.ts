// One review sheet per proposal (方案审查表): its height violations, its skyline change (with the chart), its
// corridor intrusions and its sunlight impact on the neighbours (when computed), on one printable page over the app.
// Opening returns the close function (the kiosk's reset closes the sheets a visitor left open).
import type { SchemeImpactRun } from '../../app/sunlight/sunlight-feature.ts';
import type { ProposalReview, SkylineRun } from '../../app/townscape/townscape-feature.ts';
import { localize } from '../../config/localize.ts';
import type { Language } from '../../config/project-types.ts';
import { h } from '../dom.ts';
import { skylineChart } from './skyline-chart.ts';
import { tt } from './townscape-messages.ts';
import { fillMessage } from '../i18n.ts';
import { rt, sunlightRowText } from '../report/report-messages.ts';

export function openReviewSheets(
  parent: HTMLElement,
  reviews: readonly ProposalReview[],
  skyline: SkylineRun,
  lang: Language,
  sunlightImpactOf: (schemeId: string) => SchemeImpactRun | undefined,
): () => void {
  const close = () => overlay.remove();
  const list = (items: string[]) =>
    items.length ? h('ul', {}, ...items.map((text) => h('li', {}, text))) : h('p', {}, tt(lang, 'reviewNone'));
  const sunlightSection = (schemeId: string) => {
    const impact = sunlightImpactOf(schemeId);
    if (!impact) return [h('h3', {}, rt(lang, 'sunlight')), h('p', {}, rt(lang, 'sunlightNotComputed'))];
    return [
      h('h3', {}, `${rt(lang, 'sunlight')} (${impact.rows.length})`),
      h(
        'p',
        {},
        fillMessage(lang, rt(lang, 'sunlightSummary'), {
          dwellings: impact.dwellingsInReach,
          count: impact.rows.length,
        }),
      ),
      list(impact.rows.map((row) => sunlightRowText(lang, row))),
    ];
  };
  const sheets = reviews.map((review) => {
    const scheme = localize(review.title, lang);
    const { rise } = review;
    return h(
      'article',
      { className: 'townscape-sheet', 'data-series': review.layerId },
      h('h2', {}, fillMessage(lang, tt(lang, 'reviewFor'), { scheme })),
      h('h3', {}, `${tt(lang, 'reviewHeight')} (${review.violations.length})`),
      list(
        review.violations.map(
          (v) =>
            `${v.featureId}: ${v.heightMeters.toFixed(1)} m > ${v.limitMeters.toFixed(1)} m (+${v.excessMeters.toFixed(1)} m, ${v.zoneId})`,
        ),
      ),
      h('h3', {}, tt(lang, 'reviewSkyline')),
      skylineChart(
        { ...skyline, series: skyline.series.filter((s) => s.id === 'existing' || s.id === review.layerId) },
        lang,
      ),
      h(
        'p',
        {},
        rise
          ? fillMessage(lang, tt(lang, 'largestRise'), {
              scheme,
              deg: rise.riseDeg.toFixed(2),
              meters: rise.riseMeters.toFixed(1),
              distance: rise.distanceMeters.toFixed(0),
              azimuth: rise.azimuthDeg.toFixed(1),
              cause: review.causeLabel ?? '—',
            })
          : fillMessage(lang, tt(lang, 'noRise'), { scheme }),
      ),
      h('h3', {}, `${tt(lang, 'reviewCorridor')} (${review.intrusions.length})`),
      list(review.intrusions.map((i) => `${i.corridorId} · ${i.featureId}: +${i.intrusionMeters.toFixed(1)} m`)),
      ...sunlightSection(review.layerId),
    );
  });
  const overlay = h(
    'div',
    { className: 'townscape-sheets', role: 'dialog', 'aria-label': tt(lang, 'reviewTitle') },
    h(
      'div',
      { className: 'townscape-sheet-actions' },
      h('button', { type: 'button', onclick: () => window.print() }, tt(lang, 'print')),
      h('button', { type: 'button', onclick: close, 'data-action': 'close-review' }, tt(lang, 'close')),
    ),
    ...sheets,
  );
  parent.append(overlay);
  return close;
}
