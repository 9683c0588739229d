// The clearance check's reference: every pipe against every other pipe and every building, with only a box test in
// front of the exact measurement. The same pair rules as the app, so both must report the same violations.
import type { BuildingRecord } from '../../../src/analysis/building-record.ts';
import {
  placeAndSort,
  pipeBuildingViolation,
  pipePairViolation,
  type PlacedViolation,
} from '../../../src/analysis/pipes/clearance-check.ts';
import { CLEARANCE_RULES, MAX_REQUIRED_M, strictestRule } from '../../../src/analysis/pipes/clearance-rules.ts';
import { boxOf } from '../../../src/geometry/ring.ts';
import type { Box } from '../../../src/geometry/types.ts';
import type { PipeSegment } from '../../../src/analysis/pipes/pipe-model.ts';
import { prepareBuildings, preparePipes } from '../../../src/analysis/pipes/prepared-pipes.ts';

const near = (a: Box, b: Box, marginM: number): boolean =>
  a.minX - marginM <= b.maxX && a.maxX + marginM >= b.minX && a.minY - marginM <= b.maxY && a.maxY + marginM >= b.minY;

export function bruteForceClearances(segments: readonly PipeSegment[], buildingRecords: readonly BuildingRecord[]) {
  const { frame, pipes, maxHalfWidthM } = preparePipes(segments);
  const { buildings } = prepareBuildings(buildingRecords, frame);
  const buildingBoxes = buildings.map((b) => boxOf(b.ring));
  const reachM = MAX_REQUIRED_M + 2 * maxHalfWidthM;
  const found: PlacedViolation[] = [];
  for (let i = 0; i < pipes.length; i++) {
    for (let j = i + 1; j < pipes.length; j++) {
      if (!near(pipes[i]!.box, pipes[j]!.box, reachM)) continue;
      const result = pipePairViolation(pipes[i]!, pipes[j]!, CLEARANCE_RULES);
      if (result) found.push(result);
    }
    const rule = strictestRule('building', pipes[i]!.segment);
    if (!rule) continue;
    buildings.forEach((building, k) => {
      if (!near(pipes[i]!.box, buildingBoxes[k]!, rule.requiredM + pipes[i]!.halfWidthM)) return;
      const result = pipeBuildingViolation(pipes[i]!, building, rule);
      if (result) found.push(result);
    });
  }
  return placeAndSort(found, frame);
}
