/**
 * Building and parsing EPP frames (RFC 5730 core, RFC 5731 domain, RFC 5733 contact).
 * Frames are built from templates so that element order follows the XSD
 * sequences exactly; every value goes through escapeXml.
 */
import { XMLParser } from 'fast-xml-parser';

export const EPP_NS = 'urn:ietf:params:xml:ns:epp-1.0';
export const DOMAIN_NS = 'urn:ietf:params:xml:ns:domain-1.0';
export const CONTACT_NS = 'urn:ietf:params:xml:ns:contact-1.0';

const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="no"?>';
const D = `xmlns:domain="${DOMAIN_NS}"`;
const C = `xmlns:contact="${CONTACT_NS}"`;

export function escapeXml(value: string | number): string {
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Wraps a command body (the <login>, <check>, … element) into a full <epp> frame. */
export function commandFrame(body: string, clTRID: string): string {
  return `${XML_DECL}<epp xmlns="${EPP_NS}"><command>${body}<clTRID>${escapeXml(clTRID)}</clTRID></command></epp>`;
}

export function loginBody(o: { clID: string; pw: string; lang: string; objURIs: string[] }): string {
  const uris = o.objURIs.map((u) => `<objURI>${escapeXml(u)}</objURI>`).join('');
  return (
    `<login><clID>${escapeXml(o.clID)}</clID><pw>${escapeXml(o.pw)}</pw>` +
    `<options><version>1.0</version><lang>${escapeXml(o.lang)}</lang></options><svcs>${uris}</svcs></login>`
  );
}

export const logoutBody = '<logout/>';

function nsXml(nameservers: string[]): string {
  // Host attributes (RFC 5731 §1.1): no host objects to manage at the registry.
  if (nameservers.length === 0) return '';
  const hosts = nameservers.map((h) => `<domain:hostAttr><domain:hostName>${escapeXml(h)}</domain:hostName></domain:hostAttr>`);
  return `<domain:ns>${hosts.join('')}</domain:ns>`;
}

function authXml(prefix: 'domain' | 'contact', pw: string): string {
  return `<${prefix}:authInfo><${prefix}:pw>${escapeXml(pw)}</${prefix}:pw></${prefix}:authInfo>`;
}

export function domainCheckBody(name: string): string {
  return `<check><domain:check ${D}><domain:name>${escapeXml(name)}</domain:name></domain:check></check>`;
}

export function domainInfoBody(name: string, authInfo?: string): string {
  const auth = authInfo ? authXml('domain', authInfo) : '';
  return `<info><domain:info ${D}><domain:name hosts="all">${escapeXml(name)}</domain:name>${auth}</domain:info></info>`;
}

export interface DomainCreateInput {
  name: string;
  years: number;
  nameservers: string[];
  registrant: string;
  /** Admin and tech contact handle. */
  contact: string;
  authInfo: string;
}

export function domainCreateBody(o: DomainCreateInput): string {
  return (
    `<create><domain:create ${D}><domain:name>${escapeXml(o.name)}</domain:name>` +
    `<domain:period unit="y">${escapeXml(o.years)}</domain:period>${nsXml(o.nameservers)}` +
    `<domain:registrant>${escapeXml(o.registrant)}</domain:registrant>` +
    `<domain:contact type="admin">${escapeXml(o.contact)}</domain:contact>` +
    `<domain:contact type="tech">${escapeXml(o.contact)}</domain:contact>` +
    `${authXml('domain', o.authInfo)}</domain:create></create>`
  );
}

export function domainRenewBody(name: string, curExpDate: string, years: number): string {
  return (
    `<renew><domain:renew ${D}><domain:name>${escapeXml(name)}</domain:name>` +
    `<domain:curExpDate>${escapeXml(curExpDate)}</domain:curExpDate>` +
    `<domain:period unit="y">${escapeXml(years)}</domain:period></domain:renew></renew>`
  );
}

export function domainTransferBody(op: 'request' | 'query', name: string, authInfo: string, years?: number): string {
  const period = years ? `<domain:period unit="y">${escapeXml(years)}</domain:period>` : '';
  return (
    `<transfer op="${op}"><domain:transfer ${D}><domain:name>${escapeXml(name)}</domain:name>` +
    `${period}${authXml('domain', authInfo)}</domain:transfer></transfer>`
  );
}

export interface DomainChanges {
  addNs?: string[];
  remNs?: string[];
  addStatus?: string[];
  remStatus?: string[];
}

export function hasChanges(c: DomainChanges): boolean {
  return [c.addNs, c.remNs, c.addStatus, c.remStatus].some((list) => (list?.length ?? 0) > 0);
}

function addRemXml(tag: 'add' | 'rem', ns: string[] = [], statuses: string[] = []): string {
  if (ns.length === 0 && statuses.length === 0) return '';
  const st = statuses.map((s) => `<domain:status s="${escapeXml(s)}"/>`).join('');
  return `<domain:${tag}>${nsXml(ns)}${st}</domain:${tag}>`;
}

export function domainUpdateBody(name: string, c: DomainChanges): string {
  return (
    `<update><domain:update ${D}><domain:name>${escapeXml(name)}</domain:name>` +
    `${addRemXml('add', c.addNs, c.addStatus)}${addRemXml('rem', c.remNs, c.remStatus)}</domain:update></update>`
  );
}

export function domainDeleteBody(name: string): string {
  return `<delete><domain:delete ${D}><domain:name>${escapeXml(name)}</domain:name></domain:delete></delete>`;
}

export function contactInfoBody(id: string): string {
  return `<info><contact:info ${C}><contact:id>${escapeXml(id)}</contact:id></contact:info></info>`;
}

export interface ContactCreateInput {
  id: string;
  /** "int" when every postal field is ASCII (RFC 5733 §2.3), else "loc". */
  postalType: 'int' | 'loc';
  name: string;
  org?: string;
  street: string[];
  city: string;
  sp?: string;
  pc?: string;
  cc: string;
  voice?: string;
  email: string;
  authInfo: string;
}

export function contactCreateBody(o: ContactCreateInput): string {
  const opt = (tag: string, v?: string) => (v ? `<contact:${tag}>${escapeXml(v)}</contact:${tag}>` : '');
  const street = o.street.map((s) => opt('street', s)).join('');
  return (
    `<create><contact:create ${C}><contact:id>${escapeXml(o.id)}</contact:id>` +
    `<contact:postalInfo type="${o.postalType}">${opt('name', o.name)}${opt('org', o.org)}` +
    `<contact:addr>${street}${opt('city', o.city)}${opt('sp', o.sp)}${opt('pc', o.pc)}${opt('cc', o.cc)}</contact:addr>` +
    `</contact:postalInfo>${opt('voice', o.voice)}${opt('email', o.email)}${authXml('contact', o.authInfo)}` +
    `</contact:create></create>`
  );
}

// ---------------------------------------------------------------- parsing

/** A parsed element: child elements by local name, attributes as "@_name", text as "#text". */
export type XmlNode = { [key: string]: unknown };

const ARRAY_TAGS = new Set(['result', 'status', 'hostObj', 'hostAttr', 'contact', 'cd', 'objURI', 'version', 'lang']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // Prefixes are the peer's choice; the command we sent tells us which object a response is about.
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => ARRAY_TAGS.has(name),
});

function asNode(value: unknown): XmlNode | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'object' && !Array.isArray(value)) return value as XmlNode;
  return { '#text': String(value) };
}

export function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  const value = node?.[name];
  return asNode(Array.isArray(value) ? value[0] : value);
}

export function children(node: XmlNode | undefined, name: string): XmlNode[] {
  const value = node?.[name];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map((v) => asNode(v) ?? {});
}

export function text(node: XmlNode | undefined): string {
  const value = node?.['#text'];
  return value === undefined ? '' : String(value);
}

export function attr(node: XmlNode | undefined, name: string): string | undefined {
  const value = node?.[`@_${name}`];
  return value === undefined ? undefined : String(value);
}

export interface Greeting {
  svID: string;
  versions: string[];
  langs: string[];
  objURIs: string[];
}

export interface EppResult {
  code: number;
  message: string;
  resData?: XmlNode;
}

/** Parses one frame from the server: a greeting or a response. */
export function parseFrame(xml: string): { greeting?: Greeting; response?: EppResult } {
  const doc = parser.parse(xml) as XmlNode;
  const epp = child(doc, 'epp');
  const greeting = child(epp, 'greeting');
  if (greeting) {
    const menu = child(greeting, 'svcMenu');
    return {
      greeting: {
        svID: text(child(greeting, 'svID')),
        versions: children(menu, 'version').map(text),
        langs: children(menu, 'lang').map(text),
        objURIs: children(menu, 'objURI').map(text),
      },
    };
  }
  const response = child(epp, 'response');
  const result = child(response, 'result');
  if (!response || !result) throw new Error('frame is neither a greeting nor a response');
  return {
    response: {
      code: Number(attr(result, 'code')),
      message: text(child(result, 'msg')),
      resData: child(response, 'resData'),
    },
  };
}

export interface DomainInfo {
  name: string;
  roid: string;
  statuses: string[];
  registrant?: string;
  nameservers: string[];
  clID: string;
  /** As the registry wrote it (xs:dateTime). */
  exDate?: string;
  authInfo?: string;
}

function hostNames(ns: XmlNode | undefined): string[] {
  const attrs = children(ns, 'hostAttr').map((h) => text(child(h, 'hostName')));
  const objs = children(ns, 'hostObj').map(text);
  return [...attrs, ...objs].map(normalizeHost);
}

export function normalizeHost(name: string): string {
  return name.trim().toLowerCase().replace(/\.$/, '');
}

export function parseDomainInfo(resData: XmlNode | undefined): DomainInfo {
  const inf = child(resData, 'infData');
  if (!inf) throw new Error('domain:info response without infData');
  const exDate = text(child(inf, 'exDate'));
  const authInfo = text(child(child(inf, 'authInfo'), 'pw'));
  return {
    name: text(child(inf, 'name')),
    roid: text(child(inf, 'roid')),
    statuses: children(inf, 'status').map((s) => attr(s, 's') ?? ''),
    registrant: text(child(inf, 'registrant')) || undefined,
    nameservers: hostNames(child(inf, 'ns')),
    clID: text(child(inf, 'clID')),
    exDate: exDate || undefined,
    authInfo: authInfo || undefined,
  };
}

export function parseDomainCheck(resData: XmlNode | undefined): { avail: boolean; reason?: string } {
  const cd = child(child(resData, 'chkData'), 'cd');
  const name = child(cd, 'name');
  if (!name) throw new Error('domain:check response without cd');
  const avail = attr(name, 'avail');
  return { avail: avail === '1' || avail === 'true', reason: text(child(cd, 'reason')) || undefined };
}

/** exDate from a domain creData or renData. */
export function parseExDate(resData: XmlNode | undefined, element: 'creData' | 'renData' | 'trnData'): string | undefined {
  return text(child(child(resData, element), 'exDate')) || undefined;
}

export function parseTransfer(resData: XmlNode | undefined): { trStatus: string; reID: string } {
  const trn = child(resData, 'trnData');
  return { trStatus: text(child(trn, 'trStatus')), reID: text(child(trn, 'reID')) };
}

export function parseContactClID(resData: XmlNode | undefined): string {
  return text(child(child(resData, 'infData'), 'clID'));
}
