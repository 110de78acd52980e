import { errorOf, startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app';
import { invoiceHelpers, MARK_PAID } from '../support/invoices';

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

  const INVOICES = `query($f: InvoiceFilter, $o: InvoiceOrder, $first: Int, $after: String, $last: Int, $before: String) {
    invoices(filter: $f, orderBy: $o, first: $first, after: $after, last: $last, before: $before) {
      totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;

  const ok = <T = any>(res: GraphQLResponse<T>): T => {
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data as T;
  };

  /** Every id of a list, read page by page forward (first/after) or backward (last/before). */
  async function readAll(query: string, list: string, variables: Record<string, unknown>, size: number, backward = false): Promise<string[]> {
    const ids: string[] = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < 50; pages++) {
      const page = ok(await t.gql(query, backward ? { ...variables, last: size, before: cursor } : { ...variables, first: size, after: cursor }, admin))[list];
      const pageIds = page.edges.map((edge: { node: { id: string } }) => edge.node.id);
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
      invoices.push({ id: created.id, number: created.number, total, issueDate, dueDate: dueDays[i], paid: false });
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
    expect(await readAll(INVOICES, 'invoices', variables, 2)).toEqual(expected);
    expect(await readAll(INVOICES, 'invoices', variables, 2, true)).toEqual(expected);
    expect(await readAll(INVOICES, 'invoices', variables, 4)).toEqual(expected);
  });

  it('issue 13.6: invoices by PAID_DATE: unpaid ones (no date) last ascending and first descending, paged through in both directions', async () => {
    const paid = invoices.filter((r) => r.paid).map((r) => r.id); // paid in this order
    const unpaid = invoices.filter((r) => !r.paid).map((r) => r.id);
    const ascending = [...paid, ...unpaid];
    for (const size of [1, 3]) {
      expect(await readAll(INVOICES, 'invoices', { f: mine, o: { field: 'PAID_DATE', direction: 'ASC' } }, size)).toEqual(ascending);
      expect(await readAll(INVOICES, 'invoices', { f: mine, o: { field: 'PAID_DATE', direction: 'ASC' } }, size, true)).toEqual(ascending);
      expect(await readAll(INVOICES, 'invoices', { f: mine, o: { field: 'PAID_DATE', direction: 'DESC' } }, size)).toEqual([...ascending].reverse());
      expect(await readAll(INVOICES, 'invoices', { f: mine, o: { field: 'PAID_DATE', direction: 'DESC' } }, size, true)).toEqual([...ascending].reverse());
    }
  });

  it('issue 13.6: without orderBy invoices stay newest first', async () => {
    expect(await readAll(INVOICES, 'invoices', { f: mine }, 4)).toEqual(invoices.map((r) => r.id).reverse());
  });

  const filtered = async (filter: Record<string, unknown>) =>
    readAll(INVOICES, 'invoices', { f: { ...mine, ...filter }, o: { field: 'ISSUE_DATE', direction: 'ASC' } }, 10);
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
    const search = (text: string) => readAll(INVOICES, 'invoices', { f: { search: text }, o: { field: 'ISSUE_DATE', direction: 'ASC' } }, 10);
    expect(await search(tag.toLowerCase())).toEqual(ids([0, 1, 2, 3, 4, 5]));
    expect(await search(`${tag} hosting`)).toEqual(ids([0, 1, 2, 3, 4, 5]));
    expect(await search(`${tag} nomatch`)).toEqual([]);
    expect(await search(invoices[2].number)).toEqual(ids([2]));
  });

  it('issue 13.6: bad orderBy and filter input is BAD_USER_INPUT naming the field', async () => {
    const unknownField = await t.gql(INVOICES, { o: { field: 'COLOUR', direction: 'ASC' } }, admin);
    expect(errorOf(unknownField).code).toBe('BAD_USER_INPUT');
    const unknownDirection = await t.gql(INVOICES, { o: { field: 'TOTAL', direction: 'UP' } }, admin);
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
});
