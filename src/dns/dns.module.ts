import { DnsZone } from './dns-zone.entity';
import { DnsZoneResolver, DomainZoneResolver } from './dns-zone.resolver';
import { beforeDomainDelete, createZoneForDomain } from './dns-zone.service';
import { createDnsLoaders } from './dns.loaders';
import type { ZoneScope } from './dns-module';
import { markMailExchangers, markZoneForLiveDomain, markZoneRemoval } from './dns-zone-sync';

/** What DNS zones bring to the application (assembled in src/composition.ts). */
export const entities = [DnsZone];
export const resolvers = [DnsZoneResolver, DomainZoneResolver] as const;
/** DN-4: a spam filter added or removed marks the domain's zone in the module job's transaction; its MX records move after the commit. */
export const markZoneOnModuleJob = markMailExchangers;
/** DN-2: a registered or transferred-in domain gets its zone: marked in the transaction that records it, created after the commit. */
export const markZoneOnDomainLive = markZoneForLiveDomain;
/** Issue 15.3: a deleted domain's zone leaves the DNS server first. */
export const domainDeleteSteps = [beforeDomainDelete] as const;
/** Issue 15.3: the zone of a TLD that wants it before the registration, and its removal when the registration failed. */
export const zoneFirstSteps = {
  create: async (scope: ZoneScope, domainId: number) => void (await createZoneForDomain(scope, domainId)),
  remove: markZoneRemoval,
};
export const createLoaders = createDnsLoaders;
