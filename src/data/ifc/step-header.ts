// Checks an IFC file's STEP framing before web-ifc sees it: web-ifc accepts almost anything and returns an empty or
// half model, so a truncated download, a renamed PDF or an IFC5/ifcXML file would otherwise fail silently.
import { DataError } from '../../shared/errors.ts';

/** Schemas web-ifc 0.0.78 reads (IFC4X3 covers its ADD1/ADD2 releases). */
export const SUPPORTED_SCHEMAS = ['IFC2X3', 'IFC4', 'IFC4X3'] as const;
export type IfcSchema = (typeof SUPPORTED_SCHEMAS)[number];

export const HEADER_BYTES = 8192;
const TRAILER_BYTES = 256;

/** The file's schema, or a DataError naming the file and what is wrong with it. */
export function checkStepFile(bytes: Uint8Array, source: string): IfcSchema {
  const schema = checkStepHead(bytes, source);
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - TRAILER_BYTES)));
  if (!/END-ISO-10303-21\s*;\s*$/.test(tail)) {
    throw new DataError(source, 'the file is truncated: it does not end with "END-ISO-10303-21;"');
  }
  return schema;
}

/** The schema from the file's first bytes (all of it or its first HEADER_BYTES), or a DataError: a renamed PDF, a
 * bomb of zeros or an IFC5 file is refused from its head alone. */
export function checkStepHead(bytes: Uint8Array, source: string): IfcSchema {
  if (bytes.length === 0) throw new DataError(source, 'the file is empty');
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    // .ifczip files are unzipped before this check (ifczip.ts): this is a ZIP inside one, or a ZIP under another name.
    throw new DataError(source, 'this is a ZIP archive, not an IFC (STEP) file');
  }
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, HEADER_BYTES));
  if (!/^\s*ISO-10303-21\s*;/.test(head)) {
    throw new DataError(source, 'not an IFC file: it does not start with the STEP signature "ISO-10303-21;"');
  }
  const schema = /FILE_SCHEMA\s*\(\s*\(\s*'([^']*)'/i.exec(head)?.[1]?.toUpperCase();
  if (!schema) throw new DataError(source, 'the STEP header has no FILE_SCHEMA');
  const known = SUPPORTED_SCHEMAS.find((s) => schema === s || (s !== 'IFC4' && schema.startsWith(s)));
  if (!known) {
    throw new DataError(source, `unsupported IFC schema ${schema}; supported are ${SUPPORTED_SCHEMAS.join(', ')}`);
  }
  return known;
}
