// Bad IFC input fails with a DataError that names the file and says what is wrong.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { IfcAPI } from 'web-ifc';
import { engineFailure } from '../../../src/data/ifc/engine-failure.ts';
import { readIfc } from '../../../src/data/ifc/read-ifc.ts';
import { DataError } from '../../../src/shared/errors.ts';
import { ifcEngine, SCHEME_A, textBytes } from './fixtures.ts';

let api: IfcAPI;
beforeAll(async () => {
  api = await ifcEngine();
});

const schemeA = readFileSync(SCHEME_A, 'latin1');

function failure(bytes: Uint8Array, source = 'bad.ifc'): DataError {
  try {
    readIfc(api, bytes, source);
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return error as DataError;
  }
  throw new Error('readIfc accepted bad input');
}

const EMPTY_MODEL = `ISO-10303-21;
HEADER;
FILE_DESCRIPTION((''),'2;1');
FILE_NAME('empty.ifc','2026-01-01T00:00:00',(''),(''),'','','');
FILE_SCHEMA(('IFC4'));
ENDSEC;
DATA;
#1=IFCPROJECT('0aaaaaaaaaaaaaaaaaaaa1',$,'Empty',$,$,$,$,$,$);
ENDSEC;
END-ISO-10303-21;
`;

describe('bad IFC input', () => {
  it('a truncated download', () => {
    const error = failure(textBytes(schemeA.slice(0, schemeA.length / 2)), 'scheme-a.ifc');
    expect(error.describe()).toMatch(/^scheme-a\.ifc: the file is truncated/);
  });

  it('a non-IFC file with an .ifc extension', () => {
    expect(failure(textBytes('%PDF-1.7\n%âãÏÓ\n1 0 obj <<>> endobj')).message).toMatch(/not an IFC file/);
    expect(failure(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0])).message).toMatch(/ZIP archive/);
    expect(failure(new Uint8Array()).message).toMatch(/empty/);
  });

  it('an unsupported schema', () => {
    const error = failure(textBytes(schemeA.replace("FILE_SCHEMA(('IFC4'))", "FILE_SCHEMA(('IFC5'))")));
    expect(error.message).toMatch(/unsupported IFC schema IFC5/);
  });

  it('an IfcMapConversion naming an unknown CRS', () => {
    const error = failure(
      textBytes(schemeA.replace("IFCPROJECTEDCRS('EPSG:4547'", "IFCPROJECTEDCRS('EPSG:999999'")),
      'scheme-x.ifc',
    );
    expect(error.describe()).toMatch(
      /^scheme-x\.ifc: IfcMapConversion cannot be used: Unsupported coordinate system EPSG:999999/,
    );
  });

  it('an empty model', () => {
    expect(failure(textBytes(EMPTY_MODEL), 'empty.ifc').describe()).toMatch(/^empty\.ifc: the model is empty/);
  });

  it('a model without georeferencing and no placement given', () => {
    const bare = schemeA
      .replace(/#\d+=IFCMAPCONVERSION\([^;]*;/, '')
      .replace(/(IFCSITE\([^;]*\.ELEMENT\.,)\([^)]*\),\([^)]*\),/, '$1$,$,');
    expect(failure(textBytes(bare)).message).toMatch(/not georeferenced/);
  });

  it('a file that has a STEP frame but no IfcProject', () => {
    const noProject = EMPTY_MODEL.replace(/#1=IFCPROJECT[^\n]*/, '#1=IFCCARTESIANPOINT((0.,0.,0.));');
    expect(failure(textBytes(noProject)).message).toMatch(/no IfcProject/);
  });

  it('a damaged entity that web-ifc reads past, named with the file', () => {
    // A containment list without its comma: web-ifc draws the model, the property and structure reader cannot go on.
    const damaged = schemeA.replace(/(#(\d+)=IFCRELCONTAINEDINSPATIALSTRUCTURE\([^;]*?\(#\d+),(#\d+)/, '$1 $3');
    const entity = /#(\d+)=IFCRELCONTAINEDINSPATIALSTRUCTURE/.exec(schemeA)![1];
    const error = failure(textBytes(damaged), 'scheme-a.ifc');
    expect(error.describe()).toBe(`scheme-a.ifc: the STEP text is damaged: unexpected "#" in a STEP list (#${entity})`);
  });

  it('a model too big for web-ifc, told apart from a failure of web-ifc', () => {
    // web-ifc aborts when its 32-bit heap cannot grow; stood in for here, as a real one needs 4 GiB.
    const streaming = vi.spyOn(api, 'StreamAllMeshes');
    try {
      streaming.mockImplementation(() => {
        throw new WebAssembly.RuntimeError('Aborted(OOM)');
      });
      expect(failure(textBytes(schemeA), 'scheme-a.ifc').describe()).toMatch(
        /^scheme-a\.ifc: The model is too big for web-ifc: it ran out of memory while reading the geometry .*Split the model/,
      );
      streaming.mockImplementation(() => {
        throw new Error('null function or function signature mismatch');
      });
      expect(failure(textBytes(schemeA), 'scheme-a.ifc').describe()).toBe(
        'scheme-a.ifc: web-ifc failed while reading the geometry: null function or function signature mismatch',
      );
    } finally {
      streaming.mockRestore();
    }
    // Whatever the message, a heap at its limit when web-ifc fails is the same story.
    const full = { wasmModule: { HEAPU8: { byteLength: 3.9 * 2 ** 30 } } } as unknown as IfcAPI;
    expect(engineFailure(full, 'tower.ifc', 'parsing the file', new Error('unreachable')).message).toMatch(
      /too big for web-ifc.*3\.9 GiB/,
    );
  });
});
