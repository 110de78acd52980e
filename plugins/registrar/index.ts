/**
 * Registrar module: registers, transfers and renews domains at an EPP
 * registry (RFC 5730/5731/5733 over TLS, RFC 5734). A hosting-style service
 * whose `domain` is set can also be created, suspended (clientHold) and
 * terminated through it.
 */
import {
  ChangePackageContext,
  CommandContext,
  DomainCommandContext,
  ModuleError,
  RegistrarModule,
  ServerContext,
  defineModule,
} from '../../src/provisioning/sdk';
import { fail, networkError } from './errors';
import { HOLD, TRANSFER_LOCK, changesFor, registerDomain, setStatus, syncResult } from './operations';
import { datePart, withRegistry } from './registry';
import { RegistrarProductOptions, RegistrarServerSettings, productOptionsSchema, serverSettingsSchema } from './settings';

type Server = ServerContext<RegistrarServerSettings>;
type ServiceCtx = CommandContext<RegistrarServerSettings, RegistrarProductOptions>;
type DomainCtx = DomainCommandContext<RegistrarServerSettings>;

function serviceDomain(ctx: ServiceCtx): string {
  const name = ctx.service.domain?.trim().toLowerCase().replace(/\.$/, '');
  if (!name) throw fail('The service has no domain name to register');
  return name;
}

/** Product nameservers win over the server defaults; undefined leaves the domain's as they are. */
function productNameservers(options: RegistrarProductOptions, server: Server): string[] | undefined {
  if (options.nameservers?.length) return options.nameservers;
  if (server.settings.defaultNameservers?.length) return server.settings.defaultNameservers;
  return undefined;
}

const registrar = defineModule({
  name: 'registrar',
  version: '1.0.0',
  kind: 'registrar',
  displayName: 'EPP registrar',
  description: 'Registers, transfers and renews domains at any EPP (RFC 5730-5734) registry.',
  serverSettingsSchema,
  productOptionsSchema,

  async register(ctx: DomainCtx) {
    const { domain } = ctx;
    const nameservers = domain.nameservers.length ? domain.nameservers : (ctx.server.settings.defaultNameservers ?? []);
    const reg = await withRegistry(ctx.server, ctx.signal, (r) =>
      registerDomain(r, { name: domain.name, years: domain.years, nameservers, registrant: domain.registrant }),
    );
    ctx.logger.info(reg.adopted ? 'domain already registered by us: adopted' : 'domain registered', { domain: domain.name });
    return {
      expiryDate: reg.expiryDate,
      moduleData: { roid: reg.roid, registrantHandle: reg.registrantHandle, expiryDate: reg.expiryDate },
      message: `${domain.name} ${reg.adopted ? 'adopted' : 'registered'}, expires ${reg.expiryDate ?? 'unknown'}`,
    };
  },

  async transfer(ctx: DomainCtx) {
    const { domain } = ctx;
    if (!domain.eppCode) throw fail(`An EPP code is needed to transfer ${domain.name}`);
    const eppCode = domain.eppCode;
    const status = await withRegistry(ctx.server, ctx.signal, async (r) => {
      const info = await r.domainInfo(domain.name, eppCode);
      if (!info) throw fail(`Domain ${domain.name} does not exist at the registry`, '2303');
      if (info.clID === r.clientId) return 'completed';
      try {
        return (await r.requestTransfer(domain.name, eppCode, domain.years)).trStatus;
      } catch (error) {
        // 2300: a transfer is already pending; it counts as ours when we requested it (a retry).
        if (!(error instanceof ModuleError) || error.remoteCode !== '2300') throw error;
        const pending = await r.queryTransfer(domain.name, eppCode);
        if (pending.reID !== r.clientId) throw error;
        return pending.trStatus;
      }
    });
    return { moduleData: { transferStatus: status }, message: `Transfer of ${domain.name}: ${status}` };
  },

  async renew(ctx: DomainCtx) {
    const { domain } = ctx;
    const expiryDate = await withRegistry(ctx.server, ctx.signal, async (r) => {
      const info = await r.ownDomain(domain.name);
      const current = datePart(info.exDate);
      if (!current) throw fail(`The registry gave no expiry date for ${domain.name}`);
      if (!domain.expiryDate) return datePart(await r.renewDomain(domain.name, current, domain.years));
      // Billing's expiry already moved on by the period at the registry: an earlier attempt
      // renewed and its answer was lost. Report that renewal instead of renewing again.
      if (current === addYears(domain.expiryDate, domain.years)) return current;
      // Otherwise renew from billing's date: the registry refuses (2004) if it is out of sync.
      return datePart(await r.renewDomain(domain.name, domain.expiryDate, domain.years));
    });
    return { expiryDate, moduleData: { expiryDate }, message: `${domain.name} renewed until ${expiryDate ?? 'unknown'}` };
  },

  async getNameservers(ctx: DomainCtx) {
    return withRegistry(ctx.server, ctx.signal, async (r) => (await r.ownDomain(ctx.domain.name)).nameservers);
  },

  async saveNameservers(ctx: DomainCtx & { nameservers: string[] }) {
    const { name } = ctx.domain;
    await withRegistry(ctx.server, ctx.signal, async (r) => {
      const info = await r.ownDomain(name);
      await r.updateDomain(name, changesFor(info, { nameservers: ctx.nameservers }));
    });
    return { message: `Nameservers of ${name} set to ${ctx.nameservers.join(', ')}` };
  },

  async getEppCode(ctx: DomainCtx) {
    const info = await withRegistry(ctx.server, ctx.signal, (r) => r.ownDomain(ctx.domain.name));
    if (!info.authInfo) throw fail(`The registry did not return the EPP code of ${ctx.domain.name}`);
    return info.authInfo;
  },

  async sync(ctx: DomainCtx) {
    return withRegistry(ctx.server, ctx.signal, async (r) => syncResult(r, await r.domainInfo(ctx.domain.name)));
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
        registrant: ctx.client,
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

  async terminate(ctx) {
    const name = serviceDomain(ctx);
    const deleted = await withRegistry(ctx.server, ctx.signal, (r) => r.deleteDomain(name));
    return { message: deleted ? `${name} deleted` : `${name} was already gone` };
  },

  /** Applies the new product's nameservers and transfer lock; its period applies to later registrations. */
  async changePackage(ctx: ChangePackageContext<RegistrarServerSettings, RegistrarProductOptions>) {
    const name = serviceDomain(ctx);
    const options = ctx.product.options;
    await withRegistry(ctx.server, ctx.signal, async (r) => {
      const info = await r.ownDomain(name);
      const changes = changesFor(info, {
        nameservers: productNameservers(options, ctx.server),
        statuses: { [TRANSFER_LOCK]: options.transferLock ?? false },
      });
      await r.updateDomain(name, changes);
    });
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
