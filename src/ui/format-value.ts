// Attribute values as display text: numbers rounded for reading, lists joined, objects as compact JSON.

/** No value to show: missing, null, or an empty string (a property table's empty cell). */
export const isEmptyValue = (value: unknown): boolean => value === null || value === undefined || value === '';

export function formatValue(value: unknown, emptyText: string): string {
  if (isEmptyValue(value)) return emptyText;
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
  if (Array.isArray(value)) return value.map((v) => formatValue(v, emptyText)).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
