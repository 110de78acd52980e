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
 * State lives in memory; inspection helpers let tests look at it directly.
 */
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
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

export class SpamExpertsTestServer {
  readonly requests: RecordedRequest[] = [];
  private readonly domains = new Map<string, SpamExpertsDomain>();
  private readonly http: Server;
  private failure?: { mode: FailMode; skip: number };

  constructor(
    readonly username = 'api-reseller',
    readonly password = 'S3cret-api-pass',
  ) {
    this.http = createServer((request, response) => this.handle(request, response));
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

  /** Puts a domain in place as if another system had added it (routes in `host::port` form). */
  seedDomain(domain: string, routes: string[]): void {
    const name = domain.toLowerCase();
    this.domains.set(name, { name, routes, aliases: [], products: { incoming: true, outgoing: false, archiving: false }, whitelistedRecipients: [] });
  }

  private handle(request: IncomingMessage, response: ServerResponse): void {
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

  private existing(params: Params): SpamExpertsDomain {
    const name = domainParam(params);
    const state = this.domains.get(name);
    if (!state) throw new ApiError([`No such domain '${name}'.`]);
    return state;
  }

  private dispatch(call: string, params: Params): Envelope {
    switch (call) {
      case 'domain/exists':
        return answer({ present: this.domains.has(domainParam(params)) ? 1 : 0 });

      case 'domain/add': {
        const name = domainParam(params);
        const routes = params.destinations === undefined ? [] : routesParam(params, 'destinations');
        const taken = this.domains.has(name) || [...this.domains.values()].some((d) => d.aliases.includes(name));
        if (taken) throw new ApiError(['Domain already exists.', `Failed to add domain '${name}'`]);
        this.seedDomain(name, routes);
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
