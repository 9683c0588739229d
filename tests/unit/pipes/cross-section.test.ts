import { describe, expect, it } from 'vitest';
import { crossSection } from '../../../src/analysis/pipes/cross-section.ts';
import { frame, pipe } from './fixtures.ts';

describe('crossSection', () => {
  it('lists every crossed pipe at its offset along the line with outer top and bottom depths', () => {
    const pipes = [
      pipe({
        id: 'PS-1',
        pipeClass: 'PS',
        path: [
          [-50, 3],
          [50, 3],
        ],
        sizeMm: 600,
        depthM: [3, 4],
      }),
      pipe({
        id: 'DL-1',
        pipeClass: 'DL',
        subtype: '电力排管',
        path: [
          [-50, -8],
          [50, -8],
        ],
        sizeMm: [1000, 700],
        depthM: 0.8,
      }),
      pipe({
        id: 'JS-1',
        pipeClass: 'JS',
        path: [
          [-50, 20],
          [50, 20],
        ],
        sizeMm: 300,
        depthM: 1.2,
      }), // beyond the line's end
    ];
    const hits = crossSection(pipes, [frame.toLonLat(0, -10), frame.toLonLat(0, 10)]);
    expect(hits.map((h) => h.id)).toEqual(['DL-1', 'PS-1']);
    const [duct, sewer] = hits;
    expect(duct).toMatchObject({
      class: 'DL',
      section: 'rect',
      widthMm: 1000,
      heightMm: 700,
      depthTopM: 0.8,
      depthBottomM: 1.5,
    });
    expect(duct!.offsetM).toBeCloseTo(2, 2);
    // The sewer's invert is 3.5 m halfway along; its top is 0.6 m higher.
    expect(sewer).toMatchObject({ class: 'PS', depthTopM: 2.9, depthBottomM: 3.5, widthMm: 600 });
    expect(sewer!.offsetM).toBeCloseTo(13, 2);
  });

  it('returns nothing for a line that crosses no pipe', () => {
    const pipes = [
      pipe({
        id: 'JS-1',
        pipeClass: 'JS',
        path: [
          [0, 0],
          [10, 0],
        ],
        sizeMm: 300,
        depthM: 1,
      }),
    ];
    expect(crossSection(pipes, [frame.toLonLat(20, -5), frame.toLonLat(20, 5)])).toEqual([]);
  });
});
