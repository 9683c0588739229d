// Where buildings go inside a block, in the block's own parameters (u along the south side, v towards the north).
// Every placement is a parameter rectangle inside its own disjoint lot, so footprints never overlap (geom.bilinear).
import type { Rng } from './prng.ts';

export type Typology = 'courtyard' | 'walkup' | 'newSlab' | 'towers' | 'industrial' | 'public' | 'commercial';
export type Role = 'house' | 'shop' | 'inner' | 'slab' | 'tower' | 'podium' | 'shed' | 'office' | 'hall';

export interface Placement {
  u0: number;
  u1: number;
  v0: number;
  v1: number;
  role: Role;
  /** Block side the building faces (0 south, 1 east, 2 north, 3 west), for its address. */
  front: 0 | 1 | 2 | 3;
}

/** Block size in metres along u and v, and whether a side faces an arterial. */
export interface BlockShape {
  widthMeters: number;
  depthMeters: number;
  arterialSides: boolean[];
}

type Rect = [x0: number, x1: number, y0: number, y1: number];

/** Cuts [from, to] into pieces of random length in [min, max] with gaps between them. */
export function splitSpan(
  rng: Rng,
  from: number,
  to: number,
  min: number,
  max: number,
  gap: number,
): [number, number][] {
  const pieces: [number, number][] = [];
  let start = from;
  while (to - start >= min) {
    let end = start + rng.range(min, max);
    if (to - end < min + gap) end = to;
    pieces.push([start, end]);
    start = end + gap;
  }
  return pieces;
}

export function layoutBlock(rng: Rng, typology: Typology, shape: BlockShape): Placement[] {
  const { widthMeters: w, depthMeters: d } = shape;
  const MIN_SIDE_METERS = 4;
  const fits = ({ rect }: MetricPlacement) =>
    rect[0] >= 0 &&
    rect[1] <= w &&
    rect[2] >= 0 &&
    rect[3] <= d &&
    rect[1] - rect[0] >= MIN_SIDE_METERS &&
    rect[3] - rect[2] >= MIN_SIDE_METERS;
  return LAYOUTS[typology](rng, shape)
    .filter(fits)
    .map(({ rect, role, front }) => ({
      u0: rect[0] / w,
      u1: rect[1] / w,
      v0: rect[2] / d,
      v1: rect[3] / d,
      role,
      front,
    }));
}

interface MetricPlacement {
  rect: Rect;
  role: Role;
  front: Placement['front'];
}

const LAYOUTS: Record<Typology, (rng: Rng, shape: BlockShape) => MetricPlacement[]> = {
  courtyard: courtyardLayout,
  walkup: (rng, shape) => slabRows(rng, shape, { depth: [10, 12], gap: [15, 19], length: [30, 60], margin: 4 }),
  newSlab: (rng, shape) => slabRows(rng, shape, { depth: [12, 14], gap: [26, 32], length: [40, 70], margin: 8 }),
  towers: towerLayout,
  industrial: industrialLayout,
  public: publicLayout,
  commercial: commercialLayout,
};

/** Old-town courtyard houses: a ring of narrow lots along the streets, a few houses inside. */
function courtyardLayout(rng: Rng, { widthMeters: w, depthMeters: d }: BlockShape): MetricPlacement[] {
  const depth = rng.range(9, 13);
  const result: MetricPlacement[] = [];
  const house = (lot: Rect, front: Placement['front']) => {
    if (rng.chance(0.06)) return; // a vacant lot or a garden
    const back = rng.range(0.3, 3);
    const gap = 0.35;
    const margins: Record<Placement['front'], [number, number, number, number]> = {
      0: [gap, gap, 0.3, back],
      2: [gap, gap, back, 0.3],
      3: [0.3, back, gap, gap],
      1: [back, 0.3, gap, gap],
    };
    const [left, right, bottom, top] = margins[front];
    const rect: Rect = [lot[0] + left, lot[1] - right, lot[2] + bottom, lot[3] - top];
    if (rect[1] - rect[0] > 4 && rect[3] - rect[2] > 4) result.push({ rect, role: 'house', front });
  };
  if (w < 2 * depth + 6 || d < 2 * depth + 6) {
    for (const [a, b] of splitSpan(rng, 0, w, 7, 12, 0)) house([a, b, 0, d], 0);
    return result;
  }
  for (const [a, b] of splitSpan(rng, 0, w, 7, 12, 0)) {
    house([a, b, 0, depth], 0);
    house([a, b, d - depth, d], 2);
  }
  for (const [a, b] of splitSpan(rng, depth, d - depth, 7, 12, 0)) {
    house([0, depth, a, b], 3);
    house([w - depth, w, a, b], 1);
  }
  const inner: Rect = [depth + 4, w - depth - 4, depth + 4, d - depth - 4];
  if (inner[1] - inner[0] > 10 && inner[3] - inner[2] > 10) {
    for (const [a, b] of splitSpan(rng, inner[0], inner[1], 10, 18, 4)) {
      if (rng.chance(0.6))
        result.push({
          rect: [a, b, inner[2], Math.min(inner[3], inner[2] + rng.range(8, 14))],
          role: 'inner',
          front: 0,
        });
    }
  }
  return result;
}

interface SlabSpec {
  depth: [number, number];
  gap: [number, number];
  length: [number, number];
  margin: number;
}

/** Rows of south-facing slabs (板楼), spaced for winter sun. */
function slabRows(rng: Rng, { widthMeters: w, depthMeters: d }: BlockShape, spec: SlabSpec): MetricPlacement[] {
  const result: MetricPlacement[] = [];
  let y = spec.margin;
  const slabDepth = rng.range(...spec.depth);
  while (y + slabDepth <= d - spec.margin) {
    for (const [a, b] of splitSpan(
      rng,
      spec.margin,
      w - spec.margin,
      spec.length[0],
      spec.length[1],
      rng.range(8, 12),
    )) {
      result.push({ rect: [a, b, y, y + slabDepth], role: 'slab', front: 0 });
    }
    y += slabDepth + rng.range(...spec.gap);
  }
  return result;
}

function towerLayout(rng: Rng, shape: BlockShape): MetricPlacement[] {
  const { widthMeters: w, depthMeters: d } = shape;
  const result: MetricPlacement[] = [];
  let yStart = 10;
  if (shape.arterialSides[0] && d > 60) {
    for (const [a, b] of splitSpan(rng, 6, w - 6, 30, 70, 10))
      result.push({ rect: [a, b, 4, 20], role: 'podium', front: 0 });
    yStart = 34;
  }
  const size = rng.range(18, 24);
  const pitchX = size + rng.range(18, 26);
  const pitchY = size + rng.range(30, 40);
  for (let y = yStart; y + size <= d - 10; y += pitchY) {
    for (let x = 10; x + size <= w - 10; x += pitchX) {
      result.push({ rect: [x, x + size, y, y + size * rng.range(0.8, 1)], role: 'tower', front: 0 });
    }
  }
  return result;
}

function industrialLayout(rng: Rng, { widthMeters: w, depthMeters: d }: BlockShape): MetricPlacement[] {
  const result: MetricPlacement[] = [];
  for (const [y0, y1] of splitSpan(rng, 8, d - 8, 22, 45, 12)) {
    for (const [x0, x1] of splitSpan(rng, 8, w - 8, 30, 70, 12)) {
      const isOffice = rng.chance(0.15);
      const rect: Rect = isOffice ? [x0, Math.min(x1, x0 + 40), y0, Math.min(y1, y0 + 14)] : [x0, x1, y0, y1];
      result.push({ rect, role: isOffice ? 'office' : 'shed', front: 0 });
    }
  }
  return result;
}

/** A school or a hospital: one or two rows of large halls, a yard or garden between them. */
function publicLayout(rng: Rng, { widthMeters: w, depthMeters: d }: BlockShape): MetricPlacement[] {
  const rowStarts = d > 70 ? [8, d * 0.55] : [Math.max(8, d * 0.45)];
  return rowStarts.flatMap((y0) => {
    const y1 = Math.min(d - 8, y0 + rng.range(16, 22));
    return splitSpan(rng, 10, w - 10, 40, 80, 16).map(
      ([a, b]): MetricPlacement => ({ rect: [a, b, y0, y1], role: 'hall', front: 0 }),
    );
  });
}

/** Street-front shops along the south side and an office tower behind. */
function commercialLayout(rng: Rng, { widthMeters: w, depthMeters: d }: BlockShape): MetricPlacement[] {
  const result: MetricPlacement[] = splitSpan(rng, 4, w - 4, 20, 50, 6).map(([a, b]) => ({
    rect: [a, b, 3, Math.min(d - 4, 18)],
    role: 'shop',
    front: 0,
  }));
  if (d > 55 && w > 40) {
    const size = Math.min(30, w - 20);
    const x = rng.range(10, w - 10 - size);
    result.push({ rect: [x, x + size, 30, Math.min(d - 8, 30 + size * 0.8)], role: 'tower', front: 0 });
  }
  return result;
}
