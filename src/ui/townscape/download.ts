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

/**
 * Marks a control that saves or opens a file. Files are for a desk: the kiosk hides these (kiosk.css), since a visitor
 * cannot take the file away and every tap would leave one more on the kiosk's disk.
 */
export function deskOnly<E extends HTMLElement>(element: E): E {
  element.dataset.deskOnly = '';
  return element;
}

/** The rows as a CSV file (see shared/csv.ts: BOM, quoting, no formula cells). */
export function csvBlob(rows: readonly (readonly (string | number)[])[]): Blob {
  return new Blob([csvText(rows)], { type: 'text/csv;charset=utf-8' });
}
