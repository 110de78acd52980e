/**
 * DNS manager: one PowerDNS zone per service (DN-2, DN-3). See README.md for
 * how each command maps to PowerDNS API calls and how suspension works.
 */
import {
  ChangePackageContext,
  CommandContext,
  CommandResult,
  ModuleError,
  ModuleLogger,
  ProvisioningModule,
  ServerContext,
  SuspendContext,
  TestConnectionResult,
  defineModule,
} from '@hostbill/plugin-sdk';
import {
  applyToWebsiteRrsets,
  deletesFirst,
  isWebsiteRrset,
  productRrsets,
  resolveSettings,
  restoreChanges,
  savedWebsiteRrsets,
  suspensionChanges,
  zoneApexRrsets,
} from './records';
import { listRecordsCommand, replaceRecordsCommand } from './replace-records';
import { DnsProductOptions, DnsServerSettings, productOptionsSchema, serverSettingsSchema } from './settings';
import { accountOf, assertOwned, clientFor, loadZone, moduleData, zoneIdOf, zoneNameOf } from './zone-access';

type Ctx = CommandContext<DnsServerSettings, DnsProductOptions>;

async function create(ctx: Ctx): Promise<CommandResult> {
  const client = clientFor(ctx.server, ctx.signal, ctx.logger);
  const zoneName = zoneNameOf(ctx.service);
  const settings = resolveSettings(ctx.server.settings, ctx.product.options);
  const rrsets = [...zoneApexRrsets(zoneName, settings), ...productRrsets(zoneName, settings)].filter(
    (change) => change.changetype === 'REPLACE',
  );
  // POST is atomic: the zone appears with all its records or not at all, and a
  // second POST (a retry after a lost response) answers 409 instead of duplicating.
  const created = await client.createZone({
    name: zoneName,
    kind: 'Native',
    nameservers: [],
    account: accountOf(ctx.service),
    soa_edit_api: 'DEFAULT',
    rrsets,
  });
  if (created !== 'exists') {
    return { moduleData: moduleData(created, ctx.service), message: `Zone ${zoneName} created` };
  }

  const existing = await client.getZone(zoneName);
  if (!existing) {
    throw new ModuleError(`Zone ${zoneName} was reported to exist but is gone; try again`, { retryable: true, remoteCode: '409' });
  }
  assertOwned(existing, ctx.service);
  // A zone staff created by hand (DN-2) has no account: adopt it, keeping its records.
  if (existing.account === '') await client.updateZone(existing.id, { account: accountOf(ctx.service) });
  return { moduleData: moduleData(existing, ctx.service), message: `Zone ${zoneName} existed already; adopted it` };
}

async function suspend(ctx: SuspendContext<DnsServerSettings, DnsProductOptions>): Promise<CommandResult> {
  const client = clientFor(ctx.server, ctx.signal, ctx.logger);
  const zone = await loadZone(client, ctx.service);
  // A retried suspend finds the originals already saved and keeps them.
  const originals = savedWebsiteRrsets(zone) ?? zone.rrsets.filter((r) => isWebsiteRrset(r, zone.name));
  await client.patchRrsets(zone.id, suspensionChanges(zone.name, ctx.server.settings.suspensionIpv4, originals));
  return {
    moduleData: moduleData(zone, ctx.service, { suspended: true }),
    message: `@ and www of ${zone.name} point at the suspension page ${ctx.server.settings.suspensionIpv4}`,
  };
}

async function unsuspend(ctx: Ctx): Promise<CommandResult> {
  const client = clientFor(ctx.server, ctx.signal, ctx.logger);
  const zone = await loadZone(client, ctx.service);
  const saved = savedWebsiteRrsets(zone);
  if (saved) await client.patchRrsets(zone.id, restoreChanges(zone.name, saved));
  return {
    moduleData: moduleData(zone, ctx.service, { suspended: false }),
    message: saved ? `Website records of ${zone.name} restored` : `Zone ${zone.name} was not suspended`,
  };
}

async function changePackage(ctx: ChangePackageContext<DnsServerSettings, DnsProductOptions>): Promise<CommandResult> {
  const client = clientFor(ctx.server, ctx.signal, ctx.logger);
  const zone = await loadZone(client, ctx.service);
  const settings = resolveSettings(ctx.server.settings, ctx.product.options);
  const desired = productRrsets(zone.name, settings);
  const saved = savedWebsiteRrsets(zone);
  if (!saved) {
    await client.patchRrsets(zone.id, deletesFirst(desired));
  } else {
    // Suspended: the new website records become the saved originals, restored on unsuspend.
    const others = desired.filter((change) => !isWebsiteRrset(change, zone.name));
    const newSaved = applyToWebsiteRrsets(saved, desired, zone.name);
    await client.patchRrsets(zone.id, deletesFirst([...others, ...suspensionChanges(zone.name, settings.suspensionIpv4, newSaved)]));
  }
  return { moduleData: moduleData(zone, ctx.service), message: `Records of ${zone.name} set for product ${ctx.product.name}` };
}

async function terminate(ctx: Ctx): Promise<CommandResult> {
  const client = clientFor(ctx.server, ctx.signal, ctx.logger);
  const zone = await client.getZone(zoneIdOf(ctx.service));
  if (zone) {
    assertOwned(zone, ctx.service);
    await client.deleteZone(zone.id);
  }
  return { message: zone ? `Zone ${zone.name} deleted` : `Zone ${zoneNameOf(ctx.service)} was already gone` };
}

async function testConnection(
  server: ServerContext<DnsServerSettings>,
  signal: AbortSignal,
  logger: ModuleLogger,
): Promise<TestConnectionResult> {
  try {
    const info = await clientFor(server, signal, logger).getServer();
    return { ok: true, message: `Connected to PowerDNS ${info.daemon_type} ${info.version} (server id ${info.id})` };
  } catch (error) {
    if (error instanceof ModuleError) return { ok: false, message: error.message };
    throw error;
  }
}

const dnsManager: ProvisioningModule<DnsServerSettings, DnsProductOptions> = {
  name: 'dns-manager',
  version: '1.0.0',
  sdkVersion: '^1.0.0',
  kind: 'dns',
  displayName: 'DNS manager (PowerDNS)',
  description: 'Creates one DNS zone per service on a PowerDNS Authoritative server, with default web and mail records.',
  serverSettingsSchema,
  productOptionsSchema,
  create,
  suspend,
  unsuspend,
  terminate,
  changePackage,
  testConnection,
  customCommands: { replaceRecords: replaceRecordsCommand, listRecords: listRecordsCommand },
};

export default defineModule(dnsManager);
