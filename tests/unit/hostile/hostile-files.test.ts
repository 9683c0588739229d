// Every file of the hostile corpus gets, within 2 s, either a DataError (or a reported problem) naming the file and
// its lie, or — for the lies that used to fail a whole file — a result.
import { beforeAll, describe, expect, it } from 'vitest';
import type { IfcAPI } from 'web-ifc';
import { StepFile } from '../../../src/data/ifc/step-file.ts';
import { parseGeoJson } from '../../../src/data/geojson/index.ts';
import { unzipIfc } from '../../../src/data/ifc/ifczip.ts';
import { readIfc } from '../../../src/data/ifc/read-ifc.ts';
import { readDbf } from '../../../src/data/shapefile/read-dbf.ts';
import { readShp } from '../../../src/data/shapefile/read-shp.ts';
import { parseTileContent } from '../../../src/data/tiles/tile-content.ts';
import { readTilesetBuildings } from '../../../src/data/tiles/tileset-buildings.ts';
import { DataError } from '../../../src/shared/errors.ts';
import { HOSTILE_FILES, TEST_LIMITS, type HostileFile } from '../../fixtures/hostile/hostile-corpus.ts';
import { bytesOf, ifcEngine, SCHEME_A } from '../ifc/fixtures.ts';

/** A message within 2 s; a model that must now load gets the time a small model takes on a busy machine. */
const MESSAGE_MS = 2000;
const RESULT_MS = 10_000;

let api: IfcAPI;
beforeAll(async () => {
  api = await ifcEngine();
  readIfc(api, bytesOf(SCHEME_A), 'scheme-a.ifc'); // warms web-ifc up, so the first case is not timed with it
});

const noFetch = async (url: string): Promise<Uint8Array> => {
  throw new DataError(url, 'not fetched in this test');
};

/** What the reader says about the file: its DataError or reported problems, as "file: message". Anything else thrown
 * fails the test. */
async function messagesFor(file: HostileFile): Promise<string[]> {
  const bytes = file.bytes();
  const problems: string[] = [];
  try {
    switch (file.reader) {
      case 'dbf':
        readDbf(bytes, file.name, undefined, TEST_LIMITS);
        break;
      case 'shp':
        readShp(bytes, file.name, TEST_LIMITS);
        break;
      case 'tile':
        await parseTileContent(bytes, file.name, 'Y', noFetch, TEST_LIMITS);
        break;
      case 'ifczip':
        await unzipIfc(bytes, file.name, TEST_LIMITS.maxInflatedBytes);
        break;
      case 'ifc':
        readIfc(api, bytes, file.name);
        break;
      case 'geojson':
        for (const p of parseGeoJson(new TextDecoder().decode(bytes), file.name, { limits: TEST_LIMITS }).problems)
          problems.push(`${file.name}: ${p.message}`);
        break;
      case 'tileset':
        await readTilesetBuildings({
          url: `file:///hostile/${file.name}`,
          layerId: 'hostile',
          attributes: { id: 'id', heightMeters: 'heightMeters' },
          limits: TEST_LIMITS,
          fetchBytes: async (url) => (url.endsWith(file.name) ? bytes : noFetch(url)),
          reportProblem: (source, message) => problems.push(`${source.split('/').pop()}: ${message}`),
        });
        break;
    }
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    return [error.describe()];
  }
  return problems;
}

describe('hostile files', () => {
  for (const file of HOSTILE_FILES) {
    it(`${file.name}: ${file.lie}`, async () => {
      const started = performance.now();
      const messages = await messagesFor(file);
      expect(performance.now() - started).toBeLessThan(file.expected === 'result' ? RESULT_MS : MESSAGE_MS);
      if (file.expected === 'result') expect(messages.filter((m) => !/warning/.test(m))).toEqual([]);
      else
        expect(
          messages.some((message) => (file.expected as RegExp).test(message)),
          messages.join('\n'),
        ).toBe(true);
    });
  }

  it('a good feature beside hostile ones is kept', async () => {
    const deep = HOSTILE_FILES.find((f) => f.name === 'deep-collection.geojson')!;
    const result = parseGeoJson(new TextDecoder().decode(deep.bytes()), deep.name, { limits: TEST_LIMITS });
    expect(result.features.map((f) => f.properties.name)).toEqual(['good']);
  });

  it('an entity in a STEP comment is not read, the escape beyond Unicode is U+FFFD', () => {
    const text = (name: string) => new TextDecoder().decode(HOSTILE_FILES.find((f) => f.name === name)!.bytes());
    expect(new StepFile(text('comment.ifc')).typeOf(999999)).toBeUndefined();
    expect(new StepFile(text('x4-escape.ifc')).attributes(65)?.[2]).toBe('1F \uFFFD');
    expect(new StepFile(text('quote-storey.ifc')).attributes(65)?.[2]).toBe("O'Brien ${storey} \\");
  });
});
