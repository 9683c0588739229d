// Saves generated text or an image as a file the user downloads (no server round trip; works offline).
import { csvText } from '../../shared/csv.ts';

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The rows as a CSV file (see shared/csv.ts: BOM, quoting, no formula cells). */
export function csvBlob(rows: readonly (readonly (string | number)[])[]): Blob {
  return new Blob([csvText(rows)], { type: 'text/csv;charset=utf-8' });
}
