import { StaffRole } from '../../src/auth/staff-user.entity';
import { ok, startTestApp, type Operation, type TestApp } from '../support/test-app';
import { graphql } from '../generated';

const CLIENTS = graphql(`query SearchIndexesClients($f: ClientFilter) { clients(filter: $f, first: 20) { totalCount edges { node { id } } } }`);
const SERVICES = graphql(`query SearchIndexesServices($f: ServiceFilter) { services(filter: $f, first: 20) { totalCount edges { node { id } } } }`);
const DOMAINS = graphql(`query SearchIndexesDomains($f: DomainFilter) { domains(filter: $f, first: 20) { totalCount edges { node { id } } } }`);
const INVOICES = graphql(`query SearchIndexesInvoices($f: InvoiceFilter) { invoices(filter: $f, first: 20) { totalCount edges { node { id } } } }`);
const TRANSACTIONS = graphql(`query SearchIndexesTransactions($f: TransactionFilter) { transactions(filter: $f, first: 20) { totalCount edges { node { id } } } }`);

interface PlanNode { 'Node Type': string; 'Index Name'?: string; 'Relation Name'?: string; Plans?: PlanNode[] }
const nodesOf = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodesOf)];

/**
 * Substring searches (ILIKE '%word%') on big installs: only a trigram index
 * serves a leading wildcard. Each list is queried over the wire, its searching
 * statements (page and count) are captured as sent and explained with the
 * plain scans switched off: a query shape the trigram index cannot serve
 * falls back to a sequential scan and fails here.
 */
describe('substring searches are served by trigram indexes', () => {
  let t: TestApp;
  let staff: string;

  beforeAll(async () => {
    t = await startTestApp();
    staff = await t.staffToken(StaffRole.ADMIN);
  });
  afterAll(() => t.stop());

  /** The statements containing ILIKE that one GraphQL operation sends. */
  async function searchStatements<R, V>(query: Operation<R, V>, variables: V): Promise<{ sql: string; params: unknown[] }[]> {
    const captured: { sql: string; params: unknown[] }[] = [];
    t.app.orm.config.set('onQuery', (sql: string, params: readonly unknown[]) => {
      if (/\bilike\b/i.test(sql)) captured.push({ sql, params: [...params] });
      return sql;
    });
    try {
      ok(await t.gql(query, variables, staff));
    } finally {
      t.app.orm.config.set('onQuery', (sql: string) => sql);
    }
    return captured;
  }

  /** The plan's nodes when sequential and plain index scans are off (bitmap scans stay on). */
  async function planNodes(sql: string, params: unknown[]): Promise<PlanNode[]> {
    return t.app.orm.em.fork().transactional(async (em) => {
      // A plain index scan of the primary key (the page's order) with the search as a filter is the other way to
      // avoid a sequential scan; switched off too, so only an index on the searched columns can serve the query.
      await em.execute('set local enable_seqscan = off');
      await em.execute('set local enable_indexscan = off');
      await em.execute('set local enable_indexonlyscan = off');
      const [row] = await em.execute(`explain (format json) ${sql}`, params);
      return nodesOf((row['QUERY PLAN'] as { Plan: PlanNode }[])[0].Plan);
    });
  }

  async function expectServedBy<R, V>(index: string, table: string, query: Operation<R, V>, variables: V): Promise<void> {
    const statements = await searchStatements(query, variables);
    expect(statements.length).toBe(2); // the page and its totalCount
    for (const { sql, params } of statements) {
      const nodes = await planNodes(sql, params);
      expect({ sql, scans: nodes.filter((n) => n['Node Type'] === 'Seq Scan').map((n) => n['Relation Name']) }).toEqual({ sql, scans: [] });
      expect({ sql, index: nodes.some((n) => n['Node Type'] === 'Bitmap Index Scan' && n['Index Name'] === index) }).toEqual({ sql, index: true });
      expect(sql).toContain(`"${table}"`);
    }
  }

  it('issue 12: the clients search (names, company, email, phone, city) and the name, company and email filters use client_search_trgm', async () => {
    await expectServedBy('client_search_trgm', 'client', CLIENTS, { f: { search: 'alice rotterdam' } });
    await expectServedBy('client_search_trgm', 'client', CLIENTS, { f: { name: 'smith' } });
    await expectServedBy('client_search_trgm', 'client', CLIENTS, { f: { company: 'acme' } });
    await expectServedBy('client_search_trgm', 'client', CLIENTS, { f: { email: 'example.com' } });
  });

  it('issue 12: the services search (domain, username) uses service_search_trgm', async () => {
    await expectServedBy('service_search_trgm', 'service', SERVICES, { f: { search: 'example.org' } });
  });

  it('issue 12: the domains search uses domain_search_trgm', async () => {
    await expectServedBy('domain_search_trgm', 'domain', DOMAINS, { f: { search: 'example' } });
  });

  it('issue 12: the transactions search (gateway transaction id) uses payment_transaction_search_trgm', async () => {
    await expectServedBy('payment_transaction_search_trgm', 'payment_transaction', TRANSACTIONS, { f: { search: 'ch_3Nab' } });
  });

  it('issue 12: the invoices number filter uses invoice_search_trgm', async () => {
    await expectServedBy('invoice_search_trgm', 'invoice', INVOICES, { f: { number: '2026' } });
  });

  it('issue 12: the invoices search (number, kept client name, the client\'s names) uses invoice_search_trgm and client_search_trgm', async () => {
    await expectServedBy('invoice_search_trgm', 'invoice', INVOICES, { f: { search: 'acme' } });
    await expectServedBy('client_search_trgm', 'invoice', INVOICES, { f: { search: 'acme' } });
  });
});
