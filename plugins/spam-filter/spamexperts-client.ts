/**
 * Typed client for the SpamExperts (SolarWinds Mail Assure) control-panel API:
 *   GET /api/<controller>/<action>/format/json/<param>/<value>/...
 * with HTTP Basic auth. Every answer is an envelope
 *   {"messages":{"success":[...]} | {"error":[...]} | [], "result": ...}
 * sent with HTTP 200, errors included (bad credentials too).
 */
import { ModuleError } from '../../src/provisioning/sdk';
import { parseRoute, Route } from './routes';

export type ParamValue = string | number | boolean | readonly string[];
export type Params = Record<string, ParamValue>;

export interface SpamExpertsConnection {
  /** `https://spampanel.example.net` (no trailing slash, no /api). */
  baseUrl: string;
  username: string;
  password: string;
}

export interface ApiAnswer {
  success: string[];
  result: unknown;
}

export interface Products {
  incoming: boolean;
  outgoing: boolean;
  archiving: boolean;
}

/**
 * Error lines mapped to codes. The codes and phrases are the ones the official
 * cPanel add-on (SpamFilter_ResellerAPI_Action) recognises in error envelopes.
 */
const ERROR_KINDS: { pattern: RegExp; code: string; retryable: boolean }[] = [
  { pattern: /supplied credential is invalid/i, code: 'INVALID_API_CREDENTIALS', retryable: false },
  { pattern: /has status 'inactive'/i, code: 'API_USER_INACTIVE', retryable: false },
  { pattern: /permissions to access the api/i, code: 'API_ACCESS_DISABLED', retryable: false },
  { pattern: /no access to this api, current ip address/i, code: 'API_IP_ACCESS_ERROR', retryable: false },
  { pattern: /alias already exists/i, code: 'ALIAS_EXISTS', retryable: false },
  { pattern: /already exists|present in the filtering software/i, code: 'DOMAIN_EXISTS', retryable: false },
  { pattern: /is not owner|does not belong to the reseller/i, code: 'ALREADYEXISTS_NOT_OWNER', retryable: false },
  { pattern: /no such domain|is not registered on/i, code: 'NO_SUCH_DOMAIN', retryable: false },
  { pattern: /no permissions/i, code: 'NO_PERMISSION', retryable: false },
  { pattern: /incorrect usage of api/i, code: 'API_CORE_ERROR', retryable: false },
  { pattern: /reached the allowed limit/i, code: 'DOMAIN_LIMIT_REACHED', retryable: false },
  { pattern: /cannot be a destination/i, code: 'WRONG_DESTINATION_GIVEN', retryable: false },
  { pattern: /temporarily unavailable|try again later/i, code: 'API_BUSY', retryable: true },
];

const AUTH_CODES = new Set(['INVALID_API_CREDENTIALS', 'API_USER_INACTIVE', 'API_ACCESS_DISABLED', 'API_IP_ACCESS_ERROR']);

/** True when the error means the API account itself was refused (not worth retrying). */
export function isAuthFailure(error: unknown): boolean {
  return error instanceof ModuleError && error.remoteCode !== undefined && AUTH_CODES.has(error.remoteCode);
}

function encodeValue(value: ParamValue): string {
  if (typeof value === 'boolean') return value ? '1' : '0';
  // Arrays travel as URL-encoded JSON inside one path segment.
  if (typeof value === 'object') return encodeURIComponent(JSON.stringify(value));
  return encodeURIComponent(String(value));
}

/** Parameters are path segments after `format/json`, each name followed by its value. */
export function buildUrl(baseUrl: string, controller: string, action: string, params: Params = {}): string {
  const segments = ['api', controller, action, 'format', 'json'];
  for (const [name, value] of Object.entries(params)) segments.push(encodeURIComponent(name), encodeValue(value));
  return `${baseUrl.replace(/\/+$/, '')}/${segments.join('/')}/`;
}

function networkError(error: unknown, signal: AbortSignal, what: string): ModuleError {
  if (signal.aborted) {
    return new ModuleError(`SpamExperts ${what}: no answer before the time limit`, { retryable: true, remoteCode: 'TIMEOUT', cause: error });
  }
  // undici puts the socket error (ECONNREFUSED, ECONNRESET, ENOTFOUND...) in `cause`. Duck-typed:
  // the error may come from another realm (e.g. a test sandbox), where instanceof Error fails.
  const cause = typeof error === 'object' && error !== null && 'cause' in error ? error.cause : undefined;
  const code = typeof cause === 'object' && cause !== null && 'code' in cause && typeof cause.code === 'string' ? cause.code : undefined;
  const reason = code ?? String(error);
  return new ModuleError(`SpamExperts ${what}: connection failed (${reason})`, { retryable: true, remoteCode: code, cause: error });
}

function envelopeError(errors: string[], what: string): ModuleError {
  const text = errors.join(' ');
  const kind = ERROR_KINDS.find((candidate) => candidate.pattern.test(text));
  return new ModuleError(`SpamExperts ${what} refused: ${text}`, {
    retryable: kind?.retryable ?? false,
    remoteCode: kind?.code ?? 'API_UNHANDLED_ERROR',
  });
}

/** PHP encodes an empty message map as `[]`, so `messages` may be an array. */
function messageList(messages: unknown, kind: 'success' | 'error'): string[] {
  if (messages === null || typeof messages !== 'object' || Array.isArray(messages)) return [];
  const list = (messages as Record<string, unknown>)[kind];
  return Array.isArray(list) ? list.map(String) : [];
}

function protocolError(what: string, detail: string): ModuleError {
  return new ModuleError(`SpamExperts ${what}: unexpected answer (${detail})`, { retryable: false, remoteCode: 'BAD_RESPONSE' });
}

export class SpamExpertsClient {
  constructor(
    private readonly connection: SpamExpertsConnection,
    private readonly signal: AbortSignal,
  ) {}

  /** One API call; resolves with the success messages and result, or throws a ModuleError. */
  async call(controller: string, action: string, params: Params = {}): Promise<ApiAnswer> {
    const what = `${controller}/${action}`;
    const credentials = Buffer.from(`${this.connection.username}:${this.connection.password}`).toString('base64');
    let status: number;
    let body: string;
    try {
      const response = await fetch(buildUrl(this.connection.baseUrl, controller, action, params), {
        headers: { Authorization: `Basic ${credentials}`, Accept: 'application/json' },
        redirect: 'manual',
        signal: this.signal,
      });
      status = response.status;
      body = await response.text();
    } catch (error) {
      throw networkError(error, this.signal, what);
    }

    // SpamExperts answers bad credentials in the envelope; a 401/403 comes from a front proxy or a missing header.
    if (status === 401 || status === 403) {
      throw new ModuleError(`SpamExperts ${what}: credentials rejected (HTTP ${status})`, { retryable: false, remoteCode: 'INVALID_API_CREDENTIALS' });
    }
    if (status >= 500 || status === 429) {
      throw new ModuleError(`SpamExperts ${what}: server error (HTTP ${status})`, { retryable: true, remoteCode: `HTTP_${status}` });
    }
    if (status !== 200) {
      throw new ModuleError(`SpamExperts ${what}: unexpected HTTP ${status}`, { retryable: false, remoteCode: `HTTP_${status}` });
    }

    let envelope: unknown;
    try {
      envelope = JSON.parse(body);
    } catch {
      throw protocolError(what, 'not JSON');
    }
    if (envelope === null || typeof envelope !== 'object' || !('messages' in envelope)) throw protocolError(what, 'no envelope');
    const errors = messageList(envelope.messages, 'error');
    if (errors.length > 0) throw envelopeError(errors, what);
    return { success: messageList(envelope.messages, 'success'), result: 'result' in envelope ? envelope.result : null };
  }

  async domainExists(domain: string): Promise<boolean> {
    const { result } = await this.call('domain', 'exists', { domain });
    if (result === null || typeof result !== 'object' || !('present' in result)) throw protocolError('domain/exists', 'no "present"');
    return Number(result.present) === 1;
  }

  async addDomain(domain: string, destinations: string[]): Promise<void> {
    await this.call('domain', 'add', { domain, destinations });
  }

  async removeDomain(domain: string): Promise<void> {
    await this.call('domain', 'remove', { domain });
  }

  /** Routes as SpamExperts stores them (`host::port`), parsed. */
  async getRoutes(domain: string): Promise<Route[]> {
    const { result } = await this.call('domain', 'getroute', { domain });
    if (!Array.isArray(result)) throw protocolError('domain/getroute', 'result is not a list');
    return result.map((text) => {
      const route = parseRoute(String(text));
      if (!route) throw protocolError('domain/getroute', `bad route ${JSON.stringify(text)}`);
      return route;
    });
  }

  /** Replaces every destination route of the domain. */
  async editRoutes(domain: string, destinations: string[]): Promise<void> {
    await this.call('domain', 'edit', { domain, destinations });
  }

  async setProducts(domain: string, products: Products): Promise<void> {
    await this.call('domain', 'setproducts', { domain, ...products });
  }

  async whitelistRecipient(domain: string, recipient: string): Promise<void> {
    await this.call('domain', 'whitelistrecipient', { domain, recipient });
  }

  async unwhitelistRecipient(domain: string, recipient: string): Promise<void> {
    await this.call('domain', 'unwhitelistrecipient', { domain, recipient });
  }

  async listAliases(domain: string): Promise<string[]> {
    const { result } = await this.call('domainalias', 'list', { domain });
    if (!Array.isArray(result)) throw protocolError('domainalias/list', 'result is not a list');
    return result.map((alias) => String(alias).toLowerCase());
  }

  async addAlias(domain: string, alias: string): Promise<void> {
    await this.call('domainalias', 'add', { domain, alias });
  }

  async removeAlias(domain: string, alias: string): Promise<void> {
    await this.call('domainalias', 'remove', { domain, alias });
  }
}
