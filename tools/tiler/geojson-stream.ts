// Reads a GeoJSON FeatureCollection file one feature at a time, so 100 000 footprints never sit in memory as one
// parsed object tree. A byte-level scanner tracks nesting and strings; each feature's bytes are JSON.parse'd alone.
// Other top-level members (`type`, `crs`, `name`, …) are parsed and handed over as they appear.
import { createReadStream } from 'node:fs';
import { DataError } from '../../src/shared/errors.ts';

export interface FeatureStreamHandlers {
  /** A top-level member other than `features`, in file order. */
  onMember(key: string, value: unknown): void;
  onFeature(feature: unknown, index: number): void;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const COMMA = 0x2c;
const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
/**
 * Bytes the scanner acts on outside strings. Most bytes of a footprint file are digits of coordinates: one table
 * look-up skips them (a million footprints are ~500 MB, and a Set look-up per byte cost seconds).
 */
const STRUCTURAL = new Uint8Array(256);
for (const c of [QUOTE, COLON, COMMA, OPEN_BRACE, OPEN_BRACKET, CLOSE_BRACE, CLOSE_BRACKET]) STRUCTURAL[c] = 1;

/** Bytes gathered across chunk boundaries. */
class Capture {
  private parts: Buffer[] = [];
  private start = -1;
  get active(): boolean {
    return this.start >= 0;
  }
  begin(index: number): void {
    this.parts = [];
    this.start = index;
  }
  /** End of a chunk: keep what the chunk contributed and continue from the next chunk's first byte. */
  carry(chunk: Buffer): void {
    if (!this.active) return;
    this.parts.push(chunk.subarray(this.start));
    this.start = 0;
  }
  end(chunk: Buffer, endExclusive: number): string {
    this.parts.push(chunk.subarray(this.start, endExclusive));
    this.start = -1;
    const text = Buffer.concat(this.parts).toString('utf8');
    this.parts = [];
    return text;
  }
}

/** Streams the file's features to the handlers; returns how many there were. */
export async function streamFeatureCollection(
  path: string,
  handlers: FeatureStreamHandlers,
  chunkBytes = 1 << 20,
): Promise<number> {
  let depth = 0;
  let inString = false;
  let escaped = false;
  let expectingKey = true; // at depth 1: the next string is a member name
  let key = '';
  let inFeatures = false;
  let sawFeatures = false;
  let featureCount = 0;
  let firstChunk = true;
  const keyCapture = new Capture();
  const valueCapture = new Capture();
  const featureCapture = new Capture();
  const parse = (text: string, where: string): unknown => {
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new DataError(path, `invalid JSON in ${where}: ${(error as Error).message}`);
    }
  };
  const endMember = (chunk: Buffer, i: number) => {
    if (valueCapture.active) handlers.onMember(key, parse(valueCapture.end(chunk, i), `member "${key}"`));
    expectingKey = true;
  };

  for await (const chunk of createReadStream(path, { highWaterMark: chunkBytes }) as AsyncIterable<Buffer>) {
    let i = firstChunk && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf ? 3 : 0; // UTF-8 BOM
    for (; i < chunk.length; i++) {
      const c = chunk[i]!;
      if (inString) {
        if (c !== QUOTE && c !== BACKSLASH && !escaped) continue;
        if (escaped) escaped = false;
        else if (c === BACKSLASH) escaped = true;
        else if (c === QUOTE) {
          inString = false;
          if (keyCapture.active) key = keyCapture.end(chunk, i);
        }
        continue;
      }
      if (STRUCTURAL[c] === 0) continue;
      if (c === QUOTE) {
        inString = true;
        if (depth === 1 && expectingKey) keyCapture.begin(i + 1);
      } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        if (depth === 0 && c !== OPEN_BRACE) throw new DataError(path, 'not a GeoJSON FeatureCollection object');
        if (depth === 1 && key === 'features' && c === OPEN_BRACKET && !valueCapture.active) {
          inFeatures = sawFeatures = true;
        }
        if (depth === 2 && inFeatures && c === OPEN_BRACE) featureCapture.begin(i);
        depth++;
      } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        depth--;
        if (depth === 2 && featureCapture.active) {
          handlers.onFeature(parse(featureCapture.end(chunk, i + 1), `features[${featureCount}]`), featureCount);
          featureCount++;
        } else if (depth === 1 && inFeatures) inFeatures = false;
        else if (depth === 0) endMember(chunk, i);
      } else if (depth === 1 && c === COLON) {
        expectingKey = false;
        if (key !== 'features') valueCapture.begin(i + 1);
      } else if (depth === 1 && c === COMMA) endMember(chunk, i);
    }
    for (const capture of [keyCapture, valueCapture, featureCapture]) capture.carry(chunk);
    firstChunk = false;
  }
  if (depth !== 0 || inString) throw new DataError(path, 'the JSON ends early (truncated file?)');
  if (!sawFeatures) throw new DataError(path, 'not a GeoJSON FeatureCollection: no "features" array');
  return featureCount;
}
