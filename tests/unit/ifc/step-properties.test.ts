// The property sets and quantities, and each element's GlobalId, Name and class, read from the STEP text must be
// exactly what web-ifc's GetLine gives, object by object, on every sample (IFC2X3 and IFC4, English and Chinese
// names, booleans, enumerations, lists, quantities).
import { beforeAll, describe, expect, it } from 'vitest';
import type { IfcAPI } from 'web-ifc';
import { streamElementMeshes } from '../../../src/data/ifc/element-meshes.ts';
import { text, type IfcLine } from '../../../src/data/ifc/ifc-lines.ts';
import { PropertyIndex } from '../../../src/data/ifc/properties.ts';
import { SpatialIndex } from '../../../src/data/ifc/spatial-tree.ts';
import { decodeStepString, StepFile, stepText } from '../../../src/data/ifc/step-file.ts';
import { bytesOf, haveSamples, ifcEngine, SAMPLES, SCHEME_A, SHARED_FILES } from './fixtures.ts';
import { WebIfcPropertyIndex } from './web-ifc-properties.ts';

let api: IfcAPI;
beforeAll(async () => {
  api = await ifcEngine();
});

const files = [SCHEME_A, ...(haveSamples ? SHARED_FILES.map((file) => SAMPLES + file) : [])];

describe('property sets read from the STEP text', () => {
  for (const path of files) {
    it(`match web-ifc on ${path.split('/').pop()}`, () => {
      const bytes = bytesOf(path);
      const model = api.OpenModel(bytes);
      try {
        const oracle = new WebIfcPropertyIndex(api, model);
        const index = new PropertyIndex(new StepFile(stepText(bytes)));
        const objects = oracle.objects();
        // Each file's test stands alone (no count carried between tests, so -t works): scheme A, always present, must
        // compare over 100 objects; a third-party sample may have no property sets at all (IfcOpenHouse has none).
        if (path === SCHEME_A) expect(objects.length).toBeGreaterThan(100);
        for (const id of objects) expect(index.of(id), `#${id}`).toEqual(oracle.of(id));
        for (const name of ['epset_mapconversion', 'pset_wallcommon'])
          expect(index.propertySetsNamed(name)).toEqual(oracle.propertySetsNamed(name));
      } finally {
        api.CloseModel(model);
      }
    });
  }

  for (const path of files) {
    it(`give each element's GlobalId, Name and class as web-ifc does on ${path.split('/').pop()}`, () => {
      const bytes = bytesOf(path);
      const model = api.OpenModel(bytes);
      try {
        const spatial = new SpatialIndex(new StepFile(stepText(bytes)), (entity) =>
          api.GetNameFromTypeCode(api.GetTypeCodeFromName(entity)),
        );
        const { expressIds } = streamElementMeshes(api, model);
        expect(expressIds.length).toBeGreaterThan(0);
        for (const id of expressIds) {
          const line = api.GetLine(model, id) as IfcLine;
          const expected = {
            globalId: text(line.GlobalId),
            name: text(line.Name) ?? '',
            ifcClass: api.GetNameFromTypeCode(line.type),
          };
          expect(spatial.identity(id), `#${id}`).toEqual(expected);
        }
      } finally {
        api.CloseModel(model);
      }
    });
  }

  it('decodes the STEP string escapes', () => {
    expect(decodeStepString('\\X2\\5C4B9762\\X0\\')).toBe('屋面');
    expect(decodeStepString('A\\X2\\00C4\\X0\\B \\X\\E9 \\S\\D \\\\ \\PA\\x')).toBe('AÄB é Ä \\ x');
    expect(decodeStepString('\\X4\\0001F3E0\\X0\\')).toBe('🏠');
  });

  it('indexes entities by type and reads their attributes, skipping strings with ; and # inside', () => {
    const step = new StepFile(
      [
        "ISO-10303-21;HEADER;FILE_NAME('#1=X(;');ENDSEC;DATA;",
        "#1=IFCPROPERTYSINGLEVALUE('Note',$,IFCLABEL('a;b #2=IFCWALL(''x'');'),$);",
        "#2 = IFCPROPERTYSINGLEVALUE('On',$,IFCBOOLEAN(.T.),$);",
        "#3=IFCPROPERTYLISTVALUE('L',$,(IFCREAL(1.5),IFCREAL(-2.E-1)),$);",
        "#4=IFCPROPERTYSET('g',#5,'Set',$,(#1,#2,#3));",
        'ENDSEC;END-ISO-10303-21;',
      ].join('\n'),
    );
    expect(step.idsOfType('IFCPROPERTYSINGLEVALUE')).toEqual([1, 2]);
    expect(step.typeOf(4)).toBe('IFCPROPERTYSET');
    expect(step.attributes(1)).toEqual(['Note', undefined, "a;b #2=IFCWALL('x');", undefined]);
    expect(step.attributes(2)?.[2]).toBe(true);
    expect(step.attributes(3)?.[2]).toEqual([1.5, -0.2]);
    expect(step.attributes(4)?.[4]).toEqual([{ ref: 1 }, { ref: 2 }, { ref: 3 }]);
    expect(step.attributes(9)).toBeUndefined();
    // References straight to ids: one, a list (values that are not references skipped), none, past the end.
    expect(step.refs(4, 1)).toEqual([5]);
    expect(step.refs(4, 4)).toEqual([1, 2, 3]);
    expect(step.refs(3, 2)).toEqual([]);
    expect(step.refs(4, 3)).toEqual([]);
    expect(step.refs(4, 7)).toEqual([]);
    expect(step.refs(9, 0)).toEqual([]);
    const mixed = new StepFile("DATA;#7=IFCRELAGGREGATES('g',$,$,$,#8,( #9 ,'x', #10,$));ENDSEC;");
    expect(mixed.refs(7, 5)).toEqual([9, 10]);
    // The attributes before are skipped whatever they hold: quotes, brackets and semicolons in strings, typed values.
    const skipped = new StepFile(
      `DATA;#8=IFCRELAGGREGATES('a''b(;',$,'n (x)', "0F" ,IFCLABEL('y)'),( #1,#2 ),#3);ENDSEC;`,
    );
    expect([skipped.refs(8, 5), skipped.refs(8, 6)]).toEqual([[1, 2], [3]]);
    expect(() => new StepFile('DATA;#7=IFCRELAGGREGATES($,$,$,$,#8,(#9 #10));ENDSEC;').refs(7, 5)).toThrow(
      /unexpected "#" in a STEP list/,
    );
    // Damage names the entity, and a value cut short is an error rather than a read from the start of the file.
    const cut = new StepFile("DATA;#3=IFCPROPERTYSINGLEVALUE('A',$,.T");
    expect(() => cut.attributes(3)).toThrow(
      expect.objectContaining({ entity: '#3', message: 'a STEP value without its closing "."' }),
    );
  });
});
