/**
 * A SpamExperts control-panel API for tests, reproducing what the real one
 * and its official add-ons (cPanel, Plesk, WHMCS) show:
 * - GET /api/<controller>/<action>/format/json/<param>/<value>/... ; each
 *   segment URL-decoded; array parameters are JSON (`["mx.example.net:25"]`).
 * - HTTP Basic auth. Wrong credentials answer HTTP 200 with the error
 *   envelope "Supplied credential is invalid." (the add-ons look for that
 *   line in `messages.error` and treat any non-200 as a transport failure);
 *   a request without an Authorization header gets 401 + WWW-Authenticate.
 * - Every answer: {"messages":{"success":[...]}|{"error":[...]}|[],"result":...}
 *   with HTTP 200, errors included.
 * - Routes are written `host` or `host:port` and read back `host::port`.
 * - Domains belong to an API account (admin or reseller). domain/exists
 *   answers {"present":1} only for a domain of the calling account; for any
 *   other (absent, or another account's) it answers an error envelope, never
 *   {"present":0}:
 *   - N-able's Plesk extension (SpamExperts/plesk-extension,
 *     tests/unit/SpamFilter_ApiTest.php, testCheckDomainPlaintextError):
 *     "The domain 'example.com' does not belong to the admin 'admin-username'";
 *   - the cPanel add-on (SpamExperts/cpanel-addon,
 *     library/SpamFilter/ResellerAPI/Action.php) reads "does not belong to
 *     the reseller" as ALREADYEXISTS_NOT_OWNER;
 *   - sensson/python-spamexperts LIMITATIONS.md: "domain/exists returns an
 *     error instead of {"messages":[],"result":{"present":0}}".
 *   Other calls on another account's domain get the same refusal; on an
 *   absent one "No such domain" (the cPanel add-on's NO_SUCH_DOMAIN).
 *   domain/add of a name protected anywhere answers "Domain already exists."
 *   (plesk-extension tests/unit/SpamFilter_ApiTest.php).
 * - HTTPS with a given certificate, or plain HTTP.
 * State lives in memory; inspection helpers let tests look at it directly.
 */
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { AddressInfo } from 'node:net';

/** The conformance kit's three modes, plus an HTTP 500 for transport-error tests. */
export type FailMode = 'error' | 'timeout' | 'apply-then-timeout' | 'http-500';

export interface ProductFlags {
  incoming: boolean;
  outgoing: boolean;
  archiving: boolean;
}

/** A protected domain as SpamExperts holds it. */
export interface SpamExpertsDomain {
  name: string;
  /** The API account (admin or reseller) the domain belongs to. */
  owner: string;
  /** As read back by domain/getroute: `host::port`. */
  routes: string[];
  aliases: string[];
  products: ProductFlags;
  whitelistedRecipients: string[];
}

export interface RecordedRequest {
  method: string;
  /** Raw request target, still URL-encoded. */
  url: string;
  /** Decoded parameters (after `<controller>/<action>`), including `format`. */
  params: Record<string, string>;
  authorized: boolean;
}

interface Envelope {
  messages: { success: string[] } | { error: string[] } | [];
  result: unknown;
}

type Params = Record<string, string>;

/** An API-level refusal: answered as an error envelope. */
class ApiError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join(' '));
  }
}

const DOMAIN = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/;
const ROUTE = /^([a-z0-9]([a-z0-9.-]*[a-z0-9])?)(:([0-9]{1,5}))?$/;

const success = (...lines: string[]): Envelope => ({ messages: { success: lines }, result: null });
const answer = (result: unknown): Envelope => ({ messages: [], result });

function required(params: Params, name: string): string {
  const value = params[name];
  if (value === undefined || value === '') throw new ApiError([`Incorrect usage of API: missing required parameter '${name}'.`]);
  return value;
}

function domainParam(params: Params, name = 'domain'): string {
  const domain = required(params, name).toLowerCase();
  if (!DOMAIN.test(domain)) throw new ApiError([`Invalid domain name '${domain}'.`]);
  return domain;
}

/** `host` or `host:port` in, `host::port` (port 25 by default) stored. */
function routesParam(params: Params, name: string): string[] {
  let list: unknown;
  try {
    list = JSON.parse(required(params, name));
  } catch {
    throw new ApiError([`Incorrect usage of API: parameter '${name}' must be a JSON array.`]);
  }
  if (!Array.isArray(list) || list.length === 0) throw new ApiError([`Incorrect usage of API: parameter '${name}' must be a non-empty JSON array.`]);
  return list.map((item) => {
    const match = typeof item === 'string' ? ROUTE.exec(item.toLowerCase()) : null;
    const port = match?.[4] === undefined ? 25 : Number(match[4]);
    if (!match || port < 1 || port > 65535) throw new ApiError([`Destination '${String(item)}' is not a valid host[:port].`]);
    return `${match[1]}::${port}`;
  });
}

function flagParam(params: Params, name: string, current: boolean): boolean {
  const value = params[name];
  if (value === undefined) return current;
  if (value !== '0' && value !== '1') throw new ApiError([`Incorrect usage of API: parameter '${name}' must be 0 or 1.`]);
  return value === '1';
}

export interface SpamExpertsServerOptions {
  username?: string;
  password?: string;
  /** The API account's level; it appears in the "does not belong to the …" refusals. */
  role?: 'admin' | 'reseller';
  /** Serve HTTPS with this certificate; plain HTTP without. */
  tls?: { key: string; cert: string };
}

export class SpamExpertsTestServer {
  readonly requests: RecordedRequest[] = [];
  readonly username: string;
  readonly password: string;
  readonly role: 'admin' | 'reseller';
  private readonly domains = new Map<string, SpamExpertsDomain>();
  private readonly http: Server;
  private failure?: { mode: FailMode; skip: number };
  private readonly holds: { arrived: () => void; released: Promise<void> }[] = [];

  constructor(options: SpamExpertsServerOptions = {}) {
    this.username = options.username ?? 'api-reseller';
    this.password = options.password ?? 'S3cret-api-pass';
    this.role = options.role ?? 'reseller';
    const handler = (request: IncomingMessage, response: ServerResponse) => this.handle(request, response);
    this.http = options.tls ? createHttpsServer(options.tls, handler) : createServer(handler);
  }

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.http.listen(0, '127.0.0.1', resolve));
  }

  get port(): number {
    return (this.http.address() as AddressInfo).port;
  }

  /** Also drops the requests left hanging by 'timeout' modes. */
  async stop(): Promise<void> {
    this.http.closeAllConnections();
    await new Promise<void>((resolve, reject) => this.http.close((error) => (error ? reject(error) : resolve())));
  }

  /** Misbehave on the next request, or on a later one after letting `skip` requests through. */
  failNext(mode: FailMode, skip = 0): void {
    this.failure = { mode, skip };
  }

  /** A copy of the domain's state (undefined when not protected). */
  domain(name: string): SpamExpertsDomain | undefined {
    const state = this.domains.get(name.toLowerCase());
    return state && structuredClone(state);
  }

  /** Protected domains with this name: SpamExperts keys domains by name, so 0 or 1. */
  domainCount(name: string): number {
    return this.domains.has(name.toLowerCase()) ? 1 : 0;
  }

  /** Puts a domain in place as if another system had added it (routes in `host::port` form), by default into the API account. */
  seedDomain(domain: string, routes: string[], owner = this.username): void {
    const name = domain.toLowerCase();
    this.domains.set(name, { name, owner, routes, aliases: [], products: { incoming: true, outgoing: false, archiving: false }, whitelistedRecipients: [] });
  }

  /** Adds an alias to a domain behind the module's back. */
  seedAlias(domain: string, alias: string): void {
    this.domains.get(domain.toLowerCase())!.aliases.push(alias.toLowerCase());
  }

  /**
   * Keeps the next request waiting (a slow panel) until `release` is called,
   * then answers it as usual; `arrived` resolves once it is here.
   */
  holdNext(): { arrived: Promise<void>; release: () => void } {
    let release!: () => void;
    let arrived!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const here = new Promise<void>((resolve) => (arrived = resolve));
    this.holds.push({ arrived, released });
    return { arrived: here, release };
  }

  private handle(request: IncomingMessage, response: ServerResponse): void {
    const hold = this.holds.shift();
    if (!hold) return this.answer(request, response);
    hold.arrived();
    void hold.released.then(() => this.answer(request, response));
  }

  private answer(request: IncomingMessage, response: ServerResponse): void {
    const url = request.url ?? '/';
    const failure = this.takeFailure();
    if (failure === 'timeout') return; // never answer
    if (failure === 'http-500') {
      response.writeHead(500, { 'Content-Type': 'text/html' }).end('<h1>Internal Server Error</h1>');
      return;
    }

    const authorized = this.checkAuth(request.headers.authorization);
    let envelope: Envelope;
    let params: Params = {};
    try {
      if (request.method !== 'GET') throw new ApiError(['Incorrect usage of API: only GET is supported.']);
      const [controller, action, parsed] = parsePath(url);
      params = parsed;
      if (authorized === 'missing') {
        response.writeHead(401, { 'WWW-Authenticate': 'Basic realm="Spampanel API"', 'Content-Type': 'application/json' });
        response.end(JSON.stringify({ messages: { error: ['Supplied credential is invalid.'] }, result: null }));
        return;
      }
      if (authorized === 'wrong') throw new ApiError(['Supplied credential is invalid.']);
      if (failure === 'error') throw new ApiError(['The request could not be processed.']);
      if (params.format !== 'json') throw new ApiError(['Incorrect usage of API: this server only speaks format/json.']);
      envelope = this.dispatch(`${controller}/${action}`, params);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      envelope = { messages: { error: error.lines }, result: null };
    } finally {
      this.requests.push({ method: request.method ?? '', url, params, authorized: authorized === 'ok' });
    }
    if (failure === 'apply-then-timeout') return; // the work is done, the answer is lost
    response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(envelope));
  }

  private takeFailure(): FailMode | undefined {
    if (!this.failure) return undefined;
    if (this.failure.skip > 0) {
      this.failure.skip -= 1;
      return undefined;
    }
    const { mode } = this.failure;
    this.failure = undefined;
    return mode;
  }

  private checkAuth(header: string | undefined): 'ok' | 'missing' | 'wrong' {
    if (!header?.startsWith('Basic ')) return 'missing';
    const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
    return decoded === `${this.username}:${this.password}` ? 'ok' : 'wrong';
  }

  private notYours(name: string): ApiError {
    return new ApiError([`The domain '${name}' does not belong to the ${this.role} '${this.username}'`]);
  }

  /** A domain of the calling account. */
  private existing(params: Params): SpamExpertsDomain {
    const name = domainParam(params);
    const state = this.domains.get(name);
    if (!state) throw new ApiError([`No such domain '${name}'.`]);
    if (state.owner !== this.username) throw this.notYours(name);
    return state;
  }

  private dispatch(call: string, params: Params): Envelope {
    switch (call) {
      case 'domain/exists': {
        const name = domainParam(params);
        if (this.domains.get(name)?.owner !== this.username) throw this.notYours(name);
        return answer({ present: 1 });
      }

      case 'domain/add': {
        const name = domainParam(params);
        const routes = params.destinations === undefined ? [] : routesParam(params, 'destinations');
        const taken = this.domains.has(name) || [...this.domains.values()].some((d) => d.aliases.includes(name));
        if (taken) throw new ApiError(['Domain already exists.', `Failed to add domain '${name}'`]);
        this.seedDomain(name, routes, this.username);
        return success(`Domain '${name}' added`);
      }

      case 'domain/remove': {
        const state = this.existing(params);
        this.domains.delete(state.name);
        return success(`Domain '${state.name}' removed`);
      }

      case 'domain/getroute':
        return answer([...this.existing(params).routes]);

      case 'domain/edit': {
        const state = this.existing(params);
        state.routes = routesParam(params, 'destinations');
        return success(`Destinations of domain '${state.name}' changed`);
      }

      case 'domain/setproducts': {
        const state = this.existing(params);
        const { incoming, outgoing, archiving } = state.products;
        state.products = {
          incoming: flagParam(params, 'incoming', incoming),
          outgoing: flagParam(params, 'outgoing', outgoing),
          archiving: flagParam(params, 'archiving', archiving),
        };
        return success(`Products of domain '${state.name}' have been updated`);
      }

      // A set: whitelisting twice or removing an absent entry succeeds.
      case 'domain/whitelistrecipient': {
        const state = this.existing(params);
        const recipient = required(params, 'recipient');
        if (!state.whitelistedRecipients.includes(recipient)) state.whitelistedRecipients.push(recipient);
        return success(`Recipient '${recipient}' has been whitelisted for domain '${state.name}'`);
      }

      case 'domain/unwhitelistrecipient': {
        const state = this.existing(params);
        const recipient = required(params, 'recipient');
        state.whitelistedRecipients = state.whitelistedRecipients.filter((entry) => entry !== recipient);
        return success(`Recipient '${recipient}' has been removed from the whitelist of domain '${state.name}'`);
      }

      case 'domainalias/list':
        return answer([...this.existing(params).aliases]);

      case 'domainalias/add': {
        const state = this.existing(params);
        const alias = domainParam(params, 'alias');
        const taken = this.domains.has(alias) || [...this.domains.values()].some((d) => d.aliases.includes(alias));
        if (taken) throw new ApiError(['Alias already exists']);
        state.aliases.push(alias);
        return success(`Alias '${alias}' has been added`);
      }

      case 'domainalias/remove': {
        const state = this.existing(params);
        const alias = domainParam(params, 'alias');
        if (!state.aliases.includes(alias)) throw new ApiError([`Alias '${alias}' does not exist for domain '${state.name}'`]);
        state.aliases = state.aliases.filter((entry) => entry !== alias);
        return success(`Alias '${alias}' has been removed`);
      }

      default:
        throw new ApiError([`Incorrect usage of API: unknown call '${call}'.`]);
    }
  }
}

/** `/api/<controller>/<action>/<name>/<value>/...` → controller, action, decoded parameters. */
function parsePath(url: string): [string, string, Params] {
  const path = url.split('?')[0];
  const segments = path.split('/').filter((segment) => segment !== '');
  if (segments[0] !== 'api' || segments.length < 3) throw new ApiError(['Incorrect usage of API: expected /api/<controller>/<action>/.']);
  const [, controller, action, ...rest] = segments;
  if (rest.length % 2 !== 0) throw new ApiError(['Incorrect usage of API: every parameter needs a value.']);
  const params: Params = {};
  for (let i = 0; i < rest.length; i += 2) {
    try {
      params[decodeURIComponent(rest[i]).toLowerCase()] = decodeURIComponent(rest[i + 1]);
    } catch {
      throw new ApiError(['Incorrect usage of API: malformed URL encoding.']);
    }
  }
  return [controller.toLowerCase(), action.toLowerCase(), params];
}
