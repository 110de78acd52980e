/**
 * DN-2 / DN-3 / DN-4 (issue 15.3, 15.4): the zone of a domain, made from the
 * operator's zone template on the DNS server DNS_ZONE_SERVER names, its
 * records kept by clients and staff, and its MX records following the spam
 * filter. Every change goes through the DNS-manager module (dns-module.ts),
 * never inside a database transaction.
 */
import { isIPv4 } from 'node:net';
import type { ZoneTemplateRecord } from '../config';
import type { RequestContext } from '../shared/context';
import { AppError, badInput } from '../shared/errors';
import { recordActivity, SYSTEM_ACTOR } from '../activity/activity.service';
import { ClientPermission } from '../auth/client-permission';
import { Client } from '../clients/client.entity';
import { Domain, DomainStatus, RELEASED_DOMAIN_STATUSES } from '../provisioning/domain.entity';
import { getDomain } from '../provisioning/domain.service';
import { Service } from '../provisioning/service.entity';
import { ServiceStatus } from '../provisioning/service-status';
import type { Server } from '../provisioning/server.entity';
import { Product } from '../catalog/product.entity';
import { DnsZone, DnsZoneStatus } from './dns-zone.entity';
import { callZoneModule, zoneModuleError, zoneServerOf, type ZoneCall, type ZoneScope, type ZoneServer } from './dns-module';
import { DEFAULT_TTL, fqdn, validateChanges, type RecordSet, type RecordSetChange } from './dns-records';

/** DN-3: the zone a new domain gets unless the operator sets DNS_ZONE_TEMPLATE. */
export const DEFAULT_ZONE_TEMPLATE: ZoneTemplateRecord[] = [
  { name: '@', type: 'A', content: '{websiteIp}' },
  { name: 'www', type: 'A', content: '{websiteIp}' },
  { name: '@', type: 'MX', content: '10 {mailHost}.' },
  { name: '@', type: 'TXT', content: '"v=spf1 a mx ip4:{websiteIp} ~all"' },
];

/** DN-4 names these hosts; a spam-filter server may configure others (its mxPrimary / mxFallback settings). */
const FILTER_MX_DEFAULTS = { mxPrimary: 'spamx.{domain}', mxFallback: 'spamx-fallback.{domain}' };

/** Services that hold their domain now (a terminated one no longer does). */
const HOLDING = [ServiceStatus.PENDING, ServiceStatus.ACTIVE, ServiceStatus.SUSPENDED];

/** A domain not registered yet: no mail reaches it, so its zone may get the filter's MX before the filter confirmed it (DN-4). */
const NOT_LIVE_YET = [DomainStatus.PENDING, DomainStatus.PENDING_REGISTRATION];

/**
 * DN-2: creates the domain's zone on the configured DNS server from the zone
 * template, or finishes one that failed before; a zone already there is
 * answered as it is. The registration success path calls this once the
 * domain is registered; staff call it by hand (createDnsZone). A module
 * failure is kept on the zone (status FAILED, lastError) and thrown as a
 * coded error; a missing DNS_ZONE_SERVER throws BAD_USER_INPUT.
 */
export async function createZoneForDomain(scope: ZoneScope, domainId: number): Promise<DnsZone> {
  const domain = await scope.em.findOneOrFail(Domain, { id: domainId });
  const target = await zoneServerOf(scope);
  // Two callers at once: the second insert does nothing, both work on the one row (the module adopts its own zone).
  await scope.em.createQueryBuilder(DnsZone).insert({ domain: domain.id, server: target.server.id, name: domain.name }).onConflict('domain_id').ignore().execute();
  const zone = await scope.em.findOneOrFail(DnsZone, { domain: domain.id }, { refresh: true });
  if (zone.status === DnsZoneStatus.ACTIVE) return zone;

  const client = await scope.em.findOneOrFail(Client, domain.client.id);
  try {
    const values = await templateValues(scope, domain, target.server);
    const sets = await wantedRecordSets(scope, domain, values);
    const call: ZoneCall = { domainId: domain.id, zoneName: domain.name, moduleData: zone.moduleData, client, options: { targetIpv4: values.websiteIp, mailHost: values.mailHost } };
    const created = await callZoneModule(scope, target, 'create', call);
    call.moduleData = { ...zone.moduleData, ...created.moduleData };
    await callZoneModule(scope, target, 'replaceRecords', call, { rrsets: sets.map(replaceOf) });
    zone.moduleData = call.moduleData;
    zone.status = DnsZoneStatus.ACTIVE;
    zone.lastError = undefined;
  } catch (error) {
    const failure = error instanceof AppError && error.code !== 'INTERNAL_SERVER_ERROR' ? error : zoneModuleError(scope, error);
    zone.status = DnsZoneStatus.FAILED;
    zone.lastError = (error instanceof Error ? error.message : String(error)).slice(0, 2000);
    await saveZone(scope, zone, domain, 'dnsZone.createFailed', { error: zone.lastError });
    throw failure;
  }
  await saveZone(scope, zone, domain, 'dnsZone.create', { server: target.server.name });
  return zone;
}

/** Staff: removes the zone from the DNS server (one already gone counts as removed), then its record here. */
export async function deleteZone(ctx: RequestContext, domainId: number): Promise<Domain> {
  const domain = await getDomain(ctx, domainId);
  const zone = await ctx.em.findOne(DnsZone, { domain: domainId }, { populate: ['server'] });
  if (!zone) throw badInput('domainId', `${domain.name} has no DNS zone`, 'NO_DNS_ZONE');
  await removeFromDnsServer(ctx, domain, zone);
  await ctx.em.transactional(async (em) => {
    em.remove(zone);
    recordActivity(em, ctx, { action: 'dnsZone.delete', targetType: 'Domain', targetId: String(domain.id), clientId: domain.client.id, details: { zone: zone.name } });
  });
  return domain;
}

/** The zone off its DNS server (one already gone counts as removed); a module failure is thrown as a coded error. */
async function removeFromDnsServer(ctx: ZoneScope, domain: Domain, zone: DnsZone): Promise<void> {
  const target = await zoneServerOfZone(ctx, zone);
  const client = await ctx.em.findOneOrFail(Client, domain.client.id);
  try {
    await callZoneModule(ctx, target, 'terminate', { domainId: domain.id, zoneName: zone.name, moduleData: zone.moduleData, client });
  } catch (error) {
    throw zoneModuleError(ctx, error);
  }
}

/**
 * Issue 15.3: a registration that wanted its zone first failed for good: the
 * zone leaves the DNS server and its record goes (run by dns-zone-sync.ts). A
 * DNS server that refuses leaves the zone as it is, and the error is thrown.
 */
export async function removeZoneForDomain(scope: ZoneScope, domainId: number): Promise<void> {
  const zone = await scope.em.findOne(DnsZone, { domain: domainId }, { populate: ['server'] });
  if (!zone) return;
  const domain = await scope.em.findOneOrFail(Domain, { id: domainId });
  await removeFromDnsServer(scope, domain, zone);
  await scope.em.transactional(async (em) => {
    em.remove(zone);
    recordActivity(em, SYSTEM_ACTOR, { action: 'dnsZone.delete', targetType: 'Domain', targetId: String(domain.id), clientId: domain.client.id, details: { zone: zone.name, reason: 'registration failed' } });
  });
}

/**
 * Issue 15.3: before a domain record is deleted its zone leaves the DNS server
 * (the zone record goes with the domain's); a DNS server that refuses keeps
 * the domain, with the error.
 */
export async function beforeDomainDelete(ctx: RequestContext, domain: Domain): Promise<void> {
  const zone = await ctx.em.findOne(DnsZone, { domain: domain.id }, { populate: ['server'] });
  if (zone) await removeFromDnsServer(ctx, domain, zone);
}

/** The zone of a domain already shown to the viewer, batched across a list of domains. */
export async function zoneOfDomain(ctx: RequestContext, domain: Domain): Promise<DnsZone | null> {
  return (await ctx.loaders.dns.zonesByDomain.load(domain.id))[0] ?? null;
}

/** Every record set of the domain's zone as the DNS server has it. */
export async function listZoneRecords(ctx: RequestContext, domainId: number): Promise<RecordSet[]> {
  const { target, call } = await activeZone(ctx, domainId);
  return readRecordSets(ctx, target, call);
}

/**
 * Clients on their own domains, staff on any: replaces or removes record sets
 * (A, AAAA, CNAME, MX, TXT, SRV, CAA), checked per type, for CNAME exclusivity
 * and TTL bounds against the zone as it is now; every problem in one error.
 */
export async function changeZoneRecords(ctx: RequestContext, domainId: number, changes: RecordSetChange[]): Promise<RecordSet[]> {
  const { zone, target, call } = await activeZone(ctx, domainId);
  const current = await readRecordSets(ctx, target, call);
  const sets = validateChanges(changes, fqdn(zone.name), current);
  try {
    await callZoneModule(ctx, target, 'replaceRecords', call, { rrsets: sets.map((set) => (set.records.length ? replaceOf(set) : { name: set.name, type: set.type, changetype: 'DELETE' })) });
  } catch (error) {
    throw zoneModuleError(ctx, error);
  }
  recordActivity(ctx.em, ctx, {
    action: 'dnsZone.changeRecords',
    targetType: 'Domain',
    targetId: String(domainId),
    clientId: call.client.id,
    details: { changes: sets.map((set) => ({ name: set.name, type: set.type, records: set.records.length })) },
  });
  await ctx.em.flush();
  return readRecordSets(ctx, target, call);
}

/**
 * DN-4: sets the MX records of the zone `zoneId` to what they should be now:
 * the spam filter's while a spam-filter service holds the domain and has
 * confirmed it (or the domain is not live yet), else the template's. The
 * records are read from the domain's state each time, so running it again
 * sets the same records. A zone no longer active, or of a released domain,
 * has nothing to change. A failure is kept on the zone (lastError) and thrown.
 */
export async function applyMailExchangers(scope: ZoneScope, zoneId: number): Promise<void> {
  const zone = await scope.em.findOne(DnsZone, { id: zoneId, status: DnsZoneStatus.ACTIVE }, { populate: ['server', 'domain'] });
  const domain = zone?.domain.getEntity();
  if (!zone || !domain || RELEASED_DOMAIN_STATUSES.includes(domain.status)) return;
  try {
    const target = await zoneServerOfZone(scope, zone);
    const values = await templateValues(scope, domain, target.server);
    const mx = (await wantedRecordSets(scope, domain, values)).find((set) => set.type === 'MX' && set.name === fqdn(domain.name));
    const client = await scope.em.findOneOrFail(Client, domain.client.id);
    const call: ZoneCall = { domainId: domain.id, zoneName: zone.name, moduleData: zone.moduleData, client };
    await callZoneModule(scope, target, 'replaceRecords', call, { rrsets: [mx ? replaceOf(mx) : { name: fqdn(domain.name), type: 'MX', changetype: 'DELETE' }] });
    zone.lastError = undefined;
    await saveZone(scope, zone, domain, 'dnsZone.mailExchangers', { mx: mx?.records ?? [] });
  } catch (error) {
    zone.lastError = `Setting the MX records failed: ${error instanceof Error ? error.message : String(error)}`.slice(0, 2000);
    await scope.em.flush();
    throw error;
  }
}

// ---- helpers ----

interface TemplateValues {
  websiteIp: string;
  mailHost: string;
}

/** The template's variables: the IP of the Plesk (hosting) server of the client's service on this domain, else the forwarding server; the mail host. */
async function templateValues(scope: ZoneScope, domain: Domain, dnsServer: Server): Promise<TemplateValues> {
  const forwarding = String(dnsServer.settings.defaultIpv4 ?? '');
  const mailHost = String(dnsServer.settings.mailHost ?? '').replace(/\.$/, '');
  const services = await scope.em.find(Service, { client: domain.client.id, domain: domain.name, status: { $in: HOLDING } }, { populate: ['server'], orderBy: { id: 'desc' } });
  const hosting = services
    .map((service) => service.server?.getEntity())
    .find((server) => server && scope.modules.modules.get(server.module)?.kind === 'hosting' && serverIp(server));
  return { websiteIp: (hosting && serverIp(hosting)) || forwarding, mailHost };
}

const serverIp = (server: Server) => server.ip || (isIPv4(server.hostname) ? server.hostname : undefined);

/** The template filled in for the domain, with the spam filter's MX instead of the template's where DN-4 says so. */
async function wantedRecordSets(scope: ZoneScope, domain: Domain, values: TemplateValues): Promise<RecordSet[]> {
  const template = scope.config.dnsZoneTemplate ?? DEFAULT_ZONE_TEMPLATE;
  const fill = (text: string) => text.replaceAll('{domain}', domain.name).replaceAll('{websiteIp}', values.websiteIp).replaceAll('{mailHost}', values.mailHost);
  const grouped = new Map<string, RecordSetChange>();
  for (const record of template) {
    const key = `${record.name} ${record.type}`;
    const set = grouped.get(key) ?? { name: record.name, type: record.type, ttl: record.ttl, records: [] };
    set.records.push(fill(record.content));
    grouped.set(key, set);
  }
  const apex = fqdn(domain.name);
  // The template is checked like a client's records: a wrong one names its problem on the zone.
  const sets = validateChanges([...grouped.values()], apex, [], 'template');
  const isApexMx = (set: RecordSet) => set.type === 'MX' && set.name === apex;
  const filterMx = await spamFilterMx(scope, domain);
  if (!filterMx) return sets;
  const ttl = sets.find(isApexMx)?.ttl ?? DEFAULT_TTL;
  return [...sets.filter((set) => !isApexMx(set)), { name: apex, type: 'MX', ttl, records: filterMx }];
}

/** DN-4: the filter's MX contents while a spam-filter service holds the domain and confirmed it (or the domain is not live yet); else undefined. */
async function spamFilterMx(scope: ZoneScope, domain: Domain): Promise<string[] | undefined> {
  const services = await scope.em.find(Service, { client: domain.client.id, domain: domain.name, status: { $in: HOLDING } }, { populate: ['server'], orderBy: { id: 'desc' } });
  const products = await scope.em.find(Product, { id: { $in: services.map((service) => service.product.id) } });
  const moduleOf = (service: Service) => products.find((product) => product.id === service.product.id)?.module;
  for (const service of services.filter((s) => moduleOf(s) && scope.modules.modules.get(moduleOf(s)!)?.kind === 'spamfilter')) {
    // The module returns the records once SpamExperts confirmed the domain, and clears them on terminate.
    const confirmed = service.moduleData.mxRecords;
    if (Array.isArray(confirmed) && confirmed.length > 0) {
      return confirmed.map((record: { priority: number; content: string }) => `${record.priority} ${fqdn(record.content)}`);
    }
    const settings = service.server?.getEntity().settings;
    if (NOT_LIVE_YET.includes(domain.status) && service.status === ServiceStatus.PENDING && settings) {
      const host = (key: keyof typeof FILTER_MX_DEFAULTS) => fqdn(String(settings[key] || FILTER_MX_DEFAULTS[key]).replaceAll('{domain}', domain.name).toLowerCase());
      return [`10 ${host('mxPrimary')}`, `20 ${host('mxFallback')}`];
    }
  }
  return undefined;
}

function replaceOf(set: RecordSet) {
  return { name: set.name, type: set.type, changetype: 'REPLACE', ttl: set.ttl, records: set.records };
}

async function readRecordSets(scope: ZoneScope, target: ZoneServer, call: ZoneCall): Promise<RecordSet[]> {
  try {
    const result = await callZoneModule(scope, target, 'listRecords', call);
    return ((result.output?.rrsets ?? []) as RecordSet[]).sort((a, b) => a.name.localeCompare(b.name) || a.type.localeCompare(b.type));
  } catch (error) {
    throw zoneModuleError(scope, error);
  }
}

/** The domain (access checked: another client's answers NOT_FOUND) and its zone, which must be on the DNS server. */
async function activeZone(ctx: RequestContext, domainId: number) {
  const domain = await getDomain(ctx, domainId);
  const zone = await ctx.em.findOne(DnsZone, { domain: domainId }, { populate: ['server'] });
  if (zone?.status !== DnsZoneStatus.ACTIVE) throw badInput('domainId', `${domain.name} has no DNS zone`, 'NO_DNS_ZONE');
  const target = await zoneServerOfZone(ctx, zone);
  const client = await ctx.em.findOneOrFail(Client, domain.client.id);
  const call: ZoneCall = { domainId, zoneName: zone.name, moduleData: zone.moduleData, client };
  return { domain, zone, target, call };
}

/** The server the zone was made on (it stays there when DNS_ZONE_SERVER later names another). */
async function zoneServerOfZone(scope: ZoneScope, zone: DnsZone): Promise<ZoneServer> {
  const server = zone.server.getEntity();
  const module = scope.modules.modules.get(server.module);
  if (module?.kind !== 'dns') throw badInput('domainId', `The DNS server of the zone runs no loaded DNS module`, 'MODULE_UNAVAILABLE');
  return { server, module };
}

async function saveZone(scope: ZoneScope, zone: DnsZone, domain: Domain, action: string, details: Record<string, unknown>): Promise<void> {
  const actor = scope.viewer ? { viewer: scope.viewer, ip: scope.ip ?? '' } : SYSTEM_ACTOR;
  recordActivity(scope.em, actor, { action, targetType: 'Domain', targetId: String(domain.id), clientId: domain.client.id, details: { zone: zone.name, ...details } });
  await scope.em.flush();
}
