import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';

/** Rows of `entity` by id, one query per batch; undefined for an id that does not exist. */
export function loaderById<T extends { id: number }>(em: EntityManager, entity: new () => T): DataLoader<number, T | undefined> {
  return new DataLoader<number, T | undefined>(async (ids) => {
    const rows = (await em.find(entity as never, { id: { $in: [...ids] } } as never)) as T[];
    const map = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => map.get(id));
  });
}

/** The children of each parent id, one query per batch (`load` keeps the order the lists should have). */
export function loaderByParent<T>(load: (parentIds: number[]) => Promise<T[]>, parentOf: (row: T) => number | undefined): DataLoader<number, T[]> {
  return new DataLoader<number, T[]>(async (ids) => {
    const rows = await load([...ids]);
    return ids.map((id) => rows.filter((row) => parentOf(row) === id));
  });
}
