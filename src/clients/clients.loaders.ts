import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loaderById, readFieldColumns, readRows } from '../shared/batch-loaders';
import { Client } from './client.entity';
import { ClientGroup } from './client-group.entity';
import { Project } from './project.entity';
import { Contact } from './contact.entity';
import { ClientUser } from './client-user.entity';
import { ClientPayer } from './client-payer.entity';

// What the clients list reads for the fields its selection asks (issue 12); the areas under a client need only its id.
readFieldColumns(Client, {
  always: ['currency'],
  fields: {
    group: [], project: [], contacts: [], billingContact: [], users: [], payers: [],
    services: [], domains: [], invoices: [], transactions: [], creditLog: [],
    creditBalance: ['creditBalanceMinor'], loginName: ['customLoginName', 'email'], emailOptOuts: ['emailOptOuts'],
  },
});

/** Per-request batch loaders of clients and what hangs off them: contacts, users and payers. */
export function createClientLoaders(em: EntityManager) {
  return {
    client: loaderById(em, Client),
    clientGroup: loaderById(em, ClientGroup),
    project: loaderById(em, Project),
    contact: loaderById(em, Contact),
    payer: loaderById(em, ClientPayer),
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
    payersByClient: new DataLoader<number, ClientPayer[]>(async (clientIds) => {
      const rows = await readRows(em, ClientPayer, { client: { $in: [...clientIds] } }, { id: 'asc' });
      return clientIds.map((id) => rows.filter((p) => p.client.id === id));
    }),
  };
}
