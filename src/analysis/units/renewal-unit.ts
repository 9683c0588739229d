// Renewal units (更新单元) as the indicators see them, read from GeoJSON features (DESIGN.md §3). Bad values are
// reported once per unit and the unit is kept with what is usable, so one bad unit never hides the others.
import type { LonLat } from '../building-record.ts';

/** 更新方式, with the English keyword a data set may use instead. */
export const RENEWAL_MODES = {
  保护传承: 'conserve',
  整治提升: 'renovate',
  改建完善: 'partial-rebuild',
  拆除新建: 'redevelop',
} as const;
export const UNIT_CATEGORIES = {
  居住类: 'residential',
  产业类: 'industrial',
  设施类: 'facilities',
  公共空间类: 'public-space',
  区域综合类: 'district',
  历史风貌类: 'heritage',
  数字赋能类: 'digital',
} as const;
export type RenewalMode = keyof typeof RENEWAL_MODES;

export interface UnitControls {
  farMax?: number;
  coverageMax?: number;
  greenRatioMin?: number;
  heightLimitMeters?: number;
  demolitionRatioMax?: number;
}
const CONTROL_KEYS: (keyof UnitControls)[] = [
  'farMax',
  'coverageMax',
  'greenRatioMin',
  'heightLimitMeters',
  'demolitionRatioMax',
];

export interface RenewalUnit {
  id: string;
  name: string;
  category: string;
  /** The canonical Chinese mode, or the data's own value when it is not one of the four (drawn neutral). */
  mode: string;
  phase: string;
  controls: UnitControls;
  /** GeoJSON Polygon coordinates, lon/lat degrees; a MultiPolygon unit keeps every part in `parts`. */
  polygon: LonLat[][];
  parts: LonLat[][][];
}

export interface UnitFeature {
  id: string | number;
  geometry: { type: string; coordinates?: unknown };
  properties: Record<string, unknown>;
}

export interface UnitProblem {
  featureId: string;
  message: string;
}

export function readRenewalUnits(features: readonly UnitFeature[]): { units: RenewalUnit[]; problems: UnitProblem[] } {
  const units: RenewalUnit[] = [];
  const problems: UnitProblem[] = [];
  const seen = new Set<string>();
  for (const feature of features) {
    const p = feature.properties;
    const id = text(p.id) || String(feature.id);
    const messages: string[] = [];
    const parts = polygonParts(feature.geometry);
    if (parts.length === 0) {
      problems.push({
        featureId: id,
        message: `a renewal unit must be a Polygon or MultiPolygon, found ${feature.geometry.type}`,
      });
      continue;
    }
    if (seen.has(id)) messages.push(`the id "${id}" is used by an earlier unit too`);
    seen.add(id);
    const mode = canonical(p.mode, RENEWAL_MODES);
    if (!mode.known)
      messages.push(
        `unknown renewal mode ${JSON.stringify(p.mode ?? null)} (expected ${Object.keys(RENEWAL_MODES).join('/')})`,
      );
    const category = canonical(p.category, UNIT_CATEGORIES);
    if (!category.known) messages.push(`unknown category ${JSON.stringify(p.category ?? null)}`);
    const controls = readControls(p.controls, messages);
    if (messages.length) problems.push({ featureId: id, message: messages.join('; ') });
    units.push({
      id,
      name: text(p.name) || id,
      category: category.value,
      mode: mode.value,
      phase: text(p.phase),
      controls,
      polygon: parts[0]!,
      parts,
    });
  }
  return { units, problems };
}

function readControls(value: unknown, messages: string[]): UnitControls {
  if (value === undefined || value === null) {
    messages.push('no controls: its indicators are shown without limits to compare with');
    return {};
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    messages.push(`controls must be an object such as {"farMax": 1.2}, found ${JSON.stringify(value)}`);
    return {};
  }
  const controls: UnitControls = {};
  for (const key of CONTROL_KEYS) {
    const raw = (value as Record<string, unknown>)[key];
    if (raw === undefined || raw === null) continue;
    if (typeof raw === 'number' && Number.isFinite(raw) && raw >= 0) controls[key] = raw;
    else messages.push(`controls.${key} must be a non-negative number, found ${JSON.stringify(raw)}`);
  }
  return controls;
}

function canonical(value: unknown, table: Record<string, string>): { value: string; known: boolean } {
  const raw = text(value);
  if (raw in table) return { value: raw, known: true };
  const chinese = Object.keys(table).find((key) => table[key] === raw);
  return chinese ? { value: chinese, known: true } : { value: raw, known: false };
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
}

/** A Polygon's or MultiPolygon's parts as lon/lat rings; none for any other geometry. */
export function polygonParts(geometry: UnitFeature['geometry']): LonLat[][][] {
  const strip = (rings: number[][][]) => rings.map((ring) => ring.map(([lon, lat]) => [lon!, lat!] as LonLat));
  if (geometry.type === 'Polygon') return [strip(geometry.coordinates as number[][][])];
  if (geometry.type === 'MultiPolygon') return (geometry.coordinates as number[][][][]).map(strip);
  return [];
}
