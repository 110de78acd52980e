/**
 * Domain and contact operations on a logged-in EPP session, and the session
 * lifecycle (connect, greeting, login, work, logout) every command uses.
 */
import { createHash, randomBytes } from 'node:crypto';
import { DomainContact, ModuleError, ServerContext } from '../../src/provisioning/sdk';
import { EppConnection } from './epp-client';
import { fail } from './errors';
import {
  DomainChanges,
  DomainInfo,
  contactCreateBody,
  contactInfoBody,
  domainCheckBody,
  domainCreateBody,
  domainDeleteBody,
  domainInfoBody,
  domainRenewBody,
  domainTransferBody,
  domainUpdateBody,
  hasChanges,
  parseContactClID,
  parseDomainCheck,
  parseDomainInfo,
  parseExDate,
  parseTransfer,
} from './epp-xml';
import { RegistrarServerSettings } from './settings';

const DEFAULT_PORT = 700;

export async function withRegistry<T>(
  server: ServerContext<RegistrarServerSettings>,
  signal: AbortSignal,
  work: (registry: Registry) => Promise<T>,
): Promise<T> {
  // RFC 5734 makes TLS mandatory; a plain-text EPP session would expose the password.
  if (!server.secure) throw fail('EPP needs TLS: enable "secure" on the server');
  const { settings } = server;
  const { connection, greeting } = await EppConnection.open({
    host: server.hostname,
    port: server.port ?? DEFAULT_PORT,
    rejectUnauthorized: settings.rejectUnauthorized ?? true,
    ca: settings.caCertificate || undefined,
    signal,
  });
  try {
    await connection.login(greeting, { clientId: settings.clientId, password: settings.password });
    const result = await work(new Registry(connection, settings));
    // The work is done; a failed logout must not turn it into an error.
    await connection.logout().catch(() => undefined);
    return result;
  } finally {
    connection.close();
  }
}

/** A random authInfo password: letters, digits and punctuation, as registries' policies ask. */
export function newAuthInfo(): string {
  return `${randomBytes(12).toString('base64url')}#9a`;
}

/** First 10 characters of an xs:dateTime: the date as the registry wrote it. */
export function datePart(dateTime: string | undefined): string | undefined {
  return dateTime?.slice(0, 10);
}

function isCode(error: unknown, code: number): boolean {
  return error instanceof ModuleError && error.remoteCode === String(code);
}

export class Registry {
  constructor(
    private readonly connection: EppConnection,
    private readonly settings: RegistrarServerSettings,
  ) {}

  get clientId(): string {
    return this.settings.clientId;
  }

  /** undefined when the registry does not know the domain (2303). */
  async domainInfo(name: string, authInfo?: string): Promise<DomainInfo | undefined> {
    try {
      const result = await this.connection.command(domainInfoBody(name, authInfo), `domain:info ${name}`);
      return parseDomainInfo(result.resData);
    } catch (error) {
      if (isCode(error, 2303)) return undefined;
      throw error;
    }
  }

  /** domain:info for a domain this registrar must sponsor. */
  async ownDomain(name: string): Promise<DomainInfo> {
    const info = await this.domainInfo(name);
    if (!info) throw fail(`Domain ${name} does not exist at the registry`, '2303');
    if (info.clID !== this.clientId) throw fail(`Domain ${name} is sponsored by another registrar (${info.clID})`, '2201');
    return info;
  }

  async domainCheck(name: string): Promise<{ avail: boolean; reason?: string }> {
    const result = await this.connection.command(domainCheckBody(name), `domain:check ${name}`);
    return parseDomainCheck(result.resData);
  }

  /**
   * The registrant's handle: the one the billing server knows, or one derived
   * from the client id so that a retry finds the contact it created before.
   */
  async ensureContact(contact: DomainContact): Promise<string> {
    if (contact.handle) return contact.handle;
    const prefix = (this.settings.contactPrefix || 'HB').toUpperCase();
    const digest = createHash('sha256').update(contact.id).digest('hex').toUpperCase();
    const handle = `${prefix}${digest.slice(0, 14 - prefix.length)}`;
    try {
      const result = await this.connection.command(contactInfoBody(handle), `contact:info ${handle}`);
      const owner = parseContactClID(result.resData);
      if (owner !== this.clientId) throw fail(`Contact ${handle} belongs to another registrar (${owner})`, '2302');
      return handle;
    } catch (error) {
      if (!isCode(error, 2303)) throw error;
    }
    await this.connection.command(contactCreateBody(contactFields(handle, contact)), `contact:create ${handle}`);
    return handle;
  }

  async createDomain(input: {
    name: string;
    years: number;
    nameservers: string[];
    registrant: string;
  }): Promise<string | undefined> {
    const body = domainCreateBody({ ...input, contact: input.registrant, authInfo: newAuthInfo() });
    const result = await this.connection.command(body, `domain:create ${input.name}`);
    return parseExDate(result.resData, 'creData');
  }

  async updateDomain(name: string, changes: DomainChanges): Promise<void> {
    if (!hasChanges(changes)) return;
    await this.connection.command(domainUpdateBody(name, changes), `domain:update ${name}`);
  }

  /** false when the domain was already gone. */
  async deleteDomain(name: string): Promise<boolean> {
    try {
      await this.connection.command(domainDeleteBody(name), `domain:delete ${name}`);
      return true;
    } catch (error) {
      if (isCode(error, 2303)) return false;
      throw error;
    }
  }

  async renewDomain(name: string, curExpDate: string, years: number): Promise<string | undefined> {
    const result = await this.connection.command(domainRenewBody(name, curExpDate, years), `domain:renew ${name}`);
    return parseExDate(result.resData, 'renData');
  }

  async requestTransfer(name: string, authInfo: string, years: number): Promise<{ code: number; trStatus: string }> {
    const result = await this.connection.command(domainTransferBody('request', name, authInfo, years), `domain:transfer ${name}`);
    return { code: result.code, trStatus: parseTransfer(result.resData).trStatus };
  }

  async queryTransfer(name: string, authInfo: string): Promise<{ trStatus: string; reID: string }> {
    const result = await this.connection.command(domainTransferBody('query', name, authInfo), `domain:transfer query ${name}`);
    return parseTransfer(result.resData);
  }
}

function contactFields(handle: string, c: DomainContact) {
  if (!c.city || !c.country) throw fail('The registrant needs a city and a country to become a registry contact');
  const name = `${c.firstName} ${c.lastName}`.trim();
  const street = [c.address1, c.address2].filter((s): s is string => Boolean(s));
  const fields = [name, c.companyName, ...street, c.city, c.state, c.postcode];
  // "int" postal info must be plain ASCII (RFC 5733 §2.3); anything else goes as "loc".
  const ascii = fields.every((f) => !f || /^[\x20-\x7e]*$/.test(f));
  // EPP phone numbers look like +CC.NUMBER; anything else is left out rather than refused.
  const voice = c.phone && /^\+[0-9]{1,3}\.[0-9]{1,14}$/.test(c.phone) ? c.phone : undefined;
  return {
    id: handle,
    postalType: ascii ? ('int' as const) : ('loc' as const),
    name: name || c.email,
    org: c.companyName,
    street,
    city: c.city,
    sp: c.state,
    pc: c.postcode,
    cc: c.country.toUpperCase(),
    voice,
    email: c.email,
    authInfo: newAuthInfo(),
  };
}
