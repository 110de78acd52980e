/**
 * The Plesk XML API operations this plugin uses, each packet built in the
 * element order of Plesk's schemas (customer: clientAddGenInfo; webspace:
 * domain_input.xsd add/set/del/switch-subscription; service-plan, ip, server).
 */
import { ModuleError } from '@hostbill/plugin-sdk';
import { PleskClient, PleskCode, PleskResult, assertOk, errorCode, isOk } from './plesk-client';
import { XmlElement, child, el, list, opt, text } from './xml';

/** Subscription status values (objectStatus): 0 active, 16 disabled by the administrator. */
export const STATUS_ACTIVE = '0';
export const STATUS_DISABLED_BY_ADMIN = '16';

export interface CustomerInput {
  company?: string;
  personalName: string;
  login: string;
  password: string;
  phone?: string;
  email?: string;
  address?: string;
  city?: string;
  state?: string;
  postcode?: string;
  country?: string;
  externalId: string;
  description?: string;
}

export interface CustomerInfo {
  id: string;
  login?: string;
  guid?: string;
}

export interface WebspaceInput {
  name: string;
  ownerId: string;
  ipAddresses: string[];
  externalId: string;
  ftpLogin: string;
  ftpPassword: string;
  planName: string;
}

export interface WebspaceInfo {
  id: string;
  name?: string;
  guid?: string;
  status?: string;
  ownerId?: string;
}

/** How a subscription is found: by the id Plesk gave it, or by the external id we gave it. */
export type WebspaceRef = { id: string } | { externalId: string };

export class PleskApi {
  constructor(private readonly client: PleskClient) {}

  // ---- customers -------------------------------------------------------

  async findCustomerByExternalId(externalId: string, signal: AbortSignal): Promise<CustomerInfo | undefined> {
    const [result] = await this.client.call(
      'customer',
      'get',
      [el('filter', el('external-id', externalId)), el('dataset', el('gen_info'))],
      signal,
    );
    if (isNotFound(result)) return undefined;
    assertOk(result, 'customer/get');
    const id = text(result, 'id');
    if (!id) return undefined;
    return {
      id,
      login: text(result, 'data', 'gen_info', 'login'),
      guid: text(result, 'data', 'gen_info', 'guid'),
    };
  }

  async addCustomer(input: CustomerInput, signal: AbortSignal): Promise<CustomerInfo> {
    const genInfo = el(
      'gen_info',
      opt('cname', input.company),
      el('pname', input.personalName),
      el('login', input.login),
      el('passwd', input.password),
      el('status', STATUS_ACTIVE),
      opt('phone', input.phone),
      opt('email', input.email),
      opt('address', input.address),
      opt('city', input.city),
      opt('state', input.state),
      opt('pcode', input.postcode),
      opt('country', input.country),
      el('external-id', input.externalId),
      opt('description', input.description),
    );
    const [result] = await this.client.call('customer', 'add', [genInfo], signal);
    assertOk(result, 'customer/add');
    return { id: required(result, 'id', 'customer/add'), login: input.login, guid: text(result, 'guid') };
  }

  /**
   * Deletes the customer (Plesk deletes its subscriptions with it); returns
   * false when it did not exist (already gone).
   */
  async deleteCustomer(id: string, signal: AbortSignal): Promise<boolean> {
    const [result] = await this.client.call('customer', 'del', [el('filter', el('id', id))], signal);
    if (isNotFound(result)) return false;
    assertOk(result, 'customer/del');
    return true;
  }

  // ---- subscriptions (webspaces) ---------------------------------------

  /** Every subscription the customer owns, ours or not. */
  async webspacesOwnedBy(customerId: string, signal: AbortSignal): Promise<WebspaceInfo[]> {
    const results = await this.client.call('webspace', 'get', [el('filter', el('owner-id', customerId)), el('dataset', el('gen_info'))], signal);
    if (results.length === 1 && isNotFound(results[0])) return [];
    return results.map((result) => {
      assertOk(result, 'webspace/get');
      return webspaceInfo(result);
    });
  }

  async findWebspace(ref: WebspaceRef | { name: string }, signal: AbortSignal): Promise<WebspaceInfo | undefined> {
    const [result] = await this.client.call(
      'webspace',
      'get',
      [webspaceFilter(ref), el('dataset', el('gen_info'))],
      signal,
    );
    if (isNotFound(result)) return undefined;
    assertOk(result, 'webspace/get');
    return webspaceInfo(result);
  }

  async addWebspace(input: WebspaceInput, signal: AbortSignal): Promise<WebspaceInfo> {
    const ips = input.ipAddresses.map((ip) => el('ip_address', ip));
    const add = [
      el(
        'gen_setup',
        el('name', input.name),
        el('owner-id', input.ownerId),
        el('htype', 'vrt_hst'),
        ...ips,
        el('status', STATUS_ACTIVE),
        el('external-id', input.externalId),
      ),
      el(
        'hosting',
        el(
          'vrt_hst',
          property('ftp_login', input.ftpLogin),
          property('ftp_password', input.ftpPassword),
          ...ips,
        ),
      ),
      el('plan-name', input.planName),
    ];
    const [result] = await this.client.call('webspace', 'add', add, signal);
    assertOk(result, 'webspace/add');
    return { id: required(result, 'id', 'webspace/add'), guid: text(result, 'guid'), name: input.name };
  }

  async setWebspaceStatus(ref: WebspaceRef, status: string, signal: AbortSignal): Promise<void> {
    await this.set(ref, [el('gen_setup', el('status', status))], signal);
  }

  async setFtpPassword(ref: WebspaceRef, password: string, signal: AbortSignal): Promise<void> {
    await this.set(ref, [el('hosting', el('vrt_hst', property('ftp_password', password)))], signal);
  }

  async switchPlan(ref: WebspaceRef, planGuid: string, signal: AbortSignal): Promise<void> {
    await this.client.callOk('webspace', 'switch-subscription', [webspaceFilter(ref), el('plan-guid', planGuid)], signal);
  }

  /** Deletes the subscription; returns false when it did not exist (already gone). */
  async deleteWebspace(ref: WebspaceRef, signal: AbortSignal): Promise<boolean> {
    const [result] = await this.client.call('webspace', 'del', [webspaceFilter(ref)], signal);
    if (isNotFound(result)) return false;
    assertOk(result, 'webspace/del');
    return true;
  }

  private async set(ref: WebspaceRef, values: XmlElement[], signal: AbortSignal): Promise<void> {
    await this.client.callOk('webspace', 'set', [webspaceFilter(ref), el('values', ...values)], signal);
  }

  // ---- mail (DN-5) -------------------------------------------------------

  /** Creates a mail account with a mailbox on the site; false when one of that name exists already (a retry). */
  async createMailAccount(siteId: string, name: string, password: string, signal: AbortSignal): Promise<boolean> {
    const mailname = el('mailname', el('name', name), el('mailbox', el('enabled', 'true')), el('password', el('value', password), el('type', 'plain')));
    const [result] = await this.client.call('mail', 'create', [el('filter', el('site-id', siteId), mailname)], signal);
    if (!isOk(result) && errorCode(result) === PleskCode.ALREADY_EXISTS) return false;
    assertOk(result, 'mail/create');
    return true;
  }

  /** Switches SpamAssassin filtering on for one mail address (Plesk leaves it off for a new account). */
  async enableSpamFilter(address: string, signal: AbortSignal): Promise<void> {
    await this.client.callOk('spamfilter', 'set', [el('filter', el('username', address)), el('preferences'), el('enabled')], signal);
  }

  // ---- plans, addresses, server ----------------------------------------

  async findPlanGuid(name: string, signal: AbortSignal): Promise<string | undefined> {
    const [result] = await this.client.call('service-plan', 'get', [el('filter', el('name', name))], signal);
    if (isNotFound(result)) return undefined;
    assertOk(result, 'service-plan/get');
    return text(result, 'guid');
  }

  /** Shared addresses of the server, IPv4 first. */
  async sharedIpAddresses(signal: AbortSignal): Promise<string[]> {
    const result = await this.client.callOk('ip', 'get', [], signal);
    const infos = list(child(child(result, 'addresses'), 'ip_info'));
    const shared = infos
      .filter((info) => text(info, 'type') === 'shared')
      .map((info) => text(info, 'ip_address'))
      .filter((ip): ip is string => Boolean(ip));
    return [...shared.filter((ip) => !ip.includes(':')), ...shared.filter((ip) => ip.includes(':'))];
  }

  /**
   * A single-use session token for logging `login` in to the panel from
   * `userIp` (server/create_session: https://docs.plesk.com/en-US/obsidian/api-rpc/reference/managing-plesk-server/creating-session-tokens.73865/).
   * The session values are sent Base64-encoded, as the older references
   * require and the newer accept; source_server stays empty (the panel's own
   * login page is where a failed login lands).
   */
  async createSession(login: string, userIp: string, signal: AbortSignal): Promise<string> {
    const data = el('data', el('user_ip', Buffer.from(userIp).toString('base64')), el('source_server'));
    const result = await this.client.callOk('server', 'create_session', [el('login', login), data], signal);
    return required(result, 'id', 'server/create_session');
  }

  async protocolVersions(signal: AbortSignal): Promise<string[]> {
    const result = await this.client.callOk('server', 'get_protos', [], signal);
    return list(child(child(result, 'protos'), 'proto')).filter((v): v is string => typeof v === 'string');
  }
}

function property(name: string, value: string): XmlElement {
  return el('property', el('name', name), el('value', value));
}

function webspaceFilter(ref: WebspaceRef | { name: string }): XmlElement {
  if ('id' in ref) return el('filter', el('id', ref.id));
  if ('externalId' in ref) return el('filter', el('external-id', ref.externalId));
  return el('filter', el('name', ref.name));
}

function webspaceInfo(result: PleskResult): WebspaceInfo {
  return {
    id: required(result, 'id', 'webspace/get'),
    name: text(result, 'data', 'gen_info', 'name'),
    guid: text(result, 'data', 'gen_info', 'guid'),
    status: text(result, 'data', 'gen_info', 'status'),
    ownerId: text(result, 'data', 'gen_info', 'owner-id'),
  };
}

function isNotFound(result: PleskResult): boolean {
  return !isOk(result) && errorCode(result) === PleskCode.NOT_FOUND;
}

function required(result: PleskResult, name: string, what: string): string {
  const value = text(result, name);
  if (!value) throw new ModuleError(`Plesk answered ${what} without <${name}>`, { retryable: false });
  return value;
}
