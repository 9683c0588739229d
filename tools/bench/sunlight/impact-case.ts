// Sunlight impact bench (pure code, no browser): the whole before/after impact of the sample's scheme A (the IFC, read
// with web-ifc and placed as the manifest places it) on the sample district's housing, 大寒 at one-minute steps, as
// the sunlight worker runs it (analyseSchemeImpact on the same plain input), against the same impact over every
// dwelling of the district without the shadow-reach filter. Both must list the same rows. Goal: ≤ 5 s.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseSchemeImpact, type SchemeImpact } from '../../../src/analysis/sunlight/scheme-impact.ts';
import { impactInput } from '../../../src/app/sunlight/impact-input.ts';
import type { Project } from '../../../src/config/project-types.ts';
import { validateProject } from '../../../src/config/validate-project.ts';
import { raiseModelMatrix } from '../../../src/data/ifc/georeference.ts';
import { ifcBuildingRecords } from '../../../src/data/ifc/ifc-building-records.ts';
import type { IfcConversion } from '../../../src/data/ifc/ifc-conversion.ts';
import { createIfcEngine } from '../../../src/data/ifc/ifc-engine.ts';
import { readIfc } from '../../../src/data/ifc/read-ifc.ts';
import type { BenchCase } from '../bench-case.ts';
import { alternatingOrder, median, rowFromRuns } from '../stats.ts';
import { buildingsFrom } from '../townscape/townscape-case.ts';

const GOAL_MS = 5000;
const YEAR = 2026;

async function schemeABuildings(repoRoot: string, project: Project) {
  const config = project.layers.find((layer) => layer.id === 'scheme-a') as { heightOffsetMeters?: number } | undefined;
  const api = await createIfcEngine({ directory: join(repoRoot, 'node_modules/web-ifc/') });
  const data = readIfc(api, new Uint8Array(readFileSync(join(repoRoot, 'assets/sample/scheme-a.ifc'))), 'scheme-a.ifc');
  const placement = {
    ...data.placement,
    modelMatrix: raiseModelMatrix(data.placement.modelMatrix, config?.heightOffsetMeters ?? 0),
  };
  return ifcBuildingRecords('scheme-a', {
    ...data,
    placement,
    featureBounds: data.meshes.featureBounds,
  } as unknown as IfcConversion);
}

export const sunlightImpactCase: BenchCase = {
  name: 'sunlight-impact',
  description:
    'before/after sunlight impact of scheme A on the sample district (大寒, 1 min), shadow reach vs every dwelling',
  async run(context) {
    const manifest = JSON.parse(readFileSync(join(context.repoRoot, 'assets/sample/project.json'), 'utf8')) as unknown;
    const { project } = validateProject(manifest, 'http://bench.invalid/assets/sample/project.json', {
      knownKinds: ['3dtiles', 'geojson', 'ifc', 'pipelines'],
    });
    if (!project) throw new Error('the sample manifest did not validate');
    const features = (
      JSON.parse(readFileSync(join(context.repoRoot, 'assets/sample/buildings.geojson'), 'utf8')) as {
        features: never[];
      }
    ).features;
    const city = buildingsFrom(features, 'city');
    const scheme = await schemeABuildings(context.repoRoot, project);
    const input = impactInput(project, city, scheme, YEAR);
    const samples = { app: [] as number[], reference: [] as number[] };
    // CPU time too: on a shared 2-core machine the wall clock also counts other processes' turns.
    const cpu = { app: [] as number[], reference: [] as number[] };
    let last: Partial<Record<'app' | 'reference', SchemeImpact>> = {};
    for (let run = 0; run < context.runs; run++) {
      for (const side of alternatingOrder(['app', 'reference'] as const, run)) {
        const start = performance.now();
        const cpuStart = process.cpuUsage();
        // A structured clone, as the worker receives it, is part of the cost.
        last = { ...last, [side]: analyseSchemeImpact({ ...structuredClone(input), useReach: side === 'app' }) };
        samples[side].push(performance.now() - start);
        const used = process.cpuUsage(cpuStart);
        cpu[side].push((used.user + used.system) / 1000);
        context.log(
          `${side} run ${run + 1}: ${samples[side].at(-1)!.toFixed(0)} ms (CPU ${cpu[side].at(-1)!.toFixed(0)} ms)`,
        );
      }
    }
    const { app, reference } = last as Record<'app' | 'reference', SchemeImpact>;
    const same = JSON.stringify(app.rows) === JSON.stringify(reference.rows);
    return {
      rows: [
        rowFromRuns('sunlight impact of scheme A (reach vs every dwelling)', 'ms', samples.app, samples.reference),
      ],
      notes: [
        `${scheme.length} scheme buildings, ${input.kept.length} kept and ${input.demolished.length} replaced existing buildings; ` +
          `${app.dwellingsInReach} of ${app.dwellings} dwellings in the shadow reach (${app.sillsCounted} of ${reference.sillsCounted} sills); ` +
          `${app.rows.length} sills pushed below the rule; rows ${same ? 'identical' : 'DIFFER'} to the reference's; ` +
          `CPU time (medians) ${median(cpu.app).toFixed(0)} vs ${median(cpu.reference).toFixed(0)} ms; ` +
          `goal ≤ ${GOAL_MS} ms: ${median(samples.app) <= GOAL_MS ? 'met' : 'missed'}`,
      ],
      details: {
        rows: app.rows.length,
        identical: same,
        dwellingsInReach: app.dwellingsInReach,
        dwellings: app.dwellings,
      },
    };
  },
};
