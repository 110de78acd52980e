/**
 * An EPP test registry over TLS (RFC 5730 core, 5731 domain, 5732 host,
 * 5733 contact, 5734 transport, 3915 grace periods). It greets first,
 * requires login, validates every frame it receives against the EPP XSDs
 * before acting on it (2001 when invalid), keeps domains, hosts and contacts
 * in memory and records every frame in both directions so tests can check
 * that all of them validate.
 *
 * Where RFCs leave room it behaves like a real registry, mostly Nomulus
 * (google/nomulus, the registry software behind Google's TLDs; flow classes
 * named where used), and errs on the strict side: host objects must exist
 * before a domain names them, glue only for in-bailiwick hosts, names only as
 * lower-case A-labels, deletes go through the redemption period, errors carry
 * <extValue><reason>, transfers are reported on the poll queue, clTRIDs must
 * not repeat, and it can require a TLS client certificate.
 */
import tls from 'node:tls';
import net from 'node:net';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { domainToASCII, domainToUnicode } from 'node:url';
import { Worker } from 'node:worker_threads';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** The EPP schemas of RFC 5730-5733, RFC 3915 (rgp) and RFC 5910 (secDNS), copied from the RFCs. */
export const XSD_DIR = path.join(__dirname, 'epp-xsd');
const EPP_NS = 'urn:ietf:params:xml:ns:epp-1.0';
const DOMAIN_NS = 'urn:ietf:params:xml:ns:domain-1.0';
const CONTACT_NS = 'urn:ietf:params:xml:ns:contact-1.0';
const HOST_NS = 'urn:ietf:params:xml:ns:host-1.0';
const RGP_NS = 'urn:ietf:params:xml:ns:rgp-1.0';
/**
 * The domain statuses a client may set (RFC 5731 section 2.3, exactly these
 * values): a clientTransferProhibited domain refuses transfer requests (2304),
 * as its server* counterpart does.
 */
const CLIENT_STATUSES = ['clientDeleteProhibited', 'clientHold', 'clientRenewProhibited', 'clientTransferProhibited', 'clientUpdateProhibited'];
const OBJECT_TYPES: Record<string, string> = { [DOMAIN_NS]: 'domain', [CONTACT_NS]: 'contact', [HOST_NS]: 'host' };
const MAX_FRAME_BYTES = 1024 * 1024;
const DAY_MS = 86_400_000;

// ------------------------------------------------------------------ XSD validation

export interface ValidationResult {
  valid: boolean;
  errors: string[];
}

/**
 * Validates with xmllint-wasm's own libxml2 build, kept warm in one worker.
 * The package's validateXML starts a worker and compiles the wasm per call
 * (~120 ms); reusing the compiled module brings a frame down to ~10 ms, which
 * keeps inline validation well inside the clients' timeouts.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const path = require('node:path');
const factory = require(path.join(workerData.dir, 'xmllint-node.js'));
const wasm = new WebAssembly.Module(fs.readFileSync(path.join(workerData.dir, 'xmllint.wasm')));
parentPort.on('message', (msg) => {
  if (!msg || msg.kind !== 'validate') return;
  let stderr = '';
  let done = false;
  const finish = (code) => {
    if (done) return;
    done = true;
    parentPort.postMessage({ kind: 'result', id: msg.id, code, stderr });
  };
  factory({
    inputFiles: msg.files,
    arguments: msg.args,
    print() {},
    printErr(line) { stderr += line + '\\n'; },
    onExit: finish,
    onAbort(reason) { stderr += 'abort: ' + reason + '\\n'; finish(-1); },
    instantiateWasm(imports, done) {
      const instance = new WebAssembly.Instance(wasm, imports);
      done(instance, wasm);
      return instance.exports;
    },
    wasmMemory: new WebAssembly.Memory({ initial: 256, maximum: 1024 }),
  }).catch(() => undefined);
});
`;

export class XsdValidator {
  private worker?: Worker;
  private nextId = 0;
  private pending = new Map<number, (r: { code: number; stderr: string }) => void>();
  private readonly schemas = fs
    .readdirSync(XSD_DIR)
    .filter((f) => f.endsWith('.xsd'))
    .map((f) => ({ fileName: f, contents: fs.readFileSync(path.join(XSD_DIR, f), 'utf8') }));

  async start(): Promise<void> {
    const dir = path.dirname(require.resolve('xmllint-wasm'));
    this.worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { dir } });
    this.worker.on('message', (m: { kind: string; id: number; code: number; stderr: string }) => {
      if (m.kind !== 'result') return;
      this.pending.get(m.id)?.(m);
      this.pending.delete(m.id);
    });
    // Warm up: the first run compiles the schemas' code paths.
    await this.validate('<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><hello/></epp>');
  }

  async stop(): Promise<void> {
    await this.worker?.terminate();
    this.worker = undefined;
  }

  async validate(xml: string): Promise<ValidationResult> {
    return (await this.validateMany([xml]))[0];
  }

  /** One xmllint run for many documents (all.xsd imports the other schemas). */
  async validateMany(xmls: string[]): Promise<ValidationResult[]> {
    const worker = this.worker;
    if (!worker) throw new Error('validator not started');
    const names = xmls.map((_, i) => `frame${i}.xml`);
    const files = [...this.schemas, ...xmls.map((contents, i) => ({ fileName: names[i], contents }))];
    const id = ++this.nextId;
    const { code, stderr } = await new Promise<{ code: number; stderr: string }>((resolve) => {
      this.pending.set(id, resolve);
      worker.postMessage({ kind: 'validate', id, files, args: ['--schema', 'all.xsd', '--noout', ...names] });
    });
    const lines = stderr.split('\n').filter(Boolean);
    return names.map((name) => {
      const valid = code !== -1 && lines.includes(`${name} validates`);
      const errors = lines.filter((l) => l.startsWith(`${name}:`) || (!valid && !l.includes('.xml')));
      return { valid, errors: valid ? [] : errors.length ? errors : [`xmllint exit ${code}`] };
    });
  }
}

// ------------------------------------------------------------------ TLS and framing

export interface Certificate {
  key: string;
  cert: string;
}

const EC_KEY = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];

/** Runs openssl in a throw-away directory and returns the files it was asked to read back. */
function openssl(steps: (dir: string) => string[][], read: string[], inputs: Record<string, string> = {}): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'epp-cert-'));
  try {
    for (const [name, contents] of Object.entries(inputs)) fs.writeFileSync(path.join(dir, name), contents);
    for (const args of steps(dir)) execFileSync('openssl', args, { stdio: 'ignore' });
    return read.map((name) => fs.readFileSync(path.join(dir, name), 'utf8'));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A throw-away self-signed certificate for localhost and 127.0.0.1. */
export function selfSignedCertificate(): Certificate {
  const [key, cert] = openssl(
    (dir) => [['req', '-x509', ...EC_KEY, '-keyout', `${dir}/key.pem`, '-out', `${dir}/cert.pem`,
      '-days', '2', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1']],
    ['key.pem', 'cert.pem'],
  );
  return { key, cert };
}

/**
 * A throw-away CA that issues TLS client certificates, for registries that
 * authenticate registrars by certificate as well as by password (RFC 5734 §9
 * asks for mutual TLS authentication; many registries enforce it).
 */
export function certificateAuthority(name = 'EPP Test Registrar CA'): Certificate & { issue(commonName: string): Certificate } {
  const [key, cert] = openssl(
    (dir) => [['req', '-x509', ...EC_KEY, '-keyout', `${dir}/ca.key`, '-out', `${dir}/ca.pem`, '-days', '2', '-subj', `/CN=${name}`,
      '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign']],
    ['ca.key', 'ca.pem'],
  );
  const issue = (commonName: string): Certificate => {
    const [clientKey, clientCert] = openssl(
      (dir) => [
        ['req', '-new', ...EC_KEY, '-keyout', `${dir}/client.key`, '-out', `${dir}/client.csr`, '-subj', `/CN=${commonName}`],
        ['x509', '-req', '-in', `${dir}/client.csr`, '-CA', `${dir}/ca.pem`, '-CAkey', `${dir}/ca.key`, '-set_serial', String(Date.now()),
          '-days', '2', '-extfile', `${dir}/ext.cnf`, '-out', `${dir}/client.pem`],
      ],
      ['client.key', 'client.pem'],
      { 'ca.pem': cert, 'ca.key': key, 'ext.cnf': 'extendedKeyUsage=clientAuth\n' },
    );
    return { key: clientKey, cert: clientCert };
  };
  return { key, cert, issue };
}

/** RFC 5734 framing; `lengthAdjust` lets tests send a wrong length on purpose. */
export function frame(xml: string, lengthAdjust = 0): Buffer {
  const body = Buffer.from(xml, 'utf8');
  const header = Buffer.alloc(4);
  header.writeUInt32BE(body.length + 4 + lengthAdjust, 0);
  return Buffer.concat([header, body]);
}

/** Splits a byte stream into frames; calls onBadLength when a header cannot be right. */
class FrameReader {
  private buffer = Buffer.alloc(0);

  constructor(
    private readonly onFrame: (xml: string) => void,
    private readonly onBadLength: () => void,
  ) {}

  push(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    while (this.buffer.length >= 4) {
      const total = this.buffer.readUInt32BE(0);
      if (total <= 4 || total > MAX_FRAME_BYTES) {
        this.buffer = Buffer.alloc(0);
        this.onBadLength();
        return;
      }
      if (this.buffer.length < total) return;
      const xml = this.buffer.subarray(4, total).toString('utf8');
      this.buffer = this.buffer.subarray(total);
      this.onFrame(xml);
    }
  }
}

/** A bare EPP client for protocol tests: sends exactly the bytes it is given. */
export class RawEppClient {
  private frames: string[] = [];
  private waiters: ((xml: string | undefined) => void)[] = [];
  readonly closed: Promise<void>;

  private constructor(private readonly socket: tls.TLSSocket) {
    const reader = new FrameReader(
      (xml) => (this.waiters.length ? this.waiters.shift()?.(xml) : this.frames.push(xml)),
      () => socket.destroy(),
    );
    socket.on('data', (chunk: Buffer) => reader.push(chunk));
    this.closed = new Promise((resolve) =>
      socket.on('close', () => {
        this.waiters.splice(0).forEach((w) => w(undefined));
        resolve();
      }),
    );
    socket.on('error', () => undefined);
  }

  static async connect(port: number, ca: string, client?: Certificate): Promise<RawEppClient> {
    const socket = tls.connect({ host: '127.0.0.1', port, ca, key: client?.key, cert: client?.cert });
    await new Promise<void>((resolve, reject) => {
      socket.once('secureConnect', resolve);
      socket.once('error', reject);
    });
    return new RawEppClient(socket);
  }

  /** The next frame, or undefined once the server has closed the connection. */
  next(): Promise<string | undefined> {
    const xml = this.frames.shift();
    if (xml !== undefined) return Promise.resolve(xml);
    if (this.socket.destroyed) return Promise.resolve(undefined);
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  send(xml: string, lengthAdjust = 0): Promise<string | undefined> {
    this.socket.write(frame(xml, lengthAdjust));
    return this.next();
  }

  close(): void {
    this.socket.destroy();
  }
}

// ------------------------------------------------------------------ XML helpers (prefix-agnostic)

type Node = { [key: string]: unknown };

const rawParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
});

function localName(key: string): string {
  return key.includes(':') ? key.slice(key.indexOf(':') + 1) : key;
}

function asNode(value: unknown): Node {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value as Node;
  return { '#text': value === undefined || value === null ? '' : String(value) };
}

/** Child entries with this local name, whatever prefix the client chose. */
function kids(node: Node | undefined, name: string): Node[] {
  if (!node) return [];
  const out: Node[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('@_') || key === '#text' || localName(key) !== name) continue;
    for (const v of Array.isArray(value) ? value : [value]) out.push(asNode(v));
  }
  return out;
}

function kid(node: Node | undefined, name: string): Node | undefined {
  return kids(node, name)[0];
}

function txt(node: Node | undefined): string {
  return node ? String(node['#text'] ?? '') : '';
}

function firstElement(node: Node): [string, Node] | undefined {
  const entry = Object.entries(node).find(([k]) => !k.startsWith('@_') && k !== '#text');
  return entry ? [entry[0], asNode(Array.isArray(entry[1]) ? entry[1][0] : entry[1])] : undefined;
}

/** Namespace URI of an element key, looking up xmlns declarations from the innermost scope out. */
function namespaceOf(key: string, scopes: Node[]): string | undefined {
  const attr = key.includes(':') ? `@_xmlns:${key.slice(0, key.indexOf(':'))}` : '@_xmlns';
  for (const scope of scopes) if (typeof scope[attr] === 'string') return scope[attr] as string;
  return undefined;
}

function esc(value: string | number): string {
  return String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const isoDate = (d: Date) => d.toISOString();
const addYears = (d: Date, years: number) => {
  const next = new Date(d);
  next.setUTCFullYear(next.getUTCFullYear() + years);
  return next;
};

// ------------------------------------------------------------------ names

/**
 * Syntax of a domain or host name on the wire, checked the way Nomulus does
 * (google/nomulus DomainFlowUtils.validateDomainName, HostFlowUtils.validateHostName):
 * lower-case letter-digit-hyphen labels only, so an IDN must arrive as its
 * A-label (RFC 5891 §4.4), never as a U-label; no "--" in the third and
 * fourth positions except in an A-label; an "xn--" label must be Punycode
 * that round-trips through IDNA. Any of these is 2005, even in a check.
 */
function nameSyntaxError(name: string): string | undefined {
  if (/[^\x20-\x7e]/.test(name)) return 'names must be sent as A-labels (Punycode), not U-labels';
  if (name !== name.toLowerCase()) return 'names must be lower case';
  if (name.length > 253) return 'names are limited to 253 characters';
  const labels = name.split('.');
  if (labels.length < 2) return 'a name needs at least two labels';
  for (const label of labels) {
    if (!/^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/.test(label)) return `"${label}" is not a letter-digit-hyphen label of 1 to 63 characters`;
    if (label.startsWith('xn--')) {
      if (domainToASCII(domainToUnicode(label)) !== label) return `"${label}" is not a valid A-label`;
    } else if (label.slice(2, 4) === '--') {
      return `"${label}" has hyphens in the third and fourth positions`;
    }
  }
  if (/^[0-9]+$/.test(labels[labels.length - 1])) return 'the top-level label cannot be numeric';
  return undefined;
}

/**
 * The IDN table of this registry's zones: Latin letters, digits and hyphens.
 * Registries accept only the scripts their published tables list (Nomulus
 * checks each label against the TLD's tables, IdnLabelValidator), so a valid
 * A-label can still be an invalid domain name there.
 */
const IDN_TABLE = /^[\p{Script=Latin}0-9-]+$/u;

type Addr = { ip: 'v4' | 'v6'; addr: string };

function addrsOf(nodes: Node[]): Addr[] | string {
  const addrs: Addr[] = [];
  for (const node of nodes) {
    const ip = node['@_ip'] === 'v6' ? 'v6' : 'v4';
    const addr = txt(node);
    // Nomulus answers a version mismatch with 2005 (FlowUtils.IpAddressVersionMismatchException).
    if (!(ip === 'v4' ? net.isIPv4(addr) : net.isIPv6(addr))) return `${addr} is not an IP${ip} address`;
    addrs.push({ ip, addr });
  }
  return addrs;
}

const addrXml = (prefix: 'host' | 'domain', tag: string, addrs: Addr[]) =>
  addrs.map((a) => `<${prefix}:${tag} ip="${a.ip}">${esc(a.addr)}</${prefix}:${tag}>`).join('');

/** An element for <value>: what the client sent that caused the error (RFC 5730 §2.6). */
const el = (prefix: 'domain' | 'host' | 'contact', tag: string, text: string) =>
  `<${prefix}:${tag} xmlns:${prefix}="${{ domain: DOMAIN_NS, host: HOST_NS, contact: CONTACT_NS }[prefix]}">${esc(text)}</${prefix}:${tag}>`;

// ------------------------------------------------------------------ registry model

interface Transfer {
  status: 'pending' | 'clientApproved' | 'clientRejected' | 'clientCancelled' | 'serverApproved';
  reID: string;
  reDate: Date;
  acID: string;
  acDate: Date;
  years: number;
}

interface DomainRecord {
  name: string;
  roid: string;
  clID: string;
  crID: string;
  crDate: Date;
  upID?: string;
  upDate?: Date;
  exDate: Date;
  trDate?: Date;
  registrant: string;
  contacts: { type: string; id: string }[];
  ns: string[];
  /** Addresses of in-bailiwick nameservers given as host attributes. */
  glue: Map<string, Addr[]>;
  /** Subordinate host objects (RFC 5731 <domain:host>). */
  hosts: Set<string>;
  statuses: Set<string>;
  authInfo: string;
  transfer?: Transfer;
  /** trID of the delete that put the domain into pendingDelete, for the panData sent when it is purged. */
  deleteTrID?: string;
}

interface HostRecord {
  name: string;
  roid: string;
  clID: string;
  crID: string;
  crDate: Date;
  addrs: Addr[];
  /** The domain this host is subordinate to, when it is inside one of the registry's zones. */
  superordinate?: string;
}

interface ContactRecord {
  id: string;
  roid: string;
  clID: string;
  crDate: Date;
  postalType: string;
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

/** What tests see of a domain. */
export interface DomainSnapshot {
  name: string;
  roid: string;
  clID: string;
  registrant: string;
  statuses: string[];
  nameservers: string[];
  /** Subordinate host objects. */
  hosts: string[];
  /** YYYY-MM-DD */
  expiryDate: string;
  authInfo: string;
  transferStatus?: string;
}

export interface HostSnapshot {
  name: string;
  clID: string;
  addresses: string[];
}

export type FailMode = 'error' | 'timeout' | 'apply-then-timeout';

export interface FrameRecord {
  direction: 'in' | 'out';
  xml: string;
  /** Set for received frames as soon as they are validated; for sent ones by validateSentFrames. */
  valid?: boolean;
  errors?: string[];
}

interface Account {
  password: string;
  /** Concurrent logged-in sessions allowed; more get 2502. */
  sessionLimit?: number;
}

export interface EppTestServerOptions {
  /**
   * How domains name their nameservers. RFC 5731 §1.1: a registry uses one
   * form consistently; one that offers the host mapping (RFC 5732) in its
   * greeting takes host objects, which must exist before a domain refers to
   * them. Default 'hostObj', as at Verisign and every Nomulus registry.
   */
  nameservers?: 'hostObj' | 'hostAttr';
  /** Zones the registry is authoritative for: domains are registered directly under them. Default ['test']. */
  zones?: string[];
  /** PEM of a CA: the TLS server then requires a client certificate it signed. */
  clientCa?: string;
  /** RFC 3915 add grace period: a delete within it takes effect at once. Default 5 days. */
  addGraceDays?: number;
  /**
   * Registry policy requiring a contact's phone number. RFC 5733 §3.2.1 makes
   * <contact:voice> optional; registries such as DENIC or Nominet require it
   * and refuse a contact without one (2003, required parameter missing).
   */
  requireVoice?: boolean;
}

interface Reply {
  code: number;
  /** Why, for errors: sent as <extValue><value/><reason/></extValue> (RFC 5730 §2.6). */
  reason?: string;
  /** The client element that caused the error; <undef/> when there is none to name. */
  value?: string;
  resData?: string;
  extension?: string;
  msgQ?: string;
  close?: boolean;
}

interface Session {
  socket: tls.TLSSocket;
  clID?: string;
  /** svcExtension URIs the client logged in with. */
  extensions: string[];
  queue: Promise<void>;
}

interface Trid {
  clTRID?: string;
  svTRID: string;
}

interface Message {
  id: string;
  date: Date;
  text: string;
  resData?: string;
}

const MESSAGES: Record<number, string> = {
  1000: 'Command completed successfully',
  1001: 'Command completed successfully; action pending',
  1300: 'Command completed successfully; no messages',
  1301: 'Command completed successfully; ack to dequeue',
  1500: 'Command completed successfully; ending session',
  2001: 'Command syntax error',
  2002: 'Command use error',
  2003: 'Required parameter missing',
  2004: 'Parameter value range error',
  2005: 'Parameter value syntax error',
  2101: 'Unimplemented command',
  2102: 'Unimplemented option',
  2103: 'Unimplemented extension',
  2106: 'Object is not eligible for transfer',
  2200: 'Authentication error',
  2201: 'Authorization error',
  2202: 'Invalid authorization information',
  2300: 'Object pending transfer',
  2301: 'Object not pending transfer',
  2302: 'Object exists',
  2303: 'Object does not exist',
  2304: 'Object status prohibits operation',
  2305: 'Object association prohibits operation',
  2306: 'Parameter value policy error',
  2307: 'Unimplemented object service',
  2400: 'Command failed',
  2502: 'Session limit exceeded; server closing connection',
};

const reply = (code: number, reason?: string, value?: string): Reply => ({ code, reason, value });

const isReply = (value: unknown): value is Reply => typeof value === 'object' && value !== null && 'code' in value;

export class EppTestServer {
  readonly frames: FrameRecord[] = [];
  readonly certificate = selfSignedCertificate();
  /** Names of successful domain:create commands, in order (a duplicate create shows up twice). */
  readonly creates: string[] = [];
  private readonly validator = new XsdValidator();
  private server?: tls.Server;
  private readonly sessions = new Set<Session>();
  private readonly domains = new Map<string, DomainRecord>();
  private readonly hosts = new Map<string, HostRecord>();
  private readonly contacts = new Map<string, ContactRecord>();
  private readonly messages = new Map<string, Message[]>();
  private readonly reserved = new Set<string>();
  private readonly usedClTRIDs = new Map<string, Set<string>>();
  private readonly hostObjects: boolean;
  private readonly zones: string[];
  private readonly addGraceMs: number;
  private fault?: { mode: FailMode; command?: string };
  private hold?: { command: string; arrived: () => void; released: Promise<void> };
  private seq = 0;

  constructor(
    private readonly accounts: Record<string, Account>,
    private readonly options: EppTestServerOptions = {},
  ) {
    this.hostObjects = (options.nameservers ?? 'hostObj') === 'hostObj';
    this.zones = options.zones ?? ['test'];
    this.addGraceMs = (options.addGraceDays ?? 5) * DAY_MS;
  }

  get port(): number {
    const address = this.server?.address();
    if (!address || typeof address === 'string') throw new Error('server not started');
    return address.port;
  }

  async start(): Promise<void> {
    await this.validator.start();
    const clientAuth = this.options.clientCa ? { requestCert: true, rejectUnauthorized: true, ca: this.options.clientCa } : {};
    this.server = tls.createServer({ key: this.certificate.key, cert: this.certificate.cert, ...clientAuth }, (socket) => this.accept(socket));
    // A handshake refused for a missing or foreign client certificate is the point of that mode, not a failure.
    this.server.on('tlsClientError', () => undefined);
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    for (const s of this.sessions) s.socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    await this.validator.stop();
  }

  /**
   * Misbehave on the next command named `command` ("domain:create", "login", …);
   * without one, on the next command other than login/logout.
   */
  failNext(mode: FailMode, command?: string): void {
    this.fault = { mode, command };
  }

  /** Keeps the next command named `command` waiting (a slow registry) until `release`, then answers it; `arrived` resolves once it is here. */
  holdNext(command: string): { arrived: Promise<void>; release: () => void } {
    let release!: () => void;
    let arrived!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const here = new Promise<void>((resolve) => (arrived = resolve));
    this.hold = { command, arrived, released };
    return { arrived: here, release };
  }

  domain(name: string): DomainSnapshot | undefined {
    const d = this.domains.get(name);
    if (!d) return undefined;
    return {
      name: d.name,
      roid: d.roid,
      clID: d.clID,
      registrant: d.registrant,
      statuses: [...d.statuses].sort(),
      nameservers: [...d.ns],
      hosts: [...d.hosts].sort(),
      expiryDate: d.exDate.toISOString().slice(0, 10),
      authInfo: d.authInfo,
      transferStatus: d.transfer?.status,
    };
  }

  host(name: string): HostSnapshot | undefined {
    const h = this.hosts.get(name);
    return h && { name: h.name, clID: h.clID, addresses: h.addrs.map((a) => a.addr) };
  }

  domainCount(): number {
    return this.domains.size;
  }

  contactIds(): string[] {
    return [...this.contacts.keys()];
  }

  contact(id: string): Readonly<ContactRecord> | undefined {
    return this.contacts.get(id);
  }

  /** The poll queue of a registrar, oldest first: what it has not acknowledged yet. */
  queuedMessages(clID: string): { id: string; text: string }[] {
    return (this.messages.get(clID) ?? []).map((m) => ({ id: m.id, text: m.text }));
  }

  reserve(name: string): void {
    this.reserved.add(name);
  }

  /** Puts a domain in place as if another registrar had registered it. */
  seedDomain(o: { name: string; clID: string; authInfo: string; years?: number; statuses?: string[] }): void {
    const now = new Date();
    const ns = 'ns1.seed.example';
    if (this.hostObjects && !this.hosts.has(ns)) {
      this.hosts.set(ns, { name: ns, roid: this.roid('H'), clID: o.clID, crID: o.clID, crDate: now, addrs: [] });
    }
    this.domains.set(o.name, {
      name: o.name,
      roid: this.roid('D'),
      clID: o.clID,
      crID: o.clID,
      crDate: new Date(now.getTime() - 400 * DAY_MS),
      exDate: addYears(now, o.years ?? 1),
      registrant: 'SEEDCONTACT',
      contacts: [],
      ns: [ns],
      glue: new Map(),
      hosts: new Set(),
      statuses: new Set(o.statuses?.length ? o.statuses : ['ok']),
      authInfo: o.authInfo,
    });
  }

  /** Time passes: the domain was created `days` earlier than it was (e.g. to leave the add grace period). */
  backdate(name: string, days: number): void {
    const d = this.domains.get(name);
    if (!d) throw new Error(`no domain ${name}`);
    d.crDate = new Date(d.crDate.getTime() - days * DAY_MS);
  }

  /** The registry approves a pending transfer on its own (as after the transfer period). */
  approveTransfer(name: string): void {
    const d = this.domains.get(name);
    if (!d?.transfer || d.transfer.status !== 'pending') throw new Error(`no pending transfer for ${name}`);
    this.finishTransfer(d, 'serverApproved');
  }

  /**
   * The redemption and pending-delete periods of a deleted domain are over
   * (RFC 3915 §3: 30 + 5 days): the name is purged and its sponsor gets a
   * poll message with <domain:panData> (Nomulus DomainDeleteFlow.createDeletePollMessage).
   */
  purge(name: string): void {
    const d = this.domains.get(name);
    if (!d?.statuses.has('pendingDelete')) throw new Error(`${name} is not pending delete`);
    this.domains.delete(name);
    this.notify(d.clID, 'Domain deleted.',
      `<domain:panData xmlns:domain="${DOMAIN_NS}"><domain:name paResult="1">${esc(name)}</domain:name>` +
        `<domain:paTRID>${d.deleteTrID ?? ''}</domain:paTRID><domain:paDate>${isoDate(new Date())}</domain:paDate></domain:panData>`);
  }

  /** Validates every frame this server sent, in one xmllint run; returns the invalid ones. */
  async validateSentFrames(): Promise<FrameRecord[]> {
    const sent = this.frames.filter((f) => f.direction === 'out' && f.valid === undefined);
    const results = await this.validator.validateMany(sent.map((f) => f.xml));
    sent.forEach((f, i) => Object.assign(f, results[i]));
    return this.frames.filter((f) => f.direction === 'out' && f.valid === false);
  }

  // ---------------------------------------------------------------- connection handling

  private accept(socket: tls.TLSSocket): void {
    const session: Session = { socket, queue: Promise.resolve(), extensions: [] };
    this.sessions.add(session);
    socket.on('close', () => this.sessions.delete(session));
    socket.on('error', () => undefined);
    const reader = new FrameReader(
      (xml) => {
        session.queue = session.queue.then(() => this.handle(session, xml)).catch(() => {
          socket.destroy();
        });
      },
      () => {
        session.queue = session.queue.then(() => this.send(session, reply(2001, 'bad frame length'), { svTRID: this.svTRID() }, true));
      },
    );
    socket.on('data', (chunk: Buffer) => reader.push(chunk));
    this.sendRaw(session, this.greeting());
  }

  private sendRaw(session: Session, xml: string): void {
    this.frames.push({ direction: 'out', xml });
    if (!session.socket.destroyed) session.socket.write(frame(xml));
  }

  private send(session: Session, r: Reply, trid: Trid, close = r.close): void {
    const extValue = r.reason ? `<extValue><value>${r.value ?? '<undef/>'}</value><reason>${esc(r.reason)}</reason></extValue>` : '';
    const trID = `<trID>${trid.clTRID ? `<clTRID>${esc(trid.clTRID)}</clTRID>` : ''}<svTRID>${trid.svTRID}</svTRID></trID>`;
    this.sendRaw(
      session,
      `<?xml version="1.0" encoding="UTF-8" standalone="no"?><epp xmlns="${EPP_NS}"><response>` +
        `<result code="${r.code}"><msg>${MESSAGES[r.code]}</msg>${extValue}</result>${r.msgQ ?? ''}` +
        `${r.resData ? `<resData>${r.resData}</resData>` : ''}${r.extension ? `<extension>${r.extension}</extension>` : ''}${trID}</response></epp>`,
    );
    if (close) session.socket.end();
  }

  private svTRID(): string {
    return `SV-${++this.seq}`;
  }

  private objURIs(): string[] {
    return this.hostObjects ? [DOMAIN_NS, CONTACT_NS, HOST_NS] : [DOMAIN_NS, CONTACT_NS];
  }

  private greeting(): string {
    return (
      `<?xml version="1.0" encoding="UTF-8" standalone="no"?><epp xmlns="${EPP_NS}"><greeting>` +
      `<svID>EPP Test Registry</svID><svDate>${isoDate(new Date())}</svDate>` +
      `<svcMenu><version>1.0</version><lang>en</lang>${this.objURIs().map((u) => `<objURI>${u}</objURI>`).join('')}` +
      `<svcExtension><extURI>${RGP_NS}</extURI></svcExtension></svcMenu>` +
      `<dcp><access><all/></access><statement><purpose><admin/><prov/></purpose>` +
      `<recipient><ours/><public/></recipient><retention><stated/></retention></statement></dcp>` +
      `</greeting></epp>`
    );
  }

  private async handle(session: Session, xml: string): Promise<void> {
    const record: FrameRecord = { direction: 'in', xml };
    this.frames.push(record);
    if (XMLValidator.validate(xml) !== true) {
      // Not even well-formed: most likely a framing error, so the stream cannot be trusted any more.
      Object.assign(record, { valid: false, errors: ['not well-formed'] });
      this.send(session, reply(2001, 'not well-formed XML'), { svTRID: this.svTRID() }, true);
      return;
    }
    const result = await this.validator.validate(xml);
    Object.assign(record, result);
    if (!result.valid) {
      this.send(session, reply(2001, result.errors[0]?.replace(/^frame0\.xml:\d+: /, '').slice(0, 200)), { svTRID: this.svTRID() });
      return;
    }
    const epp = kid(rawParser.parse(xml) as Node, 'epp') ?? {};
    if (kid(epp, 'hello')) return this.sendRaw(session, this.greeting());
    const command = kid(epp, 'command');
    if (!command) return this.send(session, reply(2001, 'expected a command'), { svTRID: this.svTRID() });
    const trid: Trid = { clTRID: txt(kid(command, 'clTRID')) || undefined, svTRID: this.svTRID() };

    const [verbKey, verb] = firstElement(command) ?? ['', {}];
    const verbName = localName(verbKey);
    let name = verbName;
    let object: Node = {};
    if (!['login', 'logout', 'poll'].includes(verbName)) {
      const [objectKey, objectNode] = firstElement(verb) ?? ['', {}];
      const type = OBJECT_TYPES[namespaceOf(objectKey, [objectNode, verb, command, epp]) ?? ''] ?? 'unknown';
      name = `${type}:${verbName}`;
      object = objectNode;
    }

    const hold = this.hold?.command === name ? this.hold : undefined;
    if (hold) {
      this.hold = undefined;
      hold.arrived();
      await hold.released;
    }
    const fault = this.takeFault(name);
    if (fault === 'error') return this.send(session, reply(2400, 'injected failure'), trid);
    if (fault === 'timeout') return;
    const answer = this.dispatch(session, name, verb, object, trid);
    if (fault === 'apply-then-timeout') return;
    this.send(session, answer, trid);
  }

  private takeFault(name: string): FailMode | undefined {
    const fault = this.fault;
    if (!fault) return undefined;
    const matches = fault.command ? fault.command === name : name !== 'login' && name !== 'logout';
    if (!matches) return undefined;
    this.fault = undefined;
    return fault.mode;
  }

  private dispatch(session: Session, name: string, verb: Node, object: Node, trid: Trid): Reply {
    if (name === 'login') return this.login(session, verb, trid);
    if (!session.clID) return reply(2002, 'log in first');
    const clID = session.clID;
    const reused = this.clTRIDReused(clID, trid.clTRID);
    if (reused) return reused;
    if (name.startsWith('host:') && !this.hostObjects) return reply(2307, 'this registry has no host objects: use domain:hostAttr');
    switch (name) {
      case 'logout':
        return { code: 1500, close: true };
      case 'poll':
        return this.poll(clID, verb);
      case 'domain:check':
        return this.domainCheck(object);
      case 'domain:info':
        return this.domainInfo(session, object);
      case 'domain:create':
        return this.domainCreate(clID, object);
      case 'domain:update':
        return this.domainUpdate(clID, object);
      case 'domain:delete':
        return this.domainDelete(clID, object, trid);
      case 'domain:renew':
        return this.domainRenew(clID, object);
      case 'domain:transfer':
        return this.domainTransfer(clID, String(verb['@_op']), object);
      case 'host:check':
        return this.hostCheck(object);
      case 'host:info':
        return this.hostInfo(object);
      case 'host:create':
        return this.hostCreate(clID, object);
      case 'host:delete':
        return this.hostDelete(clID, object);
      case 'contact:check':
        return this.contactCheck(object);
      case 'contact:info':
        return this.contactInfo(clID, object);
      case 'contact:create':
        return this.contactCreate(clID, object);
      default:
        return /^(domain|contact|host):/.test(name) ? reply(2101, name) : reply(2307, name);
    }
  }

  /**
   * RFC 5730 §2.5 leaves clTRID uniqueness to the client, and registries log
   * them per registrar to trace transactions. This server is stricter: it
   * refuses (2306) a clTRID the same registrar already used on any of its
   * connections, so a client that repeats one is caught by the tests.
   */
  private clTRIDReused(clID: string, clTRID: string | undefined): Reply | undefined {
    if (!clTRID) return undefined;
    const used = this.usedClTRIDs.get(clID) ?? new Set<string>();
    this.usedClTRIDs.set(clID, used);
    if (used.has(clTRID)) return reply(2306, `clTRID ${clTRID} was already used by ${clID}`, `<clTRID>${esc(clTRID)}</clTRID>`);
    used.add(clTRID);
    return undefined;
  }

  // ---------------------------------------------------------------- session commands

  private login(session: Session, login: Node, trid: Trid): Reply {
    if (session.clID) return reply(2002, 'already logged in');
    const clID = txt(kid(login, 'clID'));
    const account = this.accounts[clID];
    if (!account || account.password !== txt(kid(login, 'pw'))) return reply(2200, 'wrong client ID or password');
    const reused = this.clTRIDReused(clID, trid.clTRID);
    if (reused) return reused;
    if (kid(login, 'newPW')) return reply(2102, 'password change');
    if (txt(kid(kid(login, 'options'), 'lang')) !== 'en') return reply(2102, 'language');
    const svcs = kid(login, 'svcs');
    const unknown = kids(svcs, 'objURI').map(txt).filter((u) => !this.objURIs().includes(u));
    if (unknown.length) return reply(2307, `not offered: ${unknown.join(' ')}`);
    const extensions = kids(kid(svcs, 'svcExtension'), 'extURI').map(txt);
    const unknownExt = extensions.filter((u) => u !== RGP_NS);
    if (unknownExt.length) return reply(2103, `not offered: ${unknownExt.join(' ')}`);
    const active = [...this.sessions].filter((s) => s.clID === clID).length;
    if (account.sessionLimit !== undefined && active >= account.sessionLimit) return { code: 2502, close: true };
    session.clID = clID;
    session.extensions = extensions;
    return reply(1000);
  }

  private poll(clID: string, poll: Node): Reply {
    const queue = this.messages.get(clID) ?? [];
    if (poll['@_op'] === 'ack') {
      const index = queue.findIndex((m) => m.id === poll['@_msgID']);
      if (index < 0) return reply(2303, `no message ${String(poll['@_msgID'])} in the queue`);
      const [acked] = queue.splice(index, 1);
      return { code: 1000, msgQ: `<msgQ count="${queue.length}" id="${esc(acked.id)}"/>` };
    }
    // The oldest message stays at the head of the queue until it is acknowledged (RFC 5730 §2.9.2.3).
    const first = queue[0];
    if (!first) return reply(1300);
    return {
      code: 1301,
      msgQ: `<msgQ count="${queue.length}" id="${esc(first.id)}"><qDate>${isoDate(first.date)}</qDate><msg>${esc(first.text)}</msg></msgQ>`,
      resData: first.resData,
    };
  }

  // ---------------------------------------------------------------- names and nameservers

  private zoneOf(name: string): string | undefined {
    return this.zones.find((zone) => name.endsWith(`.${zone}`));
  }

  /** Registry policy on a syntactically valid domain name: 2306, or in a check avail="0" with this reason. */
  private domainPolicyError(name: string): string | undefined {
    const zone = this.zoneOf(name);
    if (!zone || name.slice(0, -zone.length - 1).includes('.')) {
      return `invalid domain name: not directly under a zone this registry serves (${this.zones.join(', ')})`;
    }
    const label = domainToUnicode(name.slice(0, -zone.length - 1));
    if (!IDN_TABLE.test(label)) return `invalid domain name: "${label}" has characters outside the IDN table of .${zone}`;
    return undefined;
  }

  /** A name the registry could hold as a domain: syntax (2005) and policy (2306). */
  private domainNameError(name: string): Reply | undefined {
    const syntax = nameSyntaxError(name);
    if (syntax) return reply(2005, syntax, el('domain', 'name', name));
    const policy = this.domainPolicyError(name);
    return policy ? reply(2306, policy, el('domain', 'name', name)) : undefined;
  }

  private sponsored(clID: string, name: string): DomainRecord | Reply {
    const d = this.domains.get(name);
    if (!d) return reply(2303, `no domain ${name}`, el('domain', 'name', name));
    if (d.clID !== clID) return reply(2201, `${name} is sponsored by another registrar`, el('domain', 'name', name));
    return d;
  }

  /**
   * The <domain:ns> of a create or update, in this registry's one form.
   * Host objects must exist first (Nomulus: LinkedResourcesDoNotExistException, 2303).
   * Host attributes carry addresses exactly when the host is inside the
   * domain itself: glue is needed there and nowhere else (RFC 5731 §1.1),
   * the same rule Nomulus applies to host objects (HostCreateFlow).
   */
  private nameservers(domain: string, ns: Node | undefined, removing = false): { hosts: string[]; glue: Map<string, Addr[]> } | Reply {
    const out = { hosts: [] as string[], glue: new Map<string, Addr[]>() };
    if (!ns) return out;
    const objs = kids(ns, 'hostObj');
    const attrs = kids(ns, 'hostAttr');
    if (this.hostObjects && attrs.length) {
      return reply(2102, 'this registry takes nameservers as host objects (domain:hostObj)', el('domain', 'hostName', txt(kid(attrs[0], 'hostName'))));
    }
    if (!this.hostObjects && objs.length) {
      return reply(2102, 'this registry takes nameservers as host attributes (domain:hostAttr)', el('domain', 'hostObj', txt(objs[0])));
    }
    for (const obj of objs) {
      const host = txt(obj);
      const syntax = nameSyntaxError(host);
      if (syntax) return reply(2005, syntax, el('domain', 'hostObj', host));
      if (!removing && !this.hosts.has(host)) return reply(2303, `host object ${host} does not exist`, el('domain', 'hostObj', host));
      out.hosts.push(host);
    }
    for (const attr of attrs) {
      const host = txt(kid(attr, 'hostName'));
      const syntax = nameSyntaxError(host);
      if (syntax) return reply(2005, syntax, el('domain', 'hostName', host));
      const addrs = addrsOf(kids(attr, 'hostAddr'));
      if (typeof addrs === 'string') return reply(2005, addrs, el('domain', 'hostName', host));
      const inside = host.endsWith(`.${domain}`);
      if (!removing && inside && !addrs.length) return reply(2003, `${host} is inside ${domain} and needs its IP addresses (glue)`, el('domain', 'hostName', host));
      if (!removing && !inside && addrs.length) return reply(2004, `${host} is outside ${domain}: it takes no IP addresses`, el('domain', 'hostName', host));
      out.hosts.push(host);
      if (addrs.length) out.glue.set(host, addrs);
    }
    if (new Set(out.hosts).size !== out.hosts.length) return reply(2306, 'a nameserver is listed twice');
    if (out.hosts.length > 13) return reply(2004, 'at most 13 nameservers');
    return out;
  }

  private nsXml(d: DomainRecord): string {
    if (!d.ns.length) return '';
    const hosts = this.hostObjects
      ? d.ns.map((h) => `<domain:hostObj>${esc(h)}</domain:hostObj>`)
      : d.ns.map((h) => `<domain:hostAttr><domain:hostName>${esc(h)}</domain:hostName>${addrXml('domain', 'hostAddr', d.glue.get(h) ?? [])}</domain:hostAttr>`);
    return `<domain:ns>${hosts.join('')}</domain:ns>`;
  }

  /** RFC 3915 grace period statuses of a domain. */
  private rgpStatuses(d: DomainRecord): string[] {
    if (d.statuses.has('pendingDelete')) return ['redemptionPeriod'];
    return Date.now() - d.crDate.getTime() < this.addGraceMs ? ['addPeriod'] : [];
  }

  // ---------------------------------------------------------------- domain commands

  private domainCheck(check: Node): Reply {
    const names = kids(check, 'name').map(txt);
    for (const name of names) {
      const syntax = nameSyntaxError(name);
      if (syntax) return reply(2005, syntax, el('domain', 'name', name));
    }
    // A name that breaks registry policy is "not available" with a reason, as
    // CZ.NIC's FRED answers it (fred-docs EPPReference: CheckDomain, ErrorReasons);
    // the schema allows 32 characters for it (eppcom:reasonType).
    const cds = names.map((n) => {
      const d = this.domains.get(n);
      const invalid = this.domainPolicyError(n) ? 'Invalid domain name' : undefined;
      const reason = d ? (d.statuses.has('pendingDelete') ? 'In use: pending delete' : 'In use') : this.reserved.has(n) ? 'Reserved' : invalid;
      const name = `<domain:name avail="${reason ? 0 : 1}">${esc(n)}</domain:name>`;
      return `<domain:cd>${name}${reason ? `<domain:reason>${esc(reason)}</domain:reason>` : ''}</domain:cd>`;
    });
    return { code: 1000, resData: `<domain:chkData xmlns:domain="${DOMAIN_NS}">${cds.join('')}</domain:chkData>` };
  }

  private domainInfo(session: Session, info: Node): Reply {
    const clID = session.clID;
    const nameNode = kid(info, 'name');
    const name = txt(nameNode);
    const syntax = nameSyntaxError(name);
    if (syntax) return reply(2005, syntax, el('domain', 'name', name));
    const d = this.domains.get(name);
    if (!d) return reply(2303, `no domain ${name}`, el('domain', 'name', name));
    const authInfo = kid(kid(info, 'authInfo'), 'pw');
    if (authInfo && txt(authInfo) !== d.authInfo) return reply(2202);
    // Others see the domain without its authInfo (RFC 5731 §3.1.2).
    const full = d.clID === clID || authInfo !== undefined;
    const opt = (tag: string, v?: string | Date) =>
      v ? `<domain:${tag}>${esc(v instanceof Date ? isoDate(v) : v)}</domain:${tag}>` : '';
    const statuses = [...d.statuses].map((s) => `<domain:status s="${s}"/>`).join('');
    const contacts = d.contacts.map((c) => `<domain:contact type="${c.type}">${esc(c.id)}</domain:contact>`).join('');
    const wantHosts = String(nameNode?.['@_hosts'] ?? 'all');
    const ns = ['all', 'del'].includes(wantHosts) ? this.nsXml(d) : '';
    const subordinate = ['all', 'sub'].includes(wantHosts) ? [...d.hosts].map((h) => opt('host', h)).join('') : '';
    const rgp = this.rgpStatuses(d);
    // RFC 3915 §4.1.2 statuses, only for a client that named the extension at login (RFC 5730 §2.9.1.1).
    const extension = rgp.length && session.extensions.includes(RGP_NS)
      ? `<rgp:infData xmlns:rgp="${RGP_NS}">${rgp.map((s) => `<rgp:rgpStatus s="${s}"/>`).join('')}</rgp:infData>`
      : undefined;
    return {
      code: 1000,
      resData:
        `<domain:infData xmlns:domain="${DOMAIN_NS}">${opt('name', d.name)}${opt('roid', d.roid)}${statuses}` +
        `${opt('registrant', d.registrant)}${contacts}${ns}${subordinate}${opt('clID', d.clID)}${opt('crID', d.crID)}${opt('crDate', d.crDate)}` +
        `${opt('upID', d.upID)}${opt('upDate', d.upDate)}${opt('exDate', d.exDate)}${opt('trDate', d.trDate)}` +
        `${full ? `<domain:authInfo><domain:pw>${esc(d.authInfo)}</domain:pw></domain:authInfo>` : ''}</domain:infData>`,
      extension,
    };
  }

  private years(period: Node | undefined, fallback: number): number | undefined {
    if (!period) return fallback;
    const value = Number(txt(period));
    const years = period['@_unit'] === 'm' ? value / 12 : value;
    return Number.isInteger(years) && years >= 1 && years <= 10 ? years : undefined;
  }

  private domainCreate(clID: string, create: Node): Reply {
    const name = txt(kid(create, 'name'));
    const invalid = this.domainNameError(name);
    if (invalid) return invalid;
    if (this.domains.has(name)) return reply(2302, `${name} is registered`, el('domain', 'name', name));
    if (this.reserved.has(name)) return reply(2306, `${name} is reserved`, el('domain', 'name', name));
    const years = this.years(kid(create, 'period'), 1);
    if (years === undefined) return reply(2004, 'period must be 1 to 10 years');
    const registrant = txt(kid(create, 'registrant'));
    if (!registrant) return reply(2003, 'registrant');
    const contacts = kids(create, 'contact').map((c) => ({ type: String(c['@_type'] ?? 'admin'), id: txt(c) }));
    const missing = [registrant, ...contacts.map((c) => c.id)].find((id) => !this.contacts.has(id));
    if (missing) return reply(2303, `contact ${missing} does not exist`, el('contact', 'id', missing));
    const ns = this.nameservers(name, kid(create, 'ns'));
    if (isReply(ns)) return ns;
    const authInfo = txt(kid(kid(create, 'authInfo'), 'pw'));
    if (!authInfo) return reply(2003, 'authInfo');
    const now = new Date();
    const d: DomainRecord = {
      name,
      roid: this.roid('D'),
      clID,
      crID: clID,
      crDate: now,
      exDate: addYears(now, years),
      registrant,
      contacts,
      ns: ns.hosts,
      glue: ns.glue,
      hosts: new Set(),
      statuses: new Set(['ok']),
      authInfo,
    };
    this.domains.set(name, d);
    this.creates.push(name);
    return {
      code: 1000,
      resData: `<domain:creData xmlns:domain="${DOMAIN_NS}"><domain:name>${esc(name)}</domain:name><domain:crDate>${isoDate(now)}</domain:crDate><domain:exDate>${isoDate(d.exDate)}</domain:exDate></domain:creData>`,
    };
  }

  private domainUpdate(clID: string, update: Node): Reply {
    const d = this.sponsored(clID, txt(kid(update, 'name')));
    if (isReply(d)) return d;
    const add = kid(update, 'add');
    const rem = kid(update, 'rem');
    const chg = kid(update, 'chg');
    const addStatus = kids(add, 'status').map((s) => String(s['@_s']));
    const remStatus = kids(rem, 'status').map((s) => String(s['@_s']));
    const locked = (d.statuses.has('clientUpdateProhibited') && !remStatus.includes('clientUpdateProhibited')) ||
      ['serverUpdateProhibited', 'pendingDelete', 'pendingTransfer'].some((s) => d.statuses.has(s));
    if (locked) return reply(2304, `${d.name} has status ${[...d.statuses].join(' ')}`, el('domain', 'name', d.name));
    // RFC 5731 section 2.3: a client sets and removes only the client* statuses; the rest are the server's.
    const notClientSettable = [...addStatus, ...remStatus].find((s) => !CLIENT_STATUSES.includes(s));
    if (notClientSettable) return reply(2306, `${notClientSettable} is not a status a client may set or remove`);
    if (addStatus.some((s) => d.statuses.has(s))) return reply(2306, 'status already set');
    if (remStatus.some((s) => !d.statuses.has(s))) return reply(2306, 'status not set');
    const addNs = this.nameservers(d.name, kid(add, 'ns'));
    if (isReply(addNs)) return addNs;
    const remNs = this.nameservers(d.name, kid(rem, 'ns'), true);
    if (isReply(remNs)) return remNs;
    const already = addNs.hosts.find((h) => d.ns.includes(h) && !remNs.hosts.includes(h));
    if (already) return reply(2306, `${already} is already a nameserver of ${d.name}`, el('domain', 'hostName', already));
    const notSet = remNs.hosts.find((h) => !d.ns.includes(h));
    if (notSet) return reply(2306, `${notSet} is not a nameserver of ${d.name}`, el('domain', 'hostName', notSet));
    const ns = [...d.ns.filter((h) => !remNs.hosts.includes(h)), ...addNs.hosts];
    if (ns.length > 13) return reply(2004, 'at most 13 nameservers');
    const registrant = chg ? txt(kid(chg, 'registrant')) : '';
    if (registrant && !this.contacts.has(registrant)) return reply(2303, `contact ${registrant} does not exist`, el('contact', 'id', registrant));
    const authInfo = txt(kid(kid(chg, 'authInfo'), 'pw'));

    d.ns = ns;
    remNs.hosts.forEach((h) => d.glue.delete(h));
    addNs.glue.forEach((addrs, h) => d.glue.set(h, addrs));
    remStatus.forEach((s) => d.statuses.delete(s));
    addStatus.forEach((s) => d.statuses.add(s));
    if (registrant) d.registrant = registrant;
    if (authInfo) d.authInfo = authInfo;
    this.touch(d, clID);
    return reply(1000);
  }

  /**
   * RFC 3915 redemption grace period, as Nomulus DomainDeleteFlow does it: a
   * delete within the add grace period removes the domain at once (1000);
   * later it becomes pendingDelete (1001) for the redemption period and is
   * purged afterwards (see purge). A domain already pendingDelete, or one
   * with subordinate host objects (2305), cannot be deleted.
   */
  private domainDelete(clID: string, del: Node, trid: Trid): Reply {
    const d = this.sponsored(clID, txt(kid(del, 'name')));
    if (isReply(d)) return d;
    if (['clientDeleteProhibited', 'serverDeleteProhibited', 'pendingDelete', 'pendingTransfer'].some((s) => d.statuses.has(s))) {
      return reply(2304, `${d.name} has status ${[...d.statuses].join(' ')}`, el('domain', 'name', d.name));
    }
    if (d.hosts.size) {
      return reply(2305, `${d.name} has subordinate host objects: ${[...d.hosts].join(', ')}`, el('domain', 'name', d.name));
    }
    if (Date.now() - d.crDate.getTime() < this.addGraceMs) {
      this.domains.delete(d.name);
      return reply(1000);
    }
    d.statuses = new Set(['pendingDelete']);
    d.deleteTrID = `${trid.clTRID ? `<clTRID>${esc(trid.clTRID)}</clTRID>` : ''}<svTRID>${trid.svTRID}</svTRID>`;
    this.touch(d, clID);
    return reply(1001);
  }

  private domainRenew(clID: string, renew: Node): Reply {
    const d = this.sponsored(clID, txt(kid(renew, 'name')));
    if (isReply(d)) return d;
    if (['clientRenewProhibited', 'serverRenewProhibited', 'pendingTransfer', 'pendingDelete'].some((s) => d.statuses.has(s))) {
      return reply(2304, `${d.name} has status ${[...d.statuses].join(' ')}`, el('domain', 'name', d.name));
    }
    // curExpDate guards against renewing twice by mistake (RFC 5731 §3.2.3).
    const curExpDate = txt(kid(renew, 'curExpDate'));
    if (curExpDate !== d.exDate.toISOString().slice(0, 10)) return reply(2004, 'curExpDate does not match the expiry date', el('domain', 'curExpDate', curExpDate));
    const years = this.years(kid(renew, 'period'), 1);
    const exDate = years === undefined ? undefined : addYears(d.exDate, years);
    if (!exDate || exDate.getTime() > addYears(new Date(), 10).getTime()) return reply(2004, 'at most 10 years ahead');
    d.exDate = exDate;
    this.touch(d, clID);
    return {
      code: 1000,
      resData: `<domain:renData xmlns:domain="${DOMAIN_NS}"><domain:name>${esc(d.name)}</domain:name><domain:exDate>${isoDate(exDate)}</domain:exDate></domain:renData>`,
    };
  }

  private domainTransfer(clID: string, op: string, transfer: Node): Reply {
    const name = txt(kid(transfer, 'name'));
    const d = this.domains.get(name);
    if (!d) return reply(2303, `no domain ${name}`, el('domain', 'name', name));
    const authNode = kid(kid(transfer, 'authInfo'), 'pw');
    const authOk = authNode !== undefined && txt(authNode) === d.authInfo;
    if (op === 'request') {
      if (d.clID === clID) return reply(2106, 'already sponsored by you');
      if (!authNode) return reply(2003, 'authInfo');
      if (!authOk) return reply(2202);
      if (d.statuses.has('pendingTransfer')) return reply(2300, `${name} is already pending transfer`, el('domain', 'name', name));
      if (['clientTransferProhibited', 'serverTransferProhibited', 'pendingDelete'].some((s) => d.statuses.has(s))) {
        return reply(2304, `${name} has status ${[...d.statuses].join(' ')}`, el('domain', 'name', name));
      }
      const years = this.years(kid(transfer, 'period'), 1);
      if (years === undefined) return reply(2004, 'period must be 1 to 10 years');
      const now = new Date();
      d.transfer = { status: 'pending', reID: clID, reDate: now, acID: d.clID, acDate: new Date(now.getTime() + 5 * DAY_MS), years };
      d.statuses.delete('ok');
      d.statuses.add('pendingTransfer');
      // RFC 5731 §3.2.4: the losing registrar is told through its poll queue.
      this.notify(d.transfer.acID, 'Transfer requested.', this.trnData(d));
      return { code: 1001, resData: this.trnData(d) };
    }
    const t = d.transfer;
    if (!t) return reply(2301, `${name} has no transfer`, el('domain', 'name', name));
    if (op === 'query') {
      if (clID !== d.clID && clID !== t.reID && !authOk) return reply(2201, 'neither sponsor nor requester, and no authInfo');
      return { code: 1000, resData: this.trnData(d) };
    }
    if (t.status !== 'pending') return reply(2301, `${name} is not pending transfer`, el('domain', 'name', name));
    if (op === 'cancel' && clID === t.reID) return this.finishTransfer(d, 'clientCancelled');
    if (op === 'approve' && clID === d.clID) return this.finishTransfer(d, 'clientApproved');
    if (op === 'reject' && clID === d.clID) return this.finishTransfer(d, 'clientRejected');
    return reply(2201, `${op} not allowed`);
  }

  /** Ends a transfer and tells both sides what they did not do themselves (as Nomulus' transfer flows queue it). */
  private finishTransfer(d: DomainRecord, status: Transfer['status']): Reply {
    const t = d.transfer;
    if (!t) return reply(2301, d.name);
    t.status = status;
    d.statuses.delete('pendingTransfer');
    if (status === 'clientApproved' || status === 'serverApproved') {
      d.clID = t.reID;
      d.exDate = addYears(d.exDate, t.years);
      d.trDate = new Date();
      // Subordinate hosts move with their domain.
      for (const name of d.hosts) {
        const host = this.hosts.get(name);
        if (host) host.clID = t.reID;
      }
    }
    if (d.statuses.size === 0) d.statuses.add('ok');
    const text = `Transfer ${status === 'clientCancelled' ? 'cancelled' : status === 'clientRejected' ? 'rejected' : 'approved'}.`;
    if (status !== 'clientCancelled') this.notify(t.reID, text, this.trnData(d));
    if (status !== 'clientApproved' && status !== 'clientRejected') this.notify(t.acID, text, this.trnData(d));
    return { code: 1000, resData: this.trnData(d) };
  }

  private trnData(d: DomainRecord): string {
    const t = d.transfer as Transfer;
    return (
      `<domain:trnData xmlns:domain="${DOMAIN_NS}"><domain:name>${esc(d.name)}</domain:name>` +
      `<domain:trStatus>${t.status}</domain:trStatus><domain:reID>${esc(t.reID)}</domain:reID>` +
      `<domain:reDate>${isoDate(t.reDate)}</domain:reDate><domain:acID>${esc(t.acID)}</domain:acID>` +
      `<domain:acDate>${isoDate(t.acDate)}</domain:acDate><domain:exDate>${isoDate(d.exDate)}</domain:exDate></domain:trnData>`
    );
  }

  // ---------------------------------------------------------------- host commands (RFC 5732)

  private hostCheck(check: Node): Reply {
    const names = kids(check, 'name').map(txt);
    for (const name of names) {
      const syntax = nameSyntaxError(name);
      if (syntax) return reply(2005, syntax, el('host', 'name', name));
    }
    const cds = names.map((n) => {
      const used = this.hosts.has(n);
      return `<host:cd><host:name avail="${used ? 0 : 1}">${esc(n)}</host:name>${used ? '<host:reason>In use</host:reason>' : ''}</host:cd>`;
    });
    return { code: 1000, resData: `<host:chkData xmlns:host="${HOST_NS}">${cds.join('')}</host:chkData>` };
  }

  private linkedTo(host: string): string[] {
    return [...this.domains.values()].filter((d) => d.ns.includes(host)).map((d) => d.name);
  }

  private hostInfo(info: Node): Reply {
    const name = txt(kid(info, 'name'));
    const h = this.hosts.get(name);
    if (!h) return reply(2303, `no host ${name}`, el('host', 'name', name));
    const linked = this.linkedTo(name).length ? '<host:status s="linked"/>' : '';
    return {
      code: 1000,
      resData:
        `<host:infData xmlns:host="${HOST_NS}"><host:name>${esc(h.name)}</host:name><host:roid>${h.roid}</host:roid>` +
        `<host:status s="ok"/>${linked}${addrXml('host', 'addr', h.addrs)}<host:clID>${esc(h.clID)}</host:clID>` +
        `<host:crID>${esc(h.crID)}</host:crID><host:crDate>${isoDate(h.crDate)}</host:crDate></host:infData>`,
    };
  }

  /**
   * Host create as Nomulus does it (HostCreateFlow, HostFlowUtils): a host
   * inside one of the registry's zones is subordinate to the domain it falls
   * under, which must exist (2303), be the client's (2201) and not be
   * pendingDelete (2304), and it needs IP addresses (2003); a host outside
   * them must not have any (2004). Names must be lower-case A-labels at least
   * two levels below the top-level label.
   */
  private hostCreate(clID: string, create: Node): Reply {
    const name = txt(kid(create, 'name'));
    const value = el('host', 'name', name);
    const syntax = nameSyntaxError(name);
    if (syntax) return reply(2005, syntax, value);
    if (name.split('.').length < 3) return reply(2306, 'host names must be at least two levels below the top-level domain', value);
    if (this.hosts.has(name)) return reply(2302, `host ${name} exists`, value);
    const addrs = addrsOf(kids(create, 'addr'));
    if (typeof addrs === 'string') return reply(2005, addrs, value);
    const zone = this.zoneOf(name);
    let superordinate: DomainRecord | undefined;
    if (zone) {
      const label = name.slice(0, -zone.length - 1).split('.').pop();
      const domain = `${label}.${zone}`;
      superordinate = this.domains.get(domain);
      if (!superordinate) return reply(2303, `superordinate domain ${domain} does not exist`, el('domain', 'name', domain));
      if (superordinate.clID !== clID) return reply(2201, `superordinate domain ${domain} is sponsored by another registrar`, value);
      if (superordinate.statuses.has('pendingDelete')) return reply(2304, `superordinate domain ${domain} is pending delete`, value);
      if (!addrs.length) return reply(2003, 'subordinate hosts must have an IP address', value);
    } else if (addrs.length) {
      return reply(2004, 'external hosts must not have IP addresses', value);
    }
    const now = new Date();
    this.hosts.set(name, { name, roid: this.roid('H'), clID, crID: clID, crDate: now, addrs, superordinate: superordinate?.name });
    superordinate?.hosts.add(name);
    return {
      code: 1000,
      resData: `<host:creData xmlns:host="${HOST_NS}"><host:name>${esc(name)}</host:name><host:crDate>${isoDate(now)}</host:crDate></host:creData>`,
    };
  }

  /** RFC 5732 §3.2.2: a host that any domain still uses as a nameserver cannot be deleted (2305). */
  private hostDelete(clID: string, del: Node): Reply {
    const name = txt(kid(del, 'name'));
    const h = this.hosts.get(name);
    if (!h) return reply(2303, `no host ${name}`, el('host', 'name', name));
    if (h.clID !== clID) return reply(2201, `host ${name} is sponsored by another registrar`, el('host', 'name', name));
    const linked = this.linkedTo(name);
    if (linked.length) return reply(2305, `host ${name} is a nameserver of ${linked.join(', ')}`, el('host', 'name', name));
    this.hosts.delete(name);
    if (h.superordinate) this.domains.get(h.superordinate)?.hosts.delete(name);
    return reply(1000);
  }

  // ---------------------------------------------------------------- contact commands

  private contactCheck(check: Node): Reply {
    const cds = kids(check, 'id').map((n) => {
      const id = txt(n);
      return `<contact:cd><contact:id avail="${this.contacts.has(id) ? 0 : 1}">${esc(id)}</contact:id></contact:cd>`;
    });
    return { code: 1000, resData: `<contact:chkData xmlns:contact="${CONTACT_NS}">${cds.join('')}</contact:chkData>` };
  }

  private contactInfo(clID: string, info: Node): Reply {
    const c = this.contacts.get(txt(kid(info, 'id')));
    if (!c) return reply(2303, `no contact ${txt(kid(info, 'id'))}`, el('contact', 'id', txt(kid(info, 'id'))));
    const opt = (tag: string, v?: string) => (v ? `<contact:${tag}>${esc(v)}</contact:${tag}>` : '');
    return {
      code: 1000,
      resData:
        `<contact:infData xmlns:contact="${CONTACT_NS}">${opt('id', c.id)}${opt('roid', c.roid)}<contact:status s="ok"/>` +
        `<contact:postalInfo type="${c.postalType}">${opt('name', c.name)}${opt('org', c.org)}<contact:addr>` +
        `${c.street.map((s) => opt('street', s)).join('')}${opt('city', c.city)}${opt('sp', c.sp)}${opt('pc', c.pc)}${opt('cc', c.cc)}` +
        `</contact:addr></contact:postalInfo>${opt('voice', c.voice)}${opt('email', c.email)}${opt('clID', c.clID)}` +
        `${opt('crID', c.clID)}${opt('crDate', isoDate(c.crDate))}` +
        `${c.clID === clID ? `<contact:authInfo><contact:pw>${esc(c.authInfo)}</contact:pw></contact:authInfo>` : ''}</contact:infData>`,
    };
  }

  private contactCreate(clID: string, create: Node): Reply {
    const id = txt(kid(create, 'id'));
    if (this.contacts.has(id)) return reply(2302, `contact ${id} exists`, el('contact', 'id', id));
    const postal = kid(create, 'postalInfo') ?? {};
    const addr = kid(postal, 'addr');
    const cc = txt(kid(addr, 'cc')).toUpperCase();
    if (!/^[A-Z]{2}$/.test(cc)) return reply(2005, 'country code', el('contact', 'cc', cc));
    if (this.options.requireVoice && !txt(kid(create, 'voice'))) return reply(2003, 'voice: this registry requires the contact\'s phone number');
    const now = new Date();
    this.contacts.set(id, {
      id,
      roid: this.roid('C'),
      clID,
      crDate: now,
      postalType: String(postal['@_type']),
      name: txt(kid(postal, 'name')),
      org: txt(kid(postal, 'org')) || undefined,
      street: kids(addr, 'street').map(txt).filter(Boolean),
      city: txt(kid(addr, 'city')),
      sp: txt(kid(addr, 'sp')) || undefined,
      pc: txt(kid(addr, 'pc')) || undefined,
      cc,
      voice: txt(kid(create, 'voice')) || undefined,
      email: txt(kid(create, 'email')),
      authInfo: txt(kid(kid(create, 'authInfo'), 'pw')),
    });
    return {
      code: 1000,
      resData: `<contact:creData xmlns:contact="${CONTACT_NS}"><contact:id>${esc(id)}</contact:id><contact:crDate>${isoDate(now)}</contact:crDate></contact:creData>`,
    };
  }

  // ---------------------------------------------------------------- helpers

  private roid(kind: 'D' | 'C' | 'H'): string {
    return `${kind}${++this.seq}-TEST`;
  }

  private touch(d: DomainRecord, clID: string): void {
    d.upID = clID;
    d.upDate = new Date();
    if (d.statuses.size > 1) d.statuses.delete('ok');
    if (d.statuses.size === 0) d.statuses.add('ok');
  }

  private notify(clID: string, text: string, resData?: string): void {
    const queue = this.messages.get(clID) ?? [];
    queue.push({ id: String(++this.seq), date: new Date(), text, resData });
    this.messages.set(clID, queue);
  }
}
