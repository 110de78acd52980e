import { errorOf, type TestApp } from '../support/test-app';
import { APPLY, PAY, REFUND, startInvoiceTestApp, type invoiceHelpers } from '../support/invoices';
import { startStripeGateway, type StripeGateway } from '../support/stripe-gateway';
import { validateGateway } from '../../src/provisioning/module-registry';
import { graphql } from '../generated';
import type { ClientPermission } from '../generated/graphql';

const CONFIGURE = graphql(`mutation PaymentGatewaysConfigure($i: ConfigurePaymentGatewayInput!) { configurePaymentGateway(input: $i) { module enabled currencies settings } }`);
const AVAILABLE = graphql(`query PaymentGatewaysAvailable($id: ID!) { availablePaymentGateways(invoiceId: $id) { module displayName } }`);
const PAY_INVOICE = graphql(`mutation PaymentGatewaysPay($id: ID!, $g: String!) { payInvoice(invoiceId: $id, gateway: $g) { gateway amount { amount currency } clientSecret redirectUrl instructions reference } }`);
const CREATE_USER = graphql(`mutation PaymentGatewaysCreateUser($c: ID!, $i: CreateClientUserInput!) { createClientUser(clientId: $c, input: $i) { id } }`);
const GATEWAY_SETTINGS = graphql(`query PaymentGatewaysSettings { paymentGatewaySettings { module settings } }`);
const INVOICE_PAYMENTS = graphql(`query PaymentGatewaysInvoice($id: ID!) { invoice(id: $id) { status balanceDue { amount } amountRefunded { amount } transactions { id kind gateway transactionId amount { amount currency } } } }`);

describe('payment gateways (issue 14.2)', () => {
  let t: TestApp;
  let admin: string;
  let h: ReturnType<typeof invoiceHelpers>;
  let stripe: StripeGateway;

  beforeAll(async () => {
    ({ t, admin, h } = await startInvoiceTestApp());
    stripe = await startStripeGateway(t, admin);
    h.ok(await t.gql(CONFIGURE, { i: {
      module: 'bank-transfer', enabled: true, currencies: ['EUR', 'USD'], settings: { accountHolder: 'Example Hosting B.V.', iban: 'NL91ABNA0417164300', bic: 'ABNANL2A' },
    } }, admin));
  });
  afterAll(async () => {
    await t.stop();
    await stripe.stop();
  });

  /** A client with an Unpaid invoice of 12.10 EUR (10.00 + 21 % VAT NL), and its login. */
  async function clientWithInvoice() {
    const client = await h.newClient({ country: 'NL' });
    const invoice = await h.invoice(client.id, ['10.00']);
    expect(invoice.status).toBe('UNPAID');
    return { client, invoice, token: await client.token() };
  }
  const payments = async (invoiceId: string) => h.ok(await t.gql(INVOICE_PAYMENTS, { id: invoiceId }, admin)).invoice!;

  it('issue 14.2: gateway modules load apart from provisioning modules; an incomplete one is refused with the reason', () => {
    expect([...t.app.modules.gateways.keys()]).toEqual(['bank-transfer', 'stripe']);
    expect(t.app.modules.modules.has('stripe')).toBe(false);
    expect(t.app.modules.problems).toEqual([]);
    const gateway = { name: 'my-pay', version: '1.0.0', sdkVersion: '^1.0.0', kind: 'gateway', displayName: 'My Pay', settingsSchema: { type: 'object' }, startPayment: async () => ({}) };
    expect(validateGateway(gateway)).toBeUndefined();
    expect(validateGateway({ ...gateway, startPayment: undefined })).toMatch(/startPayment/);
    expect(validateGateway({ ...gateway, settingsSchema: { type: 'no-such-type' } })).toMatch(/settingsSchema/);
    expect(validateGateway({ ...gateway, verifyCallback: 'yes' })).toMatch(/verifyCallback/);
    expect(validateGateway({ ...gateway, sdkVersion: '^9.0.0' })).toMatch(/plugin SDK/);
  });

  it('issue 14.2: a client pays its invoice through Stripe end to end: client secret, signed webhook, invoice Paid with one transaction of the PaymentIntent', async () => {
    const { invoice, token } = await clientWithInvoice();
    const started = h.ok(await t.gql(PAY_INVOICE, { id: invoice.id, g: 'stripe' }, token)).payInvoice;
    expect(started).toMatchObject({ gateway: 'stripe', amount: { amount: '12.10', currency: 'EUR' }, redirectUrl: null, instructions: null });
    expect(started.clientSecret).toMatch(new RegExp(`^${started.reference}_secret_`));
    const created = stripe.requests.find((r) => r.method === 'POST' && r.path === '/v1/payment_intents' && stripe.intents.get(started.reference!)?.metadata.invoice_id === (r.params.metadata as Record<string, string>)?.invoice_id);
    expect(created?.params).toMatchObject({ amount: '1210', currency: 'eur' });
    expect(created?.idempotencyKey).toBeTruthy();

    // A second click starts nothing new: the same idempotency key answers the same PaymentIntent.
    const again = h.ok(await t.gql(PAY_INVOICE, { id: invoice.id, g: 'stripe' }, token)).payInvoice;
    expect(again.reference).toBe(started.reference);

    const webhook = await stripe.confirm(started.reference!);
    expect(webhook.status).toBe(200);
    const paid = await payments(invoice.id);
    expect(paid).toMatchObject({ status: 'PAID', balanceDue: { amount: '0.00' } });
    expect(paid.transactions).toEqual([expect.objectContaining({ kind: 'PAYMENT', gateway: 'stripe', transactionId: started.reference, amount: { amount: '12.10', currency: 'EUR' } })]);

    // Stripe delivers webhooks at least once: the same event again records nothing twice.
    const replay = await stripe.send(webhook.body, webhook.signature);
    expect(replay.status).toBe(200);
    const [replayedTwice] = await Promise.all([stripe.send(webhook.body, webhook.signature), stripe.send(webhook.body, webhook.signature)]);
    expect(replayedTwice.status).toBe(200);
    expect((await payments(invoice.id)).transactions).toHaveLength(1);
  });

  it('issue 14.2: a forged, expired or unsigned webhook is refused with 400 and records nothing', async () => {
    const { invoice, token } = await clientWithInvoice();
    const started = h.ok(await t.gql(PAY_INVOICE, { id: invoice.id, g: 'stripe' }, token)).payInvoice;
    const intent = stripe.intents.get(started.reference!)!;
    Object.assign(intent, { status: 'succeeded', amount_received: intent.amount });
    const body = JSON.stringify({ id: 'evt_forged', object: 'event', type: 'payment_intent.succeeded', data: { object: intent } });

    const forged = await stripe.send(body, stripe.sign(body, undefined, 'whsec_someone_elses_secret'));
    expect(forged.status).toBe(400);
    const expired = await stripe.send(body, stripe.sign(body, Math.floor(Date.now() / 1000) - 301));
    expect(expired.status).toBe(400);
    const tampered = await stripe.send(body.replace('payment_intent.succeeded', 'payment_intent.succeeded '), stripe.sign(body));
    expect(tampered.status).toBe(400);
    expect((await stripe.send(body, '')).status).toBe(400);
    expect(await payments(invoice.id)).toMatchObject({ status: 'UNPAID', transactions: [] });

    // The genuine signature of the same body is accepted: the refusals were about the signature only.
    expect((await stripe.send(body, stripe.sign(body))).status).toBe(200);
    expect(await payments(invoice.id)).toMatchObject({ status: 'PAID' });
  });

  it('issue 14.2: a client cannot pay another client\'s invoice (NOT_FOUND), its users need the INVOICES permission, and only gateways enabled for the invoice currency are offered', async () => {
    const mine = await clientWithInvoice();
    const theirs = await clientWithInvoice();
    expect(errorOf(await t.gql(PAY_INVOICE, { id: theirs.invoice.id, g: 'stripe' }, mine.token))).toMatchObject({ code: 'NOT_FOUND' });
    expect(errorOf(await t.gql(AVAILABLE, { id: theirs.invoice.id }, mine.token))).toMatchObject({ code: 'NOT_FOUND' });

    // A user of the client pays only with the INVOICES permission.
    const user = (permissions: ClientPermission[]) => ({ email: `payer-${permissions.join('-') || 'none'}-${Date.now()}@example.com`, firstName: 'Pay', lastName: 'Er', password: 'client-password-1', permissions });
    const withoutInvoices = user(['PROFILE']);
    const withInvoices = user(['INVOICES']);
    for (const u of [withoutInvoices, withInvoices]) h.ok(await t.gql(CREATE_USER, { c: mine.client.id, i: u }, admin));
    expect(errorOf(await t.gql(PAY_INVOICE, { id: mine.invoice.id, g: 'bank-transfer' }, await t.clientToken(withoutInvoices.email, withoutInvoices.password)))).toMatchObject({ code: 'FORBIDDEN' });
    expect(h.ok(await t.gql(PAY_INVOICE, { id: mine.invoice.id, g: 'bank-transfer' }, await t.clientToken(withInvoices.email, withInvoices.password))).payInvoice.gateway).toBe('bank-transfer');

    const dollars = await h.newClient({ country: 'US', currency: 'USD' });
    const usd = await h.invoice(dollars.id, ['10.00']);
    const token = await dollars.token();
    expect(h.ok(await t.gql(AVAILABLE, { id: usd.id }, token)).availablePaymentGateways).toEqual([{ module: 'bank-transfer', displayName: 'Bank transfer' }]);
    const refused = errorOf(await t.gql(PAY_INVOICE, { id: usd.id, g: 'stripe' }, token));
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', field: 'gateway' });
    expect(errorOf(await t.gql(PAY_INVOICE, { id: usd.id, g: 'no-such-gateway' }, token))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'gateway' });
    expect(stripe.requests.filter((r) => (r.params.metadata as Record<string, string> | undefined)?.invoice_id !== undefined && r.params.currency === 'usd')).toEqual([]);
    expect(h.ok(await t.gql(AVAILABLE, { id: mine.invoice.id }, mine.token)).availablePaymentGateways.map((g) => g.module)).toEqual(['bank-transfer', 'stripe']);
  });

  it('issue 14.2: bank transfer answers payment instructions with the invoice number as reference; staff record the payment as before', async () => {
    const { invoice, token } = await clientWithInvoice();
    const started = h.ok(await t.gql(PAY_INVOICE, { id: invoice.id, g: 'bank-transfer' }, token)).payInvoice;
    expect(started).toMatchObject({ gateway: 'bank-transfer', clientSecret: null, redirectUrl: null, reference: invoice.number });
    expect(started.instructions).toContain('12.10 EUR');
    expect(started.instructions).toContain('NL91ABNA0417164300');
    expect(started.instructions).toContain(`Reference: ${invoice.number}`);
    expect(await payments(invoice.id)).toMatchObject({ status: 'UNPAID', transactions: [] });
    // Staff may start a payment of any invoice.
    expect(h.ok(await t.gql(PAY_INVOICE, { id: invoice.id, g: 'bank-transfer' }, admin)).payInvoice.instructions).toContain('12.10 EUR');
    // Operator configuration: staff only, validated against the gateway's settings schema, changing nothing when refused.
    expect(errorOf(await t.gql(CONFIGURE, { i: { module: 'bank-transfer', enabled: false, currencies: ['EUR'], settings: {} } }, token))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await t.gql(CONFIGURE, { i: { module: 'bank-transfer', enabled: false, currencies: ['EUR'], settings: { iban: 'NL91ABNA0417164300' } } }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'accountHolder' });
    expect(errorOf(await t.gql(CONFIGURE, { i: { module: 'bank-transfer', enabled: false, currencies: ['EURO'], settings: {} } }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currencies' });
    expect(errorOf(await t.gql(CONFIGURE, { i: { module: 'no-such-gateway', enabled: true, currencies: ['EUR'] } }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'module' });
    expect(h.ok(await t.gql(AVAILABLE, { id: invoice.id }, token)).availablePaymentGateways.map((g) => g.module)).toContain('bank-transfer');
    // The operator's settings come back without change; bank transfer has no secrets.
    const settings = h.ok(await t.gql(GATEWAY_SETTINGS, {}, admin)).paymentGatewaySettings;
    expect(settings.find((s) => s.module === 'stripe')?.settings).toMatchObject({ secretKey: null, webhookSecret: null, apiPort: stripe.port });
    // The money arrives: staff record it with the transfer's reference, as for any payment.
    h.ok(await t.gql(PAY, { i: { invoiceId: invoice.id, amount: '12.10', gateway: 'bank-transfer', transactionId: `bank-${invoice.number}` } }, admin));
    expect(await payments(invoice.id)).toMatchObject({ status: 'PAID', transactions: [expect.objectContaining({ gateway: 'bank-transfer', amount: { amount: '12.10', currency: 'EUR' } })] });
  });

  it('issue 14.2 (CR-3): a client pays its own invoice from its credit balance; another client\'s invoice is NOT_FOUND', async () => {
    const { client, invoice, token } = await clientWithInvoice();
    await h.addCredit(client.id, '20.00');
    const other = await clientWithInvoice();
    expect(errorOf(await t.gql(APPLY, { id: other.invoice.id }, token))).toMatchObject({ code: 'NOT_FOUND' });
    const paid = h.ok(await t.gql(APPLY, { id: invoice.id }, token)).applyCredit;
    expect(paid).toMatchObject({ status: 'PAID', creditApplied: { amount: '12.10' }, balanceDue: { amount: '0.00' } });
    expect(await h.balance(client.id)).toBe('7.90');
    expect(errorOf(await t.gql(PAY_INVOICE, { id: invoice.id, g: 'stripe' }, token))).toMatchObject({ code: 'CONFLICT' });
  });

  it('issue 14.2: refunding a Stripe payment goes through Stripe and records the refund under Stripe\'s refund id; a retry refunds nothing twice', async () => {
    const { invoice, token } = await clientWithInvoice();
    const started = h.ok(await t.gql(PAY_INVOICE, { id: invoice.id, g: 'stripe' }, token)).payInvoice;
    expect((await stripe.confirm(started.reference!)).status).toBe(200);
    const [payment] = (await payments(invoice.id)).transactions;

    const partial = h.ok(await t.gql(REFUND, { i: { paymentId: payment.id, amount: '2.10' } }, admin)).refundTransaction;
    const refundsAtStripe = stripe.refunds.filter((r) => r.payment_intent === started.reference);
    expect(refundsAtStripe).toEqual([expect.objectContaining({ amount: 210, currency: 'eur' })]);
    expect(partial).toMatchObject({ kind: 'REFUND', gateway: 'stripe', amount: { amount: '-2.10', currency: 'EUR' }, refundOf: { id: payment.id }, toCredit: false });
    const recorded = (await payments(invoice.id)).transactions.find((tx) => tx.id === partial.id);
    expect(recorded?.transactionId).toBe(refundsAtStripe[0].id);

    const rest = h.ok(await t.gql(REFUND, { i: { paymentId: payment.id } }, admin)).refundTransaction;
    expect(rest.amount).toEqual({ amount: '-10.00', currency: 'EUR' });
    expect(stripe.refunds.filter((r) => r.payment_intent === started.reference).map((r) => r.amount)).toEqual([210, 1000]);
    expect(await payments(invoice.id)).toMatchObject({ status: 'REFUNDED', amountRefunded: { amount: '12.10' } });
    expect(errorOf(await t.gql(REFUND, { i: { paymentId: payment.id } }, admin))).toMatchObject({ code: 'CONFLICT' });
    expect(stripe.refunds.filter((r) => r.payment_intent === started.reference)).toHaveLength(2);
  });

  it('issue 14.2: a gateway that refuses (here a wrong API key) answers SERVICE_UNAVAILABLE without the secret and records nothing', async () => {
    const { invoice, token } = await clientWithInvoice();
    const configure = (secretKey?: string) => t.gql(CONFIGURE, { i: { module: 'stripe', enabled: true, currencies: ['EUR'], settings: stripe.settings(secretKey) } }, admin);
    h.ok(await configure('sk_test_revoked_key'));
    try {
      const refused = await t.gql(PAY_INVOICE, { id: invoice.id, g: 'stripe' }, token);
      expect(errorOf(refused)).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
      expect(JSON.stringify(refused)).not.toContain('sk_test_revoked_key');
      expect(await payments(invoice.id)).toMatchObject({ status: 'UNPAID', transactions: [] });
    } finally {
      h.ok(await configure());
    }
  });
});
