// CSV exports: a cell from a data file that a spreadsheet would run as a formula (OWASP CSV injection) stays text.
import { describe, expect, it } from 'vitest';
import { csvCell, csvText } from '../../../src/shared/csv.ts';

describe('CSV cells', () => {
  it('prefixes formula-like text with a quote, keeping numbers numbers', () => {
    expect(csvCell("=cmd|' /C calc'!A0")).toBe("'=cmd|' /C calc'!A0");
    expect(csvCell('+1+1')).toBe("'+1+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('\r=1')).toBe('"\'\r=1"');
    expect(csvCell(-3.5)).toBe('-3.5');
    expect(csvCell('-3.5')).toBe('-3.5');
    expect(csvCell('+12e3')).toBe('+12e3');
    expect(csvCell('1F 南楼')).toBe('1F 南楼');
  });

  it('quotes commas, quotes and line breaks after the guard', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(
      csvText([
        ['a', 1],
        ['b,c', '=1'],
      ]),
    ).toBe('\uFEFFa,1\r\n"b,c",\'=1\r\n');
  });
});
