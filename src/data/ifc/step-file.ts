// A lazy reader of a STEP (ISO 10303-21) file's DATA section in plain JavaScript: one pass finds where each entity
// starts and what type it is; an entity's attributes are parsed only when asked for. Used for the property sets and
// quantities, which web-ifc's GetLine makes costly (some 20 µs a line through its typed-object layer, as much as
// streaming the geometry on a property-rich model); geometry stays with web-ifc.

/** An attribute value, already unwrapped the way the viewer shows it: typed values (IFCLABEL('x')) become their
 * content, IFCBOOLEAN/IFCLOGICAL .T./.F. booleans (.U. undefined), other enumerations their name, $ and * undefined. */
export type StepValue = string | number | boolean | StepRef | StepValue[] | undefined;

export interface StepRef {
  ref: number;
}

export const isRef = (value: StepValue): value is StepRef => typeof value === 'object' && value !== null && !Array.isArray(value);

const QUOTE = 39; // '

export class StepFile {
  /** Express id → index of the '(' that opens its attributes; its type name stands just before. */
  private readonly starts = new Map<number, number>();
  private readonly byType = new Map<string, number[]>();
  /** Where the next quote after the scan position is: found once, not once per entity (most have none). */
  private nextQuote = -1;

  constructor(private readonly text: string) {
    const data = text.search(/\bDATA\s*;/);
    let i = data < 0 ? text.length : data;
    for (;;) {
      i = text.indexOf('#', i);
      if (i < 0) break;
      const equals = text.indexOf('=', i);
      const open = text.indexOf('(', equals);
      if (equals < 0 || open < 0) break;
      const id = Number(text.slice(i + 1, equals));
      // Entity names are upper case by the standard; spaces around them are allowed.
      const type = text.slice(equals + 1, open).trim();
      this.starts.set(id, open);
      const ids = this.byType.get(type);
      if (ids) ids.push(id);
      else this.byType.set(type, [id]);
      i = this.endOfEntity(open);
    }
  }

  /** The index after the ';' that ends the entity whose attributes open at `from`; quotes are skipped as strings
   * (an escaped '' is a closing and an opening quote, so it needs no special case). */
  private endOfEntity(from: number): number {
    const text = this.text;
    let i = from;
    for (;;) {
      const semicolon = text.indexOf(';', i);
      if (semicolon < 0) return text.length;
      if (this.nextQuote < i) {
        const found = text.indexOf("'", i);
        this.nextQuote = found < 0 ? Infinity : found;
      }
      if (semicolon < this.nextQuote) return semicolon + 1;
      const close = text.indexOf("'", this.nextQuote + 1);
      if (close < 0) return text.length;
      i = close + 1;
    }
  }

  idsOfType(typeName: string): number[] {
    return this.byType.get(typeName) ?? [];
  }

  typeOf(id: number): string | undefined {
    const open = this.starts.get(id);
    if (open === undefined) return undefined;
    return this.text.slice(this.text.lastIndexOf('=', open) + 1, open).trim();
  }

  /** The entity's attributes in schema order, or undefined when there is no entity with that id. */
  attributes(id: number): StepValue[] | undefined {
    const open = this.starts.get(id);
    if (open === undefined) return undefined;
    const parser = new AttributeParser(this.text, open);
    const list = parser.value();
    return Array.isArray(list) ? list : undefined;
  }
}

class AttributeParser {
  constructor(
    private readonly text: string,
    private i: number,
  ) {}

  private skipSpace(): void {
    while (this.i < this.text.length && this.text.charCodeAt(this.i) <= 32) this.i++;
  }

  value(): StepValue {
    this.skipSpace();
    const c = this.text[this.i];
    if (c === '(') return this.list();
    if (c === "'") return this.string();
    if (c === '$' || c === '*') {
      this.i++;
      return undefined;
    }
    if (c === '#') return this.reference();
    if (c === '.') return this.enumeration();
    if (c === '"') return this.binary();
    if (c !== undefined && /[A-Za-z]/.test(c)) return this.typed();
    return this.number();
  }

  private list(): StepValue[] {
    this.i++; // (
    const items: StepValue[] = [];
    for (;;) {
      this.skipSpace();
      if (this.text[this.i] === ')') {
        this.i++;
        return items;
      }
      items.push(this.value());
      this.skipSpace();
      if (this.text[this.i] === ',') this.i++;
      else if (this.text[this.i] !== ')') throw new Error(`unexpected "${this.text[this.i]}" in a STEP list`);
    }
  }

  private string(): string {
    let raw = '';
    let from = ++this.i;
    for (;;) {
      const quote = this.text.indexOf("'", from);
      if (quote < 0) throw new Error('unterminated STEP string');
      if (this.text.charCodeAt(quote + 1) === QUOTE) {
        raw += this.text.slice(from, quote + 1);
        from = quote + 2;
        continue;
      }
      raw += this.text.slice(from, quote);
      this.i = quote + 1;
      return raw.includes('\\') ? decodeStepString(raw) : raw;
    }
  }

  private reference(): StepRef {
    const start = ++this.i;
    while (this.i < this.text.length && this.text.charCodeAt(this.i) >= 48 && this.text.charCodeAt(this.i) <= 57) this.i++;
    return { ref: Number(this.text.slice(start, this.i)) };
  }

  private enumeration(): string {
    const end = this.text.indexOf('.', this.i + 1);
    const name = this.text.slice(this.i + 1, end);
    this.i = end + 1;
    return name;
  }

  private binary(): string {
    const end = this.text.indexOf('"', this.i + 1);
    const hex = this.text.slice(this.i + 1, end);
    this.i = end + 1;
    return hex;
  }

  private typed(): StepValue {
    const open = this.text.indexOf('(', this.i);
    const typeName = this.text.slice(this.i, open).trim().toUpperCase();
    this.i = open + 1;
    const inner = this.value();
    this.skipSpace();
    this.i++; // )
    if (typeName === 'IFCBOOLEAN' || typeName === 'IFCLOGICAL') {
      // UNKNOWN, a logical's third value, says no more than a missing value (web-ifc reads it so too).
      return inner === 'T' ? true : inner === 'F' ? false : undefined;
    }
    return inner;
  }

  private number(): number {
    const match = /[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?/y;
    match.lastIndex = this.i;
    const found = match.exec(this.text);
    if (!found) throw new Error(`unexpected "${this.text[this.i]}" in a STEP value`);
    this.i = match.lastIndex;
    return Number(found[0]);
  }
}

/** ISO 10303-21 string escapes: \\X2\\…\\X0\\ (UTF-16 hex), \\X4\\…\\X0\\ (code points), \\X\\hh (ISO 8859-1),
 * \\S\\c (the upper half of the code page), \\P?\\ (code page switch, ignored) and \\\\. */
export function decodeStepString(raw: string): string {
  return raw.replace(/\\X2\\((?:[0-9A-Fa-f]{4})*)\\X0\\|\\X4\\((?:[0-9A-Fa-f]{8})*)\\X0\\|\\X\\([0-9A-Fa-f]{2})|\\S\\(.)|\\P[A-Za-z]?\\|\\\\/g,
    (escape, utf16?: string, utf32?: string, latin1?: string, upper?: string) => {
      if (utf16 !== undefined) return String.fromCharCode(...(utf16.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
      if (utf32 !== undefined) return String.fromCodePoint(...(utf32.match(/.{8}/g) ?? []).map((h) => parseInt(h, 16)));
      if (latin1 !== undefined) return String.fromCharCode(parseInt(latin1, 16));
      if (upper !== undefined) return String.fromCharCode(upper.charCodeAt(0) + 128);
      return escape === '\\\\' ? '\\' : '';
    });
}

/** The file's text: STEP is 7-bit by the standard, but files written with raw UTF-8 names are common. */
export function stepText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}
