import { idOf, keyOf } from '../support/ids';
import pg from 'pg';
import { sqlStatements } from '../../src/shared/orm';
import { seed, type Seeded, type Sizes } from '../../bench/seed';
import { graphqlClient } from '../../bench/clients';
import { errorOf, ok, startTestApp, type TestApp } from '../support/test-app';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from '../generated';
import type { NestedConnectionsPageServicesQueryVariables, NestedConnectionsRootServicesQueryVariables } from '../generated/graphql';

/** Ordinary clients have 10 services; the big client 1,000 (bench/seed.ts, set-based). */
const SIZES: Sizes = { clients: 60, servicesPerClient: 10, domainsPerClient: 2, invoicesPerClient: 3, bigClient: { services: 1000, domains: 30, invoices: 12 }, products: 3, creditClients: 1 };

/**
 * Each nested connection of a client, with its root list (the same records for
 * one client) and a field resolver under its nodes. Nested pages and root
 * lists read plain rows, single lookups entities (issue 12.3): every kind of
 * field is compared, dates, money, enums and JSON included.
 */
graphql(`fragment NestedConnectionsService on Service { id domain username status billingCycle registrationDate nextDueDate terminationDate createdAt updatedAt passwordSet
  firstPaymentAmount { amount currency } recurringAmount { amount currency } product { id name } }`);
graphql(`fragment NestedConnectionsDomain on Domain { id name registrar status registrationDate expiryDate autoRenew nameservers createdAt eppCodeSet }`);
graphql(`fragment NestedConnectionsInvoiceRow on Invoice { id number status currency issueDate dueDate datePaid createdAt subtotal { amount currency } total { amount currency }
  creditApplied { amount currency } amountPaid { amount currency } balanceDue { amount currency } overdue client { id } payer { id } lines { id } }`);
graphql(`fragment NestedConnectionsTransaction on Transaction { id kind gateway transactionId toCredit date createdAt client { id } amount { amount currency } appliedToInvoice { amount currency } invoice { id } }`);
graphql(`fragment NestedConnectionsCreditEntry on CreditEntry { id kind description createdAt invoice { id } amount { amount currency } balanceBefore { amount currency } balanceAfter { amount currency } }`);
graphql(`fragment NestedConnectionsPageInfo on PageInfo { hasNextPage hasPreviousPage startCursor endCursor }`);
graphql(`fragment NestedConnectionsServiceEdges on ServiceConnection { edges { cursor node { ...NestedConnectionsService } } }`);
graphql(`fragment NestedConnectionsDomainEdges on DomainConnection { edges { cursor node { ...NestedConnectionsDomain } } }`);
graphql(`fragment NestedConnectionsInvoiceEdges on InvoiceConnection { edges { cursor node { ...NestedConnectionsInvoiceRow } } }`);
graphql(`fragment NestedConnectionsTransactionEdges on TransactionConnection { edges { cursor node { ...NestedConnectionsTransaction } } }`);
graphql(`fragment NestedConnectionsCreditEntryEdges on CreditEntryConnection { edges { cursor node { ...NestedConnectionsCreditEntry } } }`);
/** Every field of a client, an invoice and a service, as compared between the read paths. */
graphql(`fragment NestedConnectionsClient on Client { id type firstName lastName companyName email status currency language lateFeeExempt taxExempt country createdAt updatedAt adminNotes
  creditBalance { amount currency } group { id } project { id } billingContact { id } contacts { id } users { id } payers { id } }`);
graphql(`fragment NestedConnectionsInvoice on Invoice { id number status currency issueDate dueDate datePaid notes createdAt updatedAt tax1Name tax1Rate subtotal { amount currency }
  tax1 { amount currency } total { amount currency } creditApplied { amount currency } amountPaid { amount currency } amountRefunded { amount currency } balanceDue { amount currency }
  overdue client { id } payer { id } clientName clientEmail lines { id } }`);
graphql(`fragment NestedConnectionsServiceFull on Service { ...NestedConnectionsService moduleData adminNotes }`);

const NAMES = ['services', 'domains', 'invoices', 'transactions', 'creditLog'] as const;
type Relation = (typeof NAMES)[number];

/** The root list's page for one client, per relation, to compare the nested connection with. */
const ROOT_PAGES: Record<Relation, TypedDocumentNode<{ page?: unknown }, NestedConnectionsRootServicesQueryVariables>> = {
  services: graphql(`query NestedConnectionsRootServices($c: ID!, $first: Int, $after: String) {
    page: services(first: $first, after: $after, filter: { clientId: $c }) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsServiceEdges } }`),
  domains: graphql(`query NestedConnectionsRootDomains($c: ID!, $first: Int, $after: String) {
    page: domains(first: $first, after: $after, filter: { clientId: $c }) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsDomainEdges } }`),
  invoices: graphql(`query NestedConnectionsRootInvoices($c: ID!, $first: Int, $after: String) {
    page: invoices(first: $first, after: $after, filter: { clientId: $c }) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsInvoiceEdges } }`),
  transactions: graphql(`query NestedConnectionsRootTransactions($c: ID!, $first: Int, $after: String) {
    page: transactions(first: $first, after: $after, filter: { clientId: $c }) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsTransactionEdges } }`),
  creditLog: graphql(`query NestedConnectionsRootCreditLog($c: ID!, $first: Int, $after: String) {
    page: creditLog(first: $first, after: $after, clientId: $c) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsCreditEntryEdges } }`),
};
/** The staff list with five nested connections, with and without their totals; without pageInfo, to stay within the query cost budget at 50 clients. */
const STAFF_LIST = graphql(`query NestedConnectionsStaffList($first: Int!) { clients(first: $first) { edges { node { id
  services(first: 2) { totalCount ...NestedConnectionsServiceEdges } domains(first: 2) { totalCount ...NestedConnectionsDomainEdges }
  invoices(first: 2) { totalCount ...NestedConnectionsInvoiceEdges } transactions(first: 2) { totalCount ...NestedConnectionsTransactionEdges }
  creditLog(first: 2) { totalCount ...NestedConnectionsCreditEntryEdges } } } } }`);
const STAFF_LIST_WITHOUT_TOTALS = graphql(`query NestedConnectionsStaffListWithoutTotals($first: Int!) { clients(first: $first) { edges { node { id
  services(first: 2) { ...NestedConnectionsServiceEdges } domains(first: 2) { ...NestedConnectionsDomainEdges } invoices(first: 2) { ...NestedConnectionsInvoiceEdges }
  transactions(first: 2) { ...NestedConnectionsTransactionEdges } creditLog(first: 2) { ...NestedConnectionsCreditEntryEdges } } } } }`);
const CLIENT_AREA = graphql(`query NestedConnectionsClientArea { me { client { id
  services(first: 50) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsServiceEdges }
  domains(first: 50) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsDomainEdges }
  invoices(first: 50) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsInvoiceEdges }
  transactions(first: 50) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsTransactionEdges }
  creditLog(first: 50) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsCreditEntryEdges } } } }`);
/** One relation's nested page of a client, after a cursor. */
const NESTED_PAGES: Record<Relation, TypedDocumentNode<{ client?: { [name in Relation]?: { pageInfo: { endCursor?: string | null } } | null } | null }, NestedConnectionsPageServicesQueryVariables>> = {
  services: graphql(`query NestedConnectionsPageServices($c: ID!, $after: String) { client(id: $c) {
    services(first: 4, after: $after) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsServiceEdges } } }`),
  domains: graphql(`query NestedConnectionsPageDomains($c: ID!, $after: String) { client(id: $c) {
    domains(first: 4, after: $after) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsDomainEdges } } }`),
  invoices: graphql(`query NestedConnectionsPageInvoices($c: ID!, $after: String) { client(id: $c) {
    invoices(first: 4, after: $after) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsInvoiceEdges } } }`),
  transactions: graphql(`query NestedConnectionsPageTransactions($c: ID!, $after: String) { client(id: $c) {
    transactions(first: 4, after: $after) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsTransactionEdges } } }`),
  creditLog: graphql(`query NestedConnectionsPageCreditLog($c: ID!, $after: String) { client(id: $c) {
    creditLog(first: 4, after: $after) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsCreditEntryEdges } } }`),
};
const ADD_CREDIT = graphql(`mutation NestedConnectionsAddCredit($i: CreditChangeInput!) { addCredit(input: $i) { id } }`);
const CREATE_INVOICE = graphql(`mutation NestedConnectionsCreateInvoice($i: CreateInvoiceInput!) { createInvoice(input: $i) { id } }`);
const CLIENT_LOADERS = graphql(`query NestedConnectionsClientLoaders($first: Int!) { clients(first: $first) { edges { node {
  id users { id } payers { id } contacts { id subAccount { id } } billingContact { id } group { id } project { id } } } } }`);
const VIA_LOADERS = graphql(`query NestedConnectionsViaLoaders($c: ID!) {
  transactions(first: 1, filter: { clientId: $c }) { edges { node { client { ...NestedConnectionsClient } invoice { ...NestedConnectionsInvoice } } } }
  services(first: 1, filter: { clientId: $c }) { edges { node { id client { id } } } } }`);
const DIRECT = graphql(`query NestedConnectionsDirect($c: ID!, $i: ID!, $s: ID!) {
  client(id: $c) { ...NestedConnectionsClient } invoice(id: $i) { ...NestedConnectionsInvoice } service(id: $s) { ...NestedConnectionsServiceFull } }`);
const NESTED_SERVICE = graphql(`query NestedConnectionsNestedService($c: ID!) { client(id: $c) { services(first: 1) { edges { node { ...NestedConnectionsServiceFull } } } } }`);
/** Root lists with and without totalCount, and the same records loaded by node id. */
const ROOT_LISTS = {
  clients: [
    graphql(`query NestedConnectionsClientsTotal { page: clients(first: 5) { totalCount edges { node { ...NestedConnectionsClient } } } }`),
    graphql(`query NestedConnectionsClientsNoTotal { page: clients(first: 5) { edges { node { ...NestedConnectionsClient } } } }`),
    graphql(`query NestedConnectionsClientNodes($ids: [ID!]!) { nodes(ids: $ids) { ... on Client { ...NestedConnectionsClient } } }`),
  ],
  invoices: [
    graphql(`query NestedConnectionsInvoicesTotal($c: ID!) { page: invoices(first: 5, filter: { clientId: $c }) { totalCount edges { node { ...NestedConnectionsInvoice } } } }`),
    graphql(`query NestedConnectionsInvoicesNoTotal($c: ID!) { page: invoices(first: 5, filter: { clientId: $c }) { edges { node { ...NestedConnectionsInvoice } } } }`),
    graphql(`query NestedConnectionsInvoiceNodes($ids: [ID!]!) { nodes(ids: $ids) { ... on Invoice { ...NestedConnectionsInvoice } } }`),
  ],
  services: [
    graphql(`query NestedConnectionsServicesTotal($c: ID!) { page: services(first: 5, filter: { clientId: $c }) { totalCount edges { node { ...NestedConnectionsServiceFull } } } }`),
    graphql(`query NestedConnectionsServicesNoTotal($c: ID!) { page: services(first: 5, filter: { clientId: $c }) { edges { node { ...NestedConnectionsServiceFull } } } }`),
    graphql(`query NestedConnectionsServiceNodes($ids: [ID!]!) { nodes(ids: $ids) { ... on Service { ...NestedConnectionsServiceFull } } }`),
  ],
  domains: [
    graphql(`query NestedConnectionsDomainsTotal($c: ID!) { page: domains(first: 5, filter: { clientId: $c }) { totalCount edges { node { ...NestedConnectionsDomain } } } }`),
    graphql(`query NestedConnectionsDomainsNoTotal($c: ID!) { page: domains(first: 5, filter: { clientId: $c }) { edges { node { ...NestedConnectionsDomain } } } }`),
    graphql(`query NestedConnectionsDomainNodes($ids: [ID!]!) { nodes(ids: $ids) { ... on Domain { ...NestedConnectionsDomain } } }`),
  ],
  transactions: [
    graphql(`query NestedConnectionsTransactionsTotal($c: ID!) { page: transactions(first: 5, filter: { clientId: $c }) { totalCount edges { node { ...NestedConnectionsTransaction } } } }`),
    graphql(`query NestedConnectionsTransactionsNoTotal($c: ID!) { page: transactions(first: 5, filter: { clientId: $c }) { edges { node { ...NestedConnectionsTransaction } } } }`),
    graphql(`query NestedConnectionsTransactionNodes($ids: [ID!]!) { nodes(ids: $ids) { ... on Transaction { ...NestedConnectionsTransaction } } }`),
  ],
  creditLog: [
    graphql(`query NestedConnectionsCreditLogTotal($c: ID!) { page: creditLog(first: 5, clientId: $c) { totalCount edges { node { ...NestedConnectionsCreditEntry } } } }`),
    graphql(`query NestedConnectionsCreditLogNoTotal($c: ID!) { page: creditLog(first: 5, clientId: $c) { edges { node { ...NestedConnectionsCreditEntry } } } }`),
    graphql(`query NestedConnectionsCreditEntryNodes($ids: [ID!]!) { nodes(ids: $ids) { ... on CreditEntry { ...NestedConnectionsCreditEntry } } }`),
  ],
} as const;
const BY_IDS = graphql(`query NestedConnectionsByIds($ids: [ID!]) { clients(first: 10, filter: { ids: $ids }) { edges { node { id services(first: 1) { edges { node { client { id } } } } } } } }`);
const SERVICE_COUNT = graphql(`query NestedConnectionsServiceCount($c: ID!) { services(first: 1, filter: { clientId: $c }) { totalCount } }`);
const CLIENT_SERVICES = graphql(`query NestedConnectionsClientServices($c: ID!, $first: Int, $after: String, $last: Int, $before: String) { client(id: $c) {
  services(first: $first, after: $after, last: $last, before: $before) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsServiceEdges } } }`);
const CLIENT_INVOICES = graphql(`query NestedConnectionsClientInvoices($c: ID!) { client(id: $c) { invoices(first: 50) { totalCount edges { node { id status } } } } }`);
const CREATE_USER = graphql(`mutation NestedConnectionsCreateUser($c: ID!, $i: CreateClientUserInput!) { createClientUser(clientId: $c, input: $i) { email } }`);
/** Each nested connection of the viewer's client (a field that is refused answers an error of its own). */
const MY_TOTALS = graphql(`query NestedConnectionsMyTotals { me { client {
  services(first: 1) { totalCount } domains(first: 1) { totalCount } invoices(first: 1) { totalCount } transactions(first: 1) { totalCount } creditLog(first: 1) { totalCount } } } }`);

describe('issue 12.4: nested lists that grow are connections, batched across the page', () => {
  let t: TestApp;
  let db: pg.Client;
  let seeded: Seeded;
  let admin: string;

  beforeAll(async () => {
    // The staff list below asks every field of five relations for 50 clients: over the default query cost budget.
    t = await startTestApp({ MAX_QUERY_COMPLEXITY: '50000' });
    admin = await t.staffToken();
    db = new pg.Client({ connectionString: t.config.databaseUrl });
    await db.connect();
    seeded = await seed(db, graphqlClient(t.url), admin, () => undefined, SIZES);
    // Credit entries for the first clients and both logins, and a draft the client must not see.
    const { rows } = await db.query(`select id from client order by id limit 5`);
    for (const id of [...rows.map((row) => idOf('Client', row.id)), seeded.bigClient.id, seeded.smallClient.id]) {
      for (const amount of ['5.00', '7.50']) ok(await t.gql(ADD_CREDIT, { i: { clientId: id, amount, description: 'Goodwill' } }, admin));
    }
    ok(await t.gql(CREATE_INVOICE, { i: { clientId: seeded.smallClient.id, draft: true, lines: [{ description: 'Not yet', amount: '1.00' }] } }, admin));
  });
  afterAll(async () => {
    await db?.end();
    await t?.stop();
  });

  /** SQL statements run while one HTTP request is served (the session lookup included). */
  const measured = async <R, V>(query: TypedDocumentNode<R, V>, variables: V, token: string) => {
    // Background work (job leases, the job queue) runs statements too, so the fewer of two runs is the request's.
    const runs = [];
    for (let run = 0; run < 2; run++) {
      const before = sqlStatements.count;
      const data = ok(await t.gql(query, variables, token));
      runs.push({ data, statements: sqlStatements.count - before });
    }
    return runs[0].statements <= runs[1].statements ? runs[0] : runs[1];
  };
  /** The root list's page for one client, to compare the nested connection with. */
  const rootPage = async (name: Relation, clientId: string, first: number, token: string, after?: string | null) =>
    ok(await t.gql(ROOT_PAGES[name], { c: clientId, first, after }, token)).page;

  it('issue 12.4: clients(first: 5) and clients(first: 50) with five nested connections run the same number of statements, and each equals its root list', async () => {
    const small = await measured(STAFF_LIST, { first: 5 }, admin);
    const large = await measured(STAFF_LIST, { first: 50 }, admin);
    expect(large.data.clients.edges).toHaveLength(50);
    // The page, two statements per relation (rows, counts), their field loaders and the session lookup.
    expect(small.statements).toBeGreaterThanOrEqual(1 + 2 * NAMES.length);
    expect(large.statements).toBe(small.statements);

    for (const { node: client } of small.data.clients.edges) {
      for (const name of NAMES) {
        const { totalCount, edges } = (await rootPage(name, client.id, 2, admin)) as { totalCount: number; edges: unknown[] };
        expect({ [name]: client[name] }).toEqual({ [name]: { totalCount, edges } });
      }
    }
    const counts = large.data.clients.edges.map(({ node }) => NAMES.map((name) => node[name]?.totalCount));
    // Of the 3 seeded invoices the 2nd is paid (one transaction); two credit entries were added above.
    expect(counts[0]).toEqual([SIZES.servicesPerClient, SIZES.domainsPerClient, SIZES.invoicesPerClient, 1, 2]);
  });

  it('issue 12.2: the client fields read through loaders (users, payers, contacts with their logins, group, project, billing contact) cost the same for 5 and 50 clients', async () => {
    const small = await measured(CLIENT_LOADERS, { first: 5 }, admin);
    const large = await measured(CLIENT_LOADERS, { first: 50 }, admin);
    expect(large.data.clients.edges).toHaveLength(50);
    expect(large.statements).toBe(small.statements);
  });

  it('issue 12.3: objects read by field loaders as plain rows answer as the entities of the root queries do', async () => {
    const viaLoaders = ok(await t.gql(VIA_LOADERS, { c: seeded.bigClient.id }, admin));
    const { client, invoice } = viaLoaders.transactions!.edges[0].node;
    const serviceId = viaLoaders.services!.edges[0].node.id;
    const direct = ok(await t.gql(DIRECT, { c: seeded.bigClient.id, i: invoice!.id, s: serviceId }, admin));
    const { services } = ok(await t.gql(NESTED_SERVICE, { c: seeded.bigClient.id }, admin)).client!;
    expect({ client, invoice, service: services!.edges[0].node }).toEqual({ client: direct.client, invoice: direct.invoice, service: direct.service });
  });

  it('issue 12.3: root lists read plain rows that answer as the entities node(id) loads, and count only when totalCount is selected', async () => {
    const compare = async <V>(
      root: string, variables: V,
      [withTotals, withoutTotals, byNodeId]: readonly [TypedDocumentNode<{ page?: { edges: { node: { id: string } }[] } | null }, V>, TypedDocumentNode<{ page?: { edges: unknown[] } | null }, V>, TypedDocumentNode<{ nodes: unknown[] }, { ids: string[] }>],
    ) => {
      const withTotal = await measured(withTotals, variables, admin);
      const without = await measured(withoutTotals, variables, admin);
      const nodes = withTotal.data.page!.edges.map((edge) => edge.node);
      expect(nodes.length).toBeGreaterThan(0);
      expect(without.data.page!.edges).toEqual(withTotal.data.page!.edges);
      expect({ [root]: without.statements }).toEqual({ [root]: withTotal.statements - 1 });
      const loaded = ok(await t.gql(byNodeId, { ids: nodes.map((node) => node.id) }, admin)).nodes;
      expect({ [root]: nodes }).toEqual({ [root]: loaded });
    };
    const c = seeded.bigClient.id;
    await compare('clients', {}, ROOT_LISTS.clients);
    await compare('invoices', { c }, ROOT_LISTS.invoices);
    await compare('services', { c }, ROOT_LISTS.services);
    await compare('domains', { c }, ROOT_LISTS.domains);
    await compare('transactions', { c }, ROOT_LISTS.transactions);
    await compare('creditLog', { c }, ROOT_LISTS.creditLog);
  });

  it('issue 12.3: statements built once per shape answer each request with its own ids and values', async () => {
    const { rows } = await db.query(`select id from client order by id limit 4`);
    const ids = rows.map((row) => idOf('Client', row.id));
    const byIds = async (some: string[]) => ok(await t.gql(BY_IDS, { ids: some }, admin)).clients.edges;
    for (const some of [ids, ids.slice(1, 2), ids.slice(2), [ids[0], ids[3]]]) {
      const edges = await byIds(some);
      expect(edges.map((edge) => edge.node.id)).toEqual(some);
      for (const { node } of edges) expect(node.services?.edges.map((edge) => edge.node.client.id)).toEqual([node.id]);
    }
    for (const [client, count] of [[seeded.bigClient.id, SIZES.bigClient.services], [seeded.smallClient.id, SIZES.servicesPerClient]] as const) {
      const { services } = ok(await t.gql(SERVICE_COUNT, { c: client }, admin));
      expect(services?.totalCount).toBe(count);
    }
  });

  it('issue 12.4: the client area with 1,000 services runs the statements it runs with 10', async () => {
    const big = await t.clientToken(seeded.bigClient.email, seeded.bigClient.password);
    const small = await t.clientToken(seeded.smallClient.email, seeded.smallClient.password);
    const few = await measured(CLIENT_AREA, {}, small);
    const many = await measured(CLIENT_AREA, {}, big);
    expect(few.data.me?.client?.services?.totalCount).toBe(SIZES.servicesPerClient);
    expect(many.data.me?.client?.services).toMatchObject({ totalCount: SIZES.bigClient.services, pageInfo: { hasNextPage: true, hasPreviousPage: false } });
    expect(many.data.me?.client?.services?.edges).toHaveLength(50);
    expect(many.statements).toBe(few.statements);
    for (const name of NAMES) expect({ [name]: many.data.me?.client?.[name] }).toEqual({ [name]: await rootPage(name, seeded.bigClient.id, 50, big) });
  });

  it('issue 12.4: totalCount is counted only when selected', async () => {
    const withTotals = await measured(STAFF_LIST, { first: 10 }, admin);
    const without = await measured(STAFF_LIST_WITHOUT_TOTALS, { first: 10 }, admin);
    expect(without.statements).toBe(withTotals.statements - NAMES.length);
    expect(without.data.clients.edges[0].node.services?.edges).toEqual(withTotals.data.clients.edges[0].node.services?.edges);
  });

  it('issue 12.4: nested cursors are the root lists\' cursors; paging through 1,000 services forward and back reads each once, and every relation pages as its root list', async () => {
    const ids: number[] = [];
    let after: string | null | undefined;
    for (;;) {
      const page = ok(await t.gql(CLIENT_SERVICES, { c: seeded.bigClient.id, first: 100, after }, admin)).client!.services!;
      // The next page from the root list, after the same cursor, is the same page.
      expect(page).toEqual(await rootPage('services', seeded.bigClient.id, 100, admin, after));
      ids.push(...page.edges.map((edge) => keyOf(edge.node.id)));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(ids).toHaveLength(SIZES.bigClient.services);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    // `after` is now the cursor of the 900th service.
    const back = ok(await t.gql(CLIENT_SERVICES, { c: seeded.bigClient.id, last: 3, before: after }, admin)).client!.services!;
    expect(back.edges.map((edge) => keyOf(edge.node.id))).toEqual(ids.slice(896, 899));
    expect(back.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    // The newest-first lists page the same way as their root lists.
    for (const name of NAMES) {
      const pageOf = async (after?: string | null) =>
        ok(await t.gql(NESTED_PAGES[name], { c: seeded.bigClient.id, after }, admin)).client![name]!;
      const first = await pageOf();
      const second = await pageOf(first.pageInfo.endCursor);
      expect({ [name]: [first, second] }).toEqual({ [name]: [await rootPage(name, seeded.bigClient.id, 4, admin), await rootPage(name, seeded.bigClient.id, 4, admin, first.pageInfo.endCursor)] });
    }
    expect(errorOf(await t.gql(CLIENT_SERVICES, { c: seeded.bigClient.id, first: 101 }, admin)).code).toBe('BAD_USER_INPUT');
    expect(errorOf(await t.gql(CLIENT_SERVICES, { c: seeded.bigClient.id, after: 'bogus' }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('issue 12.4: the nested connections keep the root lists\' rules: no drafts for clients, users need SERVICES, DOMAINS, INVOICES or CREDIT', async () => {
    const client = await t.clientToken(seeded.smallClient.email, seeded.smallClient.password);
    const mine = ok(await t.gql(CLIENT_INVOICES, { c: seeded.smallClient.id }, client)).client!.invoices!;
    const staff = ok(await t.gql(CLIENT_INVOICES, { c: seeded.smallClient.id }, admin)).client!.invoices!;
    expect(mine.edges.map((edge) => edge.node.status)).not.toContain('DRAFT');
    expect(staff.edges.map((edge) => edge.node.status)).toContain('DRAFT');
    expect(mine.totalCount).toBe(staff.totalCount - 1);

    const { createClientUser } = ok(await t.gql(CREATE_USER, {
      c: seeded.smallClient.id, i: { email: `nested-user-${Date.now()}@example.com`, firstName: 'Sub', lastName: 'User', password: 'user-password-123', permissions: ['SERVICES'] },
    }, admin));
    const user = await t.clientToken(createClientUser.email, 'user-password-123');
    // Each relation answers on its own: its total, or the error at its path.
    const res = await t.gql(MY_TOTALS, {}, user);
    const refused = new Map((res.errors ?? []).map((error) => [error.path?.at(-1), error.extensions?.code]));
    const outcome = Object.fromEntries(NAMES.map((name) => [name, refused.get(name) ?? (res.data?.me?.client?.[name]?.totalCount === undefined ? 'MISSING' : 'OK')]));
    expect(outcome).toEqual({ services: 'OK', domains: 'FORBIDDEN', invoices: 'FORBIDDEN', transactions: 'FORBIDDEN', creditLog: 'FORBIDDEN' });
    expect(res.data?.me?.client?.services?.totalCount).toBe(SIZES.servicesPerClient);
  });

  it('issue 12.3: without Apollo\'s cache-control plugin, GraphQL answers are still no-store', async () => {
    const res = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` }, body: JSON.stringify({ query: '{ clients(first: 1) { totalCount } }' }) });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});
