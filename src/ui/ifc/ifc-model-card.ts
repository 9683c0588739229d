// One IFC model in the panel: load progress with cancel, the rule that placed it, editable manual placement, storey
// and class filters, and the spatial tree whose elements fly the camera to them.
import type { IfcFeature, IfcFilter, IfcModelView, ManualPlacement } from '../../app/ifc/ifc-feature.ts';
import type { Language } from '../../config/project-types.ts';
import type { SpatialNode } from '../../data/ifc/spatial-tree.ts';
import { h } from '../dom.ts';
import { fillMessage, t } from '../i18n.ts';
import { ifcText } from './ifc-messages.ts';

/** Elements listed per tree node before "… and N more": a storey of a big model holds thousands. */
const LISTED_ELEMENTS = 100;

type Text = (key: Parameters<typeof ifcText>[1]) => string;

function progressRow(model: IfcModelView, feature: IfcFeature, text: Text): HTMLElement {
  const row = h(
    'div',
    { className: 'ifc-progress' },
    h('span'),
    h('progress', { max: 1 }),
    h(
      'button',
      { type: 'button', className: 'ifc-cancel', onclick: () => feature.cancel(model.layerId) },
      text('cancel'),
    ),
  );
  showProgress(row, model, text);
  return row;
}

function showProgress(row: Element, model: IfcModelView, text: Text): void {
  const { phase, fraction } = model.state;
  row.querySelector('span')!.textContent = `${text(`phase.${phase}`)} ${Math.round(fraction * 100)}%`;
  row.querySelector('progress')!.value = fraction;
}

/** What a card shows apart from the progress figures: when it changes the card is drawn anew. */
export function cardKey(model: IfcModelView, language: Language): string {
  const { status, filter, placementSource } = model.state;
  return JSON.stringify([language, status, filter, placementSource, model.conversion?.placement.modelMatrix]);
}

/** Progress arrives many times a second: it updates the bar in place (a redrawn Cancel button could not be clicked). */
export function updateProgress(card: Element, model: IfcModelView, language: Language): void {
  const row = card.querySelector('.ifc-progress');
  if (row) showProgress(row, model, (key) => ifcText(language, key));
}

function placementForm(model: IfcModelView, feature: IfcFeature, text: Text): HTMLElement {
  const { lon, lat, heightMeters, headingDeg } = feature.manualPlacement(model.conversion!);
  const field = (key: 'lon' | 'lat' | 'height' | 'heading', value: number, step: string) =>
    h(
      'label',
      {},
      text(key),
      h('input', {
        type: 'number',
        step,
        value: Number(value.toFixed(key === 'lon' || key === 'lat' ? 7 : 2)),
        name: key,
      }),
    );
  const form = h(
    'form',
    { className: 'ifc-placement' },
    field('lon', lon, '0.0000001'),
    field('lat', lat, '0.0000001'),
    field('height', heightMeters, '0.1'),
    field('heading', headingDeg, '0.1'),
    h('button', { type: 'submit' }, text('apply')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = (name: string) => Number((form.elements.namedItem(name) as HTMLInputElement).value);
    const placement: ManualPlacement = {
      lon: value('lon'),
      lat: value('lat'),
      heightMeters: value('height'),
      headingDeg: value('heading'),
    };
    if (Object.values(placement).every(Number.isFinite)) void feature.place(model.layerId, placement);
  });
  return h('details', { className: 'ifc-placement-box' }, h('summary', {}, text('placement')), form);
}

/** Which placement is in force; a saved manual one can be reset to what the manifest (or the file) says. */
function placementSource(model: IfcModelView, feature: IfcFeature, text: Text): HTMLElement {
  const source = model.state.placementSource;
  const reset =
    source === 'saved'
      ? h(
          'button',
          {
            type: 'button',
            className: 'ifc-reset-placement',
            onclick: () => void feature.resetPlacement(model.layerId),
          },
          text(`reset.${model.resetsTo}`),
        )
      : null;
  return h(
    'div',
    { className: 'ifc-placement-source', 'data-placement-source': source },
    text(`source.${source}`),
    ' ',
    reset,
  );
}

function toggleList(
  title: string,
  names: string[],
  hidden: string[],
  onToggle: (name: string, show: boolean) => void,
  only?: { isolated?: string; onOnly(name: string | undefined): void; label: string; showAll: string },
): HTMLElement {
  const rows = names.map((name) =>
    h(
      'li',
      {},
      h(
        'label',
        {},
        h('input', {
          type: 'checkbox',
          checked: !hidden.includes(name),
          onchange: (e: Event) => onToggle(name, (e.target as HTMLInputElement).checked),
        }),
        name,
      ),
      only
        ? h(
            'button',
            {
              type: 'button',
              className: only.isolated === name ? 'ifc-only active' : 'ifc-only',
              onclick: () => only.onOnly(only.isolated === name ? undefined : name),
            },
            only.isolated === name ? only.showAll : only.label,
          )
        : null,
    ),
  );
  return h('div', { className: 'ifc-toggles' }, h('h4', {}, title), h('ul', {}, ...rows));
}

function treeNode(
  node: SpatialNode,
  model: IfcModelView,
  feature: IfcFeature,
  language: Language,
  depth: number,
): HTMLElement {
  const text: Text = (key) => ifcText(language, key);
  const elements = model.conversion!.elements;
  const open = depth < 2;
  const details = h(
    'details',
    { open, className: 'ifc-node' },
    h('summary', {}, `${node.ifcClass} ${node.name}`.trim()),
  );
  // A district model has thousands of storeys: a closed node's content is built the first time it is opened.
  const fill = () => {
    const listed = node.features.slice(0, LISTED_ELEMENTS).map((f) => {
      const element = elements[f]!;
      return h(
        'li',
        {},
        h(
          'button',
          {
            type: 'button',
            className: 'ifc-element',
            title: text('flyTo'),
            'data-global-id': element.globalId,
            onclick: () => void feature.flyToElement(model.layerId, element.globalId),
          },
          `${element.ifcClass} ${element.name}`,
        ),
      );
    });
    const more =
      node.features.length > LISTED_ELEMENTS
        ? h('li', {}, fillMessage(language, text('more'), { count: node.features.length - LISTED_ELEMENTS }))
        : null;
    details.append(...node.children.map((child) => treeNode(child, model, feature, language, depth + 1)));
    if (listed.length) details.append(h('ul', {}, ...listed, more));
  };
  if (open) fill();
  else details.addEventListener('toggle', fill, { once: true });
  return details;
}

export function modelCard(model: IfcModelView, feature: IfcFeature, language: Language): HTMLElement {
  const text: Text = (key) => ifcText(language, key);
  const { state, conversion } = model;
  const remove = model.removable
    ? h(
        'button',
        {
          type: 'button',
          className: 'ifc-remove',
          title: `${t(language, 'remove')} ${model.title}`,
          'aria-label': `${t(language, 'remove')} ${model.title}`,
          onclick: () => void feature.remove(model.layerId),
        },
        '×',
      )
    : null;
  const card = h(
    'section',
    { className: `ifc-model ifc-${state.status}`, 'data-layer-id': model.layerId },
    h('div', { className: 'ifc-model-head' }, h('h3', {}, model.title), remove),
    h('div', { className: 'ifc-status' }, text(`status.${state.status}`)),
  );
  if (state.status === 'loading') card.append(progressRow(model, feature, text));
  if (!conversion || state.status !== 'ready') return card;

  const { placedBy, crs } = conversion.placement;
  card.append(
    h(
      'div',
      { className: 'ifc-summary' },
      fillMessage(language, text('elements'), { count: conversion.elements.length }),
      ' · ',
      fillMessage(language, text('loadTime'), { seconds: ((state.loadMs ?? 0) / 1000).toFixed(1) }),
      state.fromCache ? ` ${text('fromCache')}` : '',
    ),
    h(
      'div',
      { className: 'ifc-placed-by', 'data-placed-by': placedBy },
      fillMessage(language, text(`placedBy.${placedBy}`), { crs: crs ?? '' }),
    ),
    placementSource(model, feature, text),
    placementForm(model, feature, text),
  );

  const filter = state.filter;
  const setFilter = (change: Partial<IfcFilter>) => feature.setFilter(model.layerId, { ...filter, ...change });
  const toggle = (list: string[], name: string, show: boolean) =>
    show ? list.filter((n) => n !== name) : [...list, name];
  const storeys = [...new Set(conversion.elements.flatMap((e) => (e.storey === undefined ? [] : [e.storey])))];
  const classes = [...new Set(conversion.elements.map((e) => e.ifcClass))].sort();
  card.append(
    toggleList(
      text('storeys'),
      storeys,
      filter.hiddenStoreys,
      (name, show) => setFilter({ hiddenStoreys: toggle(filter.hiddenStoreys, name, show) }),
      {
        ...(filter.isolatedStorey === undefined ? {} : { isolated: filter.isolatedStorey }),
        onOnly: (name) => {
          void setFilter(name === undefined ? { isolatedStorey: undefined } : { isolatedStorey: name });
        },
        label: text('only'),
        showAll: text('showAll'),
      },
    ),
    toggleList(text('classes'), classes, filter.hiddenClasses, (name, show) =>
      setFilter({ hiddenClasses: toggle(filter.hiddenClasses, name, show) }),
    ),
    h(
      'div',
      { className: 'ifc-tree' },
      h('h4', {}, text('tree')),
      treeNode(conversion.tree, model, feature, language, 0),
    ),
  );
  return card;
}
