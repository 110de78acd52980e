/**
 * The reference server's data access, written the plain way: a pg Pool,
 * SQL by hand, one DataLoader per relation created per request, so every
 * level of a query is one statement whatever the number of parents.
 */
import { createHash } from 'node:crypto';
import DataLoader from 'dataloader';
import pg from 'pg';

export type Row = Record<string, any>;

export interface Db {
  query(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Statements sent so far (the bench's "SQL per request"). */
  statements: number;
  /** Decimals of each currency code, read at start-up (money is formatted from minor units). */
  decimals: Map<string, number>;
  pool: pg.Pool;
}

export async function connect(databaseUrl: string): Promise<Db> {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    // As many connections as this server's ORM pool.
    max: 10,
    // `date` columns stay 'YYYY-MM-DD' strings (LocalDate), not Dates at local midnight.
    types: { getTypeParser: ((oid: number, format?: 'text' | 'binary') => (oid === pg.types.builtins.DATE ? (value: string) => value : pg.types.getTypeParser(oid, format))) as typeof pg.types.getTypeParser },
  });
  const db: Db = {
    pool,
    statements: 0,
    decimals: new Map(),
    async query(sql, params = []) {
      db.statements++;
      return (await pool.query(sql, params)).rows;
    },
  };
  for (const row of await db.query('select code, decimals from currency')) db.decimals.set(row.code, row.decimals);
  return db;
}

export type Viewer = { kind: 'staff'; staffId: number; sessionId: number } | { kind: 'client'; clientId: number; sessionId: number };

/**
 * The session of a bearer token, as this server stores it (SHA-256 of the
 * token), so both servers accept the same tokens. Staff and clients' own
 * logins only: the bench uses no client users or impersonation.
 */
export async function authenticate(db: Db, authorization: unknown): Promise<Viewer | undefined> {
  const token = typeof authorization === 'string' ? /^Bearer\s+(\S+)$/i.exec(authorization.trim())?.[1] : undefined;
  if (!token) return undefined;
  const [session] = await db.query(
    `select s.id, s.staff_id, s.client_id, s.client_user_id, s.parent_session_id, st.active as staff_active, c.status as client_status
       from auth_session s left join staff_user st on st.id = s.staff_id left join client c on c.id = s.client_id
      where s.token_hash = $1 and s.revoked_at is null and s.expires_at > now()`,
    [createHash('sha256').update(token).digest('hex')],
  );
  if (!session) return undefined;
  if (session.staff_id != null) return session.staff_active ? { kind: 'staff', staffId: session.staff_id, sessionId: session.id } : undefined;
  if (session.client_id == null || session.client_user_id != null || session.parent_session_id != null || session.client_status === 'closed') return undefined;
  return { kind: 'client', clientId: session.client_id, sessionId: session.id };
}

/** A page of invoices, newest first: `limit` + 1 rows, so the caller knows whether there is a next page. */
interface InvoicePageKey {
  clientId: number;
  limit: number;
  /** Clients see issued invoices only. */
  issuedOnly: boolean;
}

export function createLoaders(db: Db) {
  return {
    client: byId(db, 'client'),
    product: byId(db, 'product'),
    /** The first `limit` services or domains of many clients, by id, in one statement (a lateral join). */
    firstChildren: { service: firstChildren(db, 'service'), domain: firstChildren(db, 'domain') },
    childCount: { service: countByClient(db, 'service'), domain: countByClient(db, 'domain') },
    linesByInvoice: byParent(db, 'select * from invoice_line where invoice_id = any($1) order by position', 'invoice_id'),
    /** The newest invoices of many clients in one statement (a lateral join, one index range per client). */
    newestInvoices: new DataLoader<InvoicePageKey, Row[], string>(
      async (keys) => {
        const pages = new Map<string, Row[]>();
        for (const [group, groupKeys] of groupBy(keys, (k) => `${k.limit}:${k.issuedOnly}`)) {
          const { limit, issuedOnly } = groupKeys[0];
          const rows = await db.query(
            `select i.* from unnest($1::int[]) as c(id) cross join lateral (
               select * from invoice where client_id = c.id and (not $3 or status <> 'draft') order by id desc limit $2) i`,
            [groupKeys.map((k) => k.clientId), limit, issuedOnly],
          );
          for (const key of groupKeys) pages.set(`${key.clientId}:${group}`, rows.filter((row) => row.client_id === key.clientId));
        }
        return keys.map((k) => pages.get(`${k.clientId}:${k.limit}:${k.issuedOnly}`)!);
      },
      { cacheKeyFn: (k) => `${k.clientId}:${k.limit}:${k.issuedOnly}` },
    ),
    invoiceCount: new DataLoader<Omit<InvoicePageKey, 'limit'>, number, string>(
      async (keys) => {
        const counts = new Map<string, number>();
        for (const [issuedOnly, groupKeys] of groupBy(keys, (k) => String(k.issuedOnly))) {
          const rows = await db.query(
            `select client_id, count(*)::int as n from invoice where client_id = any($1) and (not $2 or status <> 'draft') group by client_id`,
            [groupKeys.map((k) => k.clientId), groupKeys[0].issuedOnly],
          );
          for (const row of rows) counts.set(`${row.client_id}:${issuedOnly}`, row.n);
        }
        return keys.map((k) => counts.get(`${k.clientId}:${k.issuedOnly}`) ?? 0);
      },
      { cacheKeyFn: (k) => `${k.clientId}:${k.issuedOnly}` },
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

function byId(db: Db, table: string) {
  return new DataLoader<number, Row | undefined>(async (ids) => {
    const rows = await db.query(`select * from ${table} where id = any($1)`, [ids]);
    const byKey = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byKey.get(id));
  });
}

function byParent(db: Db, sql: string, parentColumn: string) {
  return new DataLoader<number, Row[]>(async (parentIds) => {
    const children = new Map<number, Row[]>(parentIds.map((id) => [id, []]));
    for (const row of await db.query(sql, [parentIds])) children.get(row[parentColumn])?.push(row);
    return parentIds.map((id) => children.get(id)!);
  });
}

function firstChildren(db: Db, table: 'service' | 'domain') {
  return new DataLoader<{ clientId: number; limit: number }, Row[], string>(
    async (keys) => {
      const pages = new Map<string, Row[]>();
      for (const [limit, groupKeys] of groupBy(keys, (k) => String(k.limit))) {
        const rows = await db.query(
          `select x.* from unnest($1::int[]) as c(id) cross join lateral (select * from ${table} where client_id = c.id order by id limit $2) x`,
          [groupKeys.map((k) => k.clientId), Number(limit)],
        );
        for (const key of groupKeys) pages.set(`${key.clientId}:${limit}`, rows.filter((row) => row.client_id === key.clientId));
      }
      return keys.map((k) => pages.get(`${k.clientId}:${k.limit}`)!);
    },
    { cacheKeyFn: (k) => `${k.clientId}:${k.limit}` },
  );
}

function countByClient(db: Db, table: 'service' | 'domain') {
  return new DataLoader<number, number>(async (clientIds) => {
    const rows = await db.query(`select client_id, count(*)::int as n from ${table} where client_id = any($1) group by client_id`, [clientIds]);
    const counts = new Map(rows.map((row) => [row.client_id, row.n]));
    return clientIds.map((id) => counts.get(id) ?? 0);
  });
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return groups;
}
