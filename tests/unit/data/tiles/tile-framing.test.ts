// The check Cesium's tile requests pass before Cesium parses them: every tile of the hostile corpus is refused with a
// DataError naming it (including the node cycle the building list reads around, which overflows Cesium's stack), and
// every real tile — our tilesets' and the third-party samples' b3dm, pnts and glb — passes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkTileContent } from '../../../../src/data/tiles/tile-framing.ts';
import { DataError } from '../../../../src/shared/errors.ts';
import { HOSTILE_FILES, TEST_LIMITS } from '../../../fixtures/hostile/hostile-corpus.ts';
import { haveSamplesIn, SAMPLES_DIR } from '../../../third-party-samples.ts';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const TILE_FILE = /\.(b3dm|i3dm|cmpt|pnts|glb)$/;

function tileFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => TILE_FILE.test(name))
    .map((name) => join(folder, name));
}

function refusal(bytes: Uint8Array, name: string): DataError {
  try {
    checkTileContent(bytes, name, TEST_LIMITS);
  } catch (error) {
    if (error instanceof DataError) return error;
    throw error;
  }
  throw new Error(`${name} passed the check`);
}

describe('tile content check before Cesium', () => {
  it('refuses every hostile tile by name', () => {
    const tiles = HOSTILE_FILES.filter((file) => file.reader === 'tile');
    expect(tiles.length).toBeGreaterThanOrEqual(7);
    for (const file of tiles) {
      const error = refusal(file.bytes(), file.name);
      expect(error.source).toBe(file.name);
      if (file.expected !== 'result') expect(error.describe()).toMatch(file.expected);
    }
    expect(refusal(HOSTILE_FILES.find((f) => f.name === 'node-cycle.glb')!.bytes(), 'node-cycle.glb').message).toMatch(
      /its own ancestor/,
    );
  });

  it('passes every tile of our tilesets', () => {
    const files = tileFiles(`${ROOT}tilesets`);
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const path of files)
      expect(() => checkTileContent(new Uint8Array(readFileSync(path)), path, TEST_LIMITS), path).not.toThrow();
  });

  it.runIf(haveSamplesIn('tiles', 'the tile check on third-party tiles'))(
    'passes every third-party sample tile',
    () => {
      const files = tileFiles(join(SAMPLES_DIR, 'tiles'));
      expect(files.length).toBeGreaterThan(50);
      for (const path of files)
        expect(() => checkTileContent(new Uint8Array(readFileSync(path)), path, TEST_LIMITS), path).not.toThrow();
    },
  );
});
