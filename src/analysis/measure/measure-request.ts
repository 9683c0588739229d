// cim.measure's argument, checked at the boundary: every wrong argument is a TypeError starting `cim.measure: ` that says
// what was expected.
import { MEASURE_KINDS, type MeasureKind, type MeasurePoint } from './measure.ts';

export interface MeasureRequest {
  kind: MeasureKind;
  points: MeasurePoint[];
}

/** How many points each kind takes. */
const POINT_COUNTS: Record<MeasureKind, { min: number; max: number; what: string }> = {
  distance: { min: 2, max: Infinity, what: '2 or more points (a polyline)' },
  height: { min: 1, max: 2, what: '1 point (a roof, from the ground under it) or 2 points (base and top)' },
  area: { min: 3, max: Infinity, what: '3 or more points (a ring)' },
  angle: { min: 2, max: 2, what: 'exactly 2 points (from, to)' },
};

export function readMeasureRequest(value: unknown): MeasureRequest {
  const usage = "cim.measure: expected {kind: 'distance'|'height'|'area'|'angle', points: [[lon, lat, h], …]}";
  if (typeof value !== 'object' || value === null) throw new TypeError(`${usage}, got ${describe(value)}`);
  const { kind, points } = value as { kind?: unknown; points?: unknown };
  if (!MEASURE_KINDS.includes(kind as MeasureKind))
    throw new TypeError(`${usage}; kind ${describe(kind)} is not one of them`);
  if (!Array.isArray(points)) throw new TypeError(`${usage}; points is ${describe(points)}`);
  const read = points.map((point: unknown, index) => readPoint(point, index));
  const count = POINT_COUNTS[kind as MeasureKind];
  if (read.length < count.min || read.length > count.max) {
    throw new TypeError(`cim.measure: ${String(kind)} takes ${count.what}, got ${read.length}`);
  }
  if (kind === 'angle' && read[0]!.every((v, i) => v === read[1]![i])) {
    throw new TypeError('cim.measure: angle needs two different points');
  }
  return { kind: kind as MeasureKind, points: read };
}

function readPoint(point: unknown, index: number): MeasurePoint {
  const ok =
    Array.isArray(point) &&
    (point.length === 2 || point.length === 3) &&
    point.every((v) => typeof v === 'number' && Number.isFinite(v)) &&
    Math.abs(point[0] as number) <= 180 &&
    Math.abs(point[1] as number) <= 90;
  if (!ok)
    throw new TypeError(
      `cim.measure: points[${index}] must be [lon, lat, heightMeters] in degrees and metres, got ${describe(point)}`,
    );
  const [lon, lat, height = 0] = point as number[];
  return [lon!, lat!, height];
}

function describe(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
