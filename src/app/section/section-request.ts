// cim.section's argument, checked at the boundary: a wrong one is a TypeError starting `cim.section: ` saying what was
// expected; null clears the section.
import type { SectionRequest } from '../../analysis/section/section-planes.ts';
import { describeValue } from '../../config/json-paths.ts';
import { argumentError } from '../api-errors.ts';

const USAGE =
  "expected {kind: 'horizontal', heightMeters}, {kind: 'vertical', from: [lon, lat], to: [lon, lat]} or null";

export function readSectionRequest(value: unknown): SectionRequest | null {
  if (value === null) return null;
  if (typeof value !== 'object' || Array.isArray(value))
    throw argumentError('cim.section', `${USAGE}, got ${describeValue(value)}`);
  const request = value as Record<string, unknown>;
  if (request.kind === 'horizontal') {
    const { heightMeters } = request;
    if (typeof heightMeters !== 'number' || !Number.isFinite(heightMeters) || Math.abs(heightMeters) > 10_000)
      throw argumentError('cim.section', `heightMeters must be a height in metres, got ${describeValue(heightMeters)}`);
    return { kind: 'horizontal', heightMeters };
  }
  if (request.kind === 'vertical') {
    const from = readLonLat(request.from, 'from');
    const to = readLonLat(request.to, 'to');
    if (from[0] === to[0] && from[1] === to[1])
      throw argumentError('cim.section', 'a vertical section needs two different points');
    return { kind: 'vertical', from, to };
  }
  throw argumentError('cim.section', `${USAGE}; kind ${describeValue(request.kind)} is neither`);
}

function readLonLat(value: unknown, name: string): [number, number] {
  const ok =
    Array.isArray(value) &&
    (value.length === 2 || value.length === 3) &&
    value.every((v) => typeof v === 'number' && Number.isFinite(v)) &&
    Math.abs(value[0] as number) <= 180 &&
    Math.abs(value[1] as number) <= 90;
  if (!ok) throw argumentError('cim.section', `${name} must be [lon, lat] in degrees, got ${describeValue(value)}`);
  return [value[0] as number, value[1] as number];
}
