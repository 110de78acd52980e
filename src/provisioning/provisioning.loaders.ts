import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Client } from '../clients/client.entity';
import { Product } from '../catalog/product.entity';
import { Server } from './server.entity';
import { ServerGroup } from './server-group.entity';
import { Service } from './service.entity';
import { Domain } from './domain.entity';

/** Per-request batch loaders of the provisioning and catalog relations (one query per level). */
export function createProvisioningLoaders(em: EntityManager) {
  const byId = <T extends { id: number }>(entity: new () => T) =>
    new DataLoader<number, T | undefined>(async (ids) => {
      const rows = (await em.find(entity as never, { id: { $in: [...ids] } } as never)) as T[];
      const map = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => map.get(id));
    });
  const byParent = <T>(load: (ids: number[]) => Promise<T[]>, parentOf: (row: T) => number | undefined) =>
    new DataLoader<number, T[]>(async (ids) => {
      const rows = await load([...ids]);
      return ids.map((id) => rows.filter((row) => parentOf(row) === id));
    });

  return {
    client: byId(Client),
    product: byId(Product),
    server: byId(Server),
    service: byId(Service),
    serverGroup: byId(ServerGroup),
    serversByGroup: byParent(
      (ids) => em.find(Server, { group: { $in: ids } }, { orderBy: { id: 'asc' } }),
      (server) => server.group?.id,
    ),
    servicesByClient: byParent(
      (ids) => em.find(Service, { client: { $in: ids } }, { orderBy: { id: 'asc' } }),
      (service) => service.client.id,
    ),
    domainsByClient: byParent(
      (ids) => em.find(Domain, { client: { $in: ids } }, { orderBy: { id: 'asc' } }),
      (domain) => domain.client.id,
    ),
  };
}

export type ProvisioningLoaders = ReturnType<typeof createProvisioningLoaders>;
