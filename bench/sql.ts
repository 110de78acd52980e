/**
 * What a request asks of the database. At the seeded size a missing index
 * costs a few milliseconds, lost in the latency noise (dropping the invoice
 * line, invoice client and transaction invoice indexes did not move any p95),
 * but the query plan shows it: a sequential scan that filters a large table.
 */
import type { MikroORM } from '@mikro-orm/postgresql';

export interface Statement {
  sql: string;
  params: readonly unknown[];
}

/**
 * Starts recording the statements the ORM runs (the server runs in the
 * process calling this); the returned function stops and returns them.
 */
export function recordSql(orm: MikroORM): () => Statement[] {
  const statements: Statement[] = [];
  const previous = orm.config.get('onQuery');
  orm.config.set('onQuery', (sql: string, params: unknown[]) => {
    statements.push({ sql, params });
    return previous(sql, params);
  });
  return () => {
    orm.config.set('onQuery', previous);
    return statements;
  };
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  Filter?: string;
  Plans?: PlanNode[];
}

/**
 * The sequential scans with a filter on tables of at least `minRows` rows in
 * the plans of these SELECTs, as "table: filter". Scans without a filter
 * (totalCount of an unfiltered list) are what the query asks for and pass.
 */
export async function filteredSeqScans(orm: MikroORM, statements: readonly Statement[], minRows = 1_000): Promise<string[]> {
  const connection = orm.em.fork().getConnection();
  const large = new Set(
    (await connection.execute<{ relname: string }[]>(`select relname from pg_class where relkind = 'r' and reltuples >= ?`, [minRows])).map((r) => r.relname),
  );
  const found = new Set<string>();
  const visit = (node: PlanNode) => {
    if (node['Node Type'] === 'Seq Scan' && node.Filter && large.has(node['Relation Name'] ?? '')) {
      found.add(`${node['Relation Name']}: ${node.Filter.length > 100 ? `${node.Filter.slice(0, 100)}…` : node.Filter}`);
    }
    node.Plans?.forEach(visit);
  };
  for (const { sql, params } of statements) {
    if (!/^\s*select\b/i.test(sql)) continue;
    const [row] = await connection.execute<{ 'QUERY PLAN': [{ Plan: PlanNode }] }[]>(`explain (format json) ${sql}`, [...params]);
    visit(row['QUERY PLAN'][0].Plan);
  }
  return [...found];
}
