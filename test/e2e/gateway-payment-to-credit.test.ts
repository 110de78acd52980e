import { ok, type TestApp } from '../support/test-app';
import { CANCEL, PAY, REFUND, startInvoiceTestApp, type invoiceHelpers } from '../support/invoices';
import { startStripeGateway, type StripeGateway } from '../support/stripe-gateway';
import { graphql } from '../generated';

const PAY_INVOICE = graphql(`mutation LatePayStart($id: ID!, $g: String!) { payInvoice(invoiceId: $id, gateway: $g) { reference } }`);
const PAYMENTS = graphql(`query LatePayInvoice($id: ID!) { invoice(id: $id) {
  status amountPaid { amount } balanceDue { amount }
  transactions { id kind gateway transactionId amount { amount currency } toClientCredit { amount } } } }`);
const DELETE_CLIENT = graphql(`mutation LatePayDeleteClient($id: ID!) { deleteClients(ids: [$id], confirm: true) }`);
const EMAILS = graphql(`query LatePayEmails($c: ID!) { clientEmails(clientId: $c, first: 50) { edges { node { type recipient subject body } } } }`);

/*
 * A Stripe payment captured for an invoice that can no longer take it
 * (cancelled, or paid in full another way between checkout and the webhook).
 * Stripe retries a webhook until it gets a 2xx, and the money is taken either
 * way: it is recorded, goes to the client's credit (CR-4) and staff are told.
 */
describe('gateway payment for an invoice that can no longer take it', () => {
  let t: TestApp;
  let admin: string;
  let h: ReturnType<typeof invoiceHelpers>;
  let stripe: StripeGateway;

  beforeAll(async () => {
    ({ t, admin, h } = await startInvoiceTestApp());
    stripe = await startStripeGateway(t, admin);
  });
  afterAll(async () => {
    await t.stop();
    await stripe.stop();
  });

  /** A client with an Unpaid invoice of 12.10 EUR whose Stripe checkout has started. */
  async function checkoutStarted() {
    const client = await h.newClient({ country: 'NL' });
    const invoice = await h.invoice(client.id, ['10.00']);
    const intent = ok(await t.gql(PAY_INVOICE, { id: invoice.id, g: 'stripe' }, await client.token())).payInvoice.reference!;
    return { client, invoice, intent };
  }
  const payments = async (invoiceId: string) => ok(await t.gql(PAYMENTS, { id: invoiceId }, admin)).invoice!;
  const alerts = async (clientId: string) =>
    ok(await t.gql(EMAILS, { c: clientId }, admin)).clientEmails.edges.map((e) => e.node).filter((m) => m.type === 'paymentToCredit');
  const activeAdmins = async () => (await h.sql(`select email from staff_user where active and role = 'admin' order by email`)).map((r) => r.email as string);

  it('CR-4: a Stripe payment for an invoice cancelled after checkout is answered 200, recorded as credit, alerts every admin, and a replay records nothing twice', async () => {
    const { client, invoice, intent } = await checkoutStarted();
    ok(await t.gql(CANCEL, { id: invoice.id }, admin));

    const webhook = await stripe.confirm(intent);
    expect(webhook.status).toBe(200);
    const after = await payments(invoice.id);
    expect(after).toMatchObject({ status: 'CANCELLED', amountPaid: { amount: '0.00' }, balanceDue: { amount: '0.00' } });
    expect(after.transactions).toEqual([expect.objectContaining({
      kind: 'PAYMENT', gateway: 'stripe', transactionId: intent, amount: { amount: '12.10', currency: 'EUR' }, toClientCredit: { amount: '12.10' },
    })]);
    expect(await h.balance(client.id)).toBe('12.10');
    expect(await h.ledger(client.id)).toEqual({ sum: '1210', balance: '1210' });

    const sent = await alerts(client.id);
    expect(sent.map((m) => m.recipient).sort()).toEqual(await activeAdmins());
    expect(sent[0].subject).toBe(`Payment for CANCELLED invoice ${invoice.number} went to credit`);
    expect(sent[0].body).toContain(`12.10 EUR (${intent})`);
    expect(sent[0].body).toContain(client.email);

    // Stripe delivers at least once: the same event again, also twice at once, records and alerts nothing more.
    expect((await stripe.send(webhook.body, webhook.signature)).status).toBe(200);
    const replays = await Promise.all([stripe.send(webhook.body, webhook.signature), stripe.send(webhook.body, webhook.signature)]);
    expect(replays.map((r) => r.status)).toEqual([200, 200]);
    expect((await payments(invoice.id)).transactions).toHaveLength(1);
    expect(await h.balance(client.id)).toBe('12.10');
    expect(await alerts(client.id)).toHaveLength(sent.length);
  });

  it('CR-4: a Stripe payment for an invoice paid in full by bank transfer meanwhile goes to credit whole, with a staff alert; the bank payment stays as it was', async () => {
    const { client, invoice, intent } = await checkoutStarted();
    ok(await t.gql(PAY, { i: { invoiceId: invoice.id, amount: '12.10', gateway: 'bank-transfer', transactionId: `bank-${invoice.number}` } }, admin));
    expect(await alerts(client.id)).toEqual([]);

    const webhook = await stripe.confirm(intent);
    expect(webhook.status).toBe(200);
    const after = await payments(invoice.id);
    expect(after).toMatchObject({ status: 'PAID', amountPaid: { amount: '12.10' } });
    expect(after.transactions).toEqual([
      expect.objectContaining({ gateway: 'bank-transfer', toClientCredit: { amount: '0.00' } }),
      expect.objectContaining({ gateway: 'stripe', transactionId: intent, amount: { amount: '12.10', currency: 'EUR' }, toClientCredit: { amount: '12.10' } }),
    ]);
    expect(await h.balance(client.id)).toBe('12.10');
    const sent = await alerts(client.id);
    expect(sent.map((m) => m.recipient).sort()).toEqual(await activeAdmins());
    expect(sent[0].subject).toBe(`Payment for PAID invoice ${invoice.number} went to credit`);

    expect((await stripe.send(webhook.body, webhook.signature)).status).toBe(200);
    expect((await payments(invoice.id)).transactions).toHaveLength(2);
    expect(await h.balance(client.id)).toBe('12.10');
    expect(await alerts(client.id)).toHaveLength(sent.length);
  });

  it('CR-4: a Stripe payment for an open invoice pays it and alerts nobody', async () => {
    const { client, invoice, intent } = await checkoutStarted();
    expect((await stripe.confirm(intent)).status).toBe(200);
    expect(await payments(invoice.id)).toMatchObject({ status: 'PAID', amountPaid: { amount: '12.10' } });
    expect(await h.balance(client.id)).toBe('0.00');
    expect(await alerts(client.id)).toEqual([]);
  });

  it('CR-4: a Stripe payment for a deleted client\'s cancelled invoice is answered 200 and recorded on the invoice (nobody\'s credit), every admin is told to refund it, and the refund goes through', async () => {
    const { client, invoice, intent } = await checkoutStarted();
    ok(await t.gql(CANCEL, { id: invoice.id }, admin));
    ok(await t.gql(DELETE_CLIENT, { id: client.id }, admin));

    const webhook = await stripe.confirm(intent);
    expect(webhook.status).toBe(200);
    const after = await payments(invoice.id);
    expect(after).toMatchObject({ status: 'CANCELLED', amountPaid: { amount: '0.00' } });
    expect(after.transactions).toEqual([expect.objectContaining({
      kind: 'PAYMENT', gateway: 'stripe', transactionId: intent, amount: { amount: '12.10', currency: 'EUR' }, toClientCredit: { amount: '12.10' },
    })]);
    const sent = async () => h.sql(`select recipient, subject, body from mail_message where type = 'paymentOfDeletedClient' and client_id is null and body like ? order by recipient`, [`%${intent}%`]);
    const alerted = await sent();
    expect(alerted.map((m) => m.recipient)).toEqual(await activeAdmins());
    expect(alerted[0].subject).toBe(`Payment of 12.10 EUR for invoice ${invoice.number} of a deleted client`);
    expect(alerted[0].body).toContain(client.email);

    // A replay records and alerts nothing more.
    expect((await stripe.send(webhook.body, webhook.signature)).status).toBe(200);
    expect((await payments(invoice.id)).transactions).toHaveLength(1);
    expect(await sent()).toHaveLength(alerted.length);

    // Staff give the money back: the overpaid part is nobody's credit to take back, only to refund.
    const refund = ok(await t.gql(REFUND, { i: { paymentId: after.transactions[0].id } }, admin)).refundTransaction;
    expect(refund).toMatchObject({ kind: 'REFUND', gateway: 'stripe', amount: { amount: '-12.10', currency: 'EUR' }, toCredit: false });
    expect((await t.gql(REFUND, { i: { paymentId: after.transactions[0].id } }, admin)).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOTHING_TO_REFUND' });
  });
});
