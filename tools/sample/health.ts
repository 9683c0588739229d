// The health-check layers of the sample district: the walk network along every street (split at each crossing so
// walkways join where streets meet; the two river banks are separate walks joined only at the arterial bridges),
// green spaces from the riverside park strips down to pocket parks in the blocks' open ground, and facilities of
// every life-circle category spread over the blocks with a few gaps left for the check to find.
import { FACILITY_CATEGORIES } from '../../src/analysis/health/health-thresholds.ts';
import { boxesOverlap, boxOf, polygonContains, ringCentroid } from '../../src/geometry/ring.ts';
import type { Block } from './blocks.ts';
import type { Building } from './buildings.ts';
import { distance, offsetPolyline, type Vec2 } from './geom.ts';
import type { Network, StreetLine } from './network.ts';
import type { Rng } from './prng.ts';

export interface Walkway {
  id: string;
  name: string;
  points: Vec2[];
}

export interface GreenSpace {
  id: string;
  name: string;
  kind: '滨河公园' | '口袋公园' | '街头绿地';
  ring: Vec2[];
}

export interface FacilitySite {
  id: string;
  name: string;
  category: string;
  point: Vec2;
}

export interface HealthLayers {
  walkways: Walkway[];
  greenSpaces: GreenSpace[];
  facilities: FacilitySite[];
}

export function buildHealthLayers(rng: Rng, network: Network, blocks: Block[], buildings: Building[]): HealthLayers {
  return {
    walkways: walkways(network),
    greenSpaces: [...riversideParks(network), ...blockGreens(blocks, buildings)],
    facilities: facilities(rng, buildings),
  };
}

/** Every street piece between crossings: a super-block's side collects the crossings of both super-blocks on it. */
function walkways(network: Network): Walkway[] {
  const sides = new Map<string, { street: StreetLine; points: Vec2[] }>();
  const interior: Walkway[] = [];
  for (const { corners, uLines, vLines, i, j } of network.superBlocks) {
    const column = (k: number) => corners[k]!;
    const row = (l: number) => corners.map((c) => c[l]!);
    const sideOf = (street: StreetLine, points: Vec2[]) => {
      // A river side is one bank per super-block; an arterial side is shared with the neighbour across it.
      const ends = [points[0]!, points[points.length - 1]!].map((p) => p.map((v) => v.toFixed(1)).join()).sort();
      const key = street === network.river ? `${street.id}:${i},${j}` : `${street.id}:${ends.join(':')}`;
      const side = sides.get(key) ?? { street, points: [] };
      side.points.push(...points);
      sides.set(key, side);
    };
    sideOf(uLines[0]!, column(0));
    sideOf(uLines[uLines.length - 1]!, column(uLines.length - 1));
    sideOf(vLines[0]!, row(0));
    sideOf(vLines[vLines.length - 1]!, row(vLines.length - 1));
    for (let k = 1; k < uLines.length - 1; k++)
      interior.push({ id: `W-${uLines[k]!.id}`, name: uLines[k]!.name, points: column(k) });
    for (let l = 1; l < vLines.length - 1; l++)
      interior.push({ id: `W-${vLines[l]!.id}`, name: vLines[l]!.name, points: row(l) });
  }
  const edges = [...sides.values()].map(({ street, points }, n) => {
    const start = points[0]!;
    const ordered = [...points].sort((a, b) => distance(start, a) - distance(start, b));
    const unique = ordered.filter((p, m) => m === 0 || distance(p, ordered[m - 1]!) > 0.01);
    return { id: `W-${street.id}-${n}`, name: street.name, points: unique };
  });
  return [...edges, ...interior];
}

const RIVERSIDE_WIDTH_METERS = 10;

/** A strip of park on each bank between the water and the building line, cut at the arterial bridges. */
function riversideParks(network: Network): GreenSpace[] {
  const { river } = network;
  const half = river.widthMeters / 2;
  return river.points.slice(0, -1).flatMap((start, n) => {
    const reach = [start, river.points[n + 1]!];
    return ([-1, 1] as const).map((bank) => {
      const water = offsetPolyline(reach, bank * (half + 1));
      const land = offsetPolyline(reach, bank * (half + 1 + RIVERSIDE_WIDTH_METERS));
      // Stop short of the bridges: the arterials crossing at the reach's ends.
      const trim = (line: Vec2[]) => shorten(line, 25);
      const ring = [...trim(water), ...trim(land).reverse()];
      return {
        id: `G-RIVER-${n}${bank < 0 ? 'S' : 'N'}`,
        name: `练江河滨河公园${n + 1}段（${bank < 0 ? '南' : '北'}岸）`,
        kind: '滨河公园' as const,
        ring: bank < 0 ? ring.reverse() : ring,
      };
    });
  });
}

function shorten([a, b]: Vec2[], meters: number): Vec2[] {
  const length = distance(a!, b!);
  const t = meters / length;
  const at = (s: number): Vec2 => [a![0] + (b![0] - a![0]) * s, a![1] + (b![1] - a![1]) * s];
  return [at(t), at(1 - t)];
}

/** Sides tried for a block's green, largest first: ≥ 2,000 m² counts as a pocket park, smaller as a street garden. */
const GREEN_SIDES_METERS = [60, 50, 32];

/** Open ground in blocks: the largest square from GREEN_SIDES_METERS at the block's centre clear of every building. */
function blockGreens(blocks: Block[], buildings: Building[]): GreenSpace[] {
  const boxes = buildings.map((b) => boxOf(b.ring, 2));
  const greens: GreenSpace[] = [];
  for (const block of blocks) {
    const [cx, cy] = ringCentroid(block.buildable);
    for (const side of GREEN_SIDES_METERS) {
      const h = side / 2;
      const ring: Vec2[] = [
        [cx - h, cy - h],
        [cx + h, cy - h],
        [cx + h, cy + h],
        [cx - h, cy + h],
      ];
      if (!ring.every(([x, y]) => polygonContains([block.buildable], x, y))) continue;
      const box = boxOf(ring);
      if (boxes.some((b) => boxesOverlap(b, box))) continue;
      const pocket = side * side >= 2_000;
      greens.push({
        id: `G-${block.id}`,
        name: `${block.sides[0].name}${pocket ? '口袋公园' : '街头绿地'}`,
        kind: pocket ? '口袋公园' : '街头绿地',
        ring,
      });
      break;
    }
  }
  return greens;
}

/** Spacing of the facility clusters of each tier, metres: a community centre every few blocks for the 5-minute
 * circle, a school and market campus for the 10-minute, a district centre or two for the 15-minute. */
const CLUSTER_SPACING_METERS = { 5: 380, 10: 640, 15: 1500 } as const;
/** Chance that a cluster has a given category: the rest are the gaps the check reports. */
const PRESENT = 0.85;

/** Clusters on a grid over the built area, each at the building nearest its cell centre. */
function facilities(rng: Rng, buildings: Building[]): FacilitySite[] {
  const centres = buildings.map((b) => ringCentroid(b.ring));
  const extent = boxOf(centres);
  const sites: FacilitySite[] = [];
  for (const tier of [5, 10, 15] as const) {
    const spacing = CLUSTER_SPACING_METERS[tier];
    const categories = FACILITY_CATEGORIES.filter((c) => c.tier === tier);
    for (let x = extent.minX + spacing / 2; x < extent.maxX; x += spacing)
      for (let y = extent.minY + spacing / 2; y < extent.maxY; y += spacing) {
        let host = -1;
        centres.forEach((c, n) => {
          if (host < 0 || distance(c, [x, y]) < distance(centres[host]!, [x, y])) host = n;
        });
        if (distance(centres[host]!, [x, y]) > spacing / 2) continue;
        categories.forEach((category, n) => {
          if (!rng.chance(PRESENT)) return;
          // Side by side, 6 m apart, as in one community complex.
          const [hx, hy] = centres[host]!;
          sites.push({
            id: `F-${category.id}-${sites.length + 1}`,
            name: `${buildings[host]!.name}${category.label['zh-CN']}`,
            category: category.id,
            point: [hx + 6 * n, hy],
          });
        });
      }
  }
  return sites;
}
