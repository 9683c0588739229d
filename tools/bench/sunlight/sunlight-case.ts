// Sunlight bench (pure code, no browser): 10,000 window-sill points of the sample district's housing, the 大寒 window
// at one-minute steps (480 rays a point), through the BVH engine against testing every triangle. The brute force runs
// on every 50th point (its full run would take hours); its time is scaled to all points, and its minutes must equal
// the app's on the points it ran.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { litMask } from '../../../src/analysis/sunlight/sunlight-analysis.ts';
import { occluderMesh } from '../../../src/analysis/sunlight/occluder-mesh.ts';
import { sunSteps } from '../../../src/analysis/sunlight/sun-steps.ts';
import { windowSillPoints, type WindowPoint } from '../../../src/analysis/sunlight/window-points.ts';
import { LocalFrame } from '../../../src/geometry/ellipsoid.ts';
import { lonLatCentre } from '../../../src/geometry/local-plane.ts';
import type { BenchCase } from '../bench-case.ts';
import { alternatingOrder, rowFromRuns } from '../stats.ts';
import { buildingsFrom } from '../townscape/townscape-case.ts';
import { bruteForceSees } from './brute-force.ts';

const POINTS = 10_000;
const REFERENCE_EVERY = 50;

export const sunlightCase: BenchCase = {
  name: 'sunlight',
  description: `sunlight hours at ${POINTS.toLocaleString('en')} window sills × 480 one-minute steps of 大寒 over the sample district, BVH engine vs all-triangles rays`,
  async run(context) {
    const features = (
      JSON.parse(readFileSync(join(context.repoRoot, 'assets/sample/buildings.geojson'), 'utf8')) as {
        features: never[];
      }
    ).features;
    const buildings = buildingsFrom(features, 'city');
    const housing = buildings.filter((b) => b.attributes.use === '居住');
    const sills: WindowPoint[] = [];
    for (const building of housing) {
      if (sills.length >= POINTS) break;
      sills.push(
        ...windowSillPoints(building, {
          floors: typeof building.attributes.floors === 'number' ? building.attributes.floors : undefined,
        }),
      );
    }
    const points = sills.slice(0, POINTS);
    const normals = points.map((p) => p.normal);
    const positions = points.map((p) => p.position);
    const [lon, lat] = lonLatCentre(positions);
    const frame = new LocalFrame(lon, lat, 0);
    const steps = sunSteps({ lon, lat, civilDate: '2026-01-20', windowHours: [8, 16], stepMinutes: 1 });
    const sampled = positions.flatMap((_, i) => (i % REFERENCE_EVERY === 0 ? [i] : []));
    const mesh = occluderMesh(buildings, frame);

    const reference = (): Uint8Array => {
      const lit = new Uint8Array(sampled.length * steps.length);
      const local = new Float64Array(3);
      sampled.forEach((p, s) => {
        frame.toLocal(...positions[p]!, local);
        const normal = normals[p]!;
        steps.forEach(({ direction }, k) => {
          if (direction[2] <= 0 || normal[0] * direction[0] + normal[1] * direction[1] <= 0) return;
          if (bruteForceSees(mesh, local[0]!, local[1]!, local[2]!, direction)) lit[s * steps.length + k] = 1;
        });
      });
      return lit;
    };
    const samples = { app: [] as number[], reference: [] as number[] };
    let mismatchedMinutes = 0;
    for (let run = 0; run < context.runs; run++) {
      for (const side of alternatingOrder(['app', 'reference'] as const, run)) {
        const start = performance.now();
        if (side === 'app') {
          const lit = litMask(buildings, positions, steps, frame, normals);
          samples.app.push(performance.now() - start);
          const brute = reference();
          mismatchedMinutes = sampled.reduce((sum, p, s) => {
            for (let k = 0; k < steps.length; k++) if (lit[p * steps.length + k] !== brute[s * steps.length + k]) sum++;
            return sum;
          }, 0);
        } else {
          reference();
          samples.reference.push(((performance.now() - start) * positions.length) / sampled.length);
        }
        context.log(
          `${side} run ${run + 1}: ${samples[side].at(-1)!.toFixed(0)} ms${side === 'reference' ? ' (scaled)' : ''}`,
        );
      }
    }
    return {
      rows: [
        rowFromRuns(
          `sunlight, ${POINTS.toLocaleString('en')} sills × 480 steps`,
          'ms',
          samples.app,
          samples.reference,
          1 / 50,
        ),
      ],
      notes: [
        `${mesh.triangleBuilding.length} triangles of ${buildings.length} buildings; ${points.length} sills on ${housing.length} residential buildings; ` +
          `reference on every ${REFERENCE_EVERY}th sill (${sampled.length}), scaled; minutes differing from it: ${mismatchedMinutes}`,
      ],
    };
  },
};
