/**
 * spam-filter: protects a service's domain with SpamExperts incoming/outgoing
 * filtering and archiving (PM-1, DN-4). Suspension whitelists every recipient
 * (`*`), as the official WHMCS add-on does: mail flows unfiltered, the domain
 * and its routes stay.
 */
import {
  ChangePackageContext,
  CommandContext,
  CommandResult,
  CustomCommandContext,
  defineModule,
  ModuleError,
  ModuleLogger,
  ServerContext,
  ServiceContext,
  SuspendContext,
  TestConnectionResult,
} from '@hostbill/plugin-sdk';
import { spamFilterMxRecords } from './mx-records';
import { formatRoute, parseRoute, ROUTE_PATTERN, sameRoutes } from './routes';
import { productOptionsSchema, serverSettingsSchema, SpamFilterProductOptions, SpamFilterServerSettings } from './settings';
import { isAuthFailure, Products, SpamExpertsClient } from './spamexperts-client';

export { spamFilterMxRecords } from './mx-records';
export type { MxRecord, MxHostTemplates } from './mx-records';

type Server = ServerContext<SpamFilterServerSettings>;
type Ctx = CommandContext<SpamFilterServerSettings, SpamFilterProductOptions>;
type CustomCtx = CustomCommandContext<SpamFilterServerSettings, SpamFilterProductOptions>;

/** Whitelisting this recipient bypasses filtering for the whole domain. */
const EVERY_RECIPIENT = '*';
/** Reserved for documentation (RFC 2606) yet syntactically ordinary: a read-only probe nobody owns. */
const PROBE_DOMAIN = 'example.com';
const DOMAIN_PATTERN = '^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$';
const DOMAIN = new RegExp(DOMAIN_PATTERN);

function baseUrl(server: Server): string {
  const host = server.hostname || server.ip;
  if (!host) throw new ModuleError('The spam-filter server has no host name or IP', { retryable: false });
  return `${server.secure ? 'https' : 'http'}://${host}${server.port ? `:${server.port}` : ''}`;
}

function clientFor(server: Server, signal: AbortSignal): SpamExpertsClient {
  const { username, password, caCertificate, tlsServerName, certificateFingerprint } = server.settings;
  return new SpamExpertsClient({ baseUrl: baseUrl(server), username, password, tls: { caCertificate, tlsServerName, certificateFingerprint } }, signal);
}

/** The domain recorded at create wins, so a later edit of the service cannot orphan the remote one. */
function domainOf(ctx: Ctx): string {
  const recorded = ctx.service.moduleData.domain;
  const domain = (typeof recorded === 'string' ? recorded : ctx.service.domain ?? '').trim().toLowerCase();
  if (!DOMAIN.test(domain)) {
    throw new ModuleError(`The service has no valid domain to filter (${JSON.stringify(domain)})`, { retryable: false });
  }
  return domain;
}

/**
 * How the service came to hold its domain on SpamExperts (moduleData `origin`):
 * `added` by its own create, or `adopted` from someone else on staff's say-so.
 * Terminate sets it to null. Only a service with an origin touches the domain.
 */
type Origin = 'added' | 'adopted';

function originOf(service: ServiceContext): Origin | undefined {
  const origin = service.moduleData.origin;
  return origin === 'added' || origin === 'adopted' ? origin : undefined;
}

/** The domain for every command but create: one this service holds, never a stranger's that happens to share the name. */
function ownedDomainOf(ctx: Ctx): string {
  if (!originOf(ctx.service)) {
    throw new ModuleError('The service holds no SpamExperts domain (create it first)', { retryable: false, remoteCode: 'NOT_PROVISIONED' });
  }
  return domainOf(ctx);
}

/**
 * Makes the domain this service's: adds it when the API account does not have
 * it, keeps it when this service added or adopted it before, and otherwise
 * refuses it unless the server allows adopting. SpamExperts keeps no tag on a
 * domain, so a retry whose domain/add answer was lost (nothing recorded yet)
 * knows its own work by what domain/add leaves: exactly our routes and no aliases.
 */
async function claimDomain(ctx: Ctx, api: SpamExpertsClient, domain: string, destinations: string[]): Promise<Origin> {
  if (!(await api.domainExists(domain))) {
    await addDomain(api, domain, destinations);
    return 'added';
  }
  const wanted = destinations.map((text) => parseRoute(text)!);
  const routes = await api.getRoutes(domain);
  let origin = originOf(ctx.service);
  if (!origin && sameRoutes(routes, wanted) && (await api.listAliases(domain)).length === 0) origin = 'added';
  if (!origin && ctx.server.settings.adoptExistingDomains) origin = 'adopted';
  if (!origin) {
    throw new ModuleError(
      `${domain} is already in this SpamExperts account but was not added by this service (routes ${routes.map(formatRoute).join(', ')}). ` +
        'To take it over, turn on "Adopt existing domains" in the server settings and run create again.',
      { retryable: false, remoteCode: 'DOMAIN_NOT_ADDED_BY_SERVICE' },
    );
  }
  if (!sameRoutes(routes, wanted)) await api.editRoutes(domain, destinations);
  return origin;
}

/** domain/exists said the account does not have it, so "already exists" means another account (or an alias) does. */
async function addDomain(api: SpamExpertsClient, domain: string, destinations: string[]): Promise<void> {
  try {
    await api.addDomain(domain, destinations);
  } catch (error) {
    if (!(error instanceof ModuleError && error.remoteCode === 'DOMAIN_EXISTS')) throw error;
    throw new ModuleError(`${domain} is already protected by SpamExperts outside this API account (another account, or an alias of another domain)`, {
      retryable: false,
      remoteCode: 'DOMAIN_EXISTS',
      cause: error,
    });
  }
}

/** Validates and normalises to `host:port`, the spelling SpamExperts accepts on write. */
function normaliseDestinations(list: unknown[]): string[] {
  return list.map((text) => {
    const route = typeof text === 'string' ? parseRoute(text) : undefined;
    if (!route) throw new ModuleError(`Invalid destination route ${JSON.stringify(text)}`, { retryable: false });
    return formatRoute(route);
  });
}

/** Routes the service set itself (editRoutes) win over the server's default. */
function destinationsOf(ctx: Ctx): string[] {
  const own = ctx.service.moduleData.destinations;
  return normaliseDestinations(Array.isArray(own) && own.length > 0 ? own : [ctx.server.settings.defaultDestination]);
}

function productsOf(options: SpamFilterProductOptions): Products {
  return { incoming: options.incoming ?? true, outgoing: options.outgoing ?? false, archiving: options.archiving ?? false };
}

/** Stored in moduleData and compared by the conformance tests: e.g. "incoming,archiving". */
function productList(products: Products): string {
  return (Object.keys(products) as (keyof Products)[]).filter((name) => products[name]).join(',');
}

function aliasInput(input: Record<string, unknown>): string {
  const alias = String(input.alias ?? '').trim().toLowerCase();
  if (!DOMAIN.test(alias)) throw new ModuleError(`Invalid alias ${JSON.stringify(alias)}`, { retryable: false });
  return alias;
}

const aliasSchema = {
  type: 'object',
  properties: { alias: { type: 'string', title: 'Alias domain', description: 'Domain whose mail is filtered like the main domain.', pattern: DOMAIN_PATTERN } },
  required: ['alias'],
  additionalProperties: false,
};

export default defineModule({
  name: 'spam-filter',
  version: '1.0.0',
  sdkVersion: '^1.0.0',
  kind: 'spamfilter',
  displayName: 'Spam filter (SpamExperts)',
  description: 'Adds the service domain to SpamExperts incoming/outgoing filtering and archiving.',
  serverSettingsSchema,
  productOptionsSchema,

  /** Idempotent: a retry finds the domain an earlier attempt added; a domain this service did not add is refused (see claimDomain). */
  async create(ctx: Ctx): Promise<CommandResult> {
    const domain = domainOf(ctx);
    const destinations = destinationsOf(ctx);
    const products = productsOf(ctx.product.options);
    const api = clientFor(ctx.server, ctx.signal);

    const origin = await claimDomain(ctx, api, domain, destinations);
    await api.setProducts(domain, products);
    ctx.logger.info('spam filter domain ready', { domain, origin, destinations });

    return {
      username: domain,
      moduleData: {
        domain,
        origin,
        destinations,
        products: productList(products),
        // DN-4: the domain is confirmed now, so the DNS area may switch the MX records.
        mxRecords: spamFilterMxRecords(domain, ctx.server.settings),
      },
      message: `${origin === 'adopted' ? 'Adopted' : 'Added'} ${domain} (${productList(products) || 'no products'})`,
    };
  },

  async suspend(ctx: SuspendContext<SpamFilterServerSettings, SpamFilterProductOptions>): Promise<CommandResult> {
    const domain = ownedDomainOf(ctx);
    await clientFor(ctx.server, ctx.signal).whitelistRecipient(domain, EVERY_RECIPIENT);
    return { moduleData: { suspended: true }, message: `Filtering bypassed for ${domain}` };
  },

  async unsuspend(ctx: Ctx): Promise<CommandResult> {
    const domain = ownedDomainOf(ctx);
    await clientFor(ctx.server, ctx.signal).unwhitelistRecipient(domain, EVERY_RECIPIENT);
    return { moduleData: { suspended: false }, message: `Filtering restored for ${domain}` };
  },

  /**
   * Removes only a domain this service holds. One already gone, or no longer in
   * this API account, counts as removed, so a retried terminate succeeds.
   */
  async terminate(ctx: Ctx): Promise<CommandResult> {
    const cleared = { origin: null, suspended: false, mxRecords: [] };
    if (!originOf(ctx.service)) return { moduleData: cleared, message: 'The service held no SpamExperts domain; nothing removed' };
    const domain = domainOf(ctx);
    try {
      await clientFor(ctx.server, ctx.signal).removeDomain(domain);
    } catch (error) {
      const gone = error instanceof ModuleError && (error.remoteCode === 'NO_SUCH_DOMAIN' || error.remoteCode === 'ALREADYEXISTS_NOT_OWNER');
      if (!gone) throw error;
      return { moduleData: cleared, message: `${domain} was already gone from this SpamExperts account` };
    }
    return { moduleData: cleared, message: `Removed ${domain}` };
  },

  async changePackage(ctx: ChangePackageContext<SpamFilterServerSettings, SpamFilterProductOptions>): Promise<CommandResult> {
    const domain = ownedDomainOf(ctx);
    const products = productsOf(ctx.product.options);
    await clientFor(ctx.server, ctx.signal).setProducts(domain, products);
    return { moduleData: { products: productList(products) }, message: `Products of ${domain}: ${productList(products) || 'none'}` };
  },

  async testConnection(server: Server, signal: AbortSignal, logger: ModuleLogger): Promise<TestConnectionResult> {
    try {
      await clientFor(server, signal).domainExists(PROBE_DOMAIN);
      return { ok: true, message: `Connected to ${baseUrl(server)} as ${server.settings.username}` };
    } catch (error) {
      if (!(error instanceof ModuleError)) throw error;
      logger.warn('spam filter connection test failed', { remoteCode: error.remoteCode, retryable: error.retryable });
      if (isAuthFailure(error)) return { ok: false, message: `Credentials rejected: ${error.message}` };
      if (error.retryable) return { ok: false, message: `Cannot reach ${baseUrl(server)}: ${error.message}` };
      return { ok: false, message: error.message };
    }
  },

  customCommands: {
    editRoutes: {
      label: 'Edit destination routes',
      clientAllowed: true,
      inputSchema: {
        type: 'object',
        properties: {
          destinations: {
            type: 'array',
            title: 'Destination routes',
            description: 'Mail servers that receive filtered mail: host or host:port (port 25 when omitted).',
            items: { type: 'string', pattern: ROUTE_PATTERN },
            minItems: 1,
            maxItems: 10,
          },
        },
        required: ['destinations'],
        additionalProperties: false,
      },
      async run(ctx: CustomCtx): Promise<CommandResult> {
        const domain = ownedDomainOf(ctx);
        const list = ctx.input.destinations;
        const destinations = normaliseDestinations(Array.isArray(list) ? list : []);
        if (destinations.length === 0) throw new ModuleError('At least one destination route is needed', { retryable: false });
        await clientFor(ctx.server, ctx.signal).editRoutes(domain, destinations);
        return { moduleData: { destinations }, message: `Routes of ${domain}: ${destinations.join(', ')}` };
      },
    },

    /** Read-only: what SpamExperts delivers to now, and the alias domains, for the caller (output). */
    showRoutes: {
      label: 'Show destination routes',
      clientAllowed: true,
      inputSchema: { type: 'object', properties: {}, additionalProperties: false },
      async run(ctx: CustomCtx): Promise<CommandResult> {
        const domain = ownedDomainOf(ctx);
        const api = clientFor(ctx.server, ctx.signal);
        const [routes, aliases] = await Promise.all([api.getRoutes(domain), api.listAliases(domain)]);
        const destinations = routes.map(formatRoute);
        return { output: { domain, destinations, aliases }, message: `Routes of ${domain}: ${destinations.join(', ')}` };
      },
    },

    /** Check-then-act, so a retry after a lost answer neither fails nor duplicates. */
    addAlias: {
      label: 'Add alias domain',
      clientAllowed: true,
      inputSchema: aliasSchema,
      async run(ctx: CustomCtx): Promise<CommandResult> {
        const domain = ownedDomainOf(ctx);
        const alias = aliasInput(ctx.input);
        const api = clientFor(ctx.server, ctx.signal);
        const aliases = await api.listAliases(domain);
        if (!aliases.includes(alias)) {
          await api.addAlias(domain, alias);
          aliases.push(alias);
        }
        return { moduleData: { aliases }, message: `Alias ${alias} filtered with ${domain}` };
      },
    },

    removeAlias: {
      label: 'Remove alias domain',
      clientAllowed: true,
      inputSchema: aliasSchema,
      async run(ctx: CustomCtx): Promise<CommandResult> {
        const domain = ownedDomainOf(ctx);
        const alias = aliasInput(ctx.input);
        const api = clientFor(ctx.server, ctx.signal);
        const aliases = await api.listAliases(domain);
        if (aliases.includes(alias)) await api.removeAlias(domain, alias);
        return { moduleData: { aliases: aliases.filter((name) => name !== alias) }, message: `Alias ${alias} removed from ${domain}` };
      },
    },
  },
});
