import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ClientGroup } from '../clients/client-group.entity';
import { Project } from '../clients/project.entity';
import { Contact } from '../clients/contact.entity';
import { ClientUser } from '../clients/client-user.entity';
import { ClientPayer } from '../clients/client-payer.entity';
import { createProvisioningLoaders } from '../provisioning/provisioning.loaders';
import { createCatalogLoaders } from '../catalog/catalog.loaders';

/** Per-request batch loaders: every relation a list can reach resolves in one query per level. */
export function createLoaders(em: EntityManager) {
  const byId = <T extends { id: number }>(entity: new () => T) =>
    new DataLoader<number, T | undefined>(async (ids) => {
      const rows = (await em.find(entity as never, { id: { $in: [...ids] } } as never)) as T[];
      const map = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => map.get(id));
    });

  return {
    /** Servers, groups, products, services and domains (src/provisioning). */
    provisioning: createProvisioningLoaders(em),
    /** Product groups, prices, addons, upgrade targets and configurable options (src/catalog). */
    catalog: createCatalogLoaders(em),
    clientGroup: byId(ClientGroup),
    project: byId(Project),
    contact: byId(Contact),
    contactsByClient: new DataLoader<number, Contact[]>(async (clientIds) => {
      const rows = await em.find(Contact, { client: { $in: [...clientIds] } }, { orderBy: { id: 'asc' } });
      return clientIds.map((id) => rows.filter((c) => c.client.id === id));
    }),
    usersByClient: new DataLoader<number, ClientUser[]>(async (clientIds) => {
      const rows = await em.find(ClientUser, { client: { $in: [...clientIds] } }, { orderBy: { id: 'asc' } });
      return clientIds.map((id) => rows.filter((u) => u.client.id === id));
    }),
    clientUserByContact: new DataLoader<number, ClientUser | undefined>(async (contactIds) => {
      const rows = await em.find(ClientUser, { contact: { $in: [...contactIds] } });
      return contactIds.map((id) => rows.find((u) => u.contact?.id === id));
    }),
    payersByClient: new DataLoader<number, ClientPayer[]>(async (clientIds) => {
      const rows = await em.find(ClientPayer, { client: { $in: [...clientIds] } }, { orderBy: { id: 'asc' } });
      return clientIds.map((id) => rows.filter((p) => p.client.id === id));
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
