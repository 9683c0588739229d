// A minimal ISO 10303-21 (STEP physical file) writer for IFC: numbered entity instances, attribute encoding
// (reals always with a decimal point, strings with \X2\ escapes for non-ASCII text) and the header section.

export type StepValue = string & { readonly __step: true };

const raw = (text: string): StepValue => text as StepValue;

export const NULL = raw('$');
export const DERIVED = raw('*');

/** A REAL: shortest round-trip digits, always with a decimal point (1 → "1.", 1e-7 → "1.E-07"). */
export function real(value: number): StepValue {
  if (!Number.isFinite(value)) throw new Error(`Not a finite number: ${value}`);
  const text = String(value === 0 ? 0 : value);
  if (text.includes('e')) {
    const [mantissa, exponent] = text.split('e') as [string, string];
    const sign = exponent.startsWith('-') ? '-' : '';
    const digits = exponent.replace(/^[+-]/, '').padStart(2, '0');
    return raw(`${mantissa.includes('.') ? mantissa : `${mantissa}.`}E${sign}${digits}`);
  }
  return raw(text.includes('.') ? text : `${text}.`);
}

export function int(value: number): StepValue {
  if (!Number.isInteger(value)) throw new Error(`Not an integer: ${value}`);
  return raw(String(value));
}

/** A STRING: apostrophes and backslashes doubled, anything outside printable ASCII as \X2\ UTF-16 hex \X0\. */
export function str(text: string): StepValue {
  let out = '';
  let wide = '';
  const flush = () => {
    if (wide) out += `\\X2\\${wide}\\X0\\`;
    wide = '';
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x20 && code <= 0x7e) {
      flush();
      const ch = text[i]!;
      out += ch === "'" ? "''" : ch === '\\' ? '\\\\' : ch;
    } else {
      wide += code.toString(16).toUpperCase().padStart(4, '0');
    }
  }
  flush();
  return raw(`'${out}'`);
}

export const ref = (id: number): StepValue => raw(`#${id}`);
export const enumeration = (name: string): StepValue => raw(`.${name.toUpperCase()}.`);
export const bool = (value: boolean): StepValue => raw(value ? '.T.' : '.F.');
export const list = (values: readonly StepValue[]): StepValue => raw(`(${values.join(',')})`);
export const reals = (values: readonly number[]): StepValue => list(values.map(real));
export const refs = (ids: readonly number[]): StepValue => list(ids.map(ref));
/** A typed value inside a SELECT, e.g. IFCLABEL('…'). */
export const typed = (type: string, value: StepValue): StepValue => raw(`${type.toUpperCase()}(${value})`);

export interface StepHeader {
  description: string;
  fileName: string;
  /** ISO 8601; fixed by the caller so the output is reproducible. */
  timeStamp: string;
  author: string;
  organization: string;
  preprocessor: string;
  originatingSystem: string;
  schema: 'IFC4' | 'IFC2X3';
}

export class StepFile {
  private readonly lines: string[] = [];

  /** Adds an instance and returns its number (#n). */
  add(type: string, ...attributes: StepValue[]): number {
    const id = this.lines.length + 1;
    this.lines.push(`#${id}=${type.toUpperCase()}(${attributes.join(',')});`);
    return id;
  }

  get count(): number {
    return this.lines.length;
  }

  text(header: StepHeader): string {
    return [
      'ISO-10303-21;',
      'HEADER;',
      `FILE_DESCRIPTION((${str(header.description)}),'2;1');`,
      `FILE_NAME(${str(header.fileName)},${str(header.timeStamp)},(${str(header.author)}),(${str(header.organization)}),${str(header.preprocessor)},${str(header.originatingSystem)},'');`,
      `FILE_SCHEMA(('${header.schema}'));`,
      'ENDSEC;',
      'DATA;',
      ...this.lines,
      'ENDSEC;',
      'END-ISO-10303-21;',
      '',
    ].join('\n');
  }
}
