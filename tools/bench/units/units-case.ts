// Renewal-unit bench (pure code, no browser): assigning 100,000 synthetic footprints to 144 irregular units with the
// app's indexed assignment, against the all-pairs reference (every building × every unit, box test, then the exact
// overlap share) — the same rule, so both must give the same answer.
import type { LonLat } from '../../../src/analysis/building-record.ts';
import { localPlane } from '../../../src/geometry/local-plane.ts';
import { openRing } from '../../../src/analysis/townscape/footprint.ts';
import { overlapArea } from '../../../src/geometry/clip.ts';
import { boxesOverlap, boxOf, signedArea } from '../../../src/geometry/ring.ts';
import { triangulate } from '../../../src/geometry/triangulate.ts';
import type { RenewalUnit } from '../../../src/analysis/units/renewal-unit.ts';
import { assignBuildingsToUnits } from '../../../src/analysis/units/unit-assignment.ts';
import { syntheticFootprints } from '../../tiler/synthetic-footprints.ts';
import type { BuildingRecord } from '../../../src/analysis/building-record.ts';
import type { BenchCase } from '../bench-case.ts';
import { median, timeSides } from '../stats.ts';
import { buildingsFrom } from '../townscape/townscape-case.ts';

/** 12 × 12 units of ~1.2 km over the synthetic city, each a 12-gon with a wobbly edge (not axis-aligned boxes). */
export function syntheticUnits(): RenewalUnit[] {
  const units: RenewalUnit[] = [];
  const [lon0, lat0, dLon, dLat] = [114.02 - 0.0755, 32.98 - 0.0635, 0.0126, 0.0106];
  for (let r = 0; r < 12; r++) {
    for (let c = 0; c < 12; c++) {
      const [cx, cy] = [lon0 + (c + 0.5) * dLon, lat0 + (r + 0.5) * dLat];
      const ring: LonLat[] = Array.from({ length: 12 }, (_, k) => {
        const angle = (k / 12) * 2 * Math.PI;
        const radius = 0.62 + 0.08 * Math.sin(k * 2.3 + r + c);
        return [cx + Math.cos(angle) * radius * dLon, cy + Math.sin(angle) * radius * dLat];
      });
      ring.push(ring[0]!);
      units.push({
        id: `U${r}-${c}`,
        name: '',
        category: '居住类',
        mode: '整治提升',
        phase: '',
        controls: {},
        polygon: [ring],
        parts: [[ring]],
      });
    }
  }
  return units;
}

/** The reference: every building against every unit. */
function allPairs(units: readonly RenewalUnit[], buildings: readonly BuildingRecord[]): Int32Array {
  const plane = localPlane(114.02, 32.98);
  const unitRings = units.map((unit) =>
    unit.polygon.map((ring) => openRing(ring.map(([lon, lat]) => plane.toLocal(lon, lat)))),
  );
  const unitBoxes = unitRings.map((rings) => boxOf(rings[0]!));
  return Int32Array.from(buildings, (building) => {
    const footprint = openRing(building.footprint.map(([lon, lat]) => plane.toLocal(lon, lat)));
    const box = boxOf(footprint);
    const area = Math.abs(signedArea(footprint));
    let best = -1;
    let bestShare = 0;
    unitRings.forEach((rings, u) => {
      if (!boxesOverlap(box, unitBoxes[u]!)) return;
      const share = overlapArea(triangulate([footprint]), rings) / area;
      if (share > bestShare + 1e-6) [best, bestShare] = [u, share];
    });
    return bestShare >= 0.5 - 1e-6 ? best : -1;
  });
}

export const unitsCase: BenchCase = {
  name: 'units',
  description: 'assign 100,000 footprints to 144 renewal units: grid-indexed assignment vs the all-pairs reference',
  async run(context) {
    const buildings = buildingsFrom(
      syntheticFootprints(100_000, 11) as Parameters<typeof buildingsFrom>[0],
      'synthetic',
    );
    const units = syntheticUnits();
    const { samples, answers } = timeSides(context, (side) =>
      side === 'app' ? assignBuildingsToUnits(units, buildings) : allPairs(units, buildings),
    );
    const disagree = answers.app.filter((unit, i) => unit !== answers.reference[i]).length;
    const assigned = answers.app.filter((unit) => unit >= 0).length;
    return {
      rows: [
        {
          metric: 'assign 100k footprints to units',
          unit: 'ms',
          app: median(samples.app),
          reference: median(samples.reference),
          goalRatio: 1,
          samples,
        },
      ],
      notes: [`${assigned} of ${buildings.length} footprints in a unit; app and reference disagree on ${disagree}`],
    };
  },
};
