import { ok, type Operation, type TestApp } from '../support/test-app';
import { graphql } from '../generated';
import { startInvoiceTestApp, type invoiceHelpers } from '../support/invoices';

const CLIENTS = graphql(`query SearchIndexesClients($f: ClientFilter) { clients(filter: $f, first: 20) { totalCount edges { node { id } } } }`);
const SERVICES = graphql(`query SearchIndexesServices($f: ServiceFilter) { services(filter: $f, first: 20) { totalCount edges { node { id } } } }`);
const DOMAINS = graphql(`query SearchIndexesDomains($f: DomainFilter) { domains(filter: $f, first: 20) { totalCount edges { node { id } } } }`);
const INVOICES = graphql(`query SearchIndexesInvoices($f: InvoiceFilter) { invoices(filter: $f, first: 20) { totalCount edges { node { id } } } }`);
const DELETE_CLIENTS = graphql(`mutation SearchIndexesDeleteClients($ids: [ID!]!) { deleteClients(ids: $ids, confirm: true) }`);
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
  let h: ReturnType<typeof invoiceHelpers>;

  beforeAll(async () => {
    ({ t, admin: staff, h } = await startInvoiceTestApp());
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

  it('CL-6, issue 12: the clients search (names, company, email, phone, city) and the name, company and email filters use client_search_trgm', async () => {
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

  it('issue 12: the invoices search still finds by number, by the client\'s first, last or company name, and by the name kept from a deleted client', async () => {
    const tag = `Wombat${process.pid.toString(36).replace(/\d/g, 'x')}`;
    const byCompany = await h.newClient({ companyName: `${tag} Ltd` });
    const byLastName = await h.newClient({ lastName: tag });
    const deleted = await h.newClient({ firstName: tag });
    const other = await h.newClient();
    const invoices = [
      await h.invoice(byCompany.id, ['10.00']), await h.invoice(byLastName.id, ['10.00']), await h.invoice(deleted.id, ['10.00']),
    ];
    const numbered = await h.invoice(other.id, ['10.00']);
    ok(await t.gql(DELETE_CLIENTS, { ids: [deleted.id] }, staff));
    const search = async (text: string) => ok(await t.gql(INVOICES, { f: { search: text } }, staff)).invoices.edges.map((e) => e.node.id).sort();

    expect(await search(tag.toLowerCase())).toEqual(invoices.map((i) => i.id).sort());
    expect(await search(`${tag} ltd`)).toEqual([invoices[0].id]);
    expect(await search(numbered.number!)).toEqual([numbered.id]);
  });
});
