import { DnsZone } from './dns-zone.entity';
import { DnsZoneResolver, DomainZoneResolver } from './dns-zone.resolver';
import { afterSpamFilterJob } from './dns-zone.service';
import { createDnsLoaders } from './dns.loaders';

/** What DNS zones bring to the application (assembled in src/composition.ts). */
export const entities = [DnsZone];
export const resolvers = [DnsZoneResolver, DomainZoneResolver] as const;
/** DN-4: a spam filter added or removed moves the MX records of the domain's zone, once the module job's success is committed. */
export const afterModuleJob = afterSpamFilterJob;
export const createLoaders = createDnsLoaders;
