import type { EntityManager } from '@mikro-orm/postgresql';
import { loaderByParent, readRows } from '../shared/batch-loaders';
import { DnsZone } from './dns-zone.entity';

/** Per-request batch loaders of DNS zones: a list of domains reads their zones in one query. */
export function createDnsLoaders(em: EntityManager) {
  return {
    zonesByDomain: loaderByParent((ids) => readRows(em, DnsZone, { domain: { $in: ids } }, { id: 'asc' }), (zone) => zone.domain.id),
  };
}
