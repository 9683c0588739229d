// A small, strict XML reader for BCF files from anywhere: elements, attributes, text and CDATA, the five predefined
// entities and character references. A DOCTYPE is refused (no entity definitions, so no entity-expansion bombs), and
// nesting is capped; any other malformation is a DataError naming the file.
import { DataError } from '../../shared/errors.ts';

export interface XmlElement {
  /** Without a namespace prefix. */
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (its children's not included). */
  text: string;
}

const MAX_DEPTH = 64;
const NAME = '[A-Za-z_][-A-Za-z0-9_.:]*';
const TOKEN = new RegExp(
  `<!--[\\s\\S]*?-->|<\\?[\\s\\S]*?\\?>|<!\\[CDATA\\[([\\s\\S]*?)\\]\\]>|<!|</(${NAME})\\s*>|<(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>|[^<]+|<`,
  'y',
);
const ATTRIBUTE = new RegExp(`(${NAME})\\s*=\\s*(?:"([^"<]*)"|'([^'<]*)')`, 'g');
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

function decode(text: string, source: string): string {
  return text.replace(/&([^;&\s]*);?/g, (reference, body: string) => {
    const code = /^#x[0-9a-f]+$/i.test(body)
      ? Number.parseInt(body.slice(2), 16)
      : /^#[0-9]+$/.test(body)
        ? Number(body.slice(1))
        : undefined;
    if (reference.endsWith(';') && body in PREDEFINED) return PREDEFINED[body]!;
    if (reference.endsWith(';') && code !== undefined && code <= 0x10ffff) return String.fromCodePoint(code);
    throw new DataError(source, `the XML has an unknown or unterminated reference '${reference.slice(0, 20)}'`);
  });
}

export function parseXml(text: string, source: string): XmlElement {
  const root: XmlElement = { name: '', attributes: {}, children: [], text: '' };
  const open: XmlElement[] = [root];
  const fail = (problem: string, at: number): never => {
    const line = text.slice(0, at).split('\n').length;
    throw new DataError(source, `the XML is malformed: ${problem}`, `line ${line}`);
  };
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const at = TOKEN.lastIndex;
    const match = TOKEN.exec(text)!;
    const [token, cdata, closing, opening, attributeText, selfClosing] = match;
    const parent = open[open.length - 1]!;
    if (token === '<!') fail('a DOCTYPE or other declaration is not allowed in BCF', at);
    else if (token === '<') fail('a tag is not closed or not well-formed', at);
    else if (cdata !== undefined) parent.text += cdata;
    else if (closing !== undefined) {
      if (open.length === 1 || localName(closing) !== parent.name)
        fail(`</${closing}> does not close <${parent.name}>`, at);
      open.pop();
    } else if (opening !== undefined) {
      if (open.length === 1 && root.children.length > 0) fail('there is more than one root element', at);
      const element: XmlElement = { name: localName(opening), attributes: {}, children: [], text: '' };
      for (const [, name, double, single] of (attributeText ?? '').matchAll(ATTRIBUTE))
        element.attributes[localName(name!)] = decode(double ?? single ?? '', source);
      parent.children.push(element);
      if (!selfClosing) open.push(element);
      if (open.length > MAX_DEPTH) fail(`elements are nested more than ${MAX_DEPTH} deep`, at);
    } else if (!token.startsWith('<')) {
      if (open.length === 1 && token.trim() !== '') fail('there is text outside the root element', at);
      parent.text += decode(token, source);
    }
  }
  if (open.length > 1) fail(`<${open[open.length - 1]!.name}> is not closed`, text.length);
  if (!root.children[0]) fail('there is no root element', 0);
  return root.children[0]!;
}

/** The first child of that name. */
export const child = (element: XmlElement | undefined, name: string): XmlElement | undefined =>
  element?.children.find((candidate) => candidate.name === name);

/** Every child of that name. */
export const childrenNamed = (element: XmlElement | undefined, name: string): XmlElement[] =>
  element?.children.filter((candidate) => candidate.name === name) ?? [];

/** The text of the first child of that name, or undefined when it is missing. */
export const childText = (element: XmlElement | undefined, name: string): string | undefined =>
  child(element, name)?.text;
