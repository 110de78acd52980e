/**
 * An EPP test registry over TLS (RFC 5730 core, 5731 domain, 5733 contact,
 * 5734 transport). It greets first, requires login, validates every frame it
 * receives against the EPP XSDs before acting on it (2001 when invalid), keeps
 * domains and contacts in memory and records every frame in both directions
 * so tests can check that all of them validate.
 */
import tls from 'node:tls';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

const XSD_DIR = process.env.EPP_XSD_DIR ?? '/work/shared/protocols/epp-xsd';
const EPP_NS = 'urn:ietf:params:xml:ns:epp-1.0';
const DOMAIN_NS = 'urn:ietf:params:xml:ns:domain-1.0';
const CONTACT_NS = 'urn:ietf:params:xml:ns:contact-1.0';
const HOST_NS = 'urn:ietf:params:xml:ns:host-1.0';
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

/** A throw-away self-signed certificate for localhost and 127.0.0.1. */
export function selfSignedCertificate(): Certificate {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'epp-cert-'));
  try {
    const key = path.join(dir, 'key.pem');
    const cert = path.join(dir, 'cert.pem');
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', key, '-out', cert,
        '-days', '2', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1'],
      { stdio: 'ignore' },
    );
    return { key: fs.readFileSync(key, 'utf8'), cert: fs.readFileSync(cert, 'utf8') };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
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

  static async connect(port: number, ca: string): Promise<RawEppClient> {
    const socket = tls.connect({ host: '127.0.0.1', port, ca });
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

const DOMAIN_RE = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

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
  statuses: Set<string>;
  authInfo: string;
  transfer?: Transfer;
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
  clID: string;
  registrant: string;
  statuses: string[];
  nameservers: string[];
  /** YYYY-MM-DD */
  expiryDate: string;
  authInfo: string;
  transferStatus?: string;
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

interface Reply {
  code: number;
  detail?: string;
  resData?: string;
  msgQ?: string;
  close?: boolean;
}

interface Session {
  socket: tls.TLSSocket;
  clID?: string;
  queue: Promise<void>;
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
  2106: 'Object is not eligible for transfer',
  2200: 'Authentication error',
  2201: 'Authorization error',
  2202: 'Invalid authorization information',
  2300: 'Object pending transfer',
  2301: 'Object not pending transfer',
  2302: 'Object exists',
  2303: 'Object does not exist',
  2304: 'Object status prohibits operation',
  2306: 'Parameter value policy error',
  2307: 'Unimplemented object service',
  2400: 'Command failed',
  2502: 'Session limit exceeded; server closing connection',
};

const reply = (code: number, detail?: string): Reply => ({ code, detail });

export class EppTestServer {
  readonly frames: FrameRecord[] = [];
  readonly certificate = selfSignedCertificate();
  /** Names of successful domain:create commands, in order (a duplicate create shows up twice). */
  readonly creates: string[] = [];
  private readonly validator = new XsdValidator();
  private server?: tls.Server;
  private readonly sessions = new Set<Session>();
  private readonly domains = new Map<string, DomainRecord>();
  private readonly contacts = new Map<string, ContactRecord>();
  private readonly messages = new Map<string, { id: string; date: Date; text: string }[]>();
  private readonly reserved = new Set<string>();
  private fault?: { mode: FailMode; command?: string };
  private seq = 0;

  constructor(private readonly accounts: Record<string, Account>) {}

  get port(): number {
    const address = this.server?.address();
    if (!address || typeof address === 'string') throw new Error('server not started');
    return address.port;
  }

  async start(): Promise<void> {
    await this.validator.start();
    this.server = tls.createServer({ key: this.certificate.key, cert: this.certificate.cert }, (socket) => this.accept(socket));
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

  domain(name: string): DomainSnapshot | undefined {
    const d = this.domains.get(name);
    if (!d) return undefined;
    return {
      name: d.name,
      clID: d.clID,
      registrant: d.registrant,
      statuses: [...d.statuses].sort(),
      nameservers: [...d.ns],
      expiryDate: d.exDate.toISOString().slice(0, 10),
      authInfo: d.authInfo,
      transferStatus: d.transfer?.status,
    };
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

  reserve(name: string): void {
    this.reserved.add(name);
  }

  /** Puts a domain in place as if another registrar had registered it. */
  seedDomain(o: { name: string; clID: string; authInfo: string; years?: number; statuses?: string[] }): void {
    const now = new Date();
    this.domains.set(o.name, {
      name: o.name,
      roid: this.roid('D'),
      clID: o.clID,
      crID: o.clID,
      crDate: now,
      exDate: addYears(now, o.years ?? 1),
      registrant: 'SEEDCONTACT',
      contacts: [],
      ns: ['ns1.seed.example'],
      statuses: new Set(o.statuses?.length ? o.statuses : ['ok']),
      authInfo: o.authInfo,
    });
  }

  /** The registry approves a pending transfer on its own (as after the transfer period). */
  approveTransfer(name: string): void {
    const d = this.domains.get(name);
    if (!d?.transfer || d.transfer.status !== 'pending') throw new Error(`no pending transfer for ${name}`);
    this.finishTransfer(d, 'serverApproved');
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
    const session: Session = { socket, queue: Promise.resolve() };
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
        session.queue = session.queue.then(() => this.send(session, reply(2001, 'bad frame length'), undefined, true));
      },
    );
    socket.on('data', (chunk: Buffer) => reader.push(chunk));
    this.sendRaw(session, this.greeting());
  }

  private sendRaw(session: Session, xml: string): void {
    this.frames.push({ direction: 'out', xml });
    if (!session.socket.destroyed) session.socket.write(frame(xml));
  }

  private send(session: Session, r: Reply, clTRID: string | undefined, close = r.close): void {
    const msg = r.detail ? `${MESSAGES[r.code]}: ${r.detail}` : MESSAGES[r.code];
    const trID = `<trID>${clTRID ? `<clTRID>${esc(clTRID)}</clTRID>` : ''}<svTRID>SV-${++this.seq}</svTRID></trID>`;
    this.sendRaw(
      session,
      `<?xml version="1.0" encoding="UTF-8" standalone="no"?><epp xmlns="${EPP_NS}"><response>` +
        `<result code="${r.code}"><msg>${esc(msg)}</msg></result>${r.msgQ ?? ''}` +
        `${r.resData ? `<resData>${r.resData}</resData>` : ''}${trID}</response></epp>`,
    );
    if (close) session.socket.end();
  }

  private greeting(): string {
    return (
      `<?xml version="1.0" encoding="UTF-8" standalone="no"?><epp xmlns="${EPP_NS}"><greeting>` +
      `<svID>EPP Test Registry</svID><svDate>${isoDate(new Date())}</svDate>` +
      `<svcMenu><version>1.0</version><lang>en</lang><objURI>${DOMAIN_NS}</objURI><objURI>${CONTACT_NS}</objURI></svcMenu>` +
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
      this.send(session, reply(2001, 'not well-formed XML'), undefined, true);
      return;
    }
    const result = await this.validator.validate(xml);
    Object.assign(record, result);
    if (!result.valid) {
      this.send(session, reply(2001, result.errors[0]?.replace(/^frame0\.xml:\d+: /, '').slice(0, 200)), undefined);
      return;
    }
    const epp = kid(rawParser.parse(xml) as Node, 'epp') ?? {};
    if (kid(epp, 'hello')) return this.sendRaw(session, this.greeting());
    const command = kid(epp, 'command');
    if (!command) return this.send(session, reply(2001, 'expected a command'), undefined);
    const clTRID = txt(kid(command, 'clTRID')) || undefined;

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

    const fault = this.takeFault(name);
    if (fault === 'error') return this.send(session, reply(2400, 'injected failure'), clTRID);
    if (fault === 'timeout') return;
    const answer = this.dispatch(session, name, verb, object);
    if (fault === 'apply-then-timeout') return;
    this.send(session, answer, clTRID);
  }

  private takeFault(name: string): FailMode | undefined {
    const fault = this.fault;
    if (!fault) return undefined;
    const matches = fault.command ? fault.command === name : name !== 'login' && name !== 'logout';
    if (!matches) return undefined;
    this.fault = undefined;
    return fault.mode;
  }

  private dispatch(session: Session, name: string, verb: Node, object: Node): Reply {
    if (name === 'login') return this.login(session, verb);
    if (!session.clID) return reply(2002, 'log in first');
    const clID = session.clID;
    switch (name) {
      case 'logout':
        return { code: 1500, close: true };
      case 'poll':
        return this.poll(clID, verb);
      case 'domain:check':
        return this.domainCheck(object);
      case 'domain:info':
        return this.domainInfo(clID, object);
      case 'domain:create':
        return this.domainCreate(clID, object);
      case 'domain:update':
        return this.domainUpdate(clID, object);
      case 'domain:delete':
        return this.domainDelete(clID, object);
      case 'domain:renew':
        return this.domainRenew(clID, object);
      case 'domain:transfer':
        return this.domainTransfer(clID, String(verb['@_op']), object);
      case 'contact:check':
        return this.contactCheck(object);
      case 'contact:info':
        return this.contactInfo(clID, object);
      case 'contact:create':
        return this.contactCreate(clID, object);
      default:
        return name.startsWith('domain:') || name.startsWith('contact:') ? reply(2101, name) : reply(2307, name);
    }
  }

  // ---------------------------------------------------------------- session commands

  private login(session: Session, login: Node): Reply {
    if (session.clID) return reply(2002, 'already logged in');
    const clID = txt(kid(login, 'clID'));
    const account = this.accounts[clID];
    if (!account || account.password !== txt(kid(login, 'pw'))) return reply(2200, 'wrong client ID or password');
    if (kid(login, 'newPW')) return reply(2102, 'password change');
    if (txt(kid(kid(login, 'options'), 'lang')) !== 'en') return reply(2102, 'language');
    const unknown = kids(kid(login, 'svcs'), 'objURI').map(txt).filter((u) => u !== DOMAIN_NS && u !== CONTACT_NS);
    if (unknown.length) return reply(2307, unknown.join(' '));
    const active = [...this.sessions].filter((s) => s.clID === clID).length;
    if (account.sessionLimit !== undefined && active >= account.sessionLimit) return { code: 2502, close: true };
    session.clID = clID;
    return reply(1000);
  }

  private poll(clID: string, poll: Node): Reply {
    const queue = this.messages.get(clID) ?? [];
    if (poll['@_op'] === 'ack') {
      const index = queue.findIndex((m) => m.id === poll['@_msgID']);
      if (index < 0) return reply(2303, 'message');
      const [acked] = queue.splice(index, 1);
      return { code: 1000, msgQ: `<msgQ count="${queue.length}" id="${esc(acked.id)}"/>` };
    }
    const first = queue[0];
    if (!first) return reply(1300);
    return {
      code: 1301,
      msgQ: `<msgQ count="${queue.length}" id="${esc(first.id)}"><qDate>${isoDate(first.date)}</qDate><msg>${esc(first.text)}</msg></msgQ>`,
    };
  }

  // ---------------------------------------------------------------- domain commands

  private sponsored(clID: string, name: string): DomainRecord | Reply {
    const d = this.domains.get(name);
    if (!d) return reply(2303, name);
    if (d.clID !== clID) return reply(2201, `${name} is sponsored by another registrar`);
    return d;
  }

  private domainCheck(check: Node): Reply {
    const names = kids(check, 'name').map((n) => txt(n).toLowerCase());
    if (names.some((n) => !DOMAIN_RE.test(n))) return reply(2005, 'domain name');
    const cds = names.map((n) => {
      const reason = this.domains.has(n) ? 'In use' : this.reserved.has(n) ? 'Reserved' : undefined;
      const name = `<domain:name avail="${reason ? 0 : 1}">${esc(n)}</domain:name>`;
      return `<domain:cd>${name}${reason ? `<domain:reason>${reason}</domain:reason>` : ''}</domain:cd>`;
    });
    return { code: 1000, resData: `<domain:chkData xmlns:domain="${DOMAIN_NS}">${cds.join('')}</domain:chkData>` };
  }

  private domainInfo(clID: string, info: Node): Reply {
    const name = txt(kid(info, 'name')).toLowerCase();
    const d = this.domains.get(name);
    if (!d) return reply(2303, name);
    const authInfo = kid(kid(info, 'authInfo'), 'pw');
    if (authInfo && txt(authInfo) !== d.authInfo) return reply(2202);
    // Others see the domain without its authInfo (RFC 5731 §3.1.2).
    const full = d.clID === clID || authInfo !== undefined;
    const opt = (tag: string, v?: string | Date) =>
      v ? `<domain:${tag}>${esc(v instanceof Date ? isoDate(v) : v)}</domain:${tag}>` : '';
    const statuses = [...d.statuses].map((s) => `<domain:status s="${s}"/>`).join('');
    const contacts = d.contacts.map((c) => `<domain:contact type="${c.type}">${esc(c.id)}</domain:contact>`).join('');
    const ns = d.ns.length ? `<domain:ns>${d.ns.map((h) => `<domain:hostAttr><domain:hostName>${esc(h)}</domain:hostName></domain:hostAttr>`).join('')}</domain:ns>` : '';
    return {
      code: 1000,
      resData:
        `<domain:infData xmlns:domain="${DOMAIN_NS}">${opt('name', d.name)}${opt('roid', d.roid)}${statuses}` +
        `${opt('registrant', d.registrant)}${contacts}${ns}${opt('clID', d.clID)}${opt('crID', d.crID)}${opt('crDate', d.crDate)}` +
        `${opt('upID', d.upID)}${opt('upDate', d.upDate)}${opt('exDate', d.exDate)}${opt('trDate', d.trDate)}` +
        `${full ? `<domain:authInfo><domain:pw>${esc(d.authInfo)}</domain:pw></domain:authInfo>` : ''}</domain:infData>`,
    };
  }

  private years(period: Node | undefined, fallback: number): number | undefined {
    if (!period) return fallback;
    const value = Number(txt(period));
    const years = period['@_unit'] === 'm' ? value / 12 : value;
    return Number.isInteger(years) && years >= 1 && years <= 10 ? years : undefined;
  }

  private hostAttrs(ns: Node | undefined): string[] | Reply {
    if (!ns) return [];
    if (kids(ns, 'hostObj').length) return reply(2102, 'this registry takes hostAttr nameservers only');
    const hosts = kids(ns, 'hostAttr').map((h) => txt(kid(h, 'hostName')).toLowerCase());
    if (hosts.some((h) => !DOMAIN_RE.test(h))) return reply(2005, 'host name');
    if (hosts.length > 13) return reply(2004, 'at most 13 nameservers');
    return hosts;
  }

  private domainCreate(clID: string, create: Node): Reply {
    const name = txt(kid(create, 'name')).toLowerCase();
    if (!DOMAIN_RE.test(name)) return reply(2005, 'domain name');
    if (this.domains.has(name)) return reply(2302, name);
    if (this.reserved.has(name)) return reply(2306, `${name} is reserved`);
    const years = this.years(kid(create, 'period'), 1);
    if (years === undefined) return reply(2004, 'period must be 1 to 10 years');
    const registrant = txt(kid(create, 'registrant'));
    if (!registrant) return reply(2003, 'registrant');
    const contacts = kids(create, 'contact').map((c) => ({ type: String(c['@_type'] ?? 'admin'), id: txt(c) }));
    const missing = [registrant, ...contacts.map((c) => c.id)].find((id) => !this.contacts.has(id));
    if (missing) return reply(2303, `contact ${missing}`);
    const ns = this.hostAttrs(kid(create, 'ns'));
    if (!Array.isArray(ns)) return ns;
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
      ns,
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
    const d = this.sponsored(clID, txt(kid(update, 'name')).toLowerCase());
    if (!('roid' in d)) return d;
    const add = kid(update, 'add');
    const rem = kid(update, 'rem');
    const chg = kid(update, 'chg');
    const addStatus = kids(add, 'status').map((s) => String(s['@_s']));
    const remStatus = kids(rem, 'status').map((s) => String(s['@_s']));
    const locked = (d.statuses.has('clientUpdateProhibited') && !remStatus.includes('clientUpdateProhibited')) ||
      ['serverUpdateProhibited', 'pendingDelete', 'pendingTransfer'].some((s) => d.statuses.has(s));
    if (locked) return reply(2304, [...d.statuses].join(' '));
    if ([...addStatus, ...remStatus].some((s) => !s.startsWith('client'))) return reply(2306, 'clients may only set client* statuses');
    if (addStatus.some((s) => d.statuses.has(s))) return reply(2306, 'status already set');
    if (remStatus.some((s) => !d.statuses.has(s))) return reply(2306, 'status not set');
    const addNs = this.hostAttrs(kid(add, 'ns'));
    if (!Array.isArray(addNs)) return addNs;
    const remNs = this.hostAttrs(kid(rem, 'ns'));
    if (!Array.isArray(remNs)) return remNs;
    if (addNs.some((h) => d.ns.includes(h))) return reply(2306, 'nameserver already set');
    if (remNs.some((h) => !d.ns.includes(h))) return reply(2306, 'nameserver not set');
    const ns = [...d.ns.filter((h) => !remNs.includes(h)), ...addNs];
    if (ns.length > 13) return reply(2004, 'at most 13 nameservers');
    const registrant = chg ? txt(kid(chg, 'registrant')) : '';
    if (registrant && !this.contacts.has(registrant)) return reply(2303, `contact ${registrant}`);
    const authInfo = txt(kid(kid(chg, 'authInfo'), 'pw'));

    d.ns = ns;
    remStatus.forEach((s) => d.statuses.delete(s));
    addStatus.forEach((s) => d.statuses.add(s));
    if (registrant) d.registrant = registrant;
    if (authInfo) d.authInfo = authInfo;
    this.touch(d, clID);
    return reply(1000);
  }

  private domainDelete(clID: string, del: Node): Reply {
    const d = this.sponsored(clID, txt(kid(del, 'name')).toLowerCase());
    if (!('roid' in d)) return d;
    if (['clientDeleteProhibited', 'serverDeleteProhibited', 'pendingTransfer'].some((s) => d.statuses.has(s))) {
      return reply(2304, [...d.statuses].join(' '));
    }
    this.domains.delete(d.name);
    return reply(1000);
  }

  private domainRenew(clID: string, renew: Node): Reply {
    const d = this.sponsored(clID, txt(kid(renew, 'name')).toLowerCase());
    if (!('roid' in d)) return d;
    if (['clientRenewProhibited', 'serverRenewProhibited', 'pendingTransfer'].some((s) => d.statuses.has(s))) {
      return reply(2304, [...d.statuses].join(' '));
    }
    // curExpDate guards against renewing twice by mistake (RFC 5731 §3.2.3).
    if (txt(kid(renew, 'curExpDate')) !== d.exDate.toISOString().slice(0, 10)) return reply(2004, 'curExpDate does not match');
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
    const name = txt(kid(transfer, 'name')).toLowerCase();
    const d = this.domains.get(name);
    if (!d) return reply(2303, name);
    const authNode = kid(kid(transfer, 'authInfo'), 'pw');
    const authOk = authNode !== undefined && txt(authNode) === d.authInfo;
    if (op === 'request') {
      if (d.clID === clID) return reply(2106, 'already sponsored by you');
      if (!authNode) return reply(2003, 'authInfo');
      if (!authOk) return reply(2202);
      if (d.statuses.has('pendingTransfer')) return reply(2300, name);
      if (['clientTransferProhibited', 'serverTransferProhibited'].some((s) => d.statuses.has(s))) {
        return reply(2304, [...d.statuses].join(' '));
      }
      const years = this.years(kid(transfer, 'period'), 1);
      if (years === undefined) return reply(2004, 'period must be 1 to 10 years');
      const now = new Date();
      d.transfer = { status: 'pending', reID: clID, reDate: now, acID: d.clID, acDate: new Date(now.getTime() + 5 * DAY_MS), years };
      d.statuses.delete('ok');
      d.statuses.add('pendingTransfer');
      this.notify(d.transfer.acID, `Transfer of ${name} requested by ${clID}`);
      return { code: 1001, resData: this.trnData(d) };
    }
    const t = d.transfer;
    if (!t) return reply(2301, name);
    if (op === 'query') {
      if (clID !== d.clID && clID !== t.reID && !authOk) return reply(2201);
      return { code: 1000, resData: this.trnData(d) };
    }
    if (t.status !== 'pending') return reply(2301, name);
    if (op === 'cancel' && clID === t.reID) return this.finishTransfer(d, 'clientCancelled');
    if (op === 'approve' && clID === d.clID) return this.finishTransfer(d, 'clientApproved');
    if (op === 'reject' && clID === d.clID) return this.finishTransfer(d, 'clientRejected');
    return reply(2201, `${op} not allowed`);
  }

  private finishTransfer(d: DomainRecord, status: Transfer['status']): Reply {
    const t = d.transfer;
    if (!t) return reply(2301, d.name);
    t.status = status;
    d.statuses.delete('pendingTransfer');
    if (status === 'clientApproved' || status === 'serverApproved') {
      d.clID = t.reID;
      d.exDate = addYears(d.exDate, t.years);
      d.trDate = new Date();
      this.notify(t.acID, `Transfer of ${d.name} completed`);
    }
    if (d.statuses.size === 0) d.statuses.add('ok');
    return { code: 1000, resData: this.trnData(d) };
  }

  private trnData(d: DomainRecord): string {
    const t = d.transfer as Transfer;
    return (
      `<domain:trnData xmlns:domain="${DOMAIN_NS}"><domain:name>${esc(d.name)}</domain:name>` +
      `<domain:trStatus>${t.status}</domain:trStatus><domain:reID>${esc(t.reID)}</domain:reID>` +
      `<domain:reDate>${isoDate(t.reDate)}</domain:reDate><domain:acID>${esc(t.acID)}</domain:acID>` +
      `<domain:acDate>${isoDate(t.acDate)}</domain:acDate></domain:trnData>`
    );
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
    if (!c) return reply(2303, txt(kid(info, 'id')));
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
    if (this.contacts.has(id)) return reply(2302, id);
    const postal = kid(create, 'postalInfo') ?? {};
    const addr = kid(postal, 'addr');
    const cc = txt(kid(addr, 'cc')).toUpperCase();
    if (!/^[A-Z]{2}$/.test(cc)) return reply(2005, 'country code');
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

  private roid(kind: 'D' | 'C'): string {
    return `${kind}${++this.seq}-TEST`;
  }

  private touch(d: DomainRecord, clID: string): void {
    d.upID = clID;
    d.upDate = new Date();
    if (d.statuses.size > 1) d.statuses.delete('ok');
    if (d.statuses.size === 0) d.statuses.add('ok');
  }

  private notify(clID: string, text: string): void {
    const queue = this.messages.get(clID) ?? [];
    queue.push({ id: String(++this.seq), date: new Date(), text });
    this.messages.set(clID, queue);
  }
}
