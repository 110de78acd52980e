import { errorOf, ok, startTestApp, type TestApp } from '../support/test-app';
import { invoiceHelpers, MARK_PAID } from '../support/invoices';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createDomain, createProduct, createServer, createService } from '../support/fixtures';
import { graphql } from '../generated';
import type { InvoiceFilter, InvoiceOrderField, OrderDirection, ServiceFilter, ServiceStatus } from '../generated/graphql';

const PAY_FOR_SORT = graphql(`mutation SortingPay($i: AddInvoicePaymentInput!) { addInvoicePayment(input: $i) { id } }`);
const INVOICES = graphql(`query SortingInvoices($f: InvoiceFilter, $o: InvoiceOrder, $first: Int, $after: String, $last: Int, $before: String) {
  invoices(filter: $f, orderBy: $o, first: $first, after: $after, last: $last, before: $before) {
    totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`);
const SERVICES = graphql(`query SortingServices($f: ServiceFilter, $o: ServiceOrder, $first: Int, $after: String, $last: Int, $before: String) {
  services(filter: $f, orderBy: $o, first: $first, after: $after, last: $last, before: $before) {
    edges { node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`);
const CLIENTS = graphql(`query SortingClients($f: ClientFilter, $o: ClientOrder, $first: Int, $after: String, $last: Int, $before: String) {
  clients(filter: $f, orderBy: $o, first: $first, after: $after, last: $last, before: $before) {
    edges { node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`);
const DOMAINS = graphql(`query SortingDomains($f: DomainFilter, $o: DomainOrder, $first: Int, $after: String, $last: Int, $before: String) {
  domains(filter: $f, orderBy: $o, first: $first, after: $after, last: $last, before: $before) {
    edges { node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`);
const TRANSACTIONS = graphql(`query SortingTransactions($f: TransactionFilter, $o: TransactionOrder, $first: Int, $after: String, $last: Int, $before: String) {
  transactions(filter: $f, orderBy: $o, first: $first, after: $after, last: $last, before: $before) {
    edges { node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`);
const NESTED_SERVICES = graphql(`query SortingClientServices($c: ID!, $o: ServiceOrder, $first: Int, $after: String, $last: Int, $before: String) {
  client(id: $c) { services(orderBy: $o, first: $first, after: $after, last: $last, before: $before) {
    edges { node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }`);
const NESTED_INVOICES = graphql(`query SortingClientInvoices($c: ID!, $o: InvoiceOrder, $first: Int, $after: String, $last: Int, $before: String) {
  client(id: $c) { invoices(orderBy: $o, first: $first, after: $after, last: $last, before: $before) {
    edges { node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }`);

/** One page of a connection, as the list documents above select it. */
interface Page {
  edges: { node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor?: string | null; endCursor?: string | null };
}
type PageArguments = 'first' | 'after' | 'last' | 'before';

/**
 * Issue 13.6: every list takes orderBy (field + direction) and its cursors
 * resume exactly where the page ended in both directions, ties included;
 * filters and search narrow the lists; bad orderBy/filter input is BAD_USER_INPUT.
 */
describe('issue 13.6: sorting and filtering lists', () => {
  let t: TestApp;
  let admin: string;
  let h: ReturnType<typeof invoiceHelpers>;
  // Letters only, so that a search for an invoice number (digits) cannot match the name.
  const tag = `Sortwell${Date.now().toString(36).replace(/\d/g, (d) => 'abcdefghij'[Number(d)])}`;
  /** The invoices of one client in creation order (which is id order), with what the tests compare. */
  let invoices: { id: string; number: string; total: number; issueDate: string; dueDate: string; paid: boolean }[];
  let clientId: string;

  /** Every id of a list, read page by page forward (first/after) or backward (last/before); `list` picks the connection from the answer. */
  async function readAll<R, V>(query: TypedDocumentNode<R, V>, list: (data: R) => Page | null | undefined, variables: Omit<V, PageArguments>, size: number, backward = false): Promise<string[]> {
    const ids: string[] = [];
    let cursor: string | null | undefined;
    for (let pages = 0; pages < 50; pages++) {
      const paging = backward ? { last: size, before: cursor } : { first: size, after: cursor };
      const page = list(ok(await t.gql(query, { ...variables, ...paging } as V, admin)));
      if (!page) throw new Error('no such list');
      const pageIds = page.edges.map((edge) => edge.node.id);
      if (backward) ids.unshift(...pageIds);
      else ids.push(...pageIds);
      const more = backward ? page.pageInfo.hasPreviousPage : page.pageInfo.hasNextPage;
      if (!more) return ids;
      cursor = backward ? page.pageInfo.startCursor : page.pageInfo.endCursor;
    }
    throw new Error('more than 50 pages');
  }

  /** `rows` sorted by `key` (stable, so ties keep id order), ids only; descending reverses it whole (ties by id descending). */
  const sortedIds = <R extends { id: string }>(rows: R[], key: (row: R) => string | number, descending = false) => {
    const ids = [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)).map((row) => row.id);
    return descending ? ids.reverse() : ids;
  };

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.staffToken();
    h = invoiceHelpers(t, () => admin);
    clientId = (await h.newClient({ lastName: tag, companyName: `${tag} Hosting BV` })).id;
    // Totals with ties; issue dates rising with creation, due dates not.
    const totals = [30, 10, 20, 10, 20, 10];
    const dueDays = ['2026-03-20', '2026-02-25', '2026-06-01', '2026-05-01', '2026-05-15', '2026-07-01'];
    invoices = [];
    for (const [i, total] of totals.entries()) {
      const issueDate = `2026-0${i + 1}-10`;
      const created = await h.invoice(clientId, [`${total}.00`], { issueDate, dueDate: dueDays[i] });
      invoices.push({ id: created.id, number: created.number!, total, issueDate, dueDate: dueDays[i], paid: false });
    }
    for (const i of [1, 4]) {
      ok(await t.gql(MARK_PAID, { id: invoices[i].id }, admin));
      invoices[i].paid = true;
    }
  });
  afterAll(async () => {
    await t?.stop();
  });

  const mine = { clientId: '' };
  beforeEach(() => {
    mine.clientId = clientId;
  });

  it.each([
    ['TOTAL', 'ASC'],
    ['TOTAL', 'DESC'],
    ['DUE_DATE', 'ASC'],
    ['DUE_DATE', 'DESC'],
    ['ISSUE_DATE', 'DESC'],
    ['NUMBER', 'ASC'],
  ] as const)('issue 13.6: invoices by %s %s page by page forward and backward, ties in id order', async (field, direction) => {
    const keys = { TOTAL: (r: (typeof invoices)[0]) => r.total, DUE_DATE: (r: (typeof invoices)[0]) => r.dueDate, ISSUE_DATE: (r: (typeof invoices)[0]) => r.issueDate, NUMBER: (r: (typeof invoices)[0]) => r.number };
    const expected = sortedIds(invoices, keys[field], direction === 'DESC');
    const variables = { f: mine, o: { field, direction } };
    expect(await readAll(INVOICES, (d) => d.invoices, variables, 2)).toEqual(expected);
    expect(await readAll(INVOICES, (d) => d.invoices, variables, 2, true)).toEqual(expected);
    expect(await readAll(INVOICES, (d) => d.invoices, variables, 4)).toEqual(expected);
  });

  it('issue 13.6: invoices by PAID_DATE: unpaid ones (no date) last ascending and first descending, paged through in both directions', async () => {
    const paid = invoices.filter((r) => r.paid).map((r) => r.id); // paid in this order
    const unpaid = invoices.filter((r) => !r.paid).map((r) => r.id);
    const ascending = [...paid, ...unpaid];
    for (const size of [1, 3]) {
      expect(await readAll(INVOICES, (d) => d.invoices, { f: mine, o: { field: 'PAID_DATE', direction: 'ASC' } }, size)).toEqual(ascending);
      expect(await readAll(INVOICES, (d) => d.invoices, { f: mine, o: { field: 'PAID_DATE', direction: 'ASC' } }, size, true)).toEqual(ascending);
      expect(await readAll(INVOICES, (d) => d.invoices, { f: mine, o: { field: 'PAID_DATE', direction: 'DESC' } }, size)).toEqual([...ascending].reverse());
      expect(await readAll(INVOICES, (d) => d.invoices, { f: mine, o: { field: 'PAID_DATE', direction: 'DESC' } }, size, true)).toEqual([...ascending].reverse());
    }
  });

  it('issue 13.6: without orderBy invoices stay newest first', async () => {
    expect(await readAll(INVOICES, (d) => d.invoices, { f: mine }, 4)).toEqual(invoices.map((r) => r.id).reverse());
  });

  const filtered = async (filter: InvoiceFilter) =>
    readAll(INVOICES, (d) => d.invoices, { f: { ...mine, ...filter }, o: { field: 'ISSUE_DATE', direction: 'ASC' } }, 10);
  const ids = (indexes: number[]) => indexes.map((i) => invoices[i].id);

  it('issue 13.6: invoices filter by issue, due and paid date ranges (inclusive)', async () => {
    expect(await filtered({ issueDate: { from: '2026-02-10', to: '2026-04-10' } })).toEqual(ids([1, 2, 3]));
    expect(await filtered({ issueDate: { from: '2026-05-10' } })).toEqual(ids([4, 5]));
    expect(await filtered({ dueDate: { to: '2026-03-20' } })).toEqual(ids([0, 1]));
    expect(await filtered({ dueDate: { from: '2026-05-01', to: '2026-05-31' } })).toEqual(ids([3, 4]));
    const today = new Date().toISOString().slice(0, 10);
    expect(await filtered({ paidDate: { from: today, to: today } })).toEqual(ids([1, 4]));
    expect(await filtered({ paidDate: { to: '2020-01-01' } })).toEqual([]);
  });

  it('issue 13.6: invoices filter by total range in its currency, by number and by status', async () => {
    expect(await filtered({ total: { currency: 'EUR', min: '15', max: '25.00' } })).toEqual(ids([2, 4]));
    expect(await filtered({ total: { currency: 'EUR', max: '10' } })).toEqual(ids([1, 3, 5]));
    expect(await filtered({ total: { currency: 'USD', min: '0' } })).toEqual([]);
    expect(await filtered({ number: invoices[3].number })).toEqual(ids([3]));
    expect(await filtered({ status: ['PAID'] })).toEqual(ids([1, 4]));
  });

  it('issue 13.6: invoice search finds by number and by client name or company, each word narrowing', async () => {
    const search = (text: string) => readAll(INVOICES, (d) => d.invoices, { f: { search: text }, o: { field: 'ISSUE_DATE', direction: 'ASC' } }, 10);
    expect(await search(tag.toLowerCase())).toEqual(ids([0, 1, 2, 3, 4, 5]));
    expect(await search(`${tag} hosting`)).toEqual(ids([0, 1, 2, 3, 4, 5]));
    expect(await search(`${tag} nomatch`)).toEqual([]);
    expect(await search(invoices[2].number)).toEqual(ids([2]));
  });

  it('issue 13.6: bad orderBy and filter input is BAD_USER_INPUT naming the field', async () => {
    const unknownField = await t.gql(INVOICES, { o: { field: 'COLOUR' as InvoiceOrderField /* not a field, on purpose */, direction: 'ASC' } }, admin);
    expect(errorOf(unknownField).code).toBe('BAD_USER_INPUT');
    const unknownDirection = await t.gql(INVOICES, { o: { field: 'TOTAL', direction: 'UP' as OrderDirection /* not a direction, on purpose */ } }, admin);
    expect(errorOf(unknownDirection).code).toBe('BAD_USER_INPUT');

    const reversed = await t.gql(INVOICES, { f: { issueDate: { from: '2026-03-01', to: '2026-01-01' } } }, admin);
    expect(reversed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_DATE_RANGE', field: ['filter', 'issueDate', 'to'] });

    const amounts = await t.gql(INVOICES, { f: { total: { currency: 'EUR', min: 'ten', max: '1.234' } } }, admin);
    expect(amounts.errors).toHaveLength(1);
    expect(amounts.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: ['filter', 'total', 'min'],
      fields: [
        { path: ['filter', 'total', 'min'], reason: 'INVALID_AMOUNT', message: expect.stringContaining('decimal amount') },
        { path: ['filter', 'total', 'max'], reason: 'INVALID_AMOUNT', message: expect.stringContaining('decimal amount') },
      ],
    });

    // A cursor resumes only the order it was made for.
    const byTotal = ok(await t.gql(INVOICES, { f: mine, o: { field: 'TOTAL', direction: 'ASC' }, first: 2 }, admin)).invoices;
    const mixed = await t.gql(INVOICES, { f: mine, o: { field: 'DUE_DATE', direction: 'ASC' }, first: 2, after: byTotal.pageInfo.endCursor }, admin);
    expect(mixed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_ORDER_BY', field: ['after'] });
    const garbage = await t.gql(INVOICES, { f: mine, first: 2, after: 'not-a-cursor' }, admin);
    expect(garbage.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_FORMAT', field: ['after'] });
  });
  describe('services, clients, domains and transactions', () => {
    let products: string[];
    let serverId: string;
    /** This client's services in creation (id) order. */
    let services: { id: string; domain: string; username: string; product: number; server: boolean; status: string; nextDueDate: string | null }[];
    let clients: { id: string; lastName: string }[];
    let domains: { id: string; name: string }[];
    let payments: { id: string; transactionId: string }[];
    let paidInvoiceId: string;

    beforeAll(async () => {
      const product = (i: number) => createProduct(t, admin, { name: `${tag} product ${i}`, type: 'HOSTING', module: 'plesk', productOptions: { planName: 'Default' } });
      products = [await product(0), await product(1)];
      serverId = await createServer(t, admin, { name: `${tag}-plesk`, module: 'plesk', hostname: 'panel.example.net', settings: { username: 'admin', password: 'plesk-secret-pw' } });
      const specs: { domain: string; username: string; product: number; server: boolean; status: ServiceStatus; nextDueDate: string | null }[] = [
        { domain: 'delta', username: 'u-delta', product: 0, server: true, status: 'ACTIVE', nextDueDate: '2026-09-01' },
        { domain: 'alpha', username: 'u-alpha', product: 1, server: false, status: 'PENDING', nextDueDate: null },
        { domain: 'charlie', username: 'u-charlie', product: 0, server: true, status: 'SUSPENDED', nextDueDate: '2026-08-01' },
        { domain: 'bravo', username: 'u-bravo', product: 1, server: false, status: 'ACTIVE', nextDueDate: '2026-09-01' },
        { domain: 'echo', username: 'u-echo', product: 0, server: false, status: 'ACTIVE', nextDueDate: '2026-08-01' },
      ];
      services = [];
      for (const spec of specs) {
        const domain = `${spec.domain}-${tag.toLowerCase()}.example`;
        const id = await createService(t, admin, {
          clientId, productId: products[spec.product], serverId: spec.server ? serverId : undefined, domain, username: `${spec.username}-${tag.toLowerCase()}`, status: spec.status, billingCycle: 'MONTHLY', recurringAmount: '9.99', nextDueDate: spec.nextDueDate,
        });
        services.push({ ...spec, id, domain, username: `${spec.username}-${tag.toLowerCase()}` });
      }
      // Three clients share a last name, so LAST_NAME has ties.
      clients = [];
      for (const lastName of ['Zed', 'Adams', 'Zed', 'Moss', 'Zed']) {
        const created = await h.newClient({ lastName: `${tag}${lastName}`, companyName: `${tag} clients` });
        clients.push({ id: created.id, lastName });
      }
      domains = [];
      for (const name of ['mango', 'apple', 'kiwi']) {
        domains.push({ id: await createDomain(t, admin, { clientId, name: `${name}-${tag.toLowerCase()}.example` }), name });
      }
      payments = [];
      const invoice = await h.invoice(clientId, ['100.00']);
      paidInvoiceId = invoice.id;
      for (const [i, amount] of ['30.00', '10.00', '30.00'].entries()) {
        const transactionId = `GW-${tag}-${['x', 'y', 'z'][i]}`;
        const paid = ok(await t.gql(PAY_FOR_SORT, { i: { invoiceId: invoice.id, amount, gateway: 'bank', transactionId } }, admin)).addInvoicePayment;
        payments.push({ id: paid.id, transactionId });
      }
    });

    const ids = <R extends { id: string }>(rows: R[], indexes: number[]) => indexes.map((i) => rows[i].id);

    it('issue 13.6: services by NEXT_DUE_DATE, STATUS and DOMAIN, both directions, ties and missing dates in a stable order', async () => {
      const mineOnly = { clientId };
      // Due dates: 08-01 (#2, #4), 09-01 (#0, #3), none (#1) last ascending.
      const byDue = ids(services, [2, 4, 0, 3, 1]);
      for (const size of [2, 3]) {
        expect(await readAll(SERVICES, (d) => d.services, { f: mineOnly, o: { field: 'NEXT_DUE_DATE', direction: 'ASC' } }, size)).toEqual(byDue);
        expect(await readAll(SERVICES, (d) => d.services, { f: mineOnly, o: { field: 'NEXT_DUE_DATE', direction: 'ASC' } }, size, true)).toEqual(byDue);
        expect(await readAll(SERVICES, (d) => d.services, { f: mineOnly, o: { field: 'NEXT_DUE_DATE', direction: 'DESC' } }, size)).toEqual([...byDue].reverse());
        expect(await readAll(SERVICES, (d) => d.services, { f: mineOnly, o: { field: 'NEXT_DUE_DATE', direction: 'DESC' } }, size, true)).toEqual([...byDue].reverse());
      }
      // Native enum columns sort in lifecycle order: Pending, Active, Suspended.
      const byStatus = ids(services, [1, 0, 3, 4, 2]);
      expect(await readAll(SERVICES, (d) => d.services, { f: mineOnly, o: { field: 'STATUS', direction: 'ASC' } }, 2)).toEqual(byStatus);
      expect(await readAll(SERVICES, (d) => d.services, { f: mineOnly, o: { field: 'STATUS', direction: 'ASC' } }, 2, true)).toEqual(byStatus);
      expect(await readAll(SERVICES, (d) => d.services, { f: mineOnly, o: { field: 'STATUS', direction: 'DESC' } }, 2)).toEqual([...byStatus].reverse());
      const byDomain = sortedIds(services, (r) => r.domain);
      expect(await readAll(SERVICES, (d) => d.services, { f: mineOnly, o: { field: 'DOMAIN', direction: 'ASC' } }, 2)).toEqual(byDomain);
      expect(await readAll(SERVICES, (d) => d.services, { f: mineOnly, o: { field: 'DOMAIN', direction: 'DESC' } }, 2, true)).toEqual([...byDomain].reverse());
    });

    it('issue 13.6: the nested Client.services and Client.invoices take orderBy too, paged both ways', async () => {
      const byDue = ids(services, [2, 4, 0, 3, 1]);
      expect(await readAll(NESTED_SERVICES, (d) => d.client?.services, { c: clientId, o: { field: 'NEXT_DUE_DATE', direction: 'ASC' } }, 2)).toEqual(byDue);
      expect(await readAll(NESTED_SERVICES, (d) => d.client?.services, { c: clientId, o: { field: 'NEXT_DUE_DATE', direction: 'ASC' } }, 2, true)).toEqual(byDue);
      expect(await readAll(NESTED_SERVICES, (d) => d.client?.services, { c: clientId, o: { field: 'NEXT_DUE_DATE', direction: 'DESC' } }, 3)).toEqual([...byDue].reverse());
      expect(await readAll(NESTED_SERVICES, (d) => d.client?.services, { c: clientId }, 2)).toEqual(services.map((r) => r.id));

      const byTotal = sortedIds(invoices, (r) => r.total);
      const nestedTotals = await readAll(NESTED_INVOICES, (d) => d.client?.invoices, { c: clientId, o: { field: 'TOTAL', direction: 'ASC' } }, 2);
      // The client's later invoice (100.00, for the payments above) comes last.
      expect(nestedTotals.slice(0, invoices.length)).toEqual(byTotal);
      expect(await readAll(NESTED_INVOICES, (d) => d.client?.invoices, { c: clientId, o: { field: 'TOTAL', direction: 'ASC' } }, 2, true)).toEqual(nestedTotals);
    });

    it('issue 13.6: services filter by product, server, status and next due date, and search by domain or username', async () => {
      const list = (filter: ServiceFilter) => readAll(SERVICES, (d) => d.services, { f: { clientId, ...filter } }, 10);
      expect(await list({ productId: products[1] })).toEqual(ids(services, [1, 3]));
      expect(await list({ serverId })).toEqual(ids(services, [0, 2]));
      expect(await list({ status: ['ACTIVE'] })).toEqual(ids(services, [0, 3, 4]));
      expect(await list({ nextDueDate: { from: '2026-08-01', to: '2026-08-31' } })).toEqual(ids(services, [2, 4]));
      expect(await list({ nextDueDate: { from: '2026-08-02' } })).toEqual(ids(services, [0, 3]));
      expect(await list({ productId: products[0], status: ['ACTIVE'], nextDueDate: { to: '2026-08-01' } })).toEqual(ids(services, [4]));
      expect(await list({ search: `charlie-${tag.toLowerCase()}` })).toEqual(ids(services, [2]));
      expect(await list({ search: 'u-bravo' })).toEqual(ids(services, [3]));
      const reversed = await t.gql(SERVICES, { f: { nextDueDate: { from: '2026-09-01', to: '2026-08-01' } } }, admin);
      expect(reversed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_DATE_RANGE', field: ['filter', 'nextDueDate', 'to'] });
    });

    it('issue 13.6: clients by LAST_NAME with ties page through in id order both ways; client search narrows by each word', async () => {
      const search = { search: `${tag} clients` };
      const byName = sortedIds(clients, (r) => r.lastName);
      for (const size of [1, 2]) {
        expect(await readAll(CLIENTS, (d) => d.clients, { f: search, o: { field: 'LAST_NAME', direction: 'ASC' } }, size)).toEqual(byName);
        expect(await readAll(CLIENTS, (d) => d.clients, { f: search, o: { field: 'LAST_NAME', direction: 'ASC' } }, size, true)).toEqual(byName);
        expect(await readAll(CLIENTS, (d) => d.clients, { f: search, o: { field: 'LAST_NAME', direction: 'DESC' } }, size)).toEqual([...byName].reverse());
      }
      expect(await readAll(CLIENTS, (d) => d.clients, { f: { search: `${tag}moss` } }, 10)).toEqual(ids(clients, [3]));
    });

    it('issue 13.6: domains by NAME and search by name; transactions by AMOUNT and search by the gateway transaction id', async () => {
      const byName = sortedIds(domains, (r) => r.name);
      expect(await readAll(DOMAINS, (d) => d.domains, { f: { clientId }, o: { field: 'NAME', direction: 'ASC' } }, 2)).toEqual(byName);
      expect(await readAll(DOMAINS, (d) => d.domains, { f: { clientId }, o: { field: 'NAME', direction: 'DESC' } }, 2, true)).toEqual([...byName].reverse());
      expect(await readAll(DOMAINS, (d) => d.domains, { f: { search: `kiwi-${tag.toLowerCase()}` } }, 10)).toEqual(ids(domains, [2]));

      // Amounts 30, 10, 30: the tie keeps id order.
      const byAmount = ids(payments, [1, 0, 2]);
      expect(await readAll(TRANSACTIONS, (d) => d.transactions, { f: { invoiceId: paidInvoiceId }, o: { field: 'AMOUNT', direction: 'ASC' } }, 1)).toEqual(byAmount);
      expect(await readAll(TRANSACTIONS, (d) => d.transactions, { f: { invoiceId: paidInvoiceId }, o: { field: 'AMOUNT', direction: 'ASC' } }, 2, true)).toEqual(byAmount);
      expect(await readAll(TRANSACTIONS, (d) => d.transactions, { f: { invoiceId: paidInvoiceId }, o: { field: 'AMOUNT', direction: 'DESC' } }, 2)).toEqual([...byAmount].reverse());
      expect(await readAll(TRANSACTIONS, (d) => d.transactions, { f: { search: `gw-${tag.toLowerCase()}-y` } }, 10)).toEqual(ids(payments, [1]));
      expect(await readAll(TRANSACTIONS, (d) => d.transactions, { f: { search: `GW-${tag}` } }, 10)).toEqual(ids(payments, [2, 1, 0]));
    });
  });
});
