// Reads pixels of a page screenshot without a PNG library: the PNG is decoded by the page's own image decoder.
import type { Page } from 'playwright-core';

export interface ImageStats {
  width: number;
  height: number;
  /** Distinct colours after quantising each channel to 32 levels. */
  distinctColors: number;
  /** Standard deviation of luminance, 0–255. */
  luminanceStdDev: number;
}

export async function screenshotStats(page: Page, clip?: { x: number; y: number; width: number; height: number }):
  Promise<ImageStats> {
  const png = await page.screenshot(clip ? { clip } : {});
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    const colors = new Set<number>();
    let sum = 0;
    let sumSquares = 0;
    const n = data.length / 4;
    for (let i = 0; i < data.length; i += 4) {
      colors.add(((data[i] >> 3) << 10) | ((data[i + 1] >> 3) << 5) | (data[i + 2] >> 3));
      const luminance = 0.2126 * data[i] + 0.7152 * data[i + 1] + 0.0722 * data[i + 2];
      sum += luminance;
      sumSquares += luminance * luminance;
    }
    const mean = sum / n;
    return {
      width: bitmap.width, height: bitmap.height, distinctColors: colors.size,
      luminanceStdDev: Math.sqrt(Math.max(0, sumSquares / n - mean * mean)),
    };
  }, png.toString('base64'));
}

/** Pixels in a page region that are clearly red (violations, failing sills; also translucent red over grey roofs). */
export async function redPixels(page: Page, clip: { x: number; y: number; width: number; height: number }): Promise<number> {
  const png = await page.screenshot({ clip });
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    let count = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! > 140 && data[i]! > 2.2 * data[i + 1]! && data[i]! > 2.2 * data[i + 2]!) count++;
    return count;
  }, png.toString('base64'));
}
