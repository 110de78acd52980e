/**
 * Transport for the Plesk XML API (a.k.a. API-RPC): one POST of one packet to
 * /enterprise/control/agent.php, answered with HTTP 200 and a packet whose
 * <result> elements say ok or error. Every failure becomes a ModuleError whose
 * `retryable` tells the job runner whether trying again later can help.
 */
import * as http from 'node:http';
import * as https from 'node:https';
import { ModuleError, ModuleLogger, rejectedCertificateCode, TlsTrustSettings, tlsRequestOptions } from '@hostbill/plugin-sdk';
import { XmlElement, XmlObject, XmlValue, child, el, list, parseXml, renderDocument, text } from './xml';

export const AGENT_PATH = '/enterprise/control/agent.php';
export const DEFAULT_PORT = 8443;
const MAX_RESPONSE_BYTES = 8 * 1024 * 1024;

export interface PleskConnection {
  host: string;
  port: number;
  secure: boolean;
  /** Verify the server certificate as `tls` says; off only for test panels. */
  verifyTls: boolean;
  /** Which certificate the panel must show: a pinned fingerprint, or a CA and the name it must carry. */
  tls?: TlsTrustSettings;
  /** Administrator (or reseller) login and password, or a secret key. */
  login?: string;
  password?: string;
  secretKey?: string;
}

/** One <result> of an answer: status ok, or error with errcode/errtext. */
export type PleskResult = XmlObject;

/** Plesk's own error codes this plugin reacts to. */
export const PleskCode = {
  AUTH_FAILED: '1001',
  AGENT_INIT_FAILED: '1003',
  PERMISSION_DENIED: '1006',
  ALREADY_EXISTS: '1007',
  NOT_FOUND: '1013',
  PARSE_ERROR: '1014',
} as const;

/**
 * Remote codes that describe a passing condition. Everything else the panel
 * refuses (bad credentials, invalid values, limits, conflicts) needs a human
 * and is not retried.
 */
const RETRYABLE_REMOTE_CODES = new Set<string>([PleskCode.AGENT_INIT_FAILED]);

/** Network errors after which the same request may well succeed later. */
const RETRYABLE_NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
]);

export class PleskClient {
  constructor(
    private readonly connection: PleskConnection,
    private readonly logger: ModuleLogger,
  ) {}

  /**
   * Sends `<packet><operator><operation>…body…</operation></operator></packet>`
   * and returns the operation's <result> elements. A packet-level <system>
   * error throws; per-result errors are returned for the caller to judge.
   */
  async call(operator: string, operation: string, body: XmlElement[], signal: AbortSignal): Promise<PleskResult[]> {
    const packet = renderDocument(el('packet', el(operator, el(operation, ...body))));
    const started = Date.now();
    const raw = await this.post(packet, signal);
    let document: XmlObject;
    try {
      document = parseXml(raw);
    } catch (cause) {
      throw new ModuleError(`Plesk answered ${operator}/${operation} with something that is not XML`, {
        retryable: false,
        cause,
      });
    }
    const root = child(document, 'packet');
    const system = child(root, 'system');
    if (system !== undefined) {
      const code = text(system, 'errcode');
      throw remoteError(`${operator}/${operation}`, code, text(system, 'errtext'));
    }
    const results = list(child(child(child(root, operator), operation), 'result')).filter(isObject);
    this.logger.debug('plesk call', {
      operation: `${operator}/${operation}`,
      statuses: results.map((r) => text(r, 'status')).join(','),
      ms: Date.now() - started,
    });
    if (results.length === 0) {
      throw new ModuleError(`Plesk answered ${operator}/${operation} without a result`, { retryable: false });
    }
    return results;
  }

  /** Like `call`, but expects exactly one result and throws when it is an error. */
  async callOk(operator: string, operation: string, body: XmlElement[], signal: AbortSignal): Promise<PleskResult> {
    const [result] = await this.call(operator, operation, body, signal);
    assertOk(result, `${operator}/${operation}`);
    return result;
  }

  private post(packet: string, signal: AbortSignal): Promise<string> {
    const { connection } = this;
    const headers: http.OutgoingHttpHeaders = {
      'Content-Type': 'text/xml; charset=UTF-8',
      'Content-Length': Buffer.byteLength(packet),
    };
    if (connection.secretKey) headers['KEY'] = connection.secretKey;
    else {
      headers['HTTP_AUTH_LOGIN'] = connection.login ?? '';
      headers['HTTP_AUTH_PASSWD'] = connection.password ?? '';
    }
    const options: https.RequestOptions = {
      host: connection.host,
      port: connection.port,
      path: AGENT_PATH,
      method: 'POST',
      headers,
      signal,
      agent: false,
    };
    if (connection.secure) {
      Object.assign(options, connection.verifyTls ? tlsRequestOptions(connection.host, connection.tls ?? {}) : { rejectUnauthorized: false });
    }
    const transport = connection.secure ? https : http;

    return new Promise<string>((resolve, reject) => {
      if (signal.aborted) {
        reject(transportError(signal.reason ?? new Error('aborted'), signal));
        return;
      }
      const request = transport.request(options, (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_RESPONSE_BYTES) {
            request.destroy(new ModuleError('Plesk answer is larger than 8 MiB', { retryable: false }));
            return;
          }
          chunks.push(chunk);
        });
        response.on('error', (error) => reject(transportError(error, signal)));
        response.on('end', () => {
          const status = response.statusCode ?? 0;
          if (status !== 200) {
            reject(
              new ModuleError(`Plesk answered HTTP ${status}`, {
                retryable: status >= 500 || status === 408 || status === 429,
                remoteCode: `HTTP ${status}`,
              }),
            );
            return;
          }
          resolve(Buffer.concat(chunks).toString('utf8'));
        });
      });
      request.on('error', (error) => reject(transportError(error, signal)));
      request.end(packet);
    });
  }
}

export function isOk(result: PleskResult): boolean {
  return text(result, 'status') === 'ok';
}

export function errorCode(result: PleskResult): string | undefined {
  return text(result, 'errcode');
}

export function assertOk(result: PleskResult, what: string): void {
  if (!isOk(result)) throw remoteError(what, errorCode(result), text(result, 'errtext'));
}

export function remoteError(what: string, code: string | undefined, message: string | undefined): ModuleError {
  const retryable = code !== undefined && RETRYABLE_REMOTE_CODES.has(code);
  const hint = code === PleskCode.AUTH_FAILED ? ' (check the server login, password or secret key)' : '';
  return new ModuleError(`Plesk refused ${what}: ${message ?? 'no reason given'}${code ? ` [${code}]` : ''}${hint}`, {
    retryable,
    remoteCode: code,
  });
}

function transportError(error: unknown, signal: AbortSignal): ModuleError {
  if (error instanceof ModuleError) return error;
  if (signal.aborted) {
    return new ModuleError('Plesk did not answer before the time limit', { retryable: true, cause: error });
  }
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const message = (error as Error | undefined)?.message ?? String(error);
  if (rejectedCertificateCode(error)) {
    return new ModuleError(
      `Plesk TLS certificate rejected (${message}); check the server's certificateFingerprint, or caCertificate and tlsServerName`,
      { retryable: false, remoteCode: code, cause: error },
    );
  }
  if (code && RETRYABLE_NETWORK_CODES.has(code)) {
    return new ModuleError(`Cannot reach Plesk: ${message}`, { retryable: true, remoteCode: code, cause: error });
  }
  // Unknown hosts and the like need the server settings fixed.
  return new ModuleError(`Cannot talk to Plesk: ${message}`, { retryable: false, remoteCode: code, cause: error });
}

function isObject(value: XmlValue): value is XmlObject {
  return typeof value === 'object' && !Array.isArray(value);
}
