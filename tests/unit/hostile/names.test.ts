// Names from files and URLs that used to break the app: a '%' that is not an escape in an IFC URL (a URIError before
// the layer's try block left cim.ready pending), and storey names with quotes or `${…}` (they broke Cesium's style).
import { describe, expect, it } from 'vitest';
import { isShown, type IfcFilter } from '../../../src/layers/ifc-filter.ts';
import { decodePercentRuns, urlFileName } from '../../../src/shared/url-file-name.ts';

describe('file names from URLs', () => {
  it('decodes escapes run by run and keeps a lone %', () => {
    expect(urlFileName('http://x/data/方案100%.ifc')).toBe('方案100%.ifc');
    expect(urlFileName('http://x/data/%E6%96%B9%E6%A1%88100%25.ifc')).toBe('方案100%.ifc');
    expect(urlFileName('%E6%96%B9%.ifc', 'http://x/d/')).toBe('方%.ifc');
    expect(decodePercentRuns('a%E6%96b%41')).toBe('a%E6%96bA'); // a broken UTF-8 run stays as written
    expect(urlFileName('http://[bad')).toBe('http://[bad');
  });
});

describe('IFC storey and class filters', () => {
  const storey = "O'Brien ${storey} \\";
  it('compare names as data, whatever characters they hold', () => {
    const isolated: IfcFilter = { hiddenStoreys: [], hiddenClasses: [], isolatedStorey: storey };
    expect(isShown(isolated, storey, 'IfcWall')).toBe(true);
    expect(isShown(isolated, '2F', 'IfcWall')).toBe(false);
    const hidden: IfcFilter = { hiddenStoreys: [storey], hiddenClasses: ["Ifc'Slab"] };
    expect(isShown(hidden, storey, 'IfcWall')).toBe(false);
    expect(isShown(hidden, '2F', "Ifc'Slab")).toBe(false);
    expect(isShown(hidden, '2F', 'IfcWall')).toBe(true);
  });
});
