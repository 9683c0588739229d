// Growable typed arrays for readers that do not know their sizes up front (STEP entities, streamed vertices).

type GrowableArray =
  | Float64Array<ArrayBuffer>
  | Float32Array<ArrayBuffer>
  | Int32Array<ArrayBuffer>
  | Uint32Array<ArrayBuffer>;

/** `array` if it holds `needed` items, else a copy at least twice as long (so growing costs amortised constant time),
 * the new slots set to `fill`. */
export function grown<T extends GrowableArray>(array: T, needed: number, fill = 0): T {
  if (needed <= array.length) return array;
  const next = new (array.constructor as new (length: number) => T)(Math.max(needed, array.length * 2));
  if (fill !== 0) next.fill(fill, array.length);
  next.set(array);
  return next;
}
