/**
 * EPP over TLS (RFC 5734): each frame is a 4-byte big-endian length that
 * counts its own 4 bytes, followed by the XML. The server speaks first with
 * a greeting; the client then logs in and sends one command at a time.
 */
import tls from 'node:tls';
import net from 'node:net';
import { randomBytes } from 'node:crypto';
import { ModuleError } from '@hostbill/plugin-sdk';
import { fail, networkError, resultError } from './errors';
import { CONTACT_NS, DOMAIN_NS, EppResult, Greeting, HOST_NS, RGP_NS, commandFrame, loginBody, logoutBody, parseFrame } from './epp-xml';

const HEADER_BYTES = 4;
/** Far above any real EPP frame; guards against reading garbage as a length. */
const MAX_FRAME_BYTES = 4 * 1024 * 1024;

export function encodeFrame(xml: string): Buffer {
  const body = Buffer.from(xml, 'utf8');
  const header = Buffer.alloc(HEADER_BYTES);
  header.writeUInt32BE(body.length + HEADER_BYTES, 0);
  return Buffer.concat([header, body]);
}

export interface EppConnectOptions {
  host: string;
  port: number;
  rejectUnauthorized: boolean;
  /** PEM of the CA that signed the registry's certificate, when not a public one. */
  ca?: string;
  /** PEM client certificate and its key, for registries that authenticate registrars by certificate too. */
  cert?: string;
  key?: string;
  signal: AbortSignal;
}

export interface LoginOptions {
  clientId: string;
  password: string;
  /** Log in for the host mapping (RFC 5732): nameservers are host objects. */
  hostObjects: boolean;
}

export class EppConnection {
  private buffer = Buffer.alloc(0);
  private frames: string[] = [];
  private waiter?: { resolve(xml: string): void; reject(error: Error): void };
  private failure?: ModuleError;
  private queue: Promise<unknown> = Promise.resolve();
  private counter = 0;
  /**
   * clTRIDs must be unique for the registrar (RFC 5730 §2.5), across every
   * connection of every process: 48 random bits per connection plus a counter.
   */
  private readonly clTRIDPrefix = `HB-${randomBytes(6).toString('hex')}`;
  private readonly onAbort = () => this.destroy(new ModuleError('EPP request timed out or was aborted', { retryable: true }));

  private constructor(
    private readonly socket: tls.TLSSocket,
    private readonly signal: AbortSignal,
  ) {
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('error', (error) => this.destroy(networkError(error)));
    socket.on('close', () => this.destroy(new ModuleError('EPP server closed the connection', { retryable: true })));
    signal.addEventListener('abort', this.onAbort, { once: true });
  }

  /** Connects, waits for the greeting and returns both. */
  static async open(options: EppConnectOptions): Promise<{ connection: EppConnection; greeting: Greeting }> {
    if (options.signal.aborted) throw new ModuleError('EPP request aborted before connecting', { retryable: true });
    let socket: tls.TLSSocket;
    try {
      socket = tls.connect({
        host: options.host,
        port: options.port,
        servername: net.isIP(options.host) ? undefined : options.host,
        rejectUnauthorized: options.rejectUnauthorized,
        ca: options.ca,
        cert: options.cert,
        key: options.key,
      });
    } catch (error) {
      // A certificate or key that does not load (or does not match) fails here, before any I/O.
      throw networkError(error);
    }
    const connection = new EppConnection(socket, options.signal);
    const xml = await connection.nextFrame();
    const { greeting } = connection.parse(xml);
    if (!greeting) throw connection.destroy(fail('EPP server did not start with a greeting'));
    return { connection, greeting };
  }

  async login(greeting: Greeting, options: LoginOptions): Promise<void> {
    const objURIs = [DOMAIN_NS, CONTACT_NS];
    const missing = objURIs.filter((uri) => !greeting.objURIs.includes(uri));
    if (missing.length > 0) throw fail(`EPP server does not offer ${missing.join(', ')}`);
    if (options.hostObjects) {
      // RFC 5731 §1.1: a registry without the host mapping takes nameservers as host attributes only.
      if (!greeting.objURIs.includes(HOST_NS)) throw fail('EPP server has no host objects: turn on "hostAttr" in the server settings');
      objURIs.push(HOST_NS);
    }
    if (!greeting.versions.includes('1.0')) throw fail('EPP server does not speak EPP 1.0');
    const lang = greeting.langs.includes('en') ? 'en' : (greeting.langs[0] ?? 'en');
    // Grace period statuses (RFC 3915) come only to a client that asks for them at login.
    const extURIs = greeting.extURIs.includes(RGP_NS) ? [RGP_NS] : [];
    await this.command(loginBody({ clID: options.clientId, pw: options.password, lang, objURIs, extURIs }), 'login');
  }

  /** Logout answers 1500 and the server closes the connection. */
  async logout(): Promise<void> {
    await this.command(logoutBody, 'logout');
  }

  /** Sends one command and returns its result; result codes ≥ 2000 throw a ModuleError. */
  command(body: string, what: string): Promise<EppResult> {
    // One request in flight: a later call waits for the earlier one's answer.
    const run = this.queue.then(() => this.exchange(body, what));
    this.queue = run.catch(() => undefined);
    return run;
  }

  close(): void {
    this.signal.removeEventListener('abort', this.onAbort);
    this.socket.destroy();
  }

  private async exchange(body: string, what: string): Promise<EppResult> {
    if (this.failure) throw this.failure;
    this.counter += 1;
    const clTRID = `${this.clTRIDPrefix}-${this.counter}`;
    this.socket.write(encodeFrame(commandFrame(body, clTRID)));
    const { response } = this.parse(await this.nextFrame());
    if (!response) throw this.destroy(fail(`EPP server answered ${what} with something other than a response`));
    if (response.code >= 2000) throw resultError(response.code, response.message, response.reasons, what);
    return response;
  }

  private parse(xml: string): ReturnType<typeof parseFrame> {
    try {
      return parseFrame(xml);
    } catch (error) {
      throw this.destroy(fail(`EPP server sent an unreadable frame: ${(error as Error).message}`));
    }
  }

  private nextFrame(): Promise<string> {
    const frame = this.frames.shift();
    if (frame !== undefined) return Promise.resolve(frame);
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.waiter = { resolve, reject };
    });
  }

  private onData(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    while (this.buffer.length >= HEADER_BYTES) {
      const total = this.buffer.readUInt32BE(0);
      if (total <= HEADER_BYTES || total > MAX_FRAME_BYTES) {
        this.destroy(fail(`EPP server sent an invalid frame length ${total}`));
        return;
      }
      if (this.buffer.length < total) return;
      const xml = this.buffer.subarray(HEADER_BYTES, total).toString('utf8');
      this.buffer = this.buffer.subarray(total);
      const waiter = this.waiter;
      this.waiter = undefined;
      if (waiter) waiter.resolve(xml);
      else this.frames.push(xml);
    }
  }

  /** Ends the connection; the first failure is the one every pending and later call sees. */
  private destroy(error: ModuleError): ModuleError {
    this.failure ??= error;
    this.waiter?.reject(this.failure);
    this.waiter = undefined;
    this.close();
    return this.failure;
  }
}
