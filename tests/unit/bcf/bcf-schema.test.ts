// What the app writes validates against buildingSMART's BCF 3.0 XSDs (vendored unchanged, with their provenance, in
// tests/fixtures/third-party/bcf-3.0/), checked with libxml2 (xmllint-wasm). A schema not vendored yet is skipped
// with a printed note (see that README).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { writeBcf } from '../../../src/data/bcf/write-bcf.ts';
import { BCF_FIXTURES, sampleTopic } from './fixtures.ts';

const schemaPath = (name: string) => join(BCF_FIXTURES, 'schemas', name);
const schemaText = (name: string) => readFileSync(schemaPath(name), 'utf8');

async function problems(schema: string, xml: string): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: 'subject.xml', contents: xml }],
    schema: [schemaText(schema)],
    preload: [{ fileName: 'shared-types.xsd', contents: schemaText('shared-types.xsd') }],
  });
  return result.errors.map((error) => error.message);
}

const files = unzipSync(writeBcf([sampleTopic(), sampleTopic({ status: 'resolved', position: null })]));
const texts = (pattern: RegExp) =>
  Object.entries(files)
    .filter(([name]) => pattern.test(name))
    .map(([, bytes]) => strFromU8(bytes));

describe('BCF 3.0 export against the official XSDs', () => {
  it('bcf.version is valid and declares 3.0 (version.xsd of release_3_0)', async () => {
    const version = texts(/^bcf\.version$/)[0]!;
    expect(version).toContain('VersionId="3.0"');
    expect(await problems('version.xsd', version)).toEqual([]);
    // The schema is the 3.0 one: the 2.x form nests a second <Version> and would not take this.
    expect(await problems('version.xsd', '<Version><Version VersionId="2.1"/></Version>')).not.toEqual([]);
  });

  for (const [schema, pattern] of [
    ['markup.xsd', /\/markup\.bcf$/],
    ['visinfo.xsd', /\.bcfv$/],
  ] as const) {
    const present = existsSync(schemaPath(schema));
    if (!present) console.info(`BCF 3.0 ${schema} is not vendored in ${BCF_FIXTURES}schemas: that check is skipped`);
    it.skipIf(!present)(`every ${pattern.source} is valid against ${schema}`, async () => {
      const xmls = texts(pattern);
      expect(xmls.length).toBe(2);
      for (const xml of xmls) expect(await problems(schema, xml)).toEqual([]);
    });
  }
});
