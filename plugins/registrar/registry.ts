/**
 * Domain, host and contact operations on a logged-in EPP session, and the
 * session lifecycle (connect, greeting, login, work, logout) every command uses.
 */
import { createHash, randomBytes } from 'node:crypto';
import { DomainContact, ModuleError, ServerContext } from '@hostbill/plugin-sdk';
import { EppConnection } from './epp-client';
import { fail } from './errors';
import {
  DomainChanges,
  DomainInfo,
  EppResult,
  NameserverForm,
  TransferData,
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
  hostCheckBody,
  hostCreateBody,
  hostDeleteBody,
  parseContactClID,
  parseDomainCheck,
  parseDomainInfo,
  parseExDate,
  parseHostCheck,
  parseTransfer,
  pollBody,
} from './epp-xml';
import { isInside } from './names';
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
    cert: settings.clientCertificate || undefined,
    key: settings.clientKey || undefined,
    signal,
  });
  try {
    await connection.login(greeting, { clientId: settings.clientId, password: settings.password, hostObjects: !settings.hostAttr });
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

export function isCode(error: unknown, code: number): boolean {
  return error instanceof ModuleError && error.remoteCode === String(code);
}

/** How a domain:delete ended: gone at once, or pendingDelete for the redemption period (RFC 3915). */
export type DeleteOutcome = 'deleted' | 'pendingDelete' | 'gone';

export class Registry {
  constructor(
    private readonly connection: EppConnection,
    private readonly settings: RegistrarServerSettings,
  ) {}

  get clientId(): string {
    return this.settings.clientId;
  }

  /** The registry takes nameservers as host attributes rather than host objects. */
  get hostAttr(): boolean {
    return this.settings.hostAttr ?? false;
  }

  /** undefined when the registry does not know the domain (2303). */
  async domainInfo(name: string, authInfo?: string): Promise<DomainInfo | undefined> {
    try {
      return parseDomainInfo(await this.connection.command(domainInfoBody(name, authInfo), `domain:info ${name}`));
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

  /** The registrant handle for a contact: the one billing knows, or one derived from the client id. */
  contactHandle(contact: DomainContact): string {
    if (contact.handle) return contact.handle;
    const prefix = (this.settings.contactPrefix || 'HB').toUpperCase();
    const digest = createHash('sha256').update(contact.id).digest('hex').toUpperCase();
    return `${prefix}${digest.slice(0, 14 - prefix.length)}`;
  }

  /**
   * The registrant's handle, created at the registry when missing. Derived
   * from the client id, so a retry finds the contact it created before.
   */
  async ensureContact(contact: DomainContact): Promise<string> {
    const handle = this.contactHandle(contact);
    if (contact.handle) return handle;
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

  /**
   * Makes sure the registry can take these nameservers for `domain`. With
   * host attributes, hosts inside the domain carry their addresses (glue).
   * With host objects (RFC 5732) every host must exist before a domain names
   * it: the missing ones are created, with addresses only when given, since
   * a registry refuses addresses for hosts outside its zones (Nomulus
   * HostCreateFlow: 2004) and requires them inside (2003).
   */
  async ensureNameservers(domain: string, hosts: string[], addresses: Record<string, string[]>): Promise<void> {
    if (this.hostAttr) return requireGlue(domain, hosts, addresses);
    if (hosts.length === 0) return;
    const check = await this.connection.command(hostCheckBody(hosts), `host:check ${hosts.join(' ')}`);
    const existing = parseHostCheck(check.resData);
    const missing = hosts.filter((h) => !existing.includes(h));
    requireGlue(domain, missing, addresses);
    for (const host of missing) {
      try {
        await this.connection.command(hostCreateBody(host, addresses[host] ?? []), `host:create ${host}`);
      } catch (error) {
        // Created meanwhile by a parallel command of ours, or by its sponsor: either way it exists now.
        if (!isCode(error, 2302)) throw error;
      }
    }
  }

  /** How domain frames carry nameservers at this registry. */
  nameserverForm(addresses: Record<string, string[]> = {}): NameserverForm {
    return { hostAttr: this.hostAttr, addresses };
  }

  async createDomain(input: {
    name: string;
    years: number;
    nameservers: string[];
    addresses: Record<string, string[]>;
    registrant: string;
  }): Promise<string | undefined> {
    const body = domainCreateBody({
      ...input,
      form: this.nameserverForm(input.addresses),
      contact: input.registrant,
      authInfo: newAuthInfo(),
    });
    const result = await this.connection.command(body, `domain:create ${input.name}`);
    return parseExDate(result.resData, 'creData');
  }

  async updateDomain(name: string, changes: DomainChanges, addresses: Record<string, string[]> = {}): Promise<void> {
    if (!hasChanges(changes)) return;
    await this.connection.command(domainUpdateBody(name, changes, this.nameserverForm(addresses)), `domain:update ${name}`);
  }

  /** 1000 deletes at once; 1001 leaves the domain pendingDelete in its redemption period (RFC 3915, RFC 5731 §3.2.2). */
  async deleteDomain(name: string): Promise<DeleteOutcome> {
    try {
      const result = await this.connection.command(domainDeleteBody(name), `domain:delete ${name}`);
      return result.code === 1001 ? 'pendingDelete' : 'deleted';
    } catch (error) {
      if (isCode(error, 2303)) return 'gone';
      throw error;
    }
  }

  /** A host object; one already gone counts as deleted. */
  async deleteHost(name: string): Promise<void> {
    try {
      await this.connection.command(hostDeleteBody(name), `host:delete ${name}`);
    } catch (error) {
      if (!isCode(error, 2303)) throw error;
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

  /** Without authInfo only the sponsor and the requesting registrar may ask; anyone else gets 2201. */
  async queryTransfer(name: string, authInfo?: string): Promise<TransferData> {
    const result = await this.connection.command(domainTransferBody('query', name, authInfo), `domain:transfer query ${name}`);
    return parseTransfer(result.resData);
  }

  /** The oldest message of the poll queue (1301), or undefined when it is empty (1300). */
  async pollRequest(): Promise<EppResult | undefined> {
    const result = await this.connection.command(pollBody('req'), 'poll');
    return result.code === 1301 && result.msgQ ? result : undefined;
  }

  async pollAck(id: string): Promise<void> {
    await this.connection.command(pollBody('ack', id), `poll ack ${id}`);
  }
}

/** Hosts inside the domain cannot be published without their addresses (glue). */
export function requireGlue(domain: string, hosts: string[], addresses: Record<string, string[]>): void {
  const noGlue = hosts.find((h) => isInside(h, domain) && !addresses[h]?.length);
  if (noGlue) throw fail(`Nameserver ${noGlue} is inside ${domain}: give its IP addresses (glue)`, '2003');
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
