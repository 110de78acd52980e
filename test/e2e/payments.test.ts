import { errorOf, type TestApp } from '../support/test-app';
import { APPLY, CANCEL, CREATE_INVOICE, MARK_PAID, PAY, PUBLISH, REFUND, REMOVE_CREDIT, UPDATE_INVOICE, startInvoiceTestApp, type invoiceHelpers } from '../support/invoices';
import { idOf, keyOf } from '../support/ids';
import { feed, subscribed, type Feed } from '../support/subscription-feed';
import { graphql } from '../generated';
import type { AddInvoicePaymentInput, PaymentsInvoiceChangedSubscription } from '../generated/graphql';

const CHANGED = graphql(`subscription PaymentsInvoiceChanged($id: ID) { invoiceChanged(id: $id) { invoiceId clientId change invoice { id status } } }`);
const MERGE_CLIENTS = graphql(`mutation PaymentsMergeClients($k: ID!, $d: ID!) { mergeClients(keepId: $k, discardId: $d) { id } }`);
const DELETE_CLIENTS = graphql(`mutation PaymentsDeleteClients($ids: [ID!]!) { deleteClients(ids: $ids, confirm: true) }`);

describe('payments, refunds and credit (issue 4.5-4.8)', () => {
  let t: TestApp;
  let admin: string;
  let h: ReturnType<typeof invoiceHelpers>;
  let seq = 0;
  const txid = () => `tx-${++seq}-${Date.now()}`;

  beforeAll(async () => {
    ({ t, admin, h } = await startInvoiceTestApp());
  });
  afterAll(() => t.stop());
  beforeEach(() => h.settings({ taxMode: 'EXCLUSIVE', taxRounding: 'PER_LINE', autoApplyCredit: true }));

  const pay = (invoiceId: string, amount: string, extra: Partial<AddInvoicePaymentInput> = {}) =>
    t.gql(PAY, { i: { invoiceId, amount, gateway: 'stripe', transactionId: txid(), ...extra } }, admin);

  it('issue 4.5: a partial payment keeps the invoice Unpaid with the balance reduced; the rest marks it Paid', async () => {
    const c = await h.newClient({ country: 'NL' });
    const inv = await h.invoice(c.id, ['10.00']);
    const p1 = h.ok(await pay(inv.id, '5.00')).addInvoicePayment;
    expect(p1).toMatchObject({ kind: 'PAYMENT', gateway: 'stripe', invoice: { id: inv.id }, amount: { amount: '5.00', currency: 'EUR' }, toClientCredit: { amount: '0.00' } });
    expect(await h.get(inv.id)).toMatchObject({ status: 'UNPAID', amountPaid: { amount: '5.00' }, balanceDue: { amount: '7.10' }, datePaid: null });
    h.ok(await pay(inv.id, '7.10'));
    const paid = await h.get(inv.id);
    expect(paid).toMatchObject({ status: 'PAID', amountPaid: { amount: '12.10' }, balanceDue: { amount: '0.00' } });
    expect(paid.transactions.map((x) => x.amount.amount)).toEqual(['5.00', '7.10']);
    expect(await h.balance(c.id)).toBe('0.00');
  });

  it('CR-4: overpayment becomes client credit in the same transaction', async () => {
    const c = await h.newClient({ country: 'NL' });
    const inv = await h.invoice(c.id, ['10.00']);
    const p = h.ok(await pay(inv.id, '20.00')).addInvoicePayment;
    expect(p.toClientCredit.amount).toBe('7.90');
    expect(await h.get(inv.id)).toMatchObject({ status: 'PAID', amountPaid: { amount: '12.10' }, balanceDue: { amount: '0.00' } });
    expect(await h.balance(c.id)).toBe('7.90');
    const log = await h.sql(`select kind, amount_minor::text as a, invoice_id from credit_entry where client_id = ?`, [keyOf(c.id)]);
    expect(log).toEqual([{ kind: 'overpayment', a: '790', invoice_id: keyOf(inv.id) }]);
    // Money received for an invoice that is Paid already goes to credit whole.
    expect(h.ok(await pay(inv.id, '1.00')).addInvoicePayment.toClientCredit.amount).toBe('1.00');
    expect(await h.balance(c.id)).toBe('8.90');
  });

  it('issue 4.5: duplicate transaction ids per gateway — an identical retry returns the first and changes nothing; different details are refused', async () => {
    const c = await h.newClient({ country: 'NL' });
    const inv = await h.invoice(c.id, ['10.00']);
    const i = { invoiceId: inv.id, amount: '3.00', gateway: 'paypal', transactionId: 'PP-123-' + Date.now() };
    const first = h.ok(await t.gql(PAY, { i }, admin)).addInvoicePayment;
    const retries = await Promise.all(Array.from({ length: 5 }, () => t.gql(PAY, { i }, admin)));
    for (const r of retries) expect(h.ok(r).addInvoicePayment.id).toBe(first.id);
    expect((await h.get(inv.id)).amountPaid.amount).toBe('3.00');
    expect(errorOf(await t.gql(PAY, { i: { ...i, amount: '4.00' } }, admin))).toMatchObject({ code: 'CONFLICT', field: 'transactionId' });
    const other = await h.invoice(c.id, ['1.00']);
    expect(errorOf(await t.gql(PAY, { i: { ...i, invoiceId: other.id } }, admin))).toMatchObject({ code: 'CONFLICT', field: 'transactionId' });
    // The same id at another gateway is another payment.
    h.ok(await t.gql(PAY, { i: { ...i, gateway: 'stripe' } }, admin));
    expect((await h.get(inv.id)).amountPaid.amount).toBe('6.00');
    const n = await h.sql(`select count(*)::int as n from payment_transaction where invoice_id = ?`, [keyOf(inv.id)]);
    expect(n[0].n).toBe(2);
  });

  it('issue 4.5: bad payments (negative, zero, too many decimals, wrong currency, Draft or Cancelled invoice) are refused and change nothing', async () => {
    const c = await h.newClient({ country: 'NL' });
    const inv = await h.invoice(c.id, ['10.00']);
    for (const amount of ['-1.00', '0', '0.00', '1.001', 'x']) expect(errorOf(await pay(inv.id, amount))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount' });
    expect(errorOf(await pay(inv.id, '1.00', { currency: 'USD' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currency' });
    expect(errorOf(await pay(inv.id, '1.00', { gateway: '' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'gateway' });
    expect(errorOf(await pay(idOf('Invoice', 99999999), '1.00')).code).toBe('NOT_FOUND');
    expect(errorOf(await t.gql(PAY, { i: { invoiceId: inv.id, amount: '1.00', gateway: 'g', transactionId: txid() } }, await c.token())).code).toBe('FORBIDDEN');
    const draft = await h.invoice(c.id, ['1.00'], { draft: true });
    expect(errorOf(await pay(draft.id, '1.00'))).toMatchObject({ code: 'CONFLICT', field: 'status' });
    const cancelled = h.ok(await t.gql(CANCEL, { id: (await h.invoice(c.id, ['1.00'])).id }, admin)).cancelInvoice;
    expect(errorOf(await pay(cancelled.id, '1.00'))).toMatchObject({ code: 'CONFLICT', field: 'status' });
    expect(await h.get(inv.id)).toMatchObject({ amountPaid: { amount: '0.00' }, transactions: [] });
    expect((await h.sql(`select count(*)::int as n from payment_transaction where client_id = ?`, [keyOf(c.id)]))[0].n).toBe(0);
  });

  it('issue 4.5, 11.12: refunds to the gateway (overpaid part first, taken back from credit) and to credit; fully refunded → Refunded', async () => {
    const c = await h.newClient({ country: 'NL' });
    const inv = await h.invoice(c.id, ['10.00']);
    const p = h.ok(await pay(inv.id, '15.00')).addInvoicePayment; // 12.10 to the invoice, 2.90 credit
    expect(errorOf(await t.gql(REFUND, { i: { paymentId: p.id, amount: '15.01' } }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount' });
    expect(errorOf(await t.gql(REFUND, { i: { paymentId: p.id, amount: '-1' } }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount' });
    // As credit only the part that paid the invoice can come back: the overpaid part is credit already.
    expect(errorOf(await t.gql(REFUND, { i: { paymentId: p.id, amount: '12.11', toCredit: true } }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount' });
    const r1 = h.ok(await t.gql(REFUND, { i: { paymentId: p.id, amount: '2.10' } }, admin)).refundTransaction;
    expect(r1).toMatchObject({ kind: 'REFUND', gateway: 'stripe', amount: { amount: '-2.10', currency: 'EUR' }, refundOf: { id: p.id }, toCredit: false });
    expect(await h.get(inv.id)).toMatchObject({ status: 'PAID', amountPaid: { amount: '12.10' } });
    expect(await h.balance(c.id)).toBe('0.80');
    const r2 = h.ok(await t.gql(REFUND, { i: { paymentId: p.id, toCredit: true } }, admin)).refundTransaction;
    expect(r2).toMatchObject({ amount: { amount: '-12.10' }, toCredit: true, toClientCredit: { amount: '12.10' } });
    const refunded = await h.get(inv.id);
    expect(refunded).toMatchObject({ status: 'REFUNDED', amountPaid: { amount: '0.00' }, balanceDue: { amount: '0.00' } });
    expect(refunded.transactions.map((x) => [x.kind, x.amount.amount, x.refunded.amount])).toEqual([['PAYMENT', '15.00', '14.20'], ['REFUND', '-2.10', '0.00'], ['REFUND', '-12.10', '0.00']]);
    expect(await h.balance(c.id)).toBe('12.90');
    // The rest of the overpaid part (0.80) still goes back through the gateway; then nothing is left.
    h.ok(await t.gql(REFUND, { i: { paymentId: p.id } }, admin));
    expect(await h.balance(c.id)).toBe('12.10');
    expect(errorOf(await t.gql(REFUND, { i: { paymentId: p.id, amount: '0.01' } }, admin))).toMatchObject({ code: 'CONFLICT', field: 'paymentId' });
    expect(errorOf(await t.gql(REFUND, { i: { paymentId: r1.id } }, admin)).code).toBe('NOT_FOUND');
    const l = await h.ledger(c.id);
    expect(l.sum).toBe(l.balance);
  });

  it('CR-3: creating an invoice applies available credit; covering it whole marks it Paid; the operator can turn it off', async () => {
    const c = await h.newClient({ country: 'NL' });
    await h.addCredit(c.id, '5.00');
    const partly = await h.invoice(c.id, ['10.00']);
    expect(partly).toMatchObject({ status: 'UNPAID', creditApplied: { amount: '5.00' }, balanceDue: { amount: '7.10' } });
    expect(await h.balance(c.id)).toBe('0.00');
    await h.addCredit(c.id, '20.00');
    const issuing = Date.now();
    const whole = await h.invoice(c.id, ['10.00']);
    expect(whole).toMatchObject({ status: 'PAID', creditApplied: { amount: '12.10' }, balanceDue: { amount: '0.00' } });
    expect(Date.parse(whole.datePaid!)).toBeGreaterThanOrEqual(issuing);
    expect(Date.parse(whole.datePaid!)).toBeLessThanOrEqual(Date.now());
    expect(await h.balance(c.id)).toBe('7.90');
    expect((await h.invoice(c.id, ['1.00'], { applyCredit: false })).creditApplied.amount).toBe('0.00');
    await h.settings({ autoApplyCredit: false });
    const off = await h.invoice(c.id, ['1.00']);
    expect(off.creditApplied.amount).toBe('0.00');
    // Drafts get credit when they are published.
    await h.settings({ autoApplyCredit: true });
    const draft = await h.invoice(c.id, ['1.00'], { draft: true });
    expect(draft.creditApplied.amount).toBe('0.00');
    expect(h.ok(await t.gql(PUBLISH, { id: draft.id }, admin)).publishInvoice).toMatchObject({ status: 'PAID', creditApplied: { amount: '1.21' } });
    expect(await h.balance(c.id)).toBe('6.69');
    const l = await h.ledger(c.id);
    expect(l.sum).toBe(l.balance);
  });

  it('CR-4 / issue 4.6: applyCredit by staff or the owning client, limited by the balance and the amount due', async () => {
    const c = await h.newClient({ country: 'NL' });
    const inv = await h.invoice(c.id, ['10.00']);
    const token = await c.token();
    expect(errorOf(await t.gql(APPLY, { id: inv.id, a: '1.00' }, token))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount' }); // zero balance
    await h.addCredit(c.id, '20.00');
    expect(errorOf(await t.gql(APPLY, { id: inv.id, a: '12.11' }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount' }); // more than due
    for (const a of ['-1.00', '0', '1.001']) expect(errorOf(await t.gql(APPLY, { id: inv.id, a }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount' });
    expect(h.ok(await t.gql(APPLY, { id: inv.id, a: '2.10' }, token)).applyCredit).toMatchObject({ status: 'UNPAID', creditApplied: { amount: '2.10' }, balanceDue: { amount: '10.00' } });
    // Credit larger than due, no amount: as much as is due.
    expect(h.ok(await t.gql(APPLY, { id: inv.id }, admin)).applyCredit).toMatchObject({ status: 'PAID', creditApplied: { amount: '12.10' }, balanceDue: { amount: '0.00' } });
    expect(await h.balance(c.id)).toBe('7.90');
    expect(errorOf(await t.gql(APPLY, { id: inv.id, a: '1.00' }, admin))).toMatchObject({ code: 'CONFLICT', field: 'status' });
    // Another client's invoice.
    const other = await h.newClient({ country: 'NL' });
    const theirs = await h.invoice(other.id, ['1.00']);
    expect(errorOf(await t.gql(APPLY, { id: theirs.id, a: '1.00' }, token)).code).toBe('NOT_FOUND');
    expect((await h.get(theirs.id)).creditApplied.amount).toBe('0.00');
    // Removed again (staff): back to Unpaid, balance restored.
    expect(errorOf(await t.gql(REMOVE_CREDIT, { id: inv.id, a: '1.00' }, token)).code).toBe('FORBIDDEN');
    expect(errorOf(await t.gql(REMOVE_CREDIT, { id: inv.id, a: '12.11' }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount' });
    expect(h.ok(await t.gql(REMOVE_CREDIT, { id: inv.id, a: '2.00' }, admin)).removeAppliedCredit).toMatchObject({ status: 'UNPAID', creditApplied: { amount: '10.10' }, balanceDue: { amount: '2.00' } });
    expect(await h.balance(c.id)).toBe('9.90');
    // Cancelling returns applied credit.
    expect(h.ok(await t.gql(CANCEL, { id: inv.id }, admin)).cancelInvoice).toMatchObject({ status: 'CANCELLED', creditApplied: { amount: '0.00' } });
    expect(await h.balance(c.id)).toBe('20.00');
    const l = await h.ledger(c.id);
    expect(l.sum).toBe(l.balance);
    // Editing an Unpaid invoice below what was applied is refused.
    const inv2 = await h.invoice(c.id, ['10.00'], { applyCredit: false });
    h.ok(await t.gql(APPLY, { id: inv2.id, a: '6.00' }, admin));
    expect(errorOf(await t.gql(UPDATE_INVOICE, { id: inv2.id, i: { lines: [{ description: 'x', amount: '1.00' }] } }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lines' });
  });

  it('issue 4.7 / 13.7: invoiceChanged — one event per change (a settling payment is PAID alone, a full refund REFUNDED alone); a client sees only its own', async () => {
    const a = await h.newClient({ country: 'NL' });
    const b = await h.newClient({ country: 'NL' });
    // Both subscriptions are open on the server before the first change (the readiness signal).
    const [staffFeed, clientFeed] = await subscribed(async () => [feed(t.ws(admin), CHANGED, {}), feed(t.ws(await a.token()), CHANGED, {})], 2);
    const inv = await h.invoice(a.id, ['10.00']);
    await pay(inv.id, '12.10');
    const p = (await h.get(inv.id)).transactions[0];
    h.ok(await t.gql(REFUND, { i: { paymentId: p.id } }, admin));
    const theirs = await h.invoice(b.id, ['1.00']);
    h.ok(await t.gql(CANCEL, { id: theirs.id }, admin));
    const take = async (events: Feed<PaymentsInvoiceChangedSubscription>, count: number) => {
      const taken = [];
      for (let i = 0; i < count; i++) taken.push((await events.next(6000))?.data?.invoiceChanged);
      // Any second event of one change would arrive within this window.
      expect(await events.next(300)).toBeUndefined();
      return taken;
    };
    const staffEvents = await take(staffFeed, 5);
    const clientEvents = await take(clientFeed, 3);
    const changes = (events: typeof staffEvents, id: string) => events.filter((e) => e?.invoiceId === id).map((e) => e?.change);
    expect(changes(staffEvents, inv.id)).toEqual(['CREATED', 'PAID', 'REFUNDED']);
    expect(changes(staffEvents, theirs.id)).toEqual(['CREATED', 'CANCELLED']);
    expect(changes(clientEvents, inv.id)).toEqual(['CREATED', 'PAID', 'REFUNDED']);
    expect(clientEvents.map((e) => e?.clientId)).toEqual([a.id, a.id, a.id]);
    expect(staffEvents.find((e) => e?.change === 'REFUNDED')).toEqual({ invoiceId: inv.id, clientId: a.id, change: 'REFUNDED', invoice: { id: inv.id, status: 'REFUNDED' } });
    staffFeed.stop();
    clientFeed.stop();
  });

  it('issue 4.8 / CL-7 / CL-8: merge moves invoices and transactions; delete keeps them with the client\'s name and email', async () => {
    const keep = await h.newClient({ country: 'NL' });
    const gone = await h.newClient({ country: 'NL' });
    const moved = await h.invoice(gone.id, ['10.00']);
    h.ok(await pay(moved.id, '5.00'));
    h.ok(await t.gql(MERGE_CLIENTS, { k: keep.id, d: gone.id }, admin));
    expect((await h.get(moved.id)).client!.id).toBe(keep.id);
    expect((await h.sql(`select client_id from payment_transaction where invoice_id = ?`, [keyOf(moved.id)]))[0].client_id).toBe(keyOf(keep.id));
    h.ok(await t.gql(DELETE_CLIENTS, { ids: [keep.id] }, admin));
    const kept = await h.get(moved.id);
    expect(kept).toMatchObject({ client: null, clientName: 'Ina Voice', clientEmail: keep.email, amountPaid: { amount: '5.00' } });
    const tx = await h.sql(`select client_id, client_name, client_email, amount_minor::text as a from payment_transaction where invoice_id = ?`, [keyOf(moved.id)]);
    expect(tx).toEqual([{ client_id: null, client_name: 'Ina Voice', client_email: keep.email, a: '500' }]);
    expect(errorOf(await pay(moved.id, '50.00'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount' }); // no client left for the excess
  });

  it('issue 4.5: markInvoicePaid and createInvoice are staff-only', async () => {
    const c = await h.newClient({ country: 'NL' });
    const inv = await h.invoice(c.id, ['1.00']);
    const token = await c.token();
    expect(errorOf(await t.gql(MARK_PAID, { id: inv.id }, token)).code).toBe('FORBIDDEN');
    expect(errorOf(await t.gql(CREATE_INVOICE, { i: { clientId: c.id, lines: [{ description: 'x', amount: '1' }] } }, token)).code).toBe('FORBIDDEN');
    expect((await h.get(inv.id)).status).toBe('UNPAID');
  });
});
