import DataLoader from 'dataloader';
import { raw, ReferenceKind, type EntityClass, type EntityKey, type EntityManager, type EntityMetadata, type FilterQuery, type QueryOrderMap } from '@mikro-orm/postgresql';
import { ID_ASC, ID_DESC, keysetOrderBy, keysetPage, keysetWhere, toConnection, type Connection, type KeysetPage, type PageArgs, type PageOrder } from './pagination';

/**
 * Issue 12.3: read paths pay only for what they read. Field loaders turn
 * database rows into read-only objects of the entity's shape (its prototype,
 * so getters such as CreditEntry.amount work; relations to one as `{ id }`,
 * as an unloaded reference reads) without hydrating entities into the unit of
 * work, which costs several times the query. Writes load entities as before.
 */
export function plainRows<T extends object>(em: EntityManager, entity: EntityClass<T>): (row: Record<string, unknown>) => T {
  const meta = em.getMetadata().get<T>(entity.name);
  let toObject = rowReaders.get(meta);
  if (!toObject) rowReaders.set(meta, (toObject = rowReader(em, meta)));
  return toObject as (row: Record<string, unknown>) => T;
}

const rowReaders = new WeakMap<EntityMetadata, (row: Record<string, unknown>) => object>();

function rowReader<T extends object>(em: EntityManager, meta: EntityMetadata<T>): (row: Record<string, unknown>) => T {
  const driver = em.getDriver();
  const platform = em.getPlatform();
  const references = meta.props.filter((prop) => prop.kind === ReferenceKind.MANY_TO_ONE || (prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner));
  const converted = meta.props.filter((prop) => prop.kind === ReferenceKind.SCALAR && prop.customType);
  // Properties with an accessor on the prototype (MikroORM's change tracking) become own properties; the rest are plain assignments.
  const accessors = new Set(meta.props.map((prop) => prop.name as string).filter((name) => hasAccessor(meta.prototype, name)));
  return (row) => {
    const data = driver.mapResult(row as never, meta) as Record<string, unknown>;
    for (const prop of references) if (data[prop.name] != null) data[prop.name] = { id: data[prop.name] };
    for (const prop of converted) if (data[prop.name] != null) data[prop.name] = prop.customType!.convertToJSValue(data[prop.name], platform);
    const object = Object.create(meta.prototype) as Record<string, unknown>;
    for (const key in data) {
      if (accessors.has(key)) Object.defineProperty(object, key, { value: data[key], writable: true, enumerable: true, configurable: true });
      else object[key] = data[key];
    }
    return object as T;
  };
}

function hasAccessor(prototype: object | null, name: string): boolean {
  for (let proto = prototype; proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    if (descriptor) return !!(descriptor.get || descriptor.set);
  }
  return false;
}

/** Rows of `entity` matching `where` as plain objects (plainRows), one statement. */
export async function readRows<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
  orderBy?: QueryOrderMap<T> | QueryOrderMap<T>[],
  limit?: number,
): Promise<T[]> {
  const qb = em.createQueryBuilder(entity, 'e').select('*').where(where);
  if (orderBy) qb.orderBy(orderBy);
  if (limit != null) qb.limit(limit);
  const rows = (await qb.execute('all', false)) as Record<string, unknown>[];
  return rows.map(plainRows(em, entity));
}

/**
 * One keyset page of a root list as plain objects (plainRows), the rows of
 * `where` in the page's order; the matches are counted only when `withTotal`
 * (the query selects totalCount), as the nested connections do.
 */
export async function readPage<T extends { id: number }>(em: EntityManager, entity: EntityClass<T>, where: FilterQuery<T>, page: KeysetPage, withTotal: boolean): Promise<Connection<T>> {
  const [rows, total] = await Promise.all([
    readRows(em, entity, { $and: [where, keysetWhere(page)] } as FilterQuery<T>, keysetOrderBy(page) as QueryOrderMap<T>[], page.limit + 1),
    withTotal ? em.count(entity, where) : 0,
  ]);
  return toConnection(rows, page, total);
}

/** Rows of `entity` by id, one query per batch; undefined for an id that does not exist. */
export function loaderById<T extends { id: number }>(em: EntityManager, entity: EntityClass<T>): DataLoader<number, T | undefined> {
  return new DataLoader<number, T | undefined>(async (ids) => {
    const rows = await readRows(em, entity, { id: { $in: [...ids] } } as never);
    const map = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => map.get(id));
  });
}

/** The children of each parent id, one query per batch (`load` keeps the order the lists should have). */
export function loaderByParent<T>(load: (parentIds: number[]) => Promise<T[]>, parentOf: (row: T) => number | undefined): DataLoader<number, T[]> {
  return new DataLoader<number, T[]>(async (ids) => {
    const children = new Map<number, T[]>(ids.map((id) => [id, []]));
    for (const row of await load([...ids])) children.get(parentOf(row)!)?.push(row);
    return ids.map((id) => children.get(id)!);
  });
}

/**
 * One page of each parent's children, the nested connections of a list (a
 * client's services under `clients`). Parents asking for the same page and
 * filter share one statement (a lateral join reads each parent's page), so
 * 5 or 50 parents cost the same. The totals are one grouped count, run only
 * when asked for. Pages are keyset pages in the given order (sort value, then
 * id), the same as the root lists'.
 */
export function pagesByParent<T extends { id: number }>(
  em: EntityManager,
  entity: EntityClass<T>,
  parent: string,
  { descending }: { descending: boolean },
) {
  const meta = em.getMetadata().get<T>(entity.name);
  const parentColumn = meta.properties[parent as EntityKey<T>].fieldNames[0];
  const rowLoaders = new Map<string, DataLoader<number, T[]>>();
  const countLoaders = new Map<string, DataLoader<number, number>>();
  const toObject = plainRows(em, entity);

  const rowsLoader = (page: KeysetPage, where: FilterQuery<T>) =>
    new DataLoader<number, T[]>(async (ids) => {
      const orderBy = keysetOrderBy(page);
      // The lateral pages come back in their own order: sort key column(s) then id, as inside.
      const outerOrder = orderBy.map((part) => Object.entries(part).map(([key, dir]) => `page.${meta.properties[key as EntityKey<T>].fieldNames[0]} ${dir}`)).join(', ');
      // One index range per parent: the page is read, not the parent's whole list.
      const pageOfParent = em
        .createQueryBuilder(entity, 'e')
        .where({ $and: [where, keysetWhere(page)] } as FilterQuery<T>)
        .andWhere(`e.${parentColumn} = parent.id`)
        .orderBy(orderBy as QueryOrderMap<T>[])
        .limit(page.limit + 1)
        .getKnexQuery()
        .toSQL();
      const rows = (await em.execute(
        em.getKnex().raw(
          `select page.* from unnest(array[${ids.map(() => '?').join(', ')}]::int[]) as parent(id) cross join lateral (${pageOfParent.sql}) as page order by ${outerOrder}`,
          [...ids, ...pageOfParent.bindings],
        ),
      )) as Record<string, unknown>[];
      const pages = new Map<number, T[]>(ids.map((id) => [id, []]));
      for (const row of rows) pages.get(Number(row[parentColumn]))!.push(toObject(row));
      return ids.map((id) => pages.get(id)!);
    });

  const countsLoader = (where: FilterQuery<T>) =>
    new DataLoader<number, number>(async (ids) => {
      const rows = (await em
        .createQueryBuilder(entity, 'e')
        .select([parent, raw('count(*) as total')])
        .where({ $and: [{ [parent]: { $in: [...ids] } }, where] } as FilterQuery<T>)
        .groupBy(parent)
        .execute('all', false)) as Record<string, unknown>[];
      const totals = new Map(rows.map((row) => [Number(row[parentColumn]), Number(row.total)]));
      return ids.map((id) => totals.get(id) ?? 0);
    });

  /** The page of `parentId`'s children matching `where` in `order` (by id unless given); totalCount is 0 unless `withTotal`. */
  return async (parentId: number, args: PageArgs, where: FilterQuery<T>, withTotal: boolean, order?: PageOrder): Promise<Connection<T>> => {
    const page = keysetPage(args, order ?? (descending ? ID_DESC : ID_ASC));
    const whereKey = JSON.stringify(where);
    const pageKey = JSON.stringify([page, whereKey]);
    if (!rowLoaders.has(pageKey)) rowLoaders.set(pageKey, rowsLoader(page, where));
    if (withTotal && !countLoaders.has(whereKey)) countLoaders.set(whereKey, countsLoader(where));
    const [rows, total] = await Promise.all([rowLoaders.get(pageKey)!.load(parentId), withTotal ? countLoaders.get(whereKey)!.load(parentId) : 0]);
    return toConnection(rows, page, total);
  };
}
