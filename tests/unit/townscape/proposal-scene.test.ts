import { describe, expect, it } from 'vitest';
import { replacedBuildings, withProposal } from '../../../src/analysis/townscape/proposal-scene.ts';
import { building, rect } from './fixtures.ts';

describe('proposal in the city', () => {
  it('replaces the existing buildings standing on the proposal site and keeps the rest', () => {
    const existing = [building('ON-SITE', rect(40, 40, 60, 60), 6), building('OFF-SITE', rect(200, 0, 220, 20), 6)];
    const proposal = [building('NEW-1', rect(0, 0, 30, 30), 40), building('NEW-2', rect(70, 70, 100, 100), 60)];
    expect(withProposal(existing, proposal).map((b) => b.featureId)).toEqual(['OFF-SITE', 'NEW-1', 'NEW-2']);
    expect(withProposal(existing, []).map((b) => b.featureId)).toEqual(['ON-SITE', 'OFF-SITE']);
  });

  it('names the replaced buildings, the set the scheme picker hides', () => {
    const existing = [building('ON-SITE', rect(40, 40, 60, 60), 6), building('OFF-SITE', rect(200, 0, 220, 20), 6)];
    const proposal = [building('NEW-1', rect(0, 0, 30, 30), 40), building('NEW-2', rect(70, 70, 100, 100), 60)];
    expect(replacedBuildings(existing, proposal).map((b) => b.featureId)).toEqual(['ON-SITE']);
    expect(replacedBuildings(existing, [])).toEqual([]);
  });
});
