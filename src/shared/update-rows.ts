/**
 * Set-based updates that count as a change of the rows. MikroORM's
 * `nativeUpdate` skips the properties' `onUpdate`, so a status set that way
 * left `updatedAt` at its old value: API readers saw a stale "last changed",
 * and the module job runner took a retried job for one lost long ago. Use
 * `em.nativeUpdate` itself only for bookkeeping that is not a change
 * of the record (a queue entry's id), with a comment saying so: a test holds
 * every call in src/ and plugins/ to that.
 */
import type { EntityData, EntityManager, EntityName, FilterQuery } from '@mikro-orm/postgresql';

/** `em.nativeUpdate` that also sets every property with an `onUpdate` (updatedAt) the data does not set itself. */
export function updateRows<T extends object>(em: EntityManager, entityName: EntityName<T>, where: FilterQuery<T>, data: EntityData<T>): Promise<number> {
  const stamps: Record<string, unknown> = {};
  for (const prop of em.getMetadata().get<T>(entityName).props) {
    if (prop.onUpdate && !(prop.name in data)) stamps[prop.name] = prop.onUpdate({} as T, em);
  }
  return em.nativeUpdate(entityName, where, { ...stamps, ...data } as EntityData<T>);
}
