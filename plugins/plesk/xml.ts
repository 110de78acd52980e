/**
 * The small XML toolkit the Plesk client needs.
 *
 * Plesk validates every packet against its XSDs, whose types are strict
 * xs:sequence: the children of an element must come in schema order. Packets
 * are therefore built as explicit, ordered element trees (never from object
 * key order), and absent optional elements are simply left out.
 */
import { XMLParser } from 'fast-xml-parser';

export type XmlChild = XmlElement | string | number | null | undefined | false;

export interface XmlElement {
  readonly name: string;
  readonly children: readonly XmlChild[];
}

/** One element; text children are escaped, null/undefined/false children are skipped. */
export function el(name: string, ...children: XmlChild[]): XmlElement {
  return { name, children };
}

/** `el(name, value)` when value is present, nothing otherwise: for optional leaf elements. */
export function opt(name: string, value: string | number | undefined | null): XmlElement | undefined {
  return value === undefined || value === null || value === '' ? undefined : el(name, value);
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export function renderXml(node: XmlElement): string {
  const inner = node.children
    .map((child) => {
      if (child === null || child === undefined || child === false) return '';
      if (typeof child === 'string' || typeof child === 'number') return escapeXml(String(child));
      return renderXml(child);
    })
    .join('');
  return inner === '' ? `<${node.name}/>` : `<${node.name}>${inner}</${node.name}>`;
}

export function renderDocument(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>${renderXml(root)}`;
}

/** Elements that may repeat in answers, so they always parse as arrays. */
const REPEATED = new Set(['result', 'ip_info', 'proto', 'property']);

const parser = new XMLParser({
  ignoreAttributes: true,
  // Keep every value a string: logins, phone numbers and GUIDs are not numbers.
  parseTagValue: false,
  trimValues: true,
  processEntities: true,
  isArray: (name) => REPEATED.has(name),
});

/** A parsed element: nested objects, repeated elements as arrays, leaves as strings ('' when empty). */
export type XmlValue = string | XmlObject | XmlValue[];
export interface XmlObject {
  [name: string]: XmlValue;
}

/** Parses an XML document; throws on malformed input. */
export function parseXml(text: string): XmlObject {
  const value = parser.parse(text, true) as unknown;
  if (value === null || typeof value !== 'object') throw new Error('not an XML document');
  return value as XmlObject;
}

/** Reads a string leaf at a path of element names ('' elements count as present). */
export function text(node: XmlValue | undefined, ...path: string[]): string | undefined {
  let current: XmlValue | undefined = node;
  for (const name of path) {
    if (current === undefined || typeof current === 'string' || Array.isArray(current)) return undefined;
    current = current[name];
  }
  return typeof current === 'string' ? current : undefined;
}

export function child(node: XmlValue | undefined, name: string): XmlValue | undefined {
  if (node === undefined || typeof node === 'string' || Array.isArray(node)) return undefined;
  return node[name];
}

export function list(node: XmlValue | undefined): XmlValue[] {
  if (node === undefined || node === '') return [];
  return Array.isArray(node) ? node : [node];
}
