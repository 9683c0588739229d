// A small CSS colour parser: #rgb #rgba #rrggbb #rrggbbaa, rgb()/rgba()/hsl()/hsla() (comma or space syntax), named
// colours and `transparent`. Out-of-range channels are clamped, as browsers do.
import { NAMED_COLORS } from './css-named-colors.ts';

/** Red, green, blue 0..255 (integers) and alpha 0..1. */
export type Rgba = [r: number, g: number, b: number, a: number];

export function parseCssColor(text: string): Rgba | null {
  const css = text.trim().toLowerCase();
  if (css.startsWith('#')) return parseHex(css.slice(1));
  if (css === 'transparent') return [0, 0, 0, 0];
  const named = NAMED_COLORS.get(css);
  if (named) return parseHex(named);
  const call = /^(rgba?|hsla?)\(\s*(.*?)\s*\)$/.exec(css);
  if (!call) return null;
  const args = splitArguments(call[2]);
  if (!args) return null;
  return call[1].startsWith('rgb') ? fromRgbArguments(args) : fromHslArguments(args);
}

/** `#rrggbb`, or `#rrggbbaa` when not opaque: the form every consumer (Cesium, canvas, CSS) understands. */
export function toHexColor([r, g, b, a]: Rgba): string {
  const hex = (value: number) => Math.round(value).toString(16).padStart(2, '0');
  return `#${hex(r)}${hex(g)}${hex(b)}${a < 1 ? hex(a * 255) : ''}`;
}

function parseHex(digits: string): Rgba | null {
  if (!/^[0-9a-f]+$/.test(digits)) return null;
  if (digits.length === 3 || digits.length === 4) {
    const [r, g, b, a = 'ff'] = [...digits].map((digit) => digit + digit);
    return [parseInt(r, 16), parseInt(g, 16), parseInt(b, 16), parseInt(a, 16) / 255];
  }
  if (digits.length === 6 || digits.length === 8) {
    const byte = (i: number) => parseInt(digits.slice(i, i + 2), 16);
    return [byte(0), byte(2), byte(4), digits.length === 8 ? byte(6) / 255 : 1];
  }
  return null;
}

/** `1, 2, 3, 0.5` or `1 2 3 / 0.5` → ['1', '2', '3', '0.5']; null when the shape is wrong. */
function splitArguments(inner: string): string[] | null {
  if (inner.includes(',')) {
    const args = inner.split(',').map((arg) => arg.trim());
    return args.length === 3 || args.length === 4 ? args : null;
  }
  const [channels, alpha, ...rest] = inner.split('/');
  const args = channels.trim().split(/\s+/);
  if (args.length !== 3 || rest.length > 0) return null;
  return alpha === undefined ? args : [...args, alpha.trim()];
}

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/;

/** A plain number, or a percentage scaled to `percentOf`; null if neither. */
function numberOrPercent(arg: string, percentOf: number): number | null {
  if (arg.endsWith('%')) return NUMBER.test(arg.slice(0, -1)) ? (Number(arg.slice(0, -1)) / 100) * percentOf : null;
  return NUMBER.test(arg) ? Number(arg) : null;
}

const clamp = (value: number, max: number) => Math.min(max, Math.max(0, value));

function alphaOf(arg: string | undefined): number | null {
  if (arg === undefined) return 1;
  const alpha = numberOrPercent(arg, 1);
  return alpha === null ? null : clamp(alpha, 1);
}

function fromRgbArguments([r, g, b, a]: string[]): Rgba | null {
  const channels = [r, g, b].map((arg) => numberOrPercent(arg, 255));
  const alpha = alphaOf(a);
  if (alpha === null || channels.some((channel) => channel === null)) return null;
  const [red, green, blue] = channels.map((channel) => Math.round(clamp(channel as number, 255)));
  return [red, green, blue, alpha];
}

function fromHslArguments([h, s, l, a]: string[]): Rgba | null {
  const hueDeg = NUMBER.test(h.replace(/deg$/, '')) ? Number(h.replace(/deg$/, '')) : null;
  const saturation = s.endsWith('%') ? numberOrPercent(s, 1) : null;
  const lightness = l.endsWith('%') ? numberOrPercent(l, 1) : null;
  const alpha = alphaOf(a);
  if (hueDeg === null || saturation === null || lightness === null || alpha === null) return null;
  const [red, green, blue] = hslToRgb(((hueDeg % 360) + 360) % 360, clamp(saturation, 1), clamp(lightness, 1));
  return [red, green, blue, alpha];
}

/** The CSS Color 4 conversion: each channel from its own offset around the hue circle. */
function hslToRgb(hueDeg: number, saturation: number, lightness: number): [number, number, number] {
  const chroma = saturation * Math.min(lightness, 1 - lightness);
  const channel = (offset: number) => {
    const k = (offset + hueDeg / 30) % 12;
    return Math.round(255 * (lightness - chroma * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
  };
  return [channel(0), channel(8), channel(4)];
}
