import { errorOf, type TestApp } from '../support/test-app';
import { graphql } from '../generated';
import type { ClientPermission, InvoiceHelpersTransactionsQueryVariables, TransactionFilter, TransactionKind } from '../generated/graphql';
import { idOf, keyOf } from '../support/ids';
import {
  GET_TRANSACTION, MARK_PAID, PAY, REFUND, REFUND_TOTALS, REMOVE_CREDIT, TRANSACTIONS, startInvoiceTestApp, type invoiceHelpers,
} from '../support/invoices';

const CREATE_USER = graphql(`mutation TransactionsCreateUser($c: ID!, $i: CreateClientUserInput!) { createClientUser(clientId: $c, input: $i) { email } }`);
const DELETE_CLIENTS = graphql(`mutation TransactionsDeleteClients($ids: [ID!]!) { deleteClients(ids: $ids, confirm: true) }`);
const FIRST_TRANSACTIONS = graphql(`query TransactionsFirst($first: Int) { transactions(first: $first) { totalCount edges { node { ...TransactionFields } } } }`);

describe('refunds and the transactions list (issue 4.5)', () => {
  let t: TestApp;
  let admin: string;
  let h: ReturnType<typeof invoiceHelpers>;
  let seq = 0;
  const txid = () => `tr-${++seq}-${Date.now()}`;

  beforeAll(async () => {
    // Low enough that a 100-row page of transactions is refused (see the complexity test).
    ({ t, admin, h } = await startInvoiceTestApp({ MAX_QUERY_COMPLEXITY: '1000' }));
  });
  afterAll(() => t.stop());
  beforeEach(() => h.settings({ taxMode: 'EXCLUSIVE', taxRounding: 'PER_LINE', autoApplyCredit: true }));

  const pay = async (invoiceId: string, amount: string, extra: Record<string, unknown> = {}) =>
    h.ok(await t.gql(PAY, { i: { invoiceId, amount, gateway: 'stripe', transactionId: txid(), ...extra } }, admin)).addInvoicePayment;
  const refund = async (paymentId: string, amount?: string, toCredit = false) =>
    h.ok(await t.gql(REFUND, { i: { paymentId, amount, toCredit } }, admin)).refundTransaction;
  const totals = async (id: string) => h.ok(await t.gql(REFUND_TOTALS, { id }, admin)).invoice!;
  const list = async (f: TransactionFilter, token = admin, page: Omit<InvoiceHelpersTransactionsQueryVariables, 'f'> = {}) =>
    h.ok(await t.gql(TRANSACTIONS, { f, ...page }, token)).transactions;
  const ids = (connection: { edges: { node: { id: string } }[] }) => connection.edges.map((e) => e.node.id);

  describe('partial and full refunds', () => {
    it('issue 4.5: a partial refund of a Paid invoice keeps it PAID with balanceDue 0.00 and amountRefunded set; money received later becomes credit', async () => {
      const c = await h.newClient({ country: 'NL' });
      const inv = await h.invoice(c.id, ['10.00']);
      const p = await pay(inv.id, '12.10');
      const r = await refund(p.id, '2.10');
      expect(r).toMatchObject({ kind: 'REFUND', gateway: 'stripe', amount: { amount: '-2.10', currency: 'EUR' }, refundOf: { id: p.id }, toCredit: false });
      expect(await totals(inv.id)).toEqual({
        status: 'PAID', amountPaid: { amount: '10.00', currency: 'EUR' }, amountRefunded: { amount: '2.10', currency: 'EUR' },
        creditApplied: { amount: '0.00' }, balanceDue: { amount: '0.00' },
      });
      expect((await h.get(inv.id)).datePaid).toEqual(expect.any(String));
      // Nothing is due: marking it paid is refused, and a payment goes to credit whole.
      expect(errorOf(await t.gql(MARK_PAID, { id: inv.id }, admin))).toMatchObject({ code: 'CONFLICT', field: 'status' });
      expect((await pay(inv.id, '1.00')).toClientCredit.amount).toBe('1.00');
      expect(await h.balance(c.id)).toBe('1.00');
      expect((await totals(inv.id)).amountPaid.amount).toBe('10.00');
    });

    it('issue 4.5: refunding everything paid (to the gateway and to credit) makes it REFUNDED and returns applied credit; amountRefunded is the whole', async () => {
      const c = await h.newClient({ country: 'NL' });
      await h.addCredit(c.id, '2.10');
      const inv = await h.invoice(c.id, ['10.00']); // 12.10: 2.10 credit, 10.00 due
      const p = await pay(inv.id, '10.00');
      await refund(p.id, '4.00');
      expect(await totals(inv.id)).toMatchObject({ status: 'PAID', amountPaid: { amount: '6.00' }, amountRefunded: { amount: '4.00' }, creditApplied: { amount: '2.10' }, balanceDue: { amount: '0.00' } });
      const rest = await refund(p.id, undefined, true);
      expect(rest).toMatchObject({ gateway: 'credit', amount: { amount: '-6.00' }, toCredit: true, toClientCredit: { amount: '6.00' } });
      expect(await totals(inv.id)).toMatchObject({ status: 'REFUNDED', amountPaid: { amount: '0.00' }, amountRefunded: { amount: '10.00' }, creditApplied: { amount: '0.00' }, balanceDue: { amount: '0.00' } });
      // 6.00 refunded to credit + 2.10 applied credit returned.
      expect(await h.balance(c.id)).toBe('8.10');
      const log = await h.sql(`select kind, amount_minor::text as a from credit_entry where client_id = ? order by id`, [keyOf(c.id)]);
      expect(log.map((e: any) => [e.kind, e.a])).toEqual([['add', '210'], ['invoice_applied', '-210'], ['refund', '600'], ['invoice_removed', '210']]);
      const l = await h.ledger(c.id);
      expect(l.sum).toBe(l.balance);
    });

    it('issue 4.5: a refund to credit raises the client\'s credit balance by exactly the refund', async () => {
      const c = await h.newClient({ country: 'NL' });
      await h.addCredit(c.id, '1.00');
      const inv = await h.invoice(c.id, ['10.00'], { applyCredit: false });
      const p = await pay(inv.id, '12.10');
      expect(await refund(p.id, '3.33', true)).toMatchObject({ gateway: 'credit', amount: { amount: '-3.33' }, toClientCredit: { amount: '3.33' } });
      expect(await h.balance(c.id)).toBe('4.33');
      expect(await totals(inv.id)).toMatchObject({ status: 'PAID', amountPaid: { amount: '8.77' }, amountRefunded: { amount: '3.33' }, balanceDue: { amount: '0.00' } });
      const l = await h.ledger(c.id);
      expect([l.sum, l.balance]).toEqual(['433', '433']);
    });

    it('issue 4.5: on an open invoice a refunded payment is due again', async () => {
      const c = await h.newClient({ country: 'NL' });
      const inv = await h.invoice(c.id, ['10.00']);
      const p = await pay(inv.id, '5.00');
      await refund(p.id);
      expect(await totals(inv.id)).toMatchObject({ status: 'UNPAID', amountPaid: { amount: '0.00' }, amountRefunded: { amount: '5.00' }, balanceDue: { amount: '12.10' } });
      await pay(inv.id, '12.10');
      expect(await totals(inv.id)).toMatchObject({ status: 'PAID', amountPaid: { amount: '12.10' }, amountRefunded: { amount: '5.00' }, balanceDue: { amount: '0.00' } });
    });

    it('CR-4 / issue 4.5: removeAppliedCredit is refused on a Paid invoice refunded after payment (it would make the refund due); refunds made while open do not block it', async () => {
      const c = await h.newClient({ country: 'NL' });
      await h.addCredit(c.id, '5.00');
      const inv = await h.invoice(c.id, ['10.00']); // 5.00 credit, 7.10 due
      const p = await pay(inv.id, '7.10');
      await refund(p.id, '1.00');
      expect(errorOf(await t.gql(REMOVE_CREDIT, { id: inv.id, a: '1.00' }, admin))).toMatchObject({ code: 'CONFLICT', field: 'invoiceId' });
      expect(await totals(inv.id)).toMatchObject({ status: 'PAID', creditApplied: { amount: '5.00' }, balanceDue: { amount: '0.00' } });
      expect(await h.balance(c.id)).toBe('0.00');
      // Refunding the rest is the way back: it returns the applied credit.
      await refund(p.id);
      expect(await totals(inv.id)).toMatchObject({ status: 'REFUNDED', amountRefunded: { amount: '7.10' }, creditApplied: { amount: '0.00' } });
      expect(await h.balance(c.id)).toBe('5.00');

      const inv2 = await h.invoice(c.id, ['10.00']); // 5.00 credit, 7.10 due
      const p2 = await pay(inv2.id, '3.00');
      await refund(p2.id);
      await pay(inv2.id, '7.10');
      const reopened = h.ok(await t.gql(REMOVE_CREDIT, { id: inv2.id, a: '2.00' }, admin)).removeAppliedCredit;
      expect(reopened).toMatchObject({ status: 'UNPAID', creditApplied: { amount: '3.00' }, amountPaid: { amount: '7.10' }, balanceDue: { amount: '2.00' }, datePaid: null });
      expect((await totals(inv2.id)).amountRefunded.amount).toBe('3.00');
      expect(await h.balance(c.id)).toBe('2.00');
      const l = await h.ledger(c.id);
      expect(l.sum).toBe(l.balance);
    });
  });

  describe('transactions query', () => {
    it('issue 4.5: newest first, paged forward and backward with Relay cursors and a totalCount', async () => {
      const c = await h.newClient({ country: 'NL' });
      const inv = await h.invoice(c.id, ['100.00']);
      const made: string[] = [];
      for (let i = 0; i < 5; i++) made.push((await pay(inv.id, '1.00')).id);
      made.push((await refund(made[0], '0.50')).id);
      const newestFirst = [...made].reverse();
      const first = await list({ clientId: c.id }, admin, { first: 4 });
      expect(first.totalCount).toBe(6);
      expect(ids(first)).toEqual(newestFirst.slice(0, 4));
      expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
      const second = await list({ clientId: c.id }, admin, { first: 4, after: first.pageInfo.endCursor });
      expect(ids(second)).toEqual(newestFirst.slice(4));
      expect(second.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
      const oldest = await list({ clientId: c.id }, admin, { last: 2 });
      expect(ids(oldest)).toEqual(newestFirst.slice(4));
      expect(oldest.pageInfo).toMatchObject({ hasPreviousPage: true });
      const before = await list({ clientId: c.id }, admin, { last: 2, before: oldest.pageInfo.startCursor });
      expect(ids(before)).toEqual(newestFirst.slice(2, 4));
      expect(first.edges[0].node).toMatchObject({ kind: 'REFUND', client: { id: c.id }, invoice: { id: inv.id }, amount: { amount: '-0.50', currency: 'EUR' }, refundOf: { id: made[0] }, clientName: null });
      expect(errorOf(await t.gql(TRANSACTIONS, { after: 'not-a-cursor' }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    });

    it('issue 4.5: filters by clientId, invoiceId, gateway, kind and date range (from inclusive, to exclusive); bad filters are BAD_USER_INPUT', async () => {
      const c = await h.newClient({ country: 'NL' });
      const inv1 = await h.invoice(c.id, ['100.00']);
      const inv2 = await h.invoice(c.id, ['100.00']);
      const jan = await pay(inv1.id, '1.00', { date: '2026-01-10T10:00:00.000Z' });
      const feb = await pay(inv1.id, '2.00', { date: '2026-02-10T10:00:00.000Z', gateway: 'paypal' });
      const mar = await pay(inv2.id, '3.00', { date: '2026-03-10T10:00:00.000Z' });
      const back = await refund(feb.id, '0.25', true);
      const mine = (f: Record<string, unknown>) => list({ clientId: c.id, ...f });
      expect(ids(await mine({ invoiceId: inv1.id }))).toEqual([back.id, feb.id, jan.id]);
      expect(ids(await mine({ invoiceId: inv2.id }))).toEqual([mar.id]);
      expect(ids(await mine({ gateway: 'stripe' }))).toEqual([mar.id, jan.id]);
      expect(ids(await mine({ gateway: 'paypal' }))).toEqual([feb.id]);
      expect(ids(await mine({ gateway: 'credit' }))).toEqual([back.id]);
      expect(ids(await mine({ kind: 'REFUND' }))).toEqual([back.id]);
      expect(ids(await mine({ kind: 'PAYMENT', invoiceId: inv1.id }))).toEqual([feb.id, jan.id]);
      expect(ids(await mine({ dateFrom: '2026-01-10T10:00:00.000Z', dateTo: '2026-03-10T10:00:00.000Z' }))).toEqual([feb.id, jan.id]);
      expect(ids(await mine({ dateFrom: '2026-02-01T00:00:00.000Z', dateTo: '2026-04-01T00:00:00.000Z' }))).toEqual([mar.id, feb.id]);
      expect(ids(await mine({ dateTo: '2026-02-01T00:00:00.000Z' }))).toEqual([jan.id]);
      expect((await mine({ dateFrom: '2026-03-11T00:00:00.000Z', kind: 'PAYMENT' })).totalCount).toBe(0);
      expect(errorOf(await t.gql(TRANSACTIONS, { f: { dateFrom: '2026-02-01T00:00:00.000Z', dateTo: '2026-02-01T00:00:00.000Z' } }, admin)))
        .toMatchObject({ code: 'BAD_USER_INPUT', field: 'dateTo' });
      expect(errorOf(await t.gql(TRANSACTIONS, { f: { dateFrom: '1 Feb 2026' } }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dateFrom' });
      expect(errorOf(await t.gql(TRANSACTIONS, { f: { kind: 'CHARGEBACK' as TransactionKind /* not a kind on purpose */ } }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kind' });
      expect(errorOf(await t.gql(TRANSACTIONS, { f: { invoiceId: 'x' } }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'invoiceId' });
      expect(errorOf(await t.gql(TRANSACTIONS, { f: { gateway: 'g'.repeat(101) } }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'gateway' });
    });

    it('issue 4.5 / 10.7: a client sees only its own transactions — another clientId or transaction is NOT_FOUND, another invoice\'s id finds nothing; users need INVOICES', async () => {
      const a = await h.newClient({ country: 'NL' });
      const b = await h.newClient({ country: 'NL' });
      const ownInvoice = await h.invoice(a.id, ['10.00']);
      const theirInvoice = await h.invoice(b.id, ['10.00']);
      const own = await pay(ownInvoice.id, '1.00');
      const theirs = await pay(theirInvoice.id, '2.00');
      const token = await a.token();
      const seen = await list({}, token);
      expect(ids(seen)).toEqual([own.id]);
      expect(seen.totalCount).toBe(1);
      expect(errorOf(await t.gql(TRANSACTIONS, { f: { clientId: b.id } }, token))).toMatchObject({ code: 'NOT_FOUND', message: `Client ${b.id} not found` });
      expect(await list({ invoiceId: theirInvoice.id }, token)).toMatchObject({ totalCount: 0, edges: [] });
      expect(ids(await list({ clientId: a.id }, token))).toEqual([own.id]);
      expect(h.ok(await t.gql(GET_TRANSACTION, { id: own.id }, token)).transaction).toMatchObject({ id: own.id, client: { id: a.id }, amount: { amount: '1.00' } });
      const denied = await t.gql(GET_TRANSACTION, { id: theirs.id }, token);
      expect(denied).toMatchObject({ data: { transaction: null } });
      expect(denied.errors).toBeUndefined();
      expect(await t.gql(GET_TRANSACTION, { id: idOf('Transaction', 99999999) }, admin)).toMatchObject({ data: { transaction: null } });
      expect(errorOf(await t.gql(TRANSACTIONS, {})).code).toBe('UNAUTHENTICATED');

      const user = async (permissions: ClientPermission[]) => {
        const email = h.ok(await t.gql(CREATE_USER, { c: a.id, i: { email: `tu-${permissions.join('')}-${Date.now()}@example.com`, firstName: 'U', lastName: 'Ser', password: 'user-password-1', permissions } }, token)).createClientUser.email;
        return t.clientToken(email, 'user-password-1');
      };
      const billing = await user(['INVOICES']);
      expect(ids(await list({}, billing))).toEqual([own.id]);
      const support = await user(['SUPPORT']);
      expect(errorOf(await t.gql(TRANSACTIONS, {}, support)).code).toBe('FORBIDDEN');
      expect(await t.gql(GET_TRANSACTION, { id: own.id }, support)).toMatchObject({ data: { transaction: null } });
    });

    it('CL-8: staff still see a deleted client\'s transactions, with its name and email; the list and transaction(id) agree', async () => {
      const c = await h.newClient({ country: 'NL' });
      const inv = await h.invoice(c.id, ['10.00']);
      const p = await pay(inv.id, '12.10');
      const r = await refund(p.id, '2.10');
      h.ok(await t.gql(DELETE_CLIENTS, { ids: [c.id] }, admin));
      const kept = await list({ invoiceId: inv.id });
      expect(kept.edges.map((e) => [e.node.id, e.node.kind, e.node.client, e.node.clientName, e.node.clientEmail, e.node.amount.amount]))
        .toEqual([[r.id, 'REFUND', null, 'Ina Voice', c.email, '-2.10'], [p.id, 'PAYMENT', null, 'Ina Voice', c.email, '12.10']]);
      expect(ids(await list({ kind: 'REFUND' }, admin, { first: 1 }))).toEqual([r.id]);
      expect(h.ok(await t.gql(GET_TRANSACTION, { id: p.id }, admin)).transaction).toMatchObject({ client: null, clientName: 'Ina Voice', clientEmail: c.email, refunded: { amount: '2.10' } });
      // The deleted client's old id matches nothing.
      expect((await list({ clientId: c.id })).totalCount).toBe(0);
    });

    it('issue 4.5: the list is costed per requested row (query complexity), like invoices', async () => {
      expect((await t.gql(FIRST_TRANSACTIONS, { first: 5 }, admin)).errors).toBeUndefined();
      const tooMany = await t.gql(FIRST_TRANSACTIONS, { first: 100 }, admin);
      expect(tooMany.status).toBe(400);
      expect(errorOf(tooMany)).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
    });
  });
});
