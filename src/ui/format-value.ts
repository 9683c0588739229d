// Attribute values as display text: numbers rounded for reading, lists joined, objects as compact JSON.
export function formatValue(value: unknown, emptyText: string): string {
  if (value === null || value === undefined || value === '') return emptyText;
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
  if (Array.isArray(value)) return value.map((v) => formatValue(v, emptyText)).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
