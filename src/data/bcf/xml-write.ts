// XML text from a small element tree, escaped for any string a user can type: markup characters become references,
// and characters XML 1.0 cannot carry at all (most C0 controls, lone surrogates) become U+FFFD.

export interface XmlNode {
  name: string;
  /** Undefined values are left out. */
  attributes?: Record<string, string | undefined>;
  /** Undefined children are left out. */
  children?: (XmlNode | undefined)[];
  text?: string;
}

const NOT_XML_CHARACTER = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const escapeText = (text: string) =>
  text.replace(NOT_XML_CHARACTER, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// Line breaks and tabs in an attribute would be normalised to spaces by a reader: write them as references.
const escapeAttribute = (text: string) =>
  escapeText(text).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');

function write(node: XmlNode, indent: string, out: string[]): void {
  const attributes = Object.entries(node.attributes ?? {})
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  const children = (node.children ?? []).filter((child): child is XmlNode => child !== undefined);
  if (children.length === 0 && node.text === undefined) {
    out.push(`${indent}<${node.name}${attributes}/>`);
  } else if (children.length === 0) {
    out.push(`${indent}<${node.name}${attributes}>${escapeText(node.text!)}</${node.name}>`);
  } else {
    out.push(`${indent}<${node.name}${attributes}>`);
    for (const child of children) write(child, `${indent}  `, out);
    out.push(`${indent}</${node.name}>`);
  }
}

export function xmlDocument(root: XmlNode): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  write(root, '', out);
  return `${out.join('\n')}\n`;
}

/** An element holding only text, or nothing when the text is undefined. */
export const textElement = (name: string, text: string | undefined): XmlNode | undefined =>
  text === undefined ? undefined : { name, text };
