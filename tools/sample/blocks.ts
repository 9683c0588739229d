// Blocks: each cell between street lines, shrunk by half the street width plus the building line (setback) of the
// street on that side. What remains is the buildable quad that the typologies fill.
import { insetConvex, type Quad } from './geom.ts';
import type { Network, StreetLine, SuperBlock } from './network.ts';

export interface Block {
  id: string;
  superBlock: SuperBlock;
  /** Cell indices within the super-block. */
  k: number;
  l: number;
  /** Cell bounded by street centrelines. */
  cell: Quad;
  /** Buildable area after street halves and setbacks; corners counter-clockwise from south-west. */
  buildable: Quad;
  /** Street on each side, in the quad's edge order: south, east, north, west. */
  sides: [StreetLine, StreetLine, StreetLine, StreetLine];
}

export function buildBlocks(network: Network): Block[] {
  const blocks: Block[] = [];
  for (const superBlock of network.superBlocks) {
    const { corners, uLines, vLines, i, j } = superBlock;
    for (let k = 0; k < uLines.length - 1; k++) {
      for (let l = 0; l < vLines.length - 1; l++) {
        const cell: Quad = [corners[k]![l]!, corners[k + 1]![l]!, corners[k + 1]![l + 1]!, corners[k]![l + 1]!];
        const sides: Block['sides'] = [vLines[l]!, uLines[k + 1]!, vLines[l + 1]!, uLines[k]!];
        const buildable = insetConvex(
          cell,
          sides.map((s) => s.widthMeters / 2 + s.setbackMeters),
        );
        if (!buildable) continue;
        blocks.push({ id: `B${i}${j}-${k}-${l}`, superBlock, k, l, cell, buildable: buildable as Quad, sides });
      }
    }
  }
  return blocks;
}
