// The 方案影响 (scheme impact) part of the 日照分析 tab: pick a proposal, run its before/after impact, and read the
// window sills it pushes below the rule (worst first, the same rows as cim.sunlightImpact), the scheme's own failing
// housing sills, and a CSV of both. A view of the sunlight store.
import type { AppState } from '../../app/state.ts';
import type { SchemeImpactRun, Sunlight } from '../../app/sunlight/sunlight-feature.ts';
import { localize } from '../../config/localize.ts';
import type { Language } from '../../config/project-types.ts';
import type { Store } from '../../shared/store.ts';
import { h, labelledSelect, render } from '../dom.ts';
import { fillMessage } from '../i18n.ts';
import { csvBlob, deskOnly, downloadBlob } from '../townscape/download.ts';
import { st } from './sunlight-messages.ts';

const hoursText = (value: number) => value.toFixed(2);

export function mountImpactSection(
  body: HTMLElement,
  appStore: Store<AppState>,
  sunlight: Sunlight,
  status: HTMLElement,
): void {
  const controls = h('div', { className: 'sunlight-controls sunlight-impact-controls' });
  const results = h('section', { className: 'sunlight-impact' });
  body.append(controls, results);
  let schemeId = '';

  const runImpact = () => {
    if (!schemeId) return;
    status.textContent = st(appStore.get().language, 'busy');
    sunlight
      .impact(schemeId)
      .then(() => {
        status.textContent = '';
      })
      .catch((error: unknown) => {
        status.textContent = error instanceof Error ? error.message : String(error);
      });
  };

  const drawControls = (lang: Language) => {
    const schemes = sunlight.schemes();
    if (!schemes.some((scheme) => scheme.id === schemeId)) schemeId = schemes[0]?.id ?? '';
    if (schemes.length === 0) return render(controls, h('p', { className: 'sunlight-status' }, st(lang, 'noSchemes')));
    const schemeChoice = labelledSelect(
      st(lang, 'impactScheme'),
      { className: 'sunlight-impact-scheme', value: schemeId, onChange: (value) => (schemeId = value) },
      schemes.map((scheme) => [scheme.id, localize(scheme.title, lang)] as const),
    );
    render(
      controls,
      schemeChoice,
      h(
        'button',
        { type: 'button', className: 'sunlight-button', 'data-action': 'sunlight-impact', onclick: runImpact },
        st(lang, 'impact'),
      ),
    );
  };

  const drawResults = (impact: SchemeImpactRun | null, lang: Language) => {
    if (!impact) return render(results);
    // The drop last: the table's last column is the one shown in red.
    const headers = [
      st(lang, 'building'),
      st(lang, 'floor'),
      st(lang, 'facade'),
      st(lang, 'before'),
      st(lang, 'after'),
      st(lang, 'required'),
      st(lang, 'drop'),
    ];
    const rows = impact.rows.map((r) => [
      `${r.layerId}/${r.featureId}`,
      r.floor,
      r.facade + 1,
      hoursText(r.hoursBefore),
      hoursText(r.hoursAfter),
      hoursText(r.requiredHours),
      hoursText(r.hoursBefore - r.hoursAfter),
    ]);
    const failing = impact.newHousing.filter((r) => !r.pass);
    const housingHeaders = [
      st(lang, 'building'),
      st(lang, 'floor'),
      st(lang, 'facade'),
      st(lang, 'required'),
      st(lang, 'hours'),
    ];
    const housingRows = failing.map((r) => [
      `${r.layerId}/${r.featureId}`,
      r.floor,
      r.facade + 1,
      hoursText(r.requiredHours),
      hoursText(r.hours),
    ]);
    const rule = failing[0] ?? impact.newHousing[0];
    const table = (className: string, head: string[], body: (string | number)[][]) =>
      h(
        'div',
        { className: 'sunlight-table-wrap' },
        h(
          'table',
          { className: `sunlight-table ${className}` },
          h('thead', {}, h('tr', {}, ...head.map((text) => h('th', {}, text)))),
          h(
            'tbody',
            {},
            ...body.map((row) => h('tr', { className: 'fail' }, ...row.map((cell) => h('td', {}, String(cell))))),
          ),
        ),
      );
    render(
      results,
      h(
        'p',
        { className: 'sunlight-impact-summary' },
        fillMessage(lang, st(lang, 'impactSummary'), {
          scheme: localize(impact.title, lang),
          date: impact.days.map((d) => `${d.day} ${d.date}`).join(', '),
          reached: impact.dwellingsInReach,
          dwellings: impact.dwellings,
          sills: impact.sillsCounted,
          count: impact.rows.length,
          seconds: (impact.elapsedMs / 1000).toFixed(1),
        }),
      ),
      h('p', { className: 'sunlight-status' }, st(lang, impact.rows.length === 0 ? 'impactNone' : 'worstFirst')),
      impact.rows.length > 0 && table('sunlight-impact-table', headers, rows),
      h(
        'p',
        { className: 'sunlight-new-housing' },
        rule
          ? fillMessage(lang, st(lang, failing.length > 0 ? 'newHousing' : 'newHousingAllPass'), {
              fail: failing.length,
              count: impact.newHousing.length,
              rule: `${rule.requiredHours} h`,
            })
          : st(lang, 'newHousingNone'),
      ),
      failing.length > 0 && table('sunlight-new-housing-table', housingHeaders, housingRows),
      deskOnly(
        h(
          'button',
          {
            type: 'button',
            className: 'sunlight-button',
            'data-action': 'sunlight-impact-csv',
            onclick: () =>
              downloadBlob(
                csvBlob([headers, ...rows, [], housingHeaders, ...housingRows]),
                `sunlight-impact-${impact.schemeId}.csv`,
              ),
          },
          st(lang, 'exportCsv'),
        ),
      ),
    );
  };

  const draw = () => {
    const lang = appStore.get().language;
    drawControls(lang);
    drawResults(sunlight.store.get().impact, lang);
  };
  appStore.subscribe((state, previous) => {
    if (state.language !== previous.language || state.layers !== previous.layers) draw();
  });
  sunlight.store.subscribe((state, previous) => {
    if (state.impact !== previous.impact) drawResults(state.impact, appStore.get().language);
  });
  draw();
}
