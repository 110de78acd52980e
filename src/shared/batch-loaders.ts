import DataLoader from 'dataloader';
import { raw, RawQueryFragment, type LogContext, ReferenceKind, type EntityClass, type EntityKey, type EntityManager, type EntityMetadata, type FilterQuery, type QueryOrderMap } from '@mikro-orm/postgresql';
import { getMetadataStorage } from 'type-graphql';
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

/**
 * Issue 12: the columns behind the GraphQL fields of an entity's type that are
 * not a column of the same name: getters and field resolvers (one that reads
 * only the id and keys lists none). Lists read only the columns their
 * selection needs (columnsOf); a field neither listed nor a plain column field
 * makes them read every column.
 */
export interface FieldColumns<T> {
  /** Read whatever is selected (the id and every reference key are always read): e.g. the currency amounts are formatted in. */
  always?: readonly EntityKey<T>[];
  fields: Readonly<Record<string, readonly EntityKey<T>[]>>;
}

const fieldColumnMaps = new Map<EntityClass<object>, FieldColumns<object>>();

/** Registers `entity`'s FieldColumns (in its area's loaders; an entity without them is always read whole) and returns those it replaces. */
export function readFieldColumns<T extends object>(entity: EntityClass<T>, columns: FieldColumns<T>): FieldColumns<T> | undefined {
  const replaced = fieldColumnMaps.get(entity as EntityClass<object>);
  fieldColumnMaps.set(entity as EntityClass<object>, columns as FieldColumns<object>);
  return replaced as FieldColumns<T> | undefined;
}

/**
 * The properties to read for nodes of which `fields` are selected (and the
 * page's sort property), or undefined for all: the id, every reference key,
 * the FieldColumns' `always` and each field's columns.
 */
function columnsOf<T extends object>(em: EntityManager, entity: EntityClass<T>, fields: readonly string[] | undefined, order?: PageOrder): string[] | undefined {
  const map = fieldColumnMaps.get(entity as EntityClass<object>);
  if (!fields || !map) return undefined;
  // selectedNodeFields gives one array per selection: computed once for it (and each entity and sort property).
  let known = columnSets.get(fields);
  if (!known) columnSets.set(fields, (known = new Map()));
  const key = `${entity.name}:${order?.property ?? ''}`;
  if (!known.has(key)) known.set(key, columnsOfFields(em, entity, map, fields, order));
  return known.get(key);
}

const columnSets = new WeakMap<readonly string[], Map<string, string[] | undefined>>();

function columnsOfFields<T extends object>(em: EntityManager, entity: EntityClass<T>, map: FieldColumns<object>, fields: readonly string[], order?: PageOrder): string[] | undefined {
  const meta = em.getMetadata().get<T>(entity.name);
  const plain = plainColumnFields(meta);
  const props = new Set<string>([...meta.primaryKeys, ...(map.always ?? []), ...(order ? [order.property] : [])]);
  for (const prop of meta.props) if (isReference(prop)) props.add(prop.name);
  for (const field of fields) {
    if (field === '__typename') continue;
    const columns = map.fields[field] ?? (plain.has(field) ? [field] : undefined);
    if (!columns) return undefined;
    for (const column of columns) props.add(column);
  }
  // In the entity's order, so one selection gives one statement whatever the order of its fields.
  return meta.props.filter((prop) => props.has(prop.name)).map((prop) => prop.name);
}

const isReference = (prop: EntityMetadata['props'][number]) => prop.kind === ReferenceKind.MANY_TO_ONE || (prop.kind === ReferenceKind.ONE_TO_ONE && !!prop.owner);

const plainColumnFieldSets = new WeakMap<EntityMetadata, ReadonlySet<string>>();

/** GraphQL fields of the entity's type that are a column property of the same name, with no field resolver of that name. */
function plainColumnFields(meta: EntityMetadata): ReadonlySet<string> {
  let plain = plainColumnFieldSets.get(meta);
  if (plain) return plain;
  const storage = getMetadataStorage();
  const ofEntity = (target: Function | undefined) => !!target && (target === meta.class || meta.class.prototype instanceof target);
  // A field resolver in a resolver class names its type; one declared in the object type's own class is of that class.
  const resolved = new Set(storage.fieldResolvers.filter((resolver) => ofEntity((resolver.getObjectType?.() as Function | undefined) ?? resolver.target)).map((resolver) => resolver.schemaName));
  plain = new Set(
    storage.fields
      .filter((field) => ofEntity(field.target) && field.name === field.schemaName && !resolved.has(field.name))
      .map((field) => field.name)
      .filter((name) => meta.properties[name as never]?.kind === ReferenceKind.SCALAR && meta.properties[name as never].fieldNames?.length === 1 && meta.properties[name as never].persist !== false),
  );
  plainColumnFieldSets.set(meta, plain);
  return plain;
}

/** Rows of `entity` matching `where` as plain objects (plainRows), one statement; only the properties `columns` when given. */
export async function readRows<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
  orderBy?: QueryOrderMap<T> | QueryOrderMap<T>[],
  limit?: number,
  columns?: readonly string[],
): Promise<T[]> {
  const rows = await runBuilt(em, ['rows', entity.name, orderBy, limit, columns], where, (template) => {
    const qb = em.createQueryBuilder(entity, 'e').select(columns ? [...columns] as never : '*').where(template as FilterQuery<T>);
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
  // Dates and bigints need the key's replacer (a date is not its string; JSON has no bigint), which costs a call per value.
  let special = false;
  const templateOf = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(templateOf);
    if (typeof value === 'bigint' || value instanceof Date) special = true;
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
  const run = (statement: Statement) => readSql(em, statement.sql, statement.bindings.map((value) => (listIndex(value) >= 0 ? lists[listIndex(value)] : value)));
  const uncached = () => {
    const { sql, bindings } = build(given ? template : where).toSQL();
    return run({ sql, bindings: [...bindings] });
  };
  if (!cacheable) return uncached();
  const cacheKey = special
    ? JSON.stringify([key, template], function (this: Record<string, unknown>, name, value) {
        const original = this[name];
        return original instanceof Date ? { date: value } : typeof original === 'bigint' ? { bigint: String(original) } : value;
      })
    : JSON.stringify([key, template]);
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

/** A pg client of knex's pool; queried in pg's callback form (see readSql). */
interface PooledConnection {
  query(text: string, callback: (error: Error | null, result: { rows: Record<string, unknown>[] }) => void): void;
}

/**
 * Runs a read statement (`?` placeholders) as em.execute does, with its values
 * inlined by the ORM's platform, counted and logged as the ORM's own
 * statements (sqlStatements, onQuery), but outside a transaction straight on a
 * connection of knex's pool: issue 12, the ORM's and knex's runner layers
 * (query events, runner, connection wrapping) cost more CPU per statement than
 * sending it. A connection an error left broken is discarded by the pool's
 * validation on the next acquire, as with knex's runner.
 */
async function readSql(em: EntityManager, sql: string, params: unknown[]): Promise<Record<string, unknown>[]> {
  if (em.isInTransaction()) return em.execute(sql, params);
  const connection = em.getConnection();
  await connection.ensureConnection();
  const query = em.config.get('onQuery')(sql, params);
  const text = em.getPlatform().formatQuery(query, params);
  const knex = connection.getKnex().client;
  const started = Date.now();
  const log = (context: LogContext) =>
    em.config.getLogger().logQuery({ level: 'info', connection: { type: 'write', name: em.config.get('name') }, query, params, took: Date.now() - started, ...context });
  try {
    const pooled = (await knex.acquireConnection()) as PooledConnection;
    try {
      // pg's callback form, as knex queries: with its promise form every result stayed reachable to the scavenger past
      // its request (measured: ~95 KB per page of 250 invoice lines, the whole client area ~350 KiB), was promoted to
      // the old generation and waited there for a full GC: RSS grew and full GCs came often (bench: "KiB kept past the request").
      const rows = await new Promise<Record<string, unknown>[]>((resolve, reject) => pooled.query(text, (error, result) => (error ? reject(error) : resolve(result.rows))));
      log({ results: rows.length });
      return rows;
    } finally {
      await knex.releaseConnection(pooled);
    }
  } catch (error) {
    log({ level: 'error' });
    throw em.getDriver().convertException(error as Error);
  }
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
 * (the query selects totalCount), as the nested connections do. With the
 * node `fields` selected (selectedNodeFields), only their columns are read.
 */
export async function readPage<T extends { id: number }>(
  em: EntityManager,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
  page: KeysetPage,
  withTotal: boolean,
  fields?: readonly string[],
): Promise<Connection<T>> {
  const [rows, total] = await Promise.all([
    readRows(em, entity, { $and: [where, keysetWhere(page)] } as FilterQuery<T>, keysetOrderBy(page) as QueryOrderMap<T>[], page.limit + 1, columnsOf(em, entity, fields, page.order)),
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
  const rowLoaders = new Map<string, { page: KeysetPage; loader: DataLoader<number, T[]> }>();
  const countLoaders = new Map<string, DataLoader<number, number>>();
  const toObject = plainRows(em, entity);

  const rowsLoader = (page: KeysetPage, where: FilterQuery<T>, columns: readonly string[] | undefined) =>
    new DataLoader<number, T[]>(async (ids) => {
      const orderBy = keysetOrderBy(page);
      // The lateral pages come back in their own order: sort key column(s) then id, as inside.
      const outerOrder = orderBy.map((part) => Object.entries(part).map(([key, dir]) => `page.${meta.properties[key as EntityKey<T>].fieldNames[0]} ${dir}`)).join(', ');
      const rows = await runBuilt(em, ['pages', entity.name, parent, orderBy, page.limit, columns], { $and: [where, keysetWhere(page)] }, (template) => {
        // One index range per parent: the page is read, not the parent's whole list.
        const pageOfParent = em
          .createQueryBuilder(entity, 'e')
          .select(columns ? [...columns] as never : '*')
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

  /**
   * The page of `parentId`'s children matching `where` in `order` (by id unless given); totalCount is 0 unless `withTotal`.
   * With the node `fields` selected (selectedNodeFields), only their columns are read: one statement per selection.
   */
  return async (parentId: number, args: PageArgs, where: FilterQuery<T>, withTotal: boolean, order: PageOrder = descending ? ID_DESC : ID_ASC, fields?: readonly string[]): Promise<Connection<T>> => {
    // Called once per parent of a list (50 clients of a page): the page is worked out once for all of them, by its arguments.
    const columns = columnsOf(em, entity, fields, order);
    const whereKey = JSON.stringify(where);
    const cursors = args.after == null && args.before == null ? '' : JSON.stringify([args.after, args.before]);
    const pageKey = `${args.first}:${args.last}:${order.property}:${order.direction}:${columns}:${whereKey}:${cursors}`;
    let pageRows = rowLoaders.get(pageKey);
    if (!pageRows) {
      const page = keysetPage(args, order);
      rowLoaders.set(pageKey, (pageRows = { page, loader: rowsLoader(page, where, columns) }));
    }
    const { page, loader } = pageRows;
    if (!withTotal) return toConnection(await loader.load(parentId), page, 0);
    if (!countLoaders.has(whereKey)) countLoaders.set(whereKey, countsLoader(where));
    const [rows, total] = await Promise.all([loader.load(parentId), countLoaders.get(whereKey)!.load(parentId)]);
    return toConnection(rows, page, total);
  };
}
