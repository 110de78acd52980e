import DataLoader from 'dataloader';
import { raw, RawQueryFragment, ReferenceKind, type EntityClass, type EntityKey, type EntityManager, type EntityMetadata, type FilterQuery, type QueryOrderMap } from '@mikro-orm/postgresql';
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
  const platform = em.getPlatform();
  // MikroORM's change tracking puts accessors on the entity prototype. A prototype in between shadows them with plain
  // writable values, so assigning a row's values makes own properties (one object shape per entity, no defineProperty per value).
  const prototype = Object.create(meta.prototype) as object;
  for (const prop of meta.props) {
    if (hasAccessor(meta.prototype, prop.name)) Object.defineProperty(prototype, prop.name, { value: undefined, writable: true, enumerable: false, configurable: true });
  }
  if (meta.polymorphs || meta.props.some((prop) => prop.embedded || prop.kind === ReferenceKind.EMBEDDED || (prop.fieldNames?.length ?? 0) > 1)) {
    throw new Error(`plainRows: ${meta.className} has embedded, polymorphic or composite-key properties, which rows are not read for`);
  }
  // Compiled once per entity, as MikroORM's own result mapper is, but as a constructor that sets every property in one
  // order: V8 then sizes each object for them (the ORM's mapper makes two objects per row, grown one property at a
  // time). Values are converted as the ORM converts them when it hydrates:
  // booleans, dates, custom types, references as `{ id }`. A property the row lacks reads as undefined.
  const converters: ((value: unknown) => unknown)[] = [];
  const lines = meta.props.filter((prop) => prop.fieldNames).map((prop) => {
    const steps: ((value: unknown) => unknown)[] = [];
    if (prop.kind === ReferenceKind.MANY_TO_ONE || (prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner)) steps.push((id) => ({ id }));
    else if (prop.kind === ReferenceKind.SCALAR) {
      if (prop.runtimeType === 'boolean') steps.push((value) => !!value);
      else if (prop.runtimeType === 'Date' && !platform.isNumericProperty(prop)) steps.push((value) => (value instanceof Date ? value : platform.parseDate(typeof value === 'bigint' ? Number(value) : (value as string))));
      if (prop.customType) steps.push((value) => prop.customType!.convertToJSValue(value, platform));
    } else return '';
    const value = `row[${JSON.stringify(prop.fieldNames[0])}]`;
    const call = steps.reduce((inner, step) => `c[${converters.push(step) - 1}](${inner})`, 'v');
    const converted = steps.length ? `(v = ${value}) == null ? v : ${call}` : value;
    return `  this[${JSON.stringify(prop.name)}] = ${converted};`;
  });
  const Row = new Function('c', `return function ReadRow(row) {\n  let v;\n${lines.join('\n')}\n};`)(converters) as new (row: Record<string, unknown>) => T;
  Row.prototype = prototype;
  return (row) => new Row(row);
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
  const rows = await runBuilt(em, ['rows', entity.name, orderBy, limit], where, (template) => {
    const qb = em.createQueryBuilder(entity, 'e').select('*').where(template as FilterQuery<T>);
    if (orderBy) qb.orderBy(orderBy);
    if (limit != null) qb.limit(limit);
    return qb.getKnexQuery();
  });
  return rows.map(plainRows(em, entity));
}

/** The matches of `where`, counted in one statement (built once per shape, as readRows's). */
async function countRows<T extends object>(em: EntityManager, entity: EntityClass<T>, where: FilterQuery<T>): Promise<number> {
  const [row] = await runBuilt(em, ['count', entity.name], where, (template) => em.createQueryBuilder(entity, 'e').count().where(template as FilterQuery<T>).getKnexQuery());
  return Number(row.count);
}

/** A statement as MikroORM's QueryBuilder builds it: SQL with `?` placeholders, and its values. */
interface Statement {
  sql: string;
  bindings: unknown[];
}

const statements = new Map<string, Statement>();
/** Enough for every list and loader with the filters in use; on overflow the cache starts over. */
const MAX_STATEMENTS = 2_000;
/** Stands for the n-th id list in a statement while it is built; `list(n)`. */
const LIST = '\u0000list:';
const list = (n: number) => `${LIST}${n}`;
const listIndex = (value: unknown) => (typeof value === 'string' && value.startsWith(LIST) ? Number(value.slice(LIST.length)) : -1);

/**
 * Runs the statement `build` makes of `where`, building it once per shape
 * (issue 12.3: MikroORM's QueryBuilder cost more CPU than PostgreSQL needed to
 * answer a page's small reads). The shape is `key` and every value of `where`
 * except the integer lists of `$in` (the ids a loader batches): `build` gets
 * placeholders for those (and for `lists`, the ones the caller put in as
 * `list(n)`), and each run fills in its own ids, so a loader's statement is
 * built once for every batch. Raw SQL fragments are never cached.
 */
async function runBuilt(
  em: EntityManager,
  key: unknown[],
  where: unknown,
  build: (template: unknown) => { toSQL(): { sql: string; bindings: readonly unknown[] } },
  lists: unknown[][] = [],
): Promise<Record<string, unknown>[]> {
  const given = lists.length;
  let cacheable = true;
  const templateOf = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(templateOf);
    if (value === null || typeof value !== 'object' || value instanceof Date) return value;
    if (value instanceof RawQueryFragment || RawQueryFragment.isRaw(value)) cacheable = false;
    const copy: Record<string, unknown> = {};
    for (const [name, inner] of Object.entries(value)) {
      if (RawQueryFragment.isKnownFragment(name)) cacheable = false;
      const ids = name === '$in' && Array.isArray(inner) && inner.length > 0 && inner.every(Number.isSafeInteger);
      copy[name] = ids ? [list(lists.push(inner) - 1)] : templateOf(inner);
    }
    return copy;
  };
  const template = templateOf(where);
  const run = (statement: Statement) =>
    em.execute(statement.sql, statement.bindings.map((value) => (listIndex(value) >= 0 ? lists[listIndex(value)] : value))) as Promise<Record<string, unknown>[]>;
  const uncached = () => {
    const { sql, bindings } = build(given ? template : where).toSQL();
    return run({ sql, bindings: [...bindings] });
  };
  if (!cacheable) return uncached();
  const cacheKey = JSON.stringify([key, template], function (this: Record<string, unknown>, name, value) {
    const original = this[name];
    return original instanceof Date ? { date: value } : typeof original === 'bigint' ? { bigint: String(original) } : value;
  });
  let statement = statements.get(cacheKey);
  if (!statement) {
    const { sql, bindings } = build(template).toSQL();
    statement = { sql, bindings: [...bindings] };
    // Only where each list is the one `?` of an `in (?)` or `array[?]` does filling it with the ids give the same statement.
    if (!listsFit(statement, lists.length)) return given ? run(statement) : uncached();
    if (statements.size >= MAX_STATEMENTS) statements.clear();
    statements.set(cacheKey, statement);
  }
  return run(statement);
}

/** Whether each of `count` lists is bound exactly once, as the whole of an `in (?)` or an `array[?]`. */
function listsFit({ sql, bindings }: Statement, count: number): boolean {
  const seen = new Set<number>();
  let binding = 0;
  for (let at = sql.indexOf('?'); at >= 0; at = sql.indexOf('?', at + 1)) {
    if (sql[at + 1] === '?' || sql[at - 1] === '\\') return false; // identifiers or escapes: not worth handling
    const index = listIndex(bindings[binding++]);
    if (index < 0) continue;
    const around = sql.slice(Math.max(0, at - 4), at + 2);
    if (seen.has(index) || !(around === 'in (?)' || around.endsWith('ay[?]'))) return false;
    seen.add(index);
  }
  return seen.size === count && binding === bindings.length;
}

/**
 * One keyset page of a root list as plain objects (plainRows), the rows of
 * `where` in the page's order; the matches are counted only when `withTotal`
 * (the query selects totalCount), as the nested connections do.
 */
export async function readPage<T extends { id: number }>(em: EntityManager, entity: EntityClass<T>, where: FilterQuery<T>, page: KeysetPage, withTotal: boolean): Promise<Connection<T>> {
  const [rows, total] = await Promise.all([
    readRows(em, entity, { $and: [where, keysetWhere(page)] } as FilterQuery<T>, keysetOrderBy(page) as QueryOrderMap<T>[], page.limit + 1),
    withTotal ? countRows(em, entity, where) : 0,
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
      const rows = await runBuilt(em, ['pages', entity.name, parent, orderBy, page.limit], { $and: [where, keysetWhere(page)] }, (template) => {
        // One index range per parent: the page is read, not the parent's whole list.
        const pageOfParent = em
          .createQueryBuilder(entity, 'e')
          .where(template as FilterQuery<T>)
          .andWhere(`e.${parentColumn} = parent.id`)
          .orderBy(orderBy as QueryOrderMap<T>[])
          .limit(page.limit + 1)
          .getKnexQuery()
          .toSQL();
        return em.getKnex().raw(
          `select page.* from unnest(array[?]::int[]) as parent(id) cross join lateral (${pageOfParent.sql}) as page order by ${outerOrder}`,
          [list(0), ...pageOfParent.bindings],
        );
      }, [[...ids]]);
      const pages = new Map<number, T[]>(ids.map((id) => [id, []]));
      for (const row of rows) pages.get(Number(row[parentColumn]))!.push(toObject(row));
      return ids.map((id) => pages.get(id)!);
    });

  const countsLoader = (where: FilterQuery<T>) =>
    new DataLoader<number, number>(async (ids) => {
      const rows = await runBuilt(em, ['counts', entity.name, parent], { $and: [{ [parent]: { $in: [...ids] } }, where] }, (template) =>
        em.createQueryBuilder(entity, 'e').select([parent, raw('count(*) as total')]).where(template as FilterQuery<T>).groupBy(parent).getKnexQuery());
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
