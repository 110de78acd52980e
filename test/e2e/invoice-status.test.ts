import { idOf, keyOf } from '../support/ids';
import { errorOf, operationText, type TestApp } from '../support/test-app';
import { graphql } from '../generated';
import type { InvoiceFilter, InvoiceStatus, InvoiceStatusChangedSubscription } from '../generated/graphql';
import { APPLY, CANCEL, GET, MARK_PAID, PAY, SET_STATUS, startInvoiceTestApp, type invoiceHelpers } from '../support/invoices';
import { waitFor } from '../support/wait';
import { subscribed } from '../support/subscription-feed';

const CHANGED = graphql(`subscription InvoiceStatusChanged { invoiceChanged { invoiceId change } }`);
const LIST = graphql(`query InvoiceStatusList($f: InvoiceFilter) { invoices(filter: $f) { totalCount edges { node { id status overdue } } } }`);

describe('invoice statuses Payment Pending and Collections (issue 4.4)', () => {
  let t: TestApp;
  let admin: string;
  let h: ReturnType<typeof invoiceHelpers>;
  let seq = 0;

  beforeAll(async () => {
    ({ t, admin, h } = await startInvoiceTestApp());
  });
  afterAll(() => t.stop());
  beforeEach(() => h.settings({ taxMode: 'EXCLUSIVE', taxRounding: 'PER_LINE', autoApplyCredit: true }));

  const setStatus = (id: string, status: InvoiceStatus, note?: string) => t.gql(SET_STATUS, { id, status, note }, admin);
  const moveTo = async (id: string, status: InvoiceStatus) => h.ok(await setStatus(id, status)).setInvoiceStatus;
  const pay = (invoiceId: string, amount: string) =>
    t.gql(PAY, { i: { invoiceId, amount, gateway: 'bank', transactionId: `st-${++seq}-${Date.now()}` } }, admin);
  const moves = async (id: string) =>
    h.sql(`select details from activity_log_entry where action = 'invoice.setStatus' and target_id = ? order by id`, [String(keyOf(id))]);

  it('issue 4.4: setInvoiceStatus moves an issued invoice UNPAID → PAYMENT_PENDING → UNPAID → COLLECTIONS, logs the note and publishes UPDATED', async () => {
    const c = await h.newClient({ country: 'NL' });
    const events: InvoiceStatusChangedSubscription['invoiceChanged'][] = [];
    await subscribed(() => t.ws(admin).subscribe<InvoiceStatusChangedSubscription>(
      { query: operationText(CHANGED) },
      { next: (v) => events.push(v.data!.invoiceChanged), error: () => {}, complete: () => {} },
    ));

    const inv = await h.invoice(c.id, ['10.00']);
    expect(h.ok(await setStatus(inv.id, 'PAYMENT_PENDING', '  Bank transfer announced by phone  ')).setInvoiceStatus)
      .toEqual({ id: inv.id, status: 'PAYMENT_PENDING', balanceDue: { amount: '12.10' }, overdue: false });
    expect((await moveTo(inv.id, 'UNPAID')).status).toBe('UNPAID');
    expect((await moveTo(inv.id, 'COLLECTIONS')).status).toBe('COLLECTIONS');
    // The client sees the status; amounts are untouched.
    expect(h.ok(await t.gql(GET, { id: inv.id }, await c.token())).invoice).toMatchObject({ status: 'COLLECTIONS', total: { amount: '12.10' }, balanceDue: { amount: '12.10' } });
    expect((await moves(inv.id)).map((r: any) => r.details)).toEqual([
      { from: 'unpaid', to: 'payment_pending', note: 'Bank transfer announced by phone' },
      { from: 'payment_pending', to: 'unpaid' },
      { from: 'unpaid', to: 'collections' },
    ]);
    await waitFor(() => events.filter((e) => e.invoiceId === inv.id).length >= 4, { what: 'the four invoice events', timeoutMs: 3000, intervalMs: 100 });
    expect(events.filter((e) => e.invoiceId === inv.id).map((e) => e.change)).toEqual(['CREATED', 'UPDATED', 'UPDATED', 'UPDATED']);
  });

  it('issue 4.4: a target other than UNPAID, PAYMENT_PENDING or COLLECTIONS is BAD_USER_INPUT naming its own mutation; nothing changes', async () => {
    const c = await h.newClient({ country: 'NL' });
    const inv = await h.invoice(c.id, ['10.00']);
    const refused = async (status: InvoiceStatus, names: string) => {
      const error = errorOf(await setStatus(inv.id, status));
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
      expect(error.message).toContain(names);
    };
    await refused('PAID', 'markInvoicePaid or addInvoicePayment');
    await refused('CANCELLED', 'cancelInvoice');
    await refused('REFUNDED', 'refundTransaction');
    await refused('DRAFT', 'DRAFT');
    // Overdue is a filter, not a status.
    expect(errorOf(await setStatus(inv.id, 'OVERDUE' as InvoiceStatus /* not a status on purpose */))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
    expect(errorOf(await setStatus(inv.id, 'COLLECTIONS', 'x'.repeat(1001)))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
    expect(errorOf(await setStatus('abc', 'COLLECTIONS'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(await h.get(inv.id)).toMatchObject({ status: 'UNPAID', amountPaid: { amount: '0.00' }, transactions: [] });
    expect(await moves(inv.id)).toEqual([]);
  });

  it('issue 4.4: moves the transition table or the invoice\'s status forbid are CONFLICT on status; staff only', async () => {
    const c = await h.newClient({ country: 'NL' });
    const conflictOn = async (id: string, status: InvoiceStatus, says: string) => {
      const error = errorOf(await setStatus(id, status));
      expect(error).toMatchObject({ code: 'CONFLICT', field: 'status' });
      expect(error.message).toContain(says);
    };
    const pending = await h.invoice(c.id, ['10.00']);
    await moveTo(pending.id, 'PAYMENT_PENDING');
    await conflictOn(pending.id, 'COLLECTIONS', 'cannot go from PAYMENT_PENDING to COLLECTIONS');
    await conflictOn(pending.id, 'PAYMENT_PENDING', 'cannot go from PAYMENT_PENDING to PAYMENT_PENDING');
    const collections = await h.invoice(c.id, ['10.00']);
    await moveTo(collections.id, 'COLLECTIONS');
    await conflictOn(collections.id, 'PAYMENT_PENDING', 'cannot go from COLLECTIONS to PAYMENT_PENDING');
    await conflictOn((await h.invoice(c.id, ['1.00'])).id, 'UNPAID', 'cannot go from UNPAID to UNPAID');
    await conflictOn((await h.invoice(c.id, ['1.00'], { draft: true })).id, 'UNPAID', 'publishInvoice');
    // A Paid invoice reopens only when credit comes off (removeAppliedCredit), never by hand.
    const paid = h.ok(await t.gql(MARK_PAID, { id: (await h.invoice(c.id, ['1.00'])).id }, admin)).markInvoicePaid;
    await conflictOn(paid.id, 'UNPAID', 'this one is PAID');
    const cancelled = h.ok(await t.gql(CANCEL, { id: (await h.invoice(c.id, ['1.00'])).id }, admin)).cancelInvoice;
    await conflictOn(cancelled.id, 'COLLECTIONS', 'this one is CANCELLED');
    expect((await h.get(pending.id)).status).toBe('PAYMENT_PENDING');
    expect((await h.get(paid.id)).status).toBe('PAID');

    expect(errorOf(await t.gql(SET_STATUS, { id: collections.id, status: 'UNPAID' }, await c.token())).code).toBe('FORBIDDEN');
    expect(errorOf(await setStatus(idOf('Invoice', 99999999), 'COLLECTIONS')).code).toBe('NOT_FOUND');
    expect((await h.get(collections.id)).status).toBe('COLLECTIONS');
  });

  it('issue 4.4 / 4.5: a COLLECTIONS invoice takes payments — a partial one keeps it in COLLECTIONS, the rest marks it PAID, the excess is credit', async () => {
    const c = await h.newClient({ country: 'NL' });
    const inv = await h.invoice(c.id, ['10.00']);
    await moveTo(inv.id, 'COLLECTIONS');
    h.ok(await pay(inv.id, '5.00'));
    expect(await h.get(inv.id)).toMatchObject({ status: 'COLLECTIONS', amountPaid: { amount: '5.00' }, balanceDue: { amount: '7.10' }, datePaid: null });
    h.ok(await pay(inv.id, '8.00'));
    const paid = await h.get(inv.id);
    expect(paid).toMatchObject({ status: 'PAID', amountPaid: { amount: '12.10' }, balanceDue: { amount: '0.00' } });
    expect(paid.datePaid).toEqual(expect.any(String));
    expect(await h.balance(c.id)).toBe('0.90');
  });

  it('issue 4.4 / CR-4: on a PAYMENT_PENDING invoice credit applies (by the client too) and markInvoicePaid settles the rest', async () => {
    const c = await h.newClient({ country: 'NL' });
    const inv = await h.invoice(c.id, ['10.00']);
    await moveTo(inv.id, 'PAYMENT_PENDING');
    await h.addCredit(c.id, '2.10');
    expect(h.ok(await t.gql(APPLY, { id: inv.id }, await c.token())).applyCredit)
      .toMatchObject({ status: 'PAYMENT_PENDING', creditApplied: { amount: '2.10' }, balanceDue: { amount: '10.00' } });
    const paid = h.ok(await t.gql(MARK_PAID, { id: inv.id }, admin)).markInvoicePaid;
    expect(paid).toMatchObject({ status: 'PAID', amountPaid: { amount: '10.00' }, creditApplied: { amount: '2.10' }, balanceDue: { amount: '0.00' } });
    expect(paid.transactions).toMatchObject([{ kind: 'PAYMENT', gateway: 'manual', amount: { amount: '10.00' } }]);
    expect(await h.balance(c.id)).toBe('0.00');
    // Credit applied in full also settles a COLLECTIONS invoice.
    const inv2 = await h.invoice(c.id, ['1.00']);
    await moveTo(inv2.id, 'COLLECTIONS');
    await h.addCredit(c.id, '5.00');
    expect(h.ok(await t.gql(APPLY, { id: inv2.id }, admin)).applyCredit).toMatchObject({ status: 'PAID', creditApplied: { amount: '1.21' }, balanceDue: { amount: '0.00' } });
    expect(await h.balance(c.id)).toBe('3.79');
  });

  it('issue 4.4: cancelInvoice works from PAYMENT_PENDING and COLLECTIONS and returns applied credit', async () => {
    const c = await h.newClient({ country: 'NL' });
    await h.addCredit(c.id, '3.00');
    const withCredit = await h.invoice(c.id, ['10.00']);
    expect(withCredit.creditApplied.amount).toBe('3.00');
    await moveTo(withCredit.id, 'COLLECTIONS');
    expect(h.ok(await t.gql(CANCEL, { id: withCredit.id }, admin)).cancelInvoice)
      .toMatchObject({ status: 'CANCELLED', creditApplied: { amount: '0.00' }, balanceDue: { amount: '0.00' } });
    expect(await h.balance(c.id)).toBe('3.00');
    const pending = await h.invoice(c.id, ['1.00'], { applyCredit: false });
    await moveTo(pending.id, 'PAYMENT_PENDING');
    expect(h.ok(await t.gql(CANCEL, { id: pending.id }, admin)).cancelInvoice.status).toBe('CANCELLED');
    // Payments must be refunded first, as from Unpaid.
    const partlyPaid = await h.invoice(c.id, ['1.00'], { applyCredit: false });
    await moveTo(partlyPaid.id, 'COLLECTIONS');
    h.ok(await pay(partlyPaid.id, '0.50'));
    expect(errorOf(await t.gql(CANCEL, { id: partlyPaid.id }, admin))).toMatchObject({ code: 'CONFLICT', field: 'status' });
    expect((await h.get(partlyPaid.id)).status).toBe('COLLECTIONS');
    const l = await h.ledger(c.id);
    expect(l.sum).toBe(l.balance);
  });

  it('issue 4.4: overdue and invoices(filter: { status }) cover PAYMENT_PENDING and COLLECTIONS', async () => {
    const c = await h.newClient({ country: 'NL' });
    const past = { issueDate: '2020-01-01', dueDate: '2020-01-15' };
    const lateUnpaid = await h.invoice(c.id, ['1.00'], past);
    const latePending = await h.invoice(c.id, ['1.00'], past);
    const lateCollections = await h.invoice(c.id, ['1.00'], past);
    const currentCollections = await h.invoice(c.id, ['1.00'], { dueDate: '2099-01-01' });
    const latePaid = await h.invoice(c.id, ['1.00'], past);
    await moveTo(latePending.id, 'PAYMENT_PENDING');
    expect((await moveTo(lateCollections.id, 'COLLECTIONS')).overdue).toBe(true);
    expect((await moveTo(currentCollections.id, 'COLLECTIONS')).overdue).toBe(false);
    await moveTo(latePaid.id, 'COLLECTIONS');
    h.ok(await t.gql(MARK_PAID, { id: latePaid.id }, admin));

    const ids = async (f: InvoiceFilter, token = admin) => h.ok(await t.gql(LIST, { f }, token)).invoices.edges.map((e) => e.node.id);
    expect(await ids({ clientId: c.id, overdue: true })).toEqual([lateCollections.id, latePending.id, lateUnpaid.id]);
    expect(await ids({ clientId: c.id, overdue: true, status: ['COLLECTIONS'] })).toEqual([lateCollections.id]);
    expect(await ids({ clientId: c.id, status: ['COLLECTIONS'] })).toEqual([currentCollections.id, lateCollections.id]);
    expect(await ids({ clientId: c.id, status: ['PAYMENT_PENDING', 'UNPAID'] })).toEqual([latePending.id, lateUnpaid.id]);
    expect(await ids({ status: ['PAYMENT_PENDING'] }, await c.token())).toEqual([latePending.id]);
    expect((await h.get(latePaid.id)).overdue).toBe(false);
  });

  it('overdue and the overdue filter count days on the operator\'s calendar (DAILY_RUN_TIME_ZONE), not in UTC', async () => {
    const c = await h.newClient({ country: 'NL' });
    const dueYesterdayInAuckland = await h.invoice(c.id, ['1.00'], { issueDate: '2031-03-01', dueDate: '2031-03-10' });
    const automation = t.config.automation;
    const zone = automation.timeZone;
    try {
      // 11 March, 01:30 in Auckland (UTC+13) is still 10 March in UTC.
      automation.clock.setTo('2031-03-10T12:30:00Z');
      automation.timeZone = 'Pacific/Auckland';
      const rows = async () => h.ok(await t.gql(LIST, { f: { clientId: c.id, overdue: true } }, admin)).invoices.edges.map((e) => e.node);
      expect(await rows()).toEqual([{ id: dueYesterdayInAuckland.id, status: 'UNPAID', overdue: true }]);
      automation.timeZone = 'UTC';
      expect(await rows()).toEqual([]);
      expect((await h.get(dueYesterdayInAuckland.id)).overdue).toBe(false);
    } finally {
      automation.timeZone = zone;
      automation.clock.setTo(undefined);
    }
  });
});
