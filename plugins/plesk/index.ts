/**
 * Plesk provisioning module: hosting accounts on Plesk servers through the
 * Plesk XML API.
 *
 * Model (see README.md beside this file):
 * - one Plesk customer per client per server, found by the external id
 *   `<prefix>:client:<client id>`; created on the client's first service and
 *   reused by every later one;
 * - one Plesk subscription (webspace) per service, named after the service's
 *   domain, owned by that customer, on the product's service plan, carrying the
 *   external id `<prefix>:service:<service id>`;
 * - suspend, unsuspend, change package and change password act on the
 *   subscription only, never on the customer, so one service's suspension
 *   leaves the client's other services running;
 * - terminate removes the subscription, and the customer with it only when it
 *   was the customer's last: no subscription left on the panel (ours or not)
 *   and no other service of the client on this server still to be created;
 * - `singleSignOn` (a custom command staff and the owning client may run)
 *   answers a single-use link that logs the user in to the customer's panel.
 */
import {
  ChangePackageContext,
  ChangePasswordContext,
  CommandContext,
  CommandResult,
  CustomCommandContext,
  ModuleError,
  ModuleLogger,
  ServerContext,
  SuspendContext,
  defineModule,
} from '@hostbill/plugin-sdk';
import { PleskApi, STATUS_ACTIVE, STATUS_DISABLED_BY_ADMIN, WebspaceInfo, WebspaceRef } from './plesk-api';
import { DEFAULT_PORT, PleskClient, PleskCode } from './plesk-client';
import { PleskProductOptions, PleskServerSettings, productOptionsSchema, serverSettingsSchema } from './settings';
import {
  DEFAULT_EXTERNAL_ID_PREFIX,
  customerExternalId,
  customerInput,
  customerLogin,
  systemUserLogin,
  webspaceExternalId,
} from './naming';

export type { PleskProductOptions, PleskServerSettings } from './settings';

type Ctx = CommandContext<PleskServerSettings, PleskProductOptions>;

/** What this module keeps in the service's moduleData. */
export interface PleskModuleData {
  pleskCustomerId?: string | null;
  pleskCustomerLogin?: string | null;
  pleskWebspaceId?: string | null;
  pleskWebspaceGuid?: string | null;
  pleskPlanName?: string;
}

function connect(server: ServerContext<PleskServerSettings>, logger: ModuleLogger): PleskApi {
  const settings = server.settings ?? {};
  const client = new PleskClient(
    {
      host: server.hostname || server.ip || '',
      port: server.port ?? DEFAULT_PORT,
      secure: server.secure,
      verifyTls: settings.verifyTls ?? true,
      tls: { caCertificate: settings.caCertificate, tlsServerName: settings.tlsServerName, certificateFingerprint: settings.certificateFingerprint },
      login: settings.username || 'admin',
      password: settings.password,
      secretKey: settings.secretKey || undefined,
    },
    logger,
  );
  return new PleskApi(client);
}

function prefixOf(ctx: Ctx): string {
  return ctx.server.settings?.externalIdPrefix || DEFAULT_EXTERNAL_ID_PREFIX;
}

function moduleData(ctx: Ctx): PleskModuleData {
  return ctx.service.moduleData as PleskModuleData;
}

/** The subscription of this service: by the Plesk id we recorded, else by our external id. */
function webspaceRef(ctx: Ctx): WebspaceRef {
  const id = moduleData(ctx).pleskWebspaceId;
  return id ? { id } : { externalId: webspaceExternalId(prefixOf(ctx), ctx.service.id) };
}

function invalid(message: string): ModuleError {
  return new ModuleError(message, { retryable: false });
}

function planNameOf(ctx: Ctx): string {
  const planName = ctx.product.options?.planName;
  if (!planName) throw invalid(`Product "${ctx.product.name}" has no Plesk service plan (planName) set`);
  return planName;
}

async function ipAddressesFor(ctx: Ctx, api: PleskApi): Promise<string[]> {
  const configured = ctx.product.options?.ipAddresses;
  if (configured && configured.length > 0) return configured;
  if (ctx.server.ip) return [ctx.server.ip];
  const [first] = await api.sharedIpAddresses(ctx.signal);
  if (!first) {
    throw invalid(`Plesk server "${ctx.server.name}" has no shared IP address; set ipAddresses on the product`);
  }
  return [first];
}

function created(
  customer: { id: string; login?: string },
  webspace: WebspaceInfo,
  planName: string,
  username: string,
  message: string,
): CommandResult {
  const data: PleskModuleData = {
    pleskCustomerId: customer.id,
    pleskCustomerLogin: customer.login,
    pleskWebspaceId: webspace.id,
    pleskWebspaceGuid: webspace.guid ?? null,
    pleskPlanName: planName,
  };
  return { moduleData: data as Record<string, unknown>, username, message };
}

async function ensureCustomer(ctx: Ctx, api: PleskApi, password: string): Promise<{ id: string; login?: string }> {
  const externalId = customerExternalId(prefixOf(ctx), ctx.client.id);
  const existing = await api.findCustomerByExternalId(externalId, ctx.signal);
  if (existing) return existing;
  const login = customerLogin(prefixOf(ctx), ctx.client.id);
  try {
    return await api.addCustomer(customerInput(ctx.client, { login, password, externalId }), ctx.signal);
  } catch (error) {
    // Another command for the same client may have created it a moment ago.
    const raced = await api.findCustomerByExternalId(externalId, ctx.signal);
    if (raced) return raced;
    if (error instanceof ModuleError && error.remoteCode === PleskCode.ALREADY_EXISTS) {
      throw new ModuleError(
        `A Plesk customer with login "${login}" already exists but is not linked to client ${ctx.client.id}; ` +
          `link it by setting its external id to "${externalId}" or remove it`,
        { retryable: false, remoteCode: error.remoteCode, cause: error },
      );
    }
    throw error;
  }
}

/**
 * The client's customer on this server goes with its last subscription: when
 * the panel lists no subscription of it (ours or another's) and no other
 * service of the client on this server is still to be created under it.
 * Returns the login of the customer removed, or undefined when it stays.
 */
async function removeCustomerIfUnused(ctx: Ctx, api: PleskApi): Promise<string | undefined> {
  if (ctx.otherServicesOnServer.some((other) => other.status === 'Pending')) return undefined;
  const customer = await api.findCustomerByExternalId(customerExternalId(prefixOf(ctx), ctx.client.id), ctx.signal);
  if (!customer) return undefined;
  if ((await api.webspacesOwnedBy(customer.id, ctx.signal)).length > 0) return undefined;
  await api.deleteCustomer(customer.id, ctx.signal);
  return customer.login ?? customer.id;
}

/** The Plesk login of the client's customer on this server: recorded by create, else looked up by its external id. */
async function customerLoginOf(ctx: Ctx, api: PleskApi): Promise<string> {
  const recorded = moduleData(ctx).pleskCustomerLogin;
  if (recorded) return recorded;
  const customer = await api.findCustomerByExternalId(customerExternalId(prefixOf(ctx), ctx.client.id), ctx.signal);
  if (!customer?.login) throw invalid(`Plesk server "${ctx.server.name}" has no customer for client ${ctx.client.id}`);
  return customer.login;
}

/** The panel's address as the user's browser reaches it. */
function panelUrl(server: ServerContext<PleskServerSettings>, path: string): string {
  const host = server.hostname || server.ip || '';
  return `${server.secure ? 'https' : 'http'}://${host.includes(':') ? `[${host}]` : host}:${server.port ?? DEFAULT_PORT}${path}`;
}

const plesk = defineModule({
  name: 'plesk',
  version: '1.0.0',
  sdkVersion: '^1.3.0',
  kind: 'hosting',
  displayName: 'Plesk',
  description: 'Hosting subscriptions on Plesk servers (XML API): one customer per client, one subscription per service.',
  serverSettingsSchema,
  productOptionsSchema,

  async create(ctx: Ctx): Promise<CommandResult> {
    const domain = ctx.service.domain?.trim().toLowerCase();
    if (!domain) throw invalid('A Plesk subscription needs a domain; the service has none');
    const password = ctx.service.password;
    if (!password) throw invalid('The service has no password to give the subscription');
    const planName = planNameOf(ctx);
    const username = ctx.service.username || systemUserLogin(domain, ctx.service.id);
    const externalId = webspaceExternalId(prefixOf(ctx), ctx.service.id);
    const api = connect(ctx.server, ctx.logger);

    // An earlier attempt whose answer was lost may have done the work already.
    const previous = await api.findWebspace({ externalId }, ctx.signal);
    if (previous) {
      const owner = await api.findCustomerByExternalId(customerExternalId(prefixOf(ctx), ctx.client.id), ctx.signal);
      ctx.logger.info('plesk subscription already exists; create adopts it', { webspaceId: previous.id });
      return created(owner ?? { id: previous.ownerId ?? '' }, previous, planName, username, `Subscription ${domain} already existed`);
    }
    const taken = await api.findWebspace({ name: domain }, ctx.signal);
    if (taken) {
      throw invalid(`The domain ${domain} is already hosted on Plesk server "${ctx.server.name}" by another subscription`);
    }

    const customer = await ensureCustomer(ctx, api, password);
    const ipAddresses = await ipAddressesFor(ctx, api);
    try {
      const webspace = await api.addWebspace(
        { name: domain, ownerId: customer.id, ipAddresses, externalId, ftpLogin: username, ftpPassword: password, planName },
        ctx.signal,
      );
      return created(customer, webspace, planName, username, `Subscription ${domain} created on plan ${planName}`);
    } catch (error) {
      const raced = await api.findWebspace({ externalId }, ctx.signal).catch(() => undefined);
      if (raced) return created(customer, raced, planName, username, `Subscription ${domain} created`);
      throw error;
    }
  },

  async suspend(ctx: SuspendContext<PleskServerSettings, PleskProductOptions>): Promise<CommandResult> {
    await connect(ctx.server, ctx.logger).setWebspaceStatus(webspaceRef(ctx), STATUS_DISABLED_BY_ADMIN, ctx.signal);
    const why = ctx.reason.trim() || 'non-payment';
    return { message: `Subscription ${ctx.service.domain ?? ''} suspended (${why})` };
  },

  async unsuspend(ctx: Ctx): Promise<CommandResult> {
    await connect(ctx.server, ctx.logger).setWebspaceStatus(webspaceRef(ctx), STATUS_ACTIVE, ctx.signal);
    return { message: `Subscription ${ctx.service.domain ?? ''} active again` };
  },

  async terminate(ctx: Ctx): Promise<CommandResult> {
    const api = connect(ctx.server, ctx.logger);
    const removed = await api.deleteWebspace(webspaceRef(ctx), ctx.signal);
    const customerRemoved = await removeCustomerIfUnused(ctx, api);
    const data: PleskModuleData = { pleskWebspaceId: null, pleskWebspaceGuid: null, ...(customerRemoved ? { pleskCustomerId: null, pleskCustomerLogin: null } : {}) };
    const subscription = removed ? `Subscription ${ctx.service.domain ?? ''} removed` : `Subscription ${ctx.service.domain ?? ''} was already gone`;
    return {
      moduleData: data as Record<string, unknown>,
      message: customerRemoved ? `${subscription}; customer ${customerRemoved} removed with its last subscription` : subscription,
    };
  },

  async changePackage(ctx: ChangePackageContext<PleskServerSettings, PleskProductOptions>): Promise<CommandResult> {
    const planName = planNameOf(ctx);
    const api = connect(ctx.server, ctx.logger);
    const guid = await api.findPlanGuid(planName, ctx.signal);
    if (!guid) throw invalid(`Plesk server "${ctx.server.name}" has no service plan named "${planName}"`);
    await api.switchPlan(webspaceRef(ctx), guid, ctx.signal);
    const data: PleskModuleData = { pleskPlanName: planName };
    return { moduleData: data as Record<string, unknown>, message: `Subscription switched to plan ${planName}` };
  },

  async changePassword(ctx: ChangePasswordContext<PleskServerSettings, PleskProductOptions>): Promise<CommandResult> {
    await connect(ctx.server, ctx.logger).setFtpPassword(webspaceRef(ctx), ctx.newPassword, ctx.signal);
    return { message: 'Subscription system user password changed' };
  },

  customCommands: {
    /**
     * Plesk's automatic login: a session token from server/create_session,
     * bound to the requester's IP address, in a single-use link to
     * rsession_init.php. The link is a credential: it goes back only as the
     * command's secret output (encrypted at rest, for the requester only),
     * never into a log or the module data.
     */
    singleSignOn: {
      label: 'Log in to Plesk',
      clientAllowed: true,
      secretOutput: ['url'],
      inputSchema: { type: 'object', properties: {}, additionalProperties: false },
      async run(ctx: CustomCommandContext<PleskServerSettings, PleskProductOptions>): Promise<CommandResult> {
        const userIp = ctx.requestedBy.ip;
        if (!userIp) throw invalid('A panel login needs the address of the user it is for');
        const api = connect(ctx.server, ctx.logger);
        const sessionId = await api.createSession(await customerLoginOf(ctx, api), userIp, ctx.signal);
        return {
          message: `Panel login link issued to ${ctx.requestedBy.kind}`,
          output: { url: panelUrl(ctx.server, `/enterprise/rsession_init.php?PLESKSESSID=${encodeURIComponent(sessionId)}`) },
        };
      },
    },
    /**
     * DN-5: clients make their mail accounts in the panel; one staff make here
     * gets SpamAssassin filtering switched on (Plesk leaves it off). A retry
     * finds the account made by an earlier attempt and only switches the filter on.
     */
    createMailAccount: {
      label: 'Create mail account (spam filtering on)',
      clientAllowed: false,
      inputSchema: {
        type: 'object',
        properties: {
          name: { type: 'string', title: 'Mail name', description: 'The part before the @; the domain is the subscription\'s.', pattern: '^[a-z0-9]([a-z0-9._-]{0,62}[a-z0-9])?$' },
          password: { type: 'string', title: 'Password', description: 'Password of the mailbox.', minLength: 8, maxLength: 200, writeOnly: true },
        },
        required: ['name', 'password'],
        additionalProperties: false,
      },
      async run(ctx: CustomCommandContext<PleskServerSettings, PleskProductOptions>): Promise<CommandResult> {
        const siteId = moduleData(ctx).pleskWebspaceId;
        if (!siteId || !ctx.service.domain) throw invalid('The service has no Plesk subscription to add a mail account to (create it first)');
        const name = String(ctx.input.name);
        const address = `${name}@${ctx.service.domain}`;
        const api = connect(ctx.server, ctx.logger);
        const created = await api.createMailAccount(siteId, name, String(ctx.input.password), ctx.signal);
        await api.enableSpamFilter(address, ctx.signal);
        return { message: `${created ? 'Created' : 'Found existing'} mail account ${address}; spam filtering on`, output: { address, spamFilter: true } };
      },
    },
  },

  async testConnection(server: ServerContext<PleskServerSettings>, signal: AbortSignal, logger: ModuleLogger) {
    try {
      const versions = await connect(server, logger).protocolVersions(signal);
      const newest = versions[versions.length - 1];
      return { ok: true, message: newest ? `Connected; XML API up to ${newest}` : 'Connected' };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  },
});

export default plesk;

