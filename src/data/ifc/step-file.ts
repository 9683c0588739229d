// A lazy reader of a STEP (ISO 10303-21) file's DATA section in plain JavaScript: one pass finds where each entity
// starts; its type name is read and its attributes are parsed only when asked for. Used for the property sets and
// quantities, the element identities and the spatial tree, which web-ifc's GetLine makes costly (some 20 µs a line
// through its typed-object layer, as much as streaming the geometry on a property-rich model); geometry stays with
// web-ifc.
import { grown } from '../../shared/grown-array.ts';
import { blankStepComments } from './step-comments.ts';

/** An attribute value, already unwrapped the way the viewer shows it: typed values (IFCLABEL('x')) become their
 * content, IFCBOOLEAN/IFCLOGICAL .T./.F. booleans (.U. undefined), other enumerations their name, $ and * undefined. */
export type StepValue = string | number | boolean | StepRef | StepValue[] | undefined;

export interface StepRef {
  ref: number;
}

export const isRef = (value: StepValue): value is StepRef =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The express ids an attribute refers to: a reference, or the references in a list (other values skipped). */
export const refIds = (value: StepValue): number[] =>
  Array.isArray(value) ? value.filter(isRef).map((r) => r.ref) : isRef(value) ? [value.ref] : [];

const [QUOTE, DOUBLE_QUOTE, OPEN, CLOSE, COMMA, DOT, HASH, DOLLAR, STAR, SEMICOLON] = [...'\'"(),.#$*;'].map((c) =>
  c.charCodeAt(0),
);
const NUMBER = /[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?/y;

/** A growable list of int32s: the index keeps its offsets in typed arrays, as a Map entry per entity (tens of
 * thousands of them) cost several times the scan itself. */
class IntList {
  values: Int32Array<ArrayBuffer> = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    // Checked here, not by calling grown() each time: it takes several kinds of array, and a call per entity shows.
    if (this.length === this.values.length) this.values = grown(this.values, this.length + 1);
    this.values[this.length++] = value;
  }
}

const isSpace = (code: number) => code <= 32;

/** A damaged entity: `entity` is its id as the file writes it ("#4711"). */
export class StepSyntaxError extends Error {
  constructor(
    readonly entity: string,
    message: string,
  ) {
    super(message);
  }
}

export class StepFile {
  /** Express id → index of the '(' that opens its attributes (-1: none); ids are dense in practice, so by index. */
  private openById = new Int32Array(1024).fill(-1);
  /** Ids too large for the array above to stay small (beyond the text's length). */
  private readonly openBySparseId = new Map<number, number>();
  /** In file order: each entity's id and the indices of its '=' and '(', between which stands its type name. */
  private readonly ids = new IntList();
  private readonly equalsAt = new IntList();
  private readonly openAt = new IntList();
  private readonly byType = new Map<string, number[]>();
  /** Escaped strings already decoded: names repeat (every storey's 南墙), and decoding runs a regex. */
  private readonly decoded = new Map<string, string>();
  /** Where the next quote after the scan position is: found once, not once per entity (most have none). */
  private nextQuote = -1;

  private readonly text: string;

  constructor(fileText: string) {
    const text = (this.text = blankStepComments(fileText));
    const data = text.search(/\bDATA\s*;/);
    let i = data < 0 ? text.length : data;
    for (;;) {
      i = text.indexOf('#', i);
      if (i < 0) break;
      let id = 0;
      let j = i + 1;
      for (let c = text.charCodeAt(j); c >= 48 && c <= 57; c = text.charCodeAt(++j)) id = id * 10 + c - 48;
      const equals = text.indexOf('=', j);
      const open = text.indexOf('(', equals);
      if (equals < 0 || open < 0) break;
      this.setOpen(id, open);
      this.ids.push(id);
      this.equalsAt.push(equals);
      this.openAt.push(open);
      i = this.endOfEntity(open);
    }
  }

  private setOpen(id: number, open: number): void {
    if (id > this.text.length) this.openBySparseId.set(id, open);
    else {
      if (id >= this.openById.length) this.openById = grown(this.openById, id + 1, -1);
      this.openById[id] = open;
    }
  }

  private openOf(id: number): number | undefined {
    const open = id < this.openById.length ? this.openById[id]! : (this.openBySparseId.get(id) ?? -1);
    return open < 0 ? undefined : open;
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

  /** Ids of the entities of one (upper-case) type, in file order; found by comparing names in place, most of them
   * told apart by length alone. */
  idsOfType(typeName: string): number[] {
    let found = this.byType.get(typeName);
    if (found) return found;
    found = [];
    const text = this.text;
    const [equalsAt, openAt] = [this.equalsAt.values, this.openAt.values];
    for (let k = 0; k < this.ids.length; k++) {
      let [start, end] = [equalsAt[k]! + 1, openAt[k]!];
      if (end - start !== typeName.length) {
        while (isSpace(text.charCodeAt(start))) start++;
        while (isSpace(text.charCodeAt(end - 1))) end--;
        if (end - start !== typeName.length) continue;
      }
      if (text.startsWith(typeName, start)) found.push(this.ids.values[k]!);
    }
    this.byType.set(typeName, found);
    return found;
  }

  typeOf(id: number): string | undefined {
    const open = this.openOf(id);
    if (open === undefined) return undefined;
    return this.text.slice(this.text.lastIndexOf('=', open) + 1, open).trim();
  }

  /** The express ids in the entity's attribute at `position`: a reference or a list of them (other values skipped).
   * Read without a value per reference: relationship lists run to thousands of elements. */
  refs(id: number, position: number): number[] {
    const open = this.openOf(id);
    return open === undefined
      ? []
      : this.parsed(id, () => new AttributeParser(this.text, open, this.decoded).refsAt(position));
  }

  /** The entity's attributes in schema order (only the first `count` when given: the rest is not parsed), or
   * undefined when there is no entity with that id. */
  attributes(id: number, count = Infinity): StepValue[] | undefined {
    const open = this.openOf(id);
    if (open === undefined) return undefined;
    return this.parsed(id, () => new AttributeParser(this.text, open, this.decoded).list(count));
  }

  /** A parse of entity `id`, its failure naming the entity. */
  private parsed<T>(id: number, parse: () => T): T {
    try {
      return parse();
    } catch (error) {
      throw new StepSyntaxError(`#${id}`, error instanceof Error ? error.message : String(error));
    }
  }
}

class AttributeParser {
  constructor(
    private readonly text: string,
    private i: number,
    private readonly decoded: Map<string, string>,
  ) {}

  private skipSpace(): void {
    while (this.i < this.text.length && this.text.charCodeAt(this.i) <= 32) this.i++;
  }

  value(): StepValue {
    this.skipSpace();
    const c = this.text.charCodeAt(this.i);
    if (c === OPEN) return this.list();
    if (c === QUOTE) return this.string();
    if (c === DOLLAR || c === STAR) {
      this.i++;
      return undefined;
    }
    if (c === HASH) return this.reference();
    if (c === DOT) return this.enumeration();
    if (c === DOUBLE_QUOTE) return this.binary();
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return this.typed();
    return this.number();
  }

  /** The list opening at the parser's position; after `count` items it stops, leaving the rest unread. */
  list(count = Infinity): StepValue[] {
    this.i++; // (
    const items: StepValue[] = [];
    while (items.length < count) {
      this.skipSpace();
      if (this.text.charCodeAt(this.i) === CLOSE) {
        this.i++;
        return items;
      }
      items.push(this.value());
      this.pastComma(); // at the list's end, the loop's next turn closes it
    }
    return items;
  }

  /** Moves past the value at the parser's position without making it: a token (reference, number, enumeration, $),
   * string, binary, list or typed value; what follows is for the caller to check, as list() does. */
  private skipValue(): void {
    this.skipSpace();
    const text = this.text;
    let depth = 0;
    for (;;) {
      const c = text.charCodeAt(this.i);
      if (c === QUOTE) this.i = this.endOfString(this.i + 1);
      else if (c === DOUBLE_QUOTE) this.i = this.next('"', this.i + 1) + 1;
      else if (c === OPEN) {
        depth++;
        this.i++;
        continue;
      } else if (c === CLOSE) {
        if (depth === 0) return;
        depth--;
        this.i++;
      } else if (c === SEMICOLON || Number.isNaN(c))
        throw new Error(`unexpected "${text[this.i] ?? 'end of file'}" in a STEP value`);
      else if (depth === 0 && (c === COMMA || c <= 32)) return;
      else {
        this.i++;
        continue;
      }
      // A string, binary or list just closed: at the top, the value ends with it.
      if (depth === 0) return;
    }
  }

  /** Past the comma after a list item: true, or false at the list's end (its ')' left to read); anything else is
   * damage. */
  private pastComma(): boolean {
    this.skipSpace();
    const c = this.text.charCodeAt(this.i);
    if (c === COMMA) {
      this.i++;
      return true;
    }
    if (c === CLOSE) return false;
    throw new Error(`unexpected "${this.text[this.i] ?? 'end of file'}" in a STEP list`);
  }

  /** The index after the quote that closes a string whose text starts at `from` ('' is a quote within it). */
  private endOfString(from: number): number {
    for (;;) {
      const quote = this.text.indexOf("'", from);
      if (quote < 0) throw new Error('unterminated STEP string');
      if (this.text.charCodeAt(quote + 1) !== QUOTE) return quote + 1;
      from = quote + 2;
    }
  }

  /** The references in attribute `position` of the list opening at the parser's position. */
  refsAt(position: number): number[] {
    this.i++; // (
    // The attributes before it skipped, not read: a relationship's RelatingObject follows a list of thousands.
    for (let k = 0; k < position; k++) {
      this.skipValue();
      if (!this.pastComma()) return [];
    }
    this.skipSpace();
    const c = this.text.charCodeAt(this.i);
    if (c === HASH) return [this.referenceId()];
    if (c !== OPEN) return [];
    this.i++;
    const ids: number[] = [];
    for (;;) {
      this.skipSpace();
      if (this.text.charCodeAt(this.i) === CLOSE) return ids;
      if (this.text.charCodeAt(this.i) === HASH) ids.push(this.referenceId());
      else this.value();
      // As strict as list(): a damaged list is an error, never a parser that wanders off.
      this.pastComma();
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
      if (!raw.includes('\\')) return raw;
      let text = this.decoded.get(raw);
      if (text === undefined) this.decoded.set(raw, (text = decodeStepString(raw)));
      return text;
    }
  }

  private reference(): StepRef {
    return { ref: this.referenceId() };
  }

  private referenceId(): number {
    let id = 0;
    for (let c = this.text.charCodeAt(++this.i); c >= 48 && c <= 57; c = this.text.charCodeAt(++this.i))
      id = id * 10 + c - 48;
    return id;
  }

  /** The index of the next `char` (from `from`); a file that lacks it is damaged, not a reason to read from the start. */
  private next(char: string, from: number): number {
    const at = this.text.indexOf(char, from);
    if (at < 0) throw new Error(`a STEP value without its closing "${char}"`);
    return at;
  }

  private enumeration(): string {
    const end = this.next('.', this.i + 1);
    const name = this.text.slice(this.i + 1, end);
    this.i = end + 1;
    return name;
  }

  private binary(): string {
    const end = this.next('"', this.i + 1);
    const hex = this.text.slice(this.i + 1, end);
    this.i = end + 1;
    return hex;
  }

  private typed(): StepValue {
    const open = this.next('(', this.i);
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
    NUMBER.lastIndex = this.i;
    const found = NUMBER.exec(this.text);
    if (!found) throw new Error(`unexpected "${this.text[this.i] ?? 'end of file'}" in a STEP value`);
    this.i = NUMBER.lastIndex;
    return Number(found[0]);
  }
}

/** ISO 10303-21 string escapes: \\X2\\…\\X0\\ (UTF-16 hex), \\X4\\…\\X0\\ (code points), \\X\\hh (ISO 8859-1),
 * \\S\\c (the upper half of the code page), \\P?\\ (code page switch, ignored) and \\\\. */
export function decodeStepString(raw: string): string {
  return raw.replace(
    /\\X2\\((?:[0-9A-Fa-f]{4})*)\\X0\\|\\X4\\((?:[0-9A-Fa-f]{8})*)\\X0\\|\\X\\([0-9A-Fa-f]{2})|\\S\\(.)|\\P[A-Za-z]?\\|\\\\/g,
    (whole, utf16?: string, utf32?: string, latin1?: string, upper?: string) => {
      if (utf16 !== undefined) return String.fromCharCode(...(utf16.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
      if (utf32 !== undefined) return String.fromCodePoint(...(utf32.match(/.{8}/g) ?? []).map(codePointOrReplacement));
      if (latin1 !== undefined) return String.fromCharCode(parseInt(latin1, 16));
      if (upper !== undefined) return String.fromCharCode(upper.charCodeAt(0) + 128);
      return whole === '\\\\' ? '\\' : '';
    },
  );
}

/** Eight hex digits beyond Unicode (above U+10FFFF) are the file's error, shown as U+FFFD rather than failing it. */
const codePointOrReplacement = (hex: string) => {
  const codePoint = parseInt(hex, 16);
  return codePoint <= 0x10ffff ? codePoint : 0xfffd;
};

/** The file's text: STEP is 7-bit by the standard, but files written with raw UTF-8 names are common. */
export function stepText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}
