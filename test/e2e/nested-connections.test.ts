import { idOf, keyOf } from '../support/ids';
import pg from 'pg';
import { sqlStatements } from '../../src/shared/orm';
import { seed, type Seeded, type Sizes } from '../../bench/seed';
import { graphqlClient } from '../../bench/clients';
import { errorOf, ok, startTestApp, type TestApp } from '../support/test-app';

/** Ordinary clients have 10 services; the big client 1,000 (bench/seed.ts, set-based). */
const SIZES: Sizes = { clients: 60, servicesPerClient: 10, domainsPerClient: 2, invoicesPerClient: 3, bigClient: { services: 1000, domains: 30, invoices: 12 }, products: 3, creditClients: 1 };

/** Each nested connection of a client, with its root list (the same records for one client) and a field resolver under its nodes. */
const MONEY = '{ amount currency }';
/** Nested pages and root lists read plain rows, single lookups entities (issue 12.3): every kind of field is compared, dates, money, enums and JSON included. */
const RELATIONS = {
  services: {
    node: `id domain username status billingCycle registrationDate nextDueDate terminationDate createdAt updatedAt passwordSet firstPaymentAmount ${MONEY} recurringAmount ${MONEY} product { id name }`,
    root: 'services(first: $first, after: $after, filter: { clientId: $c })',
  },
  domains: { node: 'id name registrar status registrationDate expiryDate autoRenew nameservers createdAt eppCodeSet', root: 'domains(first: $first, after: $after, filter: { clientId: $c })' },
  invoices: {
    node: `id number status currency issueDate dueDate datePaid createdAt subtotal ${MONEY} total ${MONEY} creditApplied ${MONEY} amountPaid ${MONEY} balanceDue ${MONEY} overdue client { id } payer { id } lines { id }`,
    root: 'invoices(first: $first, after: $after, filter: { clientId: $c })',
  },
  transactions: { node: `id kind gateway transactionId toCredit date createdAt client { id } amount ${MONEY} appliedToInvoice ${MONEY} invoice { id }`, root: 'transactions(first: $first, after: $after, filter: { clientId: $c })' },
  creditLog: { node: `id kind description createdAt invoice { id } amount ${MONEY} balanceBefore ${MONEY} balanceAfter ${MONEY}`, root: 'creditLog(first: $first, after: $after, clientId: $c)' },
} as const;
type Relation = keyof typeof RELATIONS;
/** Every field of a client, an invoice and a service, as compared between the read paths. */
const CLIENT = `id type firstName lastName companyName email status currency language lateFeeExempt taxExempt country createdAt updatedAt adminNotes
  creditBalance ${MONEY} group { id } project { id } billingContact { id } contacts { id } users { id } payers { id }`;
const INVOICE = `id number status currency issueDate dueDate datePaid notes createdAt updatedAt tax1Name tax1Rate subtotal ${MONEY} tax1 ${MONEY} total ${MONEY}
  creditApplied ${MONEY} amountPaid ${MONEY} amountRefunded ${MONEY} balanceDue ${MONEY} overdue client { id } payer { id } clientName clientEmail lines { id }`;
const SERVICE = `${RELATIONS.services.node} moduleData adminNotes`;
const NAMES = Object.keys(RELATIONS) as Relation[];

const PAGE_INFO = 'pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';
const connection = (node: string, { totalCount = true, pageInfo = true } = {}) =>
  `{ ${totalCount ? 'totalCount ' : ''}${pageInfo ? PAGE_INFO : ''} edges { cursor node { ${node} } } }`;
const nested = (first: number, parts?: { totalCount?: boolean; pageInfo?: boolean }) =>
  NAMES.map((name) => `${name}(first: ${first}) ${connection(RELATIONS[name].node, parts)}`).join('\n');
/** Without pageInfo, to stay within the query cost budget at 50 clients. */
const STAFF_LIST = (totalCount = true) => `query($first: Int!) { clients(first: $first) { edges { node { id ${nested(2, { totalCount, pageInfo: false })} } } } }`;
const CLIENT_AREA = `{ me { client { id ${nested(50)} } } }`;

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
      for (const amount of ['5.00', '7.50']) ok(await t.gql(`mutation($i: CreditChangeInput!) { addCredit(input: $i) { id } }`, { i: { clientId: id, amount, description: 'Goodwill' } }, admin));
    }
    ok(await t.gql(`mutation($i: CreateInvoiceInput!) { createInvoice(input: $i) { id } }`,
      { i: { clientId: seeded.smallClient.id, draft: true, lines: [{ description: 'Not yet', amount: '1.00' }] } }, admin));
  });
  afterAll(async () => {
    await db?.end();
    await t?.stop();
  });

  /** SQL statements run while one HTTP request is served (the session lookup included). */
  const measured = async (query: string, variables: Record<string, unknown>, token: string) => {
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
  const rootPage = async (name: Relation, clientId: string, first: number, token: string, after?: string) => {
    const query = `query($c: ID!, $first: Int, $after: String) { page: ${RELATIONS[name].root} ${connection(RELATIONS[name].node)} }`;
    return ok(await t.gql(query, { c: clientId, first, after }, token)).page;
  };

  it('issue 12.4: clients(first: 5) and clients(first: 50) with five nested connections run the same number of statements, and each equals its root list', async () => {
    const small = await measured(STAFF_LIST(), { first: 5 }, admin);
    const large = await measured(STAFF_LIST(), { first: 50 }, admin);
    expect(large.data.clients.edges).toHaveLength(50);
    // The page, two statements per relation (rows, counts), their field loaders and the session lookup.
    expect(small.statements).toBeGreaterThanOrEqual(1 + 2 * NAMES.length);
    expect(large.statements).toBe(small.statements);

    for (const { node: client } of small.data.clients.edges) {
      for (const name of NAMES) {
        const { totalCount, edges } = await rootPage(name, client.id, 2, admin);
        expect({ [name]: client[name] }).toEqual({ [name]: { totalCount, edges } });
      }
    }
    const counts = large.data.clients.edges.map(({ node }: any) => NAMES.map((name) => node[name].totalCount));
    // Of the 3 seeded invoices the 2nd is paid (one transaction); two credit entries were added above.
    expect(counts[0]).toEqual([SIZES.servicesPerClient, SIZES.domainsPerClient, SIZES.invoicesPerClient, 1, 2]);
  });

  it('issue 12.2: the client fields read through loaders (users, payers, contacts with their logins, group, project, billing contact) cost the same for 5 and 50 clients', async () => {
    const query = `query($first: Int!) { clients(first: $first) { edges { node { id users { id } payers { id } contacts { id subAccount { id } } billingContact { id } group { id } project { id } } } } }`;
    const small = await measured(query, { first: 5 }, admin);
    const large = await measured(query, { first: 50 }, admin);
    expect(large.data.clients.edges).toHaveLength(50);
    expect(large.statements).toBe(small.statements);
  });

  it('issue 12.3: objects read by field loaders as plain rows answer as the entities of the root queries do', async () => {
    const viaLoaders = ok(await t.gql(`query($c: ID!) { transactions(first: 1, filter: { clientId: $c }) { edges { node { client { ${CLIENT} } invoice { ${INVOICE} } } } }
      services(first: 1, filter: { clientId: $c }) { edges { node { id client { id } } } } }`, { c: seeded.bigClient.id }, admin));
    const { client, invoice } = viaLoaders.transactions.edges[0].node;
    const serviceId = viaLoaders.services.edges[0].node.id;
    const direct = ok(await t.gql(`query($c: ID!, $i: ID!, $s: ID!) { client(id: $c) { ${CLIENT} } invoice(id: $i) { ${INVOICE} } service(id: $s) { ${SERVICE} } }`,
      { c: seeded.bigClient.id, i: invoice.id, s: serviceId }, admin));
    const { services } = ok(await t.gql(`query($c: ID!) { client(id: $c) { services(first: 1) { edges { node { ${SERVICE} } } } } }`, { c: seeded.bigClient.id }, admin)).client;
    expect({ client, invoice, service: services.edges[0].node }).toEqual({ client: direct.client, invoice: direct.invoice, service: direct.service });
  });

  it('issue 12.3: root lists read plain rows that answer as the entities node(id) loads, and count only when totalCount is selected', async () => {
    const lists: [root: string, type: string, fields: string][] = [
      ['clients(first: 5)', 'Client', CLIENT],
      ['invoices(first: 5, filter: { clientId: $c })', 'Invoice', INVOICE],
      ['services(first: 5, filter: { clientId: $c })', 'Service', SERVICE],
      ['domains(first: 5, filter: { clientId: $c })', 'Domain', RELATIONS.domains.node],
      ['transactions(first: 5, filter: { clientId: $c })', 'Transaction', RELATIONS.transactions.node],
      ['creditLog(first: 5, clientId: $c)', 'CreditEntry', RELATIONS.creditLog.node],
    ];
    for (const [root, type, fields] of lists) {
      const query = (totalCount: boolean) => `query${root.includes('$c') ? '($c: ID!)' : ''} { page: ${root} { ${totalCount ? 'totalCount ' : ''}edges { node { ${fields} } } } }`;
      const variables = root.includes('$c') ? { c: seeded.bigClient.id } : {};
      const withTotal = await measured(query(true), variables, admin);
      const without = await measured(query(false), variables, admin);
      const nodes = withTotal.data.page.edges.map((edge: any) => edge.node);
      expect(nodes.length).toBeGreaterThan(0);
      expect(without.data.page.edges).toEqual(withTotal.data.page.edges);
      expect({ [root]: without.statements }).toEqual({ [root]: withTotal.statements - 1 });
      const loaded = ok(await t.gql(`query($ids: [ID!]!) { nodes(ids: $ids) { ... on ${type} { ${fields} } } }`, { ids: nodes.map((node: any) => node.id) }, admin)).nodes;
      expect({ [root]: nodes }).toEqual({ [root]: loaded });
    }
  });

  it('issue 12.3: statements built once per shape answer each request with its own ids and values', async () => {
    const { rows } = await db.query(`select id from client order by id limit 4`);
    const ids = rows.map((row) => idOf('Client', row.id));
    const byIds = async (some: string[]) => ok(await t.gql(`query($ids: [ID!]) { clients(first: 10, filter: { ids: $ids }) { edges { node { id services(first: 1) { edges { node { client { id } } } } } } } }`, { ids: some }, admin)).clients.edges;
    for (const some of [ids, ids.slice(1, 2), ids.slice(2), [ids[0], ids[3]]]) {
      const edges = await byIds(some);
      expect(edges.map((edge: any) => edge.node.id)).toEqual(some);
      for (const { node } of edges) expect(node.services.edges.map((edge: any) => edge.node.client.id)).toEqual([node.id]);
    }
    for (const [client, count] of [[seeded.bigClient.id, SIZES.bigClient.services], [seeded.smallClient.id, SIZES.servicesPerClient]] as const) {
      const { services } = ok(await t.gql(`query($c: ID!) { services(first: 1, filter: { clientId: $c }) { totalCount } }`, { c: client }, admin));
      expect(services.totalCount).toBe(count);
    }
  });

  it('issue 12.4: the client area with 1,000 services runs the statements it runs with 10', async () => {
    const big = await t.clientToken(seeded.bigClient.email, seeded.bigClient.password);
    const small = await t.clientToken(seeded.smallClient.email, seeded.smallClient.password);
    const few = await measured(CLIENT_AREA, {}, small);
    const many = await measured(CLIENT_AREA, {}, big);
    expect(few.data.me.client.services.totalCount).toBe(SIZES.servicesPerClient);
    expect(many.data.me.client.services).toMatchObject({ totalCount: SIZES.bigClient.services, pageInfo: { hasNextPage: true, hasPreviousPage: false } });
    expect(many.data.me.client.services.edges).toHaveLength(50);
    expect(many.statements).toBe(few.statements);
    for (const name of NAMES) expect({ [name]: many.data.me.client[name] }).toEqual({ [name]: await rootPage(name, seeded.bigClient.id, 50, big) });
  });

  it('issue 12.4: totalCount is counted only when selected', async () => {
    const withTotals = await measured(STAFF_LIST(true), { first: 10 }, admin);
    const without = await measured(STAFF_LIST(false), { first: 10 }, admin);
    expect(without.statements).toBe(withTotals.statements - NAMES.length);
    expect(without.data.clients.edges[0].node.services.edges).toEqual(withTotals.data.clients.edges[0].node.services.edges);
  });

  it('issue 12.4: nested cursors are the root lists\' cursors; paging through 1,000 services forward and back reads each once, and every relation pages as its root list', async () => {
    const query = `query($c: ID!, $first: Int, $after: String, $last: Int, $before: String) { client(id: $c) {
      services(first: $first, after: $after, last: $last, before: $before) ${connection(RELATIONS.services.node)} } }`;
    const ids: number[] = [];
    let after: string | undefined;
    for (;;) {
      const page = ok(await t.gql(query, { c: seeded.bigClient.id, first: 100, after }, admin)).client.services;
      // The next page from the root list, after the same cursor, is the same page.
      expect(page).toEqual(await rootPage('services', seeded.bigClient.id, 100, admin, after));
      ids.push(...page.edges.map((edge: any) => keyOf(edge.node.id)));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(ids).toHaveLength(SIZES.bigClient.services);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    // `after` is now the cursor of the 900th service.
    const back = ok(await t.gql(query, { c: seeded.bigClient.id, last: 3, before: after }, admin)).client.services;
    expect(back.edges.map((edge: any) => keyOf(edge.node.id))).toEqual(ids.slice(896, 899));
    expect(back.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    // The newest-first lists page the same way as their root lists.
    for (const name of NAMES) {
      const pageOf = async (after?: string) => ok(await t.gql(`query($c: ID!, $after: String) { client(id: $c) { ${name}(first: 4, after: $after) ${connection(RELATIONS[name].node)} } }`,
        { c: seeded.bigClient.id, after }, admin)).client[name];
      const first = await pageOf();
      const second = await pageOf(first.pageInfo.endCursor);
      expect({ [name]: [first, second] }).toEqual({ [name]: [await rootPage(name, seeded.bigClient.id, 4, admin), await rootPage(name, seeded.bigClient.id, 4, admin, first.pageInfo.endCursor)] });
    }
    expect(errorOf(await t.gql(query, { c: seeded.bigClient.id, first: 101 }, admin)).code).toBe('BAD_USER_INPUT');
    expect(errorOf(await t.gql(query, { c: seeded.bigClient.id, after: 'bogus' }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('issue 12.4: the nested connections keep the root lists\' rules: no drafts for clients, users need SERVICES, DOMAINS, INVOICES or CREDIT', async () => {
    const INVOICES = `query($c: ID!) { client(id: $c) { invoices(first: 50) { totalCount edges { node { id status } } } } }`;
    const client = await t.clientToken(seeded.smallClient.email, seeded.smallClient.password);
    const mine = ok(await t.gql(INVOICES, { c: seeded.smallClient.id }, client)).client.invoices;
    const staff = ok(await t.gql(INVOICES, { c: seeded.smallClient.id }, admin)).client.invoices;
    expect(mine.edges.map((edge: any) => edge.node.status)).not.toContain('DRAFT');
    expect(staff.edges.map((edge: any) => edge.node.status)).toContain('DRAFT');
    expect(mine.totalCount).toBe(staff.totalCount - 1);

    const { createClientUser } = ok(await t.gql(`mutation($c: ID!, $i: CreateClientUserInput!) { createClientUser(clientId: $c, input: $i) { email } }`, {
      c: seeded.smallClient.id, i: { email: `nested-user-${Date.now()}@example.com`, firstName: 'Sub', lastName: 'User', password: 'user-password-123', permissions: ['SERVICES'] },
    }, admin));
    const user = await t.clientToken(createClientUser.email, 'user-password-123');
    const outcome: Record<string, string> = {};
    for (const name of NAMES) {
      const res = await t.gql(`{ me { client { ${name}(first: 1) { totalCount } } } }`, {}, user);
      outcome[name] = res.errors?.length ? errorOf(res).code ?? '?' : 'OK';
    }
    expect(outcome).toEqual({ services: 'OK', domains: 'FORBIDDEN', invoices: 'FORBIDDEN', transactions: 'FORBIDDEN', creditLog: 'FORBIDDEN' });
  });

  it('issue 12.3: without Apollo\'s cache-control plugin, GraphQL answers are still no-store', async () => {
    const res = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` }, body: JSON.stringify({ query: '{ clients(first: 1) { totalCount } }' }) });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});
