import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LAYER_KINDS } from '../../../src/config/layer-kinds.ts';
import { validateProject } from '../../../src/config/validate-project.ts';
import { cityOnlyManifest } from '../../../tools/bench/viewer/city-only-manifest.ts';

const SAMPLE = '/assets/sample/project.json';

describe("the benchmarks' city-only manifest", () => {
  it('is the sample project with only its city tileset, and loads without a problem', () => {
    const sample = JSON.parse(readFileSync(new URL(`../../..${SAMPLE}`, import.meta.url), 'utf8'));
    const cityOnly = cityOnlyManifest(sample, SAMPLE);
    const { project, problems } = validateProject(cityOnly, 'http://bench.test/bench-project/city-only.json', {
      knownKinds: LAYER_KINDS,
    });
    // A reference that loads with errors would not be the same app minus the overlays.
    expect(problems).toEqual([]);
    expect(project?.layers.map((layer) => [layer.kind, layer.url])).toEqual([
      ['3dtiles', 'http://bench.test/tilesets/zhumadian-city/tileset.json'],
    ]);
    expect(project?.viewpoints.length).toBe(sample.viewpoints.length);
    // Checked once the units are read, not by the validator: each story names a renewal unit of the units layer.
    expect(sample).toHaveProperty('stories');
    expect(cityOnly).not.toHaveProperty('stories');
  });
});
