// The pure parts of schemes: the list, cim.compare's argument checks, and how a layer draws each side of the divider.
import { describe, expect, it } from 'vitest';
import { readCompareRequest } from '../../../src/app/schemes/compare-request.ts';
import { schemeCatalog } from '../../../src/app/schemes/scheme-catalog.ts';
import type { LayerState } from '../../../src/app/state.ts';
import { sidePlan } from '../../../src/layers/side-plan.ts';

const layer = (id: string, kind: string, status: LayerState['status'] = 'ready'): LayerState => ({
  id,
  kind,
  title: { 'zh-CN': `${id} 中`, en: id },
  visible: true,
  opacity: 1,
  supportsOpacity: true,
  status,
  legend: [],
  removable: false,
});

describe('scheme list', () => {
  it('puts existing first with every non-proposal building layer, then the proposals in manifest order', () => {
    const layers = [
      layer('city', '3dtiles'),
      layer('units', 'geojson'),
      layer('scheme-b', '3dtiles'),
      layer('scheme-a', 'ifc'),
      layer('dropped', 'ifc'),
      layer('broken', '3dtiles', 'error'),
    ];
    const list = schemeCatalog(['scheme-a', 'scheme-b', 'missing'], layers);
    expect(list.map((s) => [s.id, s.layerIds])).toEqual([
      ['existing', ['city', 'dropped']],
      ['scheme-a', ['scheme-a']],
      ['scheme-b', ['scheme-b']],
    ]);
    expect(list[1]!.title).toEqual({ 'zh-CN': 'scheme-a 中', en: 'scheme-a' });
  });

  it('leaves out a proposal whose layer failed', () => {
    expect(schemeCatalog(['p'], [layer('p', '3dtiles', 'error')]).map((s) => s.id)).toEqual(['existing']);
  });
});

describe('cim.compare arguments', () => {
  const ids = ['existing', 'scheme-a', 'scheme-b'];
  it('accepts swipe with two schemes and a position, and off alone', () => {
    expect(readCompareRequest({ mode: 'swipe', schemes: ['existing', 'scheme-b'], position: 0.3 }, ids)).toEqual({
      mode: 'swipe',
      schemes: ['existing', 'scheme-b'],
      position: 0.3,
    });
    expect(readCompareRequest({ mode: 'off' }, ids)).toEqual({ mode: 'off' });
    expect(readCompareRequest({ mode: 'side-by-side', schemes: ids }, ids)).toEqual({
      mode: 'side-by-side',
      schemes: ids,
    });
  });

  it.each([
    [null, /^cim\.compare: expected \{mode/],
    [{ mode: 'split' }, /^cim\.compare: mode must be 'swipe', 'side-by-side' or 'off', got "split"/],
    [{ mode: 'swipe', schemes: ['existing'] }, /^cim\.compare: swipe takes 2 scheme ids/],
    [
      { mode: 'side-by-side', schemes: ['existing', 'scheme-a', 'scheme-b', 'existing', 'scheme-a'] },
      /^cim\.compare: side-by-side takes 2 to 4/,
    ],
    [
      { mode: 'swipe', schemes: ['existing', 'x'] },
      /^cim\.compare: no scheme 'x' \(schemes: existing, scheme-a, scheme-b\)/,
    ],
    [
      { mode: 'swipe', schemes: ['existing', 'scheme-a'], position: 1.5 },
      /^cim\.compare: position must be a number from 0 to 1/,
    ],
    [{ mode: 'swipe', schemes: ['existing', 'scheme-a'], position: Number.NaN }, /^cim\.compare: position/],
  ])('refuses %j with a TypeError', (request, message) => {
    expect(() => readCompareRequest(request, ids)).toThrow(TypeError);
    expect(() => readCompareRequest(request, ids)).toThrow(message);
  });
});

describe('side plan of a building layer', () => {
  const a = new Set(['1', '2']);
  it('draws the layer whole when both sides hide the same features (no comparison, or the same scheme twice)', () => {
    expect(sidePlan({ left: a, right: new Set(['2', '1']) })).toEqual({
      main: { side: 'whole', hiddenIds: a },
      twin: null,
    });
  });
  it('needs a twin for the right side when the sides hide different features', () => {
    const none = new Set<string>();
    expect(sidePlan({ left: none, right: a })).toEqual({
      main: { side: 'left', hiddenIds: none },
      twin: { side: 'right', hiddenIds: a },
    });
  });
  it('draws a proposal on its side only', () => {
    const none = new Set<string>();
    expect(sidePlan({ left: null, right: none }).main.side).toBe('right');
    expect(sidePlan({ left: none, right: null }).main.side).toBe('left');
    expect(sidePlan({ left: null, right: null })).toEqual({
      main: { side: 'whole', hiddenIds: new Set() },
      twin: null,
    });
  });
});
