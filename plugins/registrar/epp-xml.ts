/**
 * Building and parsing EPP frames (RFC 5730 core, RFC 5731 domain, RFC 5732
 * host, RFC 5733 contact, RFC 3915 grace periods).
 * Frames are built from templates so that element order follows the XSD
 * sequences exactly; every value goes through escapeXml.
 */
import { XMLParser } from 'fast-xml-parser';

export const EPP_NS = 'urn:ietf:params:xml:ns:epp-1.0';
export const DOMAIN_NS = 'urn:ietf:params:xml:ns:domain-1.0';
export const CONTACT_NS = 'urn:ietf:params:xml:ns:contact-1.0';
export const HOST_NS = 'urn:ietf:params:xml:ns:host-1.0';
export const RGP_NS = 'urn:ietf:params:xml:ns:rgp-1.0';

const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="no"?>';
const D = `xmlns:domain="${DOMAIN_NS}"`;
const C = `xmlns:contact="${CONTACT_NS}"`;
const H = `xmlns:host="${HOST_NS}"`;

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

export function loginBody(o: { clID: string; pw: string; lang: string; objURIs: string[]; extURIs: string[] }): string {
  const uris = o.objURIs.map((u) => `<objURI>${escapeXml(u)}</objURI>`).join('');
  const ext = o.extURIs.length ? `<svcExtension>${o.extURIs.map((u) => `<extURI>${escapeXml(u)}</extURI>`).join('')}</svcExtension>` : '';
  return (
    `<login><clID>${escapeXml(o.clID)}</clID><pw>${escapeXml(o.pw)}</pw>` +
    `<options><version>1.0</version><lang>${escapeXml(o.lang)}</lang></options><svcs>${uris}${ext}</svcs></login>`
  );
}

export const logoutBody = '<logout/>';

export function pollBody(op: 'req' | 'ack', msgID?: string): string {
  return op === 'ack' ? `<poll op="ack" msgID="${escapeXml(msgID ?? '')}"/>` : '<poll op="req"/>';
}

/**
 * How this registry takes nameservers (RFC 5731 §1.1): references to host
 * objects, or host attributes that carry the addresses of in-bailiwick hosts.
 */
export interface NameserverForm {
  hostAttr: boolean;
  /** IP addresses by host name (glue); used with host attributes only. */
  addresses: Record<string, string[]>;
}

function ipVersion(address: string): 'v4' | 'v6' {
  return address.includes(':') ? 'v6' : 'v4';
}

function addrXml(tag: string, addresses: string[]): string {
  return addresses.map((a) => `<${tag} ip="${ipVersion(a)}">${escapeXml(a)}</${tag}>`).join('');
}

function nsXml(nameservers: string[], form: NameserverForm, withAddresses = true): string {
  if (nameservers.length === 0) return '';
  const hosts = nameservers.map((h) =>
    form.hostAttr
      ? `<domain:hostAttr><domain:hostName>${escapeXml(h)}</domain:hostName>` +
        `${withAddresses ? addrXml('domain:hostAddr', form.addresses[h] ?? []) : ''}</domain:hostAttr>`
      : `<domain:hostObj>${escapeXml(h)}</domain:hostObj>`,
  );
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
  form: NameserverForm;
  registrant: string;
  /** Admin and tech contact handle. */
  contact: string;
  authInfo: string;
}

export function domainCreateBody(o: DomainCreateInput): string {
  return (
    `<create><domain:create ${D}><domain:name>${escapeXml(o.name)}</domain:name>` +
    `<domain:period unit="y">${escapeXml(o.years)}</domain:period>${nsXml(o.nameservers, o.form)}` +
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

/** Without authInfo a query is answered only to the sponsor and the requesting registrar (RFC 5731 §3.1.3). */
export function domainTransferBody(op: 'request' | 'query', name: string, authInfo?: string, years?: number): string {
  const period = years ? `<domain:period unit="y">${escapeXml(years)}</domain:period>` : '';
  return (
    `<transfer op="${op}"><domain:transfer ${D}><domain:name>${escapeXml(name)}</domain:name>` +
    `${period}${authInfo ? authXml('domain', authInfo) : ''}</domain:transfer></transfer>`
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

function addRemXml(tag: 'add' | 'rem', form: NameserverForm, ns: string[] = [], statuses: string[] = []): string {
  if (ns.length === 0 && statuses.length === 0) return '';
  const st = statuses.map((s) => `<domain:status s="${escapeXml(s)}"/>`).join('');
  // A removed host attribute is named, not described.
  return `<domain:${tag}>${nsXml(ns, form, tag === 'add')}${st}</domain:${tag}>`;
}

export function domainUpdateBody(name: string, c: DomainChanges, form: NameserverForm): string {
  return (
    `<update><domain:update ${D}><domain:name>${escapeXml(name)}</domain:name>` +
    `${addRemXml('add', form, c.addNs, c.addStatus)}${addRemXml('rem', form, c.remNs, c.remStatus)}</domain:update></update>`
  );
}

export function domainDeleteBody(name: string): string {
  return `<delete><domain:delete ${D}><domain:name>${escapeXml(name)}</domain:name></domain:delete></delete>`;
}

export function hostCheckBody(names: string[]): string {
  return `<check><host:check ${H}>${names.map((n) => `<host:name>${escapeXml(n)}</host:name>`).join('')}</host:check></check>`;
}

/** Addresses only for a host inside a zone of the registry; it refuses them for any other (RFC 5732 §3.2.1). */
export function hostCreateBody(name: string, addresses: string[]): string {
  return `<create><host:create ${H}><host:name>${escapeXml(name)}</host:name>${addrXml('host:addr', addresses)}</host:create></create>`;
}

export function hostDeleteBody(name: string): string {
  return `<delete><host:delete ${H}><host:name>${escapeXml(name)}</host:name></host:delete></delete>`;
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

const ARRAY_TAGS = new Set([
  'result', 'status', 'hostObj', 'hostAttr', 'host', 'contact', 'cd', 'objURI', 'extURI', 'version', 'lang', 'extValue', 'rgpStatus',
]);

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
  extURIs: string[];
}

/** The <msgQ> of a poll answer (RFC 5730 §2.9.2.3). */
export interface MessageQueue {
  count: number;
  id: string;
  qDate?: string;
  msg?: string;
}

export interface EppResult {
  code: number;
  message: string;
  /**
   * The registry's explanations from <extValue> (RFC 5730 §2.6): the value it
   * objects to and why, e.g. "ns1.example.net: host object does not exist".
   */
  reasons: string[];
  msgQ?: MessageQueue;
  resData?: XmlNode;
  extension?: XmlNode;
}

/** The text of the element inside <value>, whatever it is called. */
function valueText(value: XmlNode | undefined): string {
  const inner = Object.entries(value ?? {}).find(([key]) => !key.startsWith('@_') && key !== '#text');
  return inner ? text(asNode(Array.isArray(inner[1]) ? inner[1][0] : inner[1])) : text(value);
}

function reasonsOf(result: XmlNode | undefined): string[] {
  return children(result, 'extValue').map((ext) => {
    const value = valueText(child(ext, 'value'));
    const reason = text(child(ext, 'reason'));
    return value && !reason.includes(value) ? `${value}: ${reason}` : reason;
  });
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
        extURIs: children(child(menu, 'svcExtension'), 'extURI').map(text),
      },
    };
  }
  const response = child(epp, 'response');
  const result = child(response, 'result');
  if (!response || !result) throw new Error('frame is neither a greeting nor a response');
  const msgQ = child(response, 'msgQ');
  return {
    response: {
      code: Number(attr(result, 'code')),
      message: text(child(result, 'msg')),
      reasons: reasonsOf(result),
      msgQ: msgQ && {
        count: Number(attr(msgQ, 'count')),
        id: attr(msgQ, 'id') ?? '',
        qDate: text(child(msgQ, 'qDate')) || undefined,
        msg: text(child(msgQ, 'msg')) || undefined,
      },
      resData: child(response, 'resData'),
      extension: child(response, 'extension'),
    },
  };
}

export interface DomainInfo {
  name: string;
  roid: string;
  statuses: string[];
  /** RFC 3915 grace period statuses (redemptionPeriod, pendingDelete, addPeriod, …). */
  rgpStatuses: string[];
  registrant?: string;
  nameservers: string[];
  /** Host objects subordinate to this domain (RFC 5731 <domain:host>). */
  hosts: string[];
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

/** Registries answer host names in lower case without the root dot; compare them that way. */
export function normalizeHost(name: string): string {
  return name.trim().toLowerCase().replace(/\.$/, '');
}

export function parseDomainInfo(result: EppResult): DomainInfo {
  const inf = child(result.resData, 'infData');
  if (!inf) throw new Error('domain:info response without infData');
  const exDate = text(child(inf, 'exDate'));
  const authInfo = text(child(child(inf, 'authInfo'), 'pw'));
  return {
    name: text(child(inf, 'name')),
    roid: text(child(inf, 'roid')),
    statuses: children(inf, 'status').map((s) => attr(s, 's') ?? ''),
    rgpStatuses: children(child(result.extension, 'infData'), 'rgpStatus').map((s) => attr(s, 's') ?? ''),
    registrant: text(child(inf, 'registrant')) || undefined,
    nameservers: hostNames(child(inf, 'ns')),
    hosts: children(inf, 'host').map(text).map(normalizeHost),
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

/** Host names a host:check says exist (avail="0"). */
export function parseHostCheck(resData: XmlNode | undefined): string[] {
  return children(child(resData, 'chkData'), 'cd')
    .map((cd) => child(cd, 'name'))
    .filter((name) => ['0', 'false'].includes(attr(name, 'avail') ?? ''))
    .map((name) => normalizeHost(text(name)));
}

/** exDate from a domain creData or renData. */
export function parseExDate(resData: XmlNode | undefined, element: 'creData' | 'renData' | 'trnData'): string | undefined {
  return text(child(child(resData, element), 'exDate')) || undefined;
}

export interface TransferData {
  name: string;
  trStatus: string;
  /** Requesting (gaining) registrar. */
  reID: string;
  /** Acting (losing) registrar. */
  acID: string;
}

export function parseTransfer(resData: XmlNode | undefined): TransferData {
  const trn = child(resData, 'trnData');
  return {
    name: normalizeHost(text(child(trn, 'name'))),
    trStatus: text(child(trn, 'trStatus')),
    reID: text(child(trn, 'reID')),
    acID: text(child(trn, 'acID')),
  };
}

/** What a poll message's resData is about: a transfer (trnData) or a finished pending action (panData). */
export function parseMessageData(resData: XmlNode | undefined): { domain?: string; transfer?: TransferData } {
  if (child(resData, 'trnData')) {
    const transfer = parseTransfer(resData);
    return { domain: transfer.name, transfer };
  }
  const pan = child(child(resData, 'panData'), 'name');
  return pan ? { domain: normalizeHost(text(pan)) } : {};
}

export function parseContactClID(resData: XmlNode | undefined): string {
  return text(child(child(resData, 'infData'), 'clID'));
}
