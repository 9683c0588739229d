// Reads the pixels of a page screenshot: the one PNG decoder of the browser tests (Node's zlib, no PNG library; the
// page's own decoder would need the PNG sent back into a page whose CSP admits no data: fetch).
import { inflateSync } from 'node:zlib';
import type { Locator, Page } from 'playwright-core';

export interface Pixels {
  width: number;
  height: number;
  /** RGBA, 4 bytes a pixel, rows top to bottom. */
  rgba: Uint8Array;
}

export type Clip = { x: number; y: number; width: number; height: number };

/** Decodes an 8-bit, non-interlaced RGB or RGBA PNG (what Chromium's screenshots are). */
export function decodePng(png: Uint8Array): Pixels {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let width = 0,
    height = 0,
    channels = 0;
  const idat: Uint8Array[] = [];
  for (let at = 8; at < png.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const data = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = view.getUint32(at + 8);
      height = view.getUint32(at + 12);
      const [bitDepth, colorType, , , interlace] = data.subarray(8, 13);
      if (bitDepth !== 8 || (colorType !== 2 && colorType !== 6) || interlace !== 0) {
        throw new Error(
          `decodePng: only 8-bit non-interlaced RGB/RGBA, got depth ${bitDepth}, colour type ${colorType}, interlace ${interlace}`,
        );
      }
      channels = colorType === 6 ? 4 : 3;
    } else if (type === 'IDAT') idat.push(data);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const rows = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = rows.subarray(y * stride, (y + 1) * stride);
    const up = y > 0 ? rows.subarray((y - 1) * stride, y * stride) : new Uint8Array(stride);
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? out[i - channels]! : 0,
        b = up[i]!,
        c = i >= channels ? up[i - channels]! : 0;
      const predictor =
        filter === 0 ? 0 : filter === 1 ? a : filter === 2 ? b : filter === 3 ? (a + b) >> 1 : paeth(a, b, c);
      out[i] = (line[i]! + predictor) & 0xff;
    }
  }
  if (channels === 4) return { width, height, rgba: rows };
  const rgba = new Uint8Array(width * height * 4);
  for (let p = 0; p < width * height; p++) {
    rgba.set(rows.subarray(p * 3, p * 3 + 3), p * 4);
    rgba[p * 4 + 3] = 255;
  }
  return { width, height, rgba };
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c,
    pa = Math.abs(p - a),
    pb = Math.abs(p - b),
    pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** The pixels of the page (or a region of it), or of one element. */
export async function screenshotPixels(target: Page | Locator, clip?: Clip): Promise<Pixels> {
  const png = 'goto' in target ? await target.screenshot(clip ? { clip } : {}) : await target.screenshot();
  return decodePng(png);
}

/** How many pixels pass `test(r, g, b)`. */
export function countPixels({ rgba }: Pixels, test: (r: number, g: number, b: number) => boolean): number {
  let count = 0;
  for (let i = 0; i < rgba.length; i += 4) if (test(rgba[i]!, rgba[i + 1]!, rgba[i + 2]!)) count++;
  return count;
}

export interface ImageStats {
  width: number;
  height: number;
  /** Distinct colours after quantising each channel to 32 levels. */
  distinctColors: number;
  /** Standard deviation of luminance, 0–255. */
  luminanceStdDev: number;
}

export async function screenshotStats(page: Page, clip?: Clip): Promise<ImageStats> {
  const { width, height, rgba } = await screenshotPixels(page, clip);
  const colors = new Set<number>();
  let sum = 0;
  let sumSquares = 0;
  const n = rgba.length / 4;
  for (let i = 0; i < rgba.length; i += 4) {
    colors.add(((rgba[i]! >> 3) << 10) | ((rgba[i + 1]! >> 3) << 5) | (rgba[i + 2]! >> 3));
    const luminance = 0.2126 * rgba[i]! + 0.7152 * rgba[i + 1]! + 0.0722 * rgba[i + 2]!;
    sum += luminance;
    sumSquares += luminance * luminance;
  }
  const mean = sum / n;
  return {
    width,
    height,
    distinctColors: colors.size,
    luminanceStdDev: Math.sqrt(Math.max(0, sumSquares / n - mean * mean)),
  };
}

/** Pixels in a page region that are clearly red (violations, failing sills; also translucent red over grey roofs). */
export async function redPixels(page: Page, clip: Clip): Promise<number> {
  return countPixels(await screenshotPixels(page, clip), (r, g, b) => r > 140 && r > 2.2 * g && r > 2.2 * b);
}
