/**
 * Registrar module: registers, transfers and renews domains at an EPP
 * registry (RFC 5730/5731/5732/5733 over TLS, RFC 5734; RFC 3915 grace
 * periods). Names go to the registry as A-labels. A hosting-style service
 * whose `domain` is set can also be created, suspended (clientHold) and
 * terminated through it.
 */
import {
  ChangePackageContext,
  CommandContext,
  DomainCommandContext,
  DomainContext,
  ModuleError,
  RegistrarModule,
  RegistrarPollContext,
  ServerContext,
  defineModule,
} from '@hostbill/plugin-sdk';
import { fail, networkError } from './errors';
import { HOLD, TRANSFER_LOCK, pollMessages, registerDomain, setStatus, syncDomain, terminateDomain, updateDomainTo } from './operations';
import { aLabel } from './names';
import { datePart, withRegistry } from './registry';
import { RegistrarProductOptions, RegistrarServerSettings, productOptionsSchema, serverSettingsSchema } from './settings';

type Server = ServerContext<RegistrarServerSettings>;
type ServiceCtx = CommandContext<RegistrarServerSettings, RegistrarProductOptions>;
type DomainCtx = DomainCommandContext<RegistrarServerSettings>;

function serviceDomain(ctx: ServiceCtx): string {
  if (!ctx.service.domain?.trim()) throw fail('The service has no domain name to register');
  return aLabel(ctx.service.domain);
}

const hostALabels = (hosts: string[]) => hosts.map((h) => aLabel(h, 'nameserver'));

/** Glue addresses keyed by the A-label of their host. */
function glue(domain: DomainContext): Record<string, string[]> {
  return Object.fromEntries(Object.entries(domain.nameserverAddresses ?? {}).map(([host, addrs]) => [aLabel(host, 'nameserver'), addrs]));
}

/** The registry object id an earlier command recorded. */
function recordedRoid(moduleData: Record<string, unknown>): string | undefined {
  return typeof moduleData.roid === 'string' && moduleData.roid ? moduleData.roid : undefined;
}

/** Product nameservers win over the server defaults; undefined leaves the domain's as they are. */
function productNameservers(options: RegistrarProductOptions, server: Server): string[] | undefined {
  if (options.nameservers?.length) return hostALabels(options.nameservers);
  if (server.settings.defaultNameservers?.length) return hostALabels(server.settings.defaultNameservers);
  return undefined;
}

const registrar = defineModule({
  name: 'registrar',
  version: '1.0.0',
  sdkVersion: '^1.4.0',
  kind: 'registrar',
  displayName: 'EPP registrar',
  description: 'Registers, transfers and renews domains at any EPP (RFC 5730-5734) registry.',
  serverSettingsSchema,
  productOptionsSchema,

  async register(ctx: DomainCtx) {
    const { domain } = ctx;
    const name = aLabel(domain.name);
    const hosts = hostALabels(domain.nameservers.length ? domain.nameservers : (ctx.server.settings.defaultNameservers ?? []));
    const reg = await withRegistry(ctx.server, ctx.signal, (r) =>
      registerDomain(r, {
        name,
        years: domain.years,
        nameservers: hosts,
        addresses: glue(domain),
        registrant: domain.registrant,
        roid: recordedRoid(domain.moduleData),
      }),
    );
    ctx.logger.info(reg.adopted ? 'domain already registered by us: adopted' : 'domain registered', { domain: name });
    return {
      expiryDate: reg.expiryDate,
      moduleData: { roid: reg.roid, registrantHandle: reg.registrantHandle, expiryDate: reg.expiryDate },
      message: `${name} ${reg.adopted ? 'adopted' : 'registered'}, expires ${reg.expiryDate ?? 'unknown'}`,
    };
  },

  async transfer(ctx: DomainCtx) {
    const name = aLabel(ctx.domain.name);
    const { eppCode, years } = ctx.domain;
    if (!eppCode) throw fail(`An EPP code is needed to transfer ${name}`);
    const status = await withRegistry(ctx.server, ctx.signal, async (r) => {
      const info = await r.domainInfo(name, eppCode);
      if (!info) throw fail(`Domain ${name} does not exist at the registry`, '2303');
      if (info.clID === r.clientId) return 'completed';
      try {
        return (await r.requestTransfer(name, eppCode, years)).trStatus;
      } catch (error) {
        // 2300: a transfer is already pending; it counts as ours when we requested it (a retry).
        if (!(error instanceof ModuleError) || error.remoteCode !== '2300') throw error;
        const pending = await r.queryTransfer(name, eppCode);
        if (pending.reID !== r.clientId) throw error;
        return pending.trStatus;
      }
    });
    return { moduleData: { transferStatus: status }, message: `Transfer of ${name}: ${status}` };
  },

  async renew(ctx: DomainCtx) {
    const { domain } = ctx;
    const name = aLabel(domain.name);
    const expiryDate = await withRegistry(ctx.server, ctx.signal, async (r) => {
      const info = await r.ownDomain(name);
      const current = datePart(info.exDate);
      if (!current) throw fail(`The registry gave no expiry date for ${name}`);
      if (!domain.expiryDate) return datePart(await r.renewDomain(name, current, domain.years));
      // Billing's expiry already moved on by the period at the registry: an earlier attempt
      // renewed and its answer was lost. Report that renewal instead of renewing again.
      if (current === addYears(domain.expiryDate, domain.years)) return current;
      // Otherwise renew from billing's date: the registry refuses (2004) if it is out of sync.
      return datePart(await r.renewDomain(name, domain.expiryDate, domain.years));
    });
    return { expiryDate, moduleData: { expiryDate }, message: `${name} renewed until ${expiryDate ?? 'unknown'}` };
  },

  async getNameservers(ctx: DomainCtx) {
    return withRegistry(ctx.server, ctx.signal, async (r) => (await r.ownDomain(aLabel(ctx.domain.name))).nameservers);
  },

  async saveNameservers(ctx: DomainCtx & { nameservers: string[] }) {
    const name = aLabel(ctx.domain.name);
    const hosts = hostALabels(ctx.nameservers);
    await withRegistry(ctx.server, ctx.signal, async (r) =>
      updateDomainTo(r, await r.ownDomain(name), { nameservers: hosts, addresses: glue(ctx.domain) }),
    );
    return { message: `Nameservers of ${name} set to ${hosts.join(', ')}` };
  },

  async getEppCode(ctx: DomainCtx) {
    const name = aLabel(ctx.domain.name);
    const info = await withRegistry(ctx.server, ctx.signal, (r) => r.ownDomain(name));
    if (!info.authInfo) throw fail(`The registry did not return the EPP code of ${name}`);
    return info.authInfo;
  },

  async sync(ctx: DomainCtx) {
    const name = aLabel(ctx.domain.name);
    return withRegistry(ctx.server, ctx.signal, (r) => syncDomain(r, name, recordedRoid(ctx.domain.moduleData)));
  },

  /**
   * The registrar lock is the clientTransferProhibited status (RFC 5731
   * section 2.3), set and removed by domain:update; a lock already in the
   * wanted state sends nothing, so a retry after a lost answer is harmless.
   * EPP has no release command (RFC 5730/5731), so this module offers none.
   */
  async lock(ctx: DomainCtx) {
    const name = aLabel(ctx.domain.name);
    await withRegistry(ctx.server, ctx.signal, (r) => setStatus(r, name, TRANSFER_LOCK, true));
    return { message: `${name} locked (${TRANSFER_LOCK})` };
  },

  async unlock(ctx: DomainCtx) {
    const name = aLabel(ctx.domain.name);
    await withRegistry(ctx.server, ctx.signal, (r) => setStatus(r, name, TRANSFER_LOCK, false));
    return { message: `${name} unlocked (${TRANSFER_LOCK} removed)` };
  },

  /** Transfer results and other registry notices, acknowledged one by one once handled. */
  async poll(ctx: RegistrarPollContext<RegistrarServerSettings>) {
    const handled = await withRegistry(ctx.server, ctx.signal, (r) => pollMessages(r, ctx.handle, ctx.signal));
    return { handled };
  },

  // ---- hosting-style commands on a service whose `domain` is the domain name

  async create(ctx: ServiceCtx) {
    const name = serviceDomain(ctx);
    const options = ctx.product.options;
    const reg = await withRegistry(ctx.server, ctx.signal, async (r) => {
      const registration = await registerDomain(r, {
        name,
        years: options.period ?? 1,
        nameservers: productNameservers(options, ctx.server) ?? [],
        addresses: {},
        registrant: ctx.client,
        roid: recordedRoid(ctx.service.moduleData),
      });
      if (options.transferLock) await setStatus(r, name, TRANSFER_LOCK, true);
      return registration;
    });
    return {
      moduleData: { domain: name, roid: reg.roid, registrantHandle: reg.registrantHandle, expiryDate: reg.expiryDate },
      message: `${name} ${reg.adopted ? 'adopted' : 'registered'}`,
    };
  },

  async suspend(ctx) {
    const name = serviceDomain(ctx);
    await withRegistry(ctx.server, ctx.signal, (r) => setStatus(r, name, HOLD, true));
    return { message: `${name} put on clientHold` };
  },

  async unsuspend(ctx) {
    const name = serviceDomain(ctx);
    await withRegistry(ctx.server, ctx.signal, (r) => setStatus(r, name, HOLD, false));
    return { message: `clientHold removed from ${name}` };
  },

  /** Deletes only the registration this service made (its recorded roid). */
  async terminate(ctx) {
    const name = serviceDomain(ctx);
    const result = await withRegistry(ctx.server, ctx.signal, (r) => terminateDomain(r, name, recordedRoid(ctx.service.moduleData)));
    return { moduleData: { registryStatus: result.registryStatus }, message: result.message };
  },

  /** Applies the new product's nameservers and transfer lock; its period applies to later registrations. */
  async changePackage(ctx: ChangePackageContext<RegistrarServerSettings, RegistrarProductOptions>) {
    const name = serviceDomain(ctx);
    const options = ctx.product.options;
    await withRegistry(ctx.server, ctx.signal, async (r) =>
      updateDomainTo(r, await r.ownDomain(name), {
        nameservers: productNameservers(options, ctx.server),
        statuses: { [TRANSFER_LOCK]: options.transferLock ?? false },
      }),
    );
    return { message: `${name} now follows product ${ctx.product.name}` };
  },

  async testConnection(server: Server, signal: AbortSignal) {
    try {
      await withRegistry(server, signal, async () => undefined);
      return { ok: true, message: `Logged in to ${server.hostname} as ${server.settings.clientId}` };
    } catch (error) {
      return { ok: false, message: networkError(error).message };
    }
  },
} satisfies RegistrarModule<RegistrarServerSettings, RegistrarProductOptions>);

export default registrar;

/** "2024-02-29" + 1 year → "2025-02-28": a registration period ends on the last day the month has. */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const lastDay = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  return `${String(y + years).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}
