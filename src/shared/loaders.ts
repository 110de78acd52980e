import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ClientGroup } from '../clients/client-group.entity';
import { Project } from '../clients/project.entity';
import { Contact } from '../clients/contact.entity';
import { ClientUser } from '../clients/client-user.entity';
import { ClientPayer } from '../clients/client-payer.entity';
import { createProvisioningLoaders } from '../provisioning/provisioning.loaders';
import { createCatalogLoaders } from '../catalog/catalog.loaders';
import { createBillingLoaders } from '../billing/billing.loaders';
import { Client } from '../clients/client.entity';
import { CreditEntry } from '../credit/credit-entry.entity';
import { loaderById, pagesByParent, readRows } from './batch-loaders';

/** Per-request batch loaders: every relation a list can reach resolves in one query per level. */
export function createLoaders(em: EntityManager) {
  return {
    client: loaderById(em, Client),
    /** Servers, groups, products, services and domains (src/provisioning). */
    provisioning: createProvisioningLoaders(em),
    /** Product groups, prices, addons, upgrade targets and configurable options (src/catalog). */
    catalog: createCatalogLoaders(em),
    /** Invoice lines, transactions and invoices (src/billing). */
    billing: createBillingLoaders(em),
    clientGroup: loaderById(em, ClientGroup),
    project: loaderById(em, Project),
    contact: loaderById(em, Contact),
    contactsByClient: new DataLoader<number, Contact[]>(async (clientIds) => {
      const rows = await readRows(em, Contact, { client: { $in: [...clientIds] } }, { id: 'asc' });
      return clientIds.map((id) => rows.filter((c) => c.client.id === id));
    }),
    usersByClient: new DataLoader<number, ClientUser[]>(async (clientIds) => {
      const rows = await readRows(em, ClientUser, { client: { $in: [...clientIds] } }, { id: 'asc' });
      return clientIds.map((id) => rows.filter((u) => u.client.id === id));
    }),
    clientUserByContact: new DataLoader<number, ClientUser | undefined>(async (contactIds) => {
      const rows = await readRows(em, ClientUser, { contact: { $in: [...contactIds] } });
      return contactIds.map((id) => rows.find((u) => u.contact?.id === id));
    }),
    /** Newest first, as the root `creditLog`. */
    creditPagesByClient: pagesByParent(em, CreditEntry, 'client', { descending: true }),
    payersByClient: new DataLoader<number, ClientPayer[]>(async (clientIds) => {
      const rows = await readRows(em, ClientPayer, { client: { $in: [...clientIds] } }, { id: 'asc' });
      return clientIds.map((id) => rows.filter((p) => p.client.id === id));
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
