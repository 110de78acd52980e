/**
 * Typed client for the SpamExperts (SolarWinds Mail Assure) control-panel API:
 *   GET /api/<controller>/<action>/format/json/<param>/<value>/...
 * with HTTP Basic auth. Every answer is an envelope
 *   {"messages":{"success":[...]} | {"error":[...]} | [], "result": ...}
 * sent with HTTP 200, errors included (bad credentials too).
 */
import * as http from 'node:http';
import * as https from 'node:https';
import { ModuleError, rejectedCertificateCode, TlsTrustSettings, tlsRequestOptions } from '@hostbill/plugin-sdk';
import { parseRoute, Route } from './routes';

export type ParamValue = string | number | boolean | readonly string[];
export type Params = Record<string, ParamValue>;

export interface SpamExpertsConnection {
  /** `https://spampanel.example.net` (no trailing slash, no /api). */
  baseUrl: string;
  username: string;
  password: string;
  /** Which certificate an https baseUrl must show. */
  tls?: TlsTrustSettings;
}

/** Far above any answer of the calls this client makes; guards memory against a runaway body. */
const MAX_RESPONSE_BYTES = 4 * 1024 * 1024;

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
  // Also the answer of domain/exists for a domain the API account does not have (absent or someone else's).
  { pattern: /is not owner|does not belong to the (reseller|admin)/i, code: 'ALREADYEXISTS_NOT_OWNER', retryable: false },
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
  if (error instanceof ModuleError) return error;
  if (signal.aborted) {
    return new ModuleError(`SpamExperts ${what}: no answer before the time limit`, { retryable: true, remoteCode: 'TIMEOUT', cause: error });
  }
  const certificate = rejectedCertificateCode(error);
  if (certificate) {
    return new ModuleError(
      `SpamExperts ${what}: TLS certificate rejected (${(error as Error).message}); check caCertificate, tlsServerName or certificateFingerprint`,
      { retryable: false, remoteCode: certificate, cause: error },
    );
  }
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return new ModuleError(`SpamExperts ${what}: connection failed (${code ?? String(error)})`, { retryable: true, remoteCode: code, cause: error });
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
    let status: number;
    let body: string;
    try {
      ({ status, body } = await this.get(buildUrl(this.connection.baseUrl, controller, action, params)));
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

  /**
   * True when the domain is in this API account. For a domain it does not
   * have (absent, or another account's) the API answers an error envelope,
   * "The domain 'x' does not belong to the reseller 'u'", not present 0.
   */
  async domainExists(domain: string): Promise<boolean> {
    let result: unknown;
    try {
      ({ result } = await this.call('domain', 'exists', { domain }));
    } catch (error) {
      if (error instanceof ModuleError && error.remoteCode === 'ALREADYEXISTS_NOT_OWNER') return false;
      throw error;
    }
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

  /** GET with Basic auth; redirects are not followed (a redirect is an unexpected answer). */
  private get(url: string): Promise<{ status: number; body: string }> {
    const target = new URL(url);
    const { username, password, tls } = this.connection;
    const options: https.RequestOptions = {
      method: 'GET',
      headers: { Authorization: `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`, Accept: 'application/json' },
      signal: this.signal,
      ...(target.protocol === 'https:' ? tlsRequestOptions(target.hostname, tls ?? {}) : { agent: false }),
    };
    const transport = target.protocol === 'https:' ? https : http;
    return new Promise((resolve, reject) => {
      const request = transport.request(target, options, (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_RESPONSE_BYTES) request.destroy(protocolError(`GET ${target.pathname}`, 'answer too large'));
          else chunks.push(chunk);
        });
        response.on('error', reject);
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      });
      request.on('error', reject);
      request.end();
    });
  }
}
