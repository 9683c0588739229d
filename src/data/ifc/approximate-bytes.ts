// Roughly how many bytes a structured-cloneable value takes in storage: typed arrays by their length, strings at two
// bytes a character, numbers at eight. Good enough for a cache budget; it walks the value once and allocates nothing.

const OBJECT_OVERHEAD_BYTES = 16;

export function approximateBytes(value: unknown): number {
  if (typeof value === 'string') return value.length * 2;
  if (typeof value === 'number') return 8;
  if (typeof value === 'boolean' || value === null || value === undefined) return 1;
  if (ArrayBuffer.isView(value)) return value.byteLength;
  if (value instanceof ArrayBuffer) return value.byteLength;
  let total = OBJECT_OVERHEAD_BYTES;
  if (Array.isArray(value)) {
    for (const item of value) total += approximateBytes(item);
    return total;
  }
  if (typeof value === 'object') {
    for (const [name, item] of Object.entries(value)) total += name.length * 2 + approximateBytes(item);
  }
  return total;
}
