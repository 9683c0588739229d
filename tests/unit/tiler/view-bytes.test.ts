import { describe, expect, it } from 'vitest';
import { screenSpaceErrorPixels, urisInView, type ViewTile, WHOLE_CITY_VIEW } from '../../../tools/tiler/view-bytes.ts';

const tile = (uri: string, geometricError: number, children: ViewTile[] = []): ViewTile => ({
  geometricError,
  content: { uri },
  children,
});

describe('whole-city view', () => {
  it("uses Cesium's screen-space error: 1080 px high, 60° across 1920 px, 20 km away", () => {
    // fovy = 2 atan(tan 30° × 9/16), so 2 tan(fovy/2) = 2 tan 30° × 9/16 = 0.6495
    const metersAt16Pixels = (16 * 20_000 * 2 * Math.tan(Math.PI / 6) * (9 / 16)) / 1080;
    expect(metersAt16Pixels).toBeCloseTo(192.45, 2);
    expect(screenSpaceErrorPixels(metersAt16Pixels, WHOLE_CITY_VIEW)).toBeCloseTo(16, 9);
  });

  it('draws the root and the children of every tile whose error is over the limit (ADD keeps parents drawn)', () => {
    const root = tile('root', 300, [tile('a', 100, [tile('a1', 0)]), tile('b', 0)]);
    expect(urisInView(root, WHOLE_CITY_VIEW)).toEqual(['root', 'a', 'b']);
    expect(urisInView(root, { ...WHOLE_CITY_VIEW, distanceMeters: 40_000 })).toEqual(['root']);
    expect(urisInView(root, { ...WHOLE_CITY_VIEW, distanceMeters: 10_000 })).toEqual(['root', 'a', 'a1', 'b']);
  });
});
