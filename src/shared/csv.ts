// CSV for spreadsheet programs (Excel, WPS): UTF-8 with a byte-order mark (without it Excel reads Chinese as mojibake),
// CRLF line ends, RFC 4180 quoting, and no cell a spreadsheet would run as a formula. Cell text comes from data files
// and manifests anyone can write, so a name like `=cmd|' /C calc'!A0` must stay text (OWASP, "CSV Injection").

export const CSV_BOM = '\uFEFF';

/** A cell starting like this is a formula (DDE) to a spreadsheet; tab and CR also start one after Excel's trimming. */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

/** One cell: a leading quote makes a formula-like text plain text (numbers such as -3.5 stay numbers); quoted when
 * it holds a comma, a quote or a line break. */
export function csvCell(value: string | number): string {
  const text = String(value);
  const safe = FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The whole file's text, BOM first, every row ended by CRLF. */
export function csvText(rows: readonly (readonly (string | number)[])[]): string {
  return CSV_BOM + rows.map((cells) => `${cells.map(csvCell).join(',')}\r\n`).join('');
}
