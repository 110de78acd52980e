/**
 * Typed client for the PowerDNS Authoritative HTTP API (v1), using global fetch.
 * Every call honours the caller's AbortSignal and fails with a ModuleError.
 */
import { ModuleError, ModuleLogger } from '@hostbill/plugin-sdk';

export interface PowerDnsRecord {
  content: string;
  disabled: boolean;
}

export interface PowerDnsComment {
  content: string;
  account: string;
  modified_at?: number;
}

export interface PowerDnsRrset {
  name: string;
  type: string;
  ttl: number;
  records: PowerDnsRecord[];
  comments: PowerDnsComment[];
}

export interface PowerDnsZone {
  id: string;
  name: string;
  kind: string;
  account: string;
  serial: number;
  rrsets: PowerDnsRrset[];
}

/** A zone as listed by GET /zones (without its rrsets). */
export type PowerDnsZoneSummary = Omit<PowerDnsZone, 'rrsets'>;

export interface PowerDnsServerInfo {
  id: string;
  daemon_type: string;
  version: string;
}

export interface RrsetReplace {
  name: string;
  type: string;
  changetype: 'REPLACE';
  ttl: number;
  records: PowerDnsRecord[];
  /** Omitted: PowerDNS keeps the rrset's comments. Empty: removes them. */
  comments?: PowerDnsComment[];
}

export interface RrsetDelete {
  name: string;
  type: string;
  changetype: 'DELETE';
}

export type RrsetChange = RrsetReplace | RrsetDelete;

export interface NewZone {
  name: string;
  kind: 'Native' | 'Master' | 'Slave';
  nameservers: string[];
  account: string;
  soa_edit_api: string;
  rrsets: RrsetReplace[];
}

export interface PowerDnsClientOptions {
  /** Scheme, host and port, e.g. "http://127.0.0.1:8081". */
  baseUrl: string;
  apiKey: string;
  serverId: string;
  signal: AbortSignal;
  logger?: ModuleLogger;
}

interface ApiResponse {
  status: number;
  body: unknown;
}

export class PowerDnsClient {
  constructor(private readonly options: PowerDnsClientOptions) {}

  async getServer(): Promise<PowerDnsServerInfo> {
    const response = await this.request('GET', this.serverPath());
    return response.body as PowerDnsServerInfo;
  }

  /** Zones whose name is exactly `zoneName` (0 or 1), or every zone when omitted. */
  async listZones(zoneName?: string): Promise<PowerDnsZoneSummary[]> {
    const query = zoneName === undefined ? '' : `?zone=${encodeURIComponent(zoneName)}`;
    const response = await this.request('GET', `${this.serverPath()}/zones${query}`);
    return response.body as PowerDnsZoneSummary[];
  }

  /** The zone with its rrsets, or null when it does not exist. */
  async getZone(zoneId: string): Promise<PowerDnsZone | null> {
    const response = await this.request('GET', this.zonePath(zoneId), undefined, [404]);
    return response.status === 404 ? null : (response.body as PowerDnsZone);
  }

  /** Creates the zone; 'exists' when PowerDNS answers 409 Conflict. */
  async createZone(zone: NewZone): Promise<PowerDnsZone | 'exists'> {
    const response = await this.request('POST', `${this.serverPath()}/zones`, zone, [409]);
    return response.status === 409 ? 'exists' : (response.body as PowerDnsZone);
  }

  /** Changes zone fields (not rrsets); PowerDNS keeps the fields left out. */
  async updateZone(zoneId: string, fields: { account?: string }): Promise<void> {
    await this.request('PUT', this.zonePath(zoneId), fields);
  }

  /** Replaces or deletes rrsets in one transaction. */
  async patchRrsets(zoneId: string, rrsets: RrsetChange[]): Promise<void> {
    await this.request('PATCH', this.zonePath(zoneId), { rrsets });
  }

  /** Deletes the zone; false when it did not exist. */
  async deleteZone(zoneId: string): Promise<boolean> {
    const response = await this.request('DELETE', this.zonePath(zoneId), undefined, [404]);
    return response.status !== 404;
  }

  private serverPath(): string {
    return `/api/v1/servers/${encodeURIComponent(this.options.serverId)}`;
  }

  private zonePath(zoneId: string): string {
    return `${this.serverPath()}/zones/${encodeURIComponent(zoneId)}`;
  }

  /** Sends one request; statuses in `expected` are returned, other non-2xx ones throw. */
  private async request(method: string, path: string, body?: unknown, expected: number[] = []): Promise<ApiResponse> {
    const { baseUrl, apiKey, signal, logger } = this.options;
    const what = `${method} ${path}`;
    let status: number;
    let text: string;
    let contentType: string;
    try {
      const response = await fetch(`${baseUrl}${path}`, {
        method,
        headers: {
          'X-API-Key': apiKey,
          Accept: 'application/json',
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal,
      });
      status = response.status;
      contentType = response.headers.get('content-type') ?? '';
      text = await response.text();
    } catch (error) {
      throw networkError(what, baseUrl, signal, error);
    }
    logger?.debug('PowerDNS API call', { request: what, status });

    const parsed = contentType.includes('json') && text !== '' ? parseJson(text) : text;
    if ((status >= 200 && status < 300) || expected.includes(status)) return { status, body: parsed };
    throw httpError(what, status, parsed);
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function networkError(what: string, baseUrl: string, signal: AbortSignal, error: unknown): ModuleError {
  if (signal.aborted) {
    return new ModuleError(`PowerDNS API did not answer in time (${what})`, { retryable: true, remoteCode: 'TIMEOUT', cause: error });
  }
  // undici reports the socket error (ECONNREFUSED, ECONNRESET, ...) as the cause of "fetch failed".
  const cause = error instanceof Error ? (error.cause as { code?: string } | undefined) : undefined;
  const code = cause?.code;
  const detail = code ?? (error instanceof Error ? error.message : String(error));
  return new ModuleError(`Cannot reach the PowerDNS API at ${baseUrl}: ${detail} (${what})`, {
    retryable: true,
    remoteCode: code,
    cause: error,
  });
}

/** PowerDNS has no error codes of its own: the HTTP status is the remote code. */
function httpError(what: string, status: number, body: unknown): ModuleError {
  const detail =
    typeof body === 'object' && body !== null && typeof (body as { error?: unknown }).error === 'string'
      ? (body as { error: string }).error
      : String(body).trim().slice(0, 300);
  const retryable = status >= 500 || status === 429;
  const hint = status === 401 || status === 403 ? ' (check the API key and webserver-allow-from)' : '';
  return new ModuleError(`PowerDNS API answered ${status} to ${what}: ${detail}${hint}`, {
    retryable,
    remoteCode: String(status),
  });
}
