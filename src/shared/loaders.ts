import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ClientGroup } from '../clients/client-group.entity';
import { Project } from '../clients/project.entity';
import { Contact } from '../clients/contact.entity';

/** Per-request batch loaders: every relation a list can reach resolves in one query per level. */
export function createLoaders(em: EntityManager) {
  const byId = <T extends { id: number }>(entity: new () => T) =>
    new DataLoader<number, T | undefined>(async (ids) => {
      const rows = (await em.find(entity as never, { id: { $in: [...ids] } } as never)) as T[];
      const map = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => map.get(id));
    });

  return {
    clientGroup: byId(ClientGroup),
    project: byId(Project),
    contact: byId(Contact),
    contactsByClient: new DataLoader<number, Contact[]>(async (clientIds) => {
      const rows = await em.find(Contact, { client: { $in: [...clientIds] } }, { orderBy: { id: 'asc' } });
      return clientIds.map((id) => rows.filter((c) => c.client.id === id));
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
