// The soak's DOM census: which parts of the page a node-count change is in, largest first.
import { describe, expect, it } from 'vitest';
import { censusChanges } from '../../../tools/soak/dom-census.ts';

describe('DOM census changes', () => {
  it('lists the parts that changed, largest change first, with parts that came or went', () => {
    const before = { document: 1400, '#app > aside.side-panel': 600, 'body > div.tooltip': 4, detached: 60 };
    const after = { document: 1542, '#app > aside.side-panel': 742, '#app > section.kiosk-card': 9, detached: 58 };
    expect(censusChanges(before, after)).toEqual([
      '#app > aside.side-panel +142',
      'document +142',
      '#app > section.kiosk-card +9',
      'body > div.tooltip -4',
      'detached -2',
    ]);
  });

  it('says nothing when nothing moved', () => {
    expect(censusChanges({ document: 10, detached: 0 }, { detached: 0, document: 10 })).toEqual([]);
  });
});
