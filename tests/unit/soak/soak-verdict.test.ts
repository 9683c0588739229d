// The soak verdict: warm-up samples left out, last quarter against first quarter, +10 % the limit.
import { describe, expect, it } from 'vitest';
import { formatSoakTable, soakVerdict, type SoakSample } from '../../../tools/soak/soak-verdict.ts';

const sample = (step: number, heapMb: number, primitives = 75): SoakSample => ({
  step,
  heapMb,
  domNodes: 1000,
  eventListeners: 150,
  primitives,
  tileCacheMb: 2.5,
});

describe('soak verdict', () => {
  it('leaves out the warm-up and compares the means of the first and last quarters', () => {
    // Warm-up at 0 grows a lot and is ignored; then 40, 42 | 41, 43 | 43, 44 | 44, 44.
    const samples = [sample(0, 20), ...[40, 42, 41, 43, 43, 44, 44, 44].map((heap, i) => sample((i + 1) * 100, heap))];
    const verdict = soakVerdict(samples, 100);
    expect(verdict.compared).toBe(8);
    const heap = verdict.measures.find((m) => m.measure === 'heapMb')!;
    expect(heap).toMatchObject({ firstQuarter: 41, lastQuarter: 44, ok: true });
    expect(heap.growth).toBeCloseTo(3 / 41, 6);
    expect(verdict.ok).toBe(true);
    expect(formatSoakTable(samples, verdict)).toMatch(/PASS: 8 samples compared/);
  });

  it('fails a measure that grows more than 10 %, and one that grows from nothing', () => {
    const leaking = [sample(100, 40, 0), sample(200, 42, 0), sample(300, 44.5, 2)];
    const verdict = soakVerdict(leaking, 100);
    expect(verdict.ok).toBe(false);
    expect(verdict.measures.filter((m) => !m.ok).map((m) => m.measure)).toEqual(['heapMb', 'primitives']);
    expect(verdict.measures.find((m) => m.measure === 'primitives')!.growth).toBe(Number.POSITIVE_INFINITY);
    expect(formatSoakTable(leaking, verdict)).toMatch(/11\.3 % FAIL/);
  });

  it('needs two samples after the warm-up', () => {
    expect(() => soakVerdict([sample(0, 40), sample(500, 40)], 500)).toThrow(/1 sample\(s\) after a 500-step warm-up/);
  });
});
