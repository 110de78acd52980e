/**
 * Issue 14 end to end, and accepting on payment (OR-2): a client signs up,
 * previews and places an order for a Plesk product with an addon and a
 * promotion code, pays through the Stripe test server's signed webhook, the
 * order is accepted on payment, the real job runner creates the Plesk
 * customer and subscription on the Plesk test server, and a graphql-ws
 * subscriber saw every transition of the order in order.
 */
import { StaffRole } from '../../src/auth/staff-user.entity';
import { keyOf } from '../support/ids';
import { waitFor } from '../support/wait';
import { FakePleskServer } from '../servers/plesk/plesk-server';
import { startStripeGateway, type StripeGateway } from '../support/stripe-gateway';
import { errorOf, nextEvents, ok, startTestApp, type TestApp } from '../support/test-app';
import { subscribed } from '../support/subscription-feed';
import { createPleskServer, createProduct } from '../support/fixtures';
import { graphql } from '../generated';
import type { CartInput } from '../generated/graphql';

graphql(`fragment OrderToPleskOrder on Order { id status total { amount currency } discount { amount } promotionCode
  items { id position kind status error service { id status domain } } invoices { id status total { amount currency } } }`);
const REGISTER = graphql(`mutation OrderToPleskRegister($i: RegisterClientInput!) { registerClient(input: $i) { id } }`);
const PREVIEW = graphql(`query OrderToPleskPreview($cart: CartInput!) { previewOrder(cart: $cart) {
  currency invoiceCount promotionCode subtotal { amount } discount { amount } tax { amount } total { amount currency } lines { itemPosition description amount { amount } } } }`);
const PLACE = graphql(`mutation OrderToPleskPlace($cart: CartInput!) { placeOrder(cart: $cart) { ...OrderToPleskOrder } }`);
const GET = graphql(`query OrderToPleskGet($id: ID!) { order(id: $id) { ...OrderToPleskOrder } }`);
const CANCEL = graphql(`mutation OrderToPleskCancel($id: ID!) { cancelOrder(id: $id) { id status } }`);
const FRAUD = graphql(`mutation OrderToPleskFraud($id: ID!) { markOrderFraud(id: $id) { id status } }`);
const WATCH = graphql(`subscription OrderToPleskWatch($id: ID!) { orderChanged(id: $id) { orderId change status items { position progress error } } }`);
const PAY_INVOICE = graphql(`mutation OrderToPleskPayInvoice($id: ID!, $g: String!) { payInvoice(invoiceId: $id, gateway: $g) { reference amount { amount currency } } }`);
const APPLY = graphql(`mutation OrderToPleskApply($id: ID!) { applyCredit(invoiceId: $id) { id status } }`);
const ADD_CREDIT = graphql(`mutation OrderToPleskAddCredit($i: CreditChangeInput!) { addCredit(input: $i) { id } }`);
const SETTINGS = graphql(`mutation OrderToPleskSettings($i: UpdateSettingsInput!) { updateSettings(input: $i) { acceptOrdersOnPayment } }`);
const READ_SETTINGS = graphql(`query OrderToPleskReadSettings { settings { acceptOrdersOnPayment } }`);
const BILLING_SETTINGS = graphql(`mutation OrderToPleskBillingSettings($i: UpdateBillingSettingsInput!) { updateBillingSettings(input: $i) { autoApplyCredit } }`);
const CREATE_SERVER_GROUP = graphql(`mutation OrderToPleskCreateServerGroup($i: ServerGroupInput!) { createServerGroup(input: $i) { id } }`);
const UPDATE_PRODUCT = graphql(`mutation OrderToPleskUpdateProduct($id: ID!, $i: UpdateProductInput!) { updateProduct(id: $id, input: $i) { id acceptOnPayment } }`);
const PRODUCT = graphql(`query OrderToPleskProduct($id: ID!) { product(id: $id) { acceptOnPayment } }`);
const CREATE_ADDON = graphql(`mutation OrderToPleskCreateAddon($i: AddonInput!) { createAddon(input: $i) { id } }`);
const CREATE_PROMOTION = graphql(`mutation OrderToPleskCreatePromotion($i: PromotionInput!) { createPromotion(input: $i) { code } }`);

describe('issue 14: from sign-up to a Plesk subscription, accepted on payment (OR-1, OR-2, OR-4)', () => {
  const plesk = new FakePleskServer();
  let stripe: StripeGateway;
  let t: TestApp;
  let admin: string;
  let hosting: string;
  let backups: string;
  let consulting: string;
  let promotion: string;
  let registered = 0;

  const sql = async (query: string, params: unknown[] = []) => t.app.orm.em.fork().getConnection().execute(query, params);
  /** A client that signed itself up, logged in. */
  const signUp = async () => {
    const email = `buyer-${++registered}-${Date.now()}@example.com`;
    const { id } = ok(await t.gql(REGISTER, { i: { firstName: 'Ada', lastName: 'Buyer', email, password: 'client-password-1', currency: 'EUR' } })).registerClient;
    return { id, email, token: await t.clientToken(email, 'client-password-1') };
  };
  const orderOf = async (id: string) => ok(await t.gql(GET, { id }, admin)).order!;
  const createJobs = async (orderId: string) => (await sql(
    `select count(*)::int as n from module_job j join order_item i on i.service_id = j.service_id where i.order_id = ? and j.command = 'create'`, [keyOf(orderId)],
  ))[0].n as number;
  const acceptances = async (orderId: string) => (await sql(`select count(*)::int as n from activity_log_entry where action = 'order.accept' and target_id = ?`, [String(keyOf(orderId))]))[0].n as number;
  const setAcceptOnPayment = async (on: boolean) => expect(ok(await t.gql(SETTINGS, { i: { acceptOrdersOnPayment: on } }, admin)).updateSettings.acceptOrdersOnPayment).toBe(on);

  beforeAll(async () => {
    await plesk.start();
    t = await startTestApp({ JOBS_POLL_MS: '50', MODULE_RETRY_BASE_MS: '50', MODULE_MAX_ATTEMPTS: '3' });
    admin = await t.staffToken(StaffRole.ADMIN);
    stripe = await startStripeGateway(t, admin);
    const group = ok(await t.gql(CREATE_SERVER_GROUP, { i: { name: 'Plesk servers' } }, admin)).createServerGroup.id;
    await createPleskServer(t, admin, plesk, { groupId: group });
    hosting = await createProduct(t, admin, {
      name: 'Web Starter', type: 'HOSTING', payType: 'RECURRING', module: 'plesk', productOptions: { planName: 'Starter' }, serverGroupId: group,
      prices: [{ currency: 'EUR', cycle: 'MONTHLY', amount: '10.00' }],
    });
    consulting = await createProduct(t, admin, { name: 'Consulting', type: 'OTHER', payType: 'ONE_TIME', prices: [{ currency: 'EUR', cycle: 'ONE_TIME', amount: '50.00' }] });
    backups = ok(await t.gql(CREATE_ADDON, { i: {
      name: 'Backups', payType: 'RECURRING', productIds: [hosting], prices: [{ currency: 'EUR', cycle: 'MONTHLY', amount: '2.00' }],
    } }, admin)).createAddon.id;
    promotion = ok(await t.gql(CREATE_PROMOTION, { i: {
      code: 'WELCOME20', type: 'PERCENT', value: '20', appliesTo: 'FIRST_PAYMENT',
    } }, admin)).createPromotion.code;
    await setAcceptOnPayment(true);
  });
  afterAll(async () => {
    await t?.stop();
    await stripe?.stop();
    await plesk.stop();
  });

  it('issue 14 / OR-2: sign-up → preview → order with an addon and a promotion → signed Stripe webhook → accepted on payment → Plesk customer and subscription; the subscriber saw every transition in order; a replayed webhook accepts nothing twice', async () => {
    const client = await signUp();
    const domain = `shop-${Date.now()}.example`;
    const cart: CartInput = { products: [{ productId: hosting, cycle: 'MONTHLY', domain, addons: [{ addonId: backups }] }], domains: [], promotionCode: promotion.toLowerCase() };

    const preview = ok(await t.gql(PREVIEW, { cart }, client.token)).previewOrder;
    expect(preview.lines.map((l) => [l.itemPosition, l.description, l.amount.amount])).toEqual([
      [1, `Web Starter – ${domain} (monthly)`, '10.00'],
      [1, 'Promotion WELCOME20: Web Starter', '-2.00'],
      [2, 'Backups (monthly)', '2.00'],
    ]);
    expect(preview).toMatchObject({ invoiceCount: 1, promotionCode: 'WELCOME20', discount: { amount: '2.00' }, total: { amount: '10.00', currency: 'EUR' } });

    const order = ok(await t.gql(PLACE, { cart }, client.token)).placeOrder;
    expect(order).toMatchObject({ status: 'PENDING', total: preview.total, discount: preview.discount, promotionCode: 'WELCOME20' });
    expect(order.items.map((i) => [i.kind, i.status, i.service])).toEqual([['PRODUCT', 'PENDING', null], ['ADDON', 'PENDING', null]]);
    const [invoice] = order.invoices;
    expect(invoice).toMatchObject({ status: 'UNPAID', total: preview.total });
    // Unpaid: nothing is created on a server.
    expect(await createJobs(order.id)).toBe(0);

    // The owner and staff watch from before the payment; the order takes three steps: accepted with its create queued, running, done.
    const [owner, staff] = await subscribed(() => [nextEvents(t.ws(client.token), WATCH, { id: order.id }, 3, 30_000), nextEvents(t.ws(admin), WATCH, { id: order.id }, 3, 30_000)], 2);

    const started = ok(await t.gql(PAY_INVOICE, { id: invoice.id, g: 'stripe' }, client.token)).payInvoice;
    expect(started.amount).toEqual({ amount: '10.00', currency: 'EUR' });
    const webhook = await stripe.confirm(started.reference!);
    expect(webhook.status).toBe(200);

    const active = await waitFor(async () => {
      const current = await orderOf(order.id);
      return current.status === 'ACTIVE' ? current : undefined;
    }, { what: 'the order to be accepted on payment and its subscription created' });
    expect(active.invoices[0].status).toBe('PAID');
    expect(active.items.map((i) => [i.status, i.error])).toEqual([['ACCEPTED', null], ['ACCEPTED', null]]);
    expect(active.items[0].service).toMatchObject({ status: 'ACTIVE', domain });

    // On the Plesk server: one customer for the client, one subscription of the domain owned by it.
    const customers = [...plesk.customers.values()].filter((c) => c.email === client.email);
    expect(customers).toHaveLength(1);
    const subscriptions = [...plesk.webspaces.values()].filter((w) => w.name === domain);
    expect(subscriptions).toHaveLength(1);
    expect(subscriptions[0].ownerId).toBe(customers[0].id);

    for (const feed of [await owner.done, await staff.done]) {
      expect(feed.map((e) => [e.orderChanged.change, e.orderChanged.status, e.orderChanged.items.map((i) => i.progress)])).toEqual([
        ['ITEM_PROGRESS', 'PENDING', ['QUEUED', 'DONE']],
        ['ITEM_PROGRESS', 'PENDING', ['RUNNING', 'DONE']],
        ['STATUS_CHANGED', 'ACTIVE', ['DONE', 'DONE']],
      ]);
      expect(feed.map((e) => e.orderChanged.orderId)).toEqual([order.id, order.id, order.id]);
    }

    // Stripe delivers at least once: the same event again, twice at once, records and accepts nothing more.
    const replays = await Promise.all([stripe.send(webhook.body, webhook.signature), stripe.send(webhook.body, webhook.signature)]);
    expect(replays.map((r) => r.status)).toEqual([200, 200]);
    expect(await createJobs(order.id)).toBe(1);
    expect(await acceptances(order.id)).toBe(1);
    expect([...plesk.webspaces.values()].filter((w) => w.name === domain)).toHaveLength(1);
    const [payments] = await sql(`select count(*)::int as n from payment_transaction where invoice_id = ?`, [keyOf(invoice.id)]);
    expect(payments.n).toBe(1);
  });

  it('OR-2: the product\'s choice overrides the operator\'s: off for the product leaves a paid order Pending with nothing created; on for the product accepts it with the operator\'s setting off', async () => {
    const client = await signUp();
    ok(await t.gql(ADD_CREDIT, { i: { clientId: client.id, amount: '500.00', description: 'prepaid' } }, admin));
    ok(await t.gql(BILLING_SETTINGS, { i: { autoApplyCredit: false } }, admin));
    try {
      const cart: CartInput = { products: [{ productId: consulting, cycle: 'ONE_TIME' }], domains: [] };
      expect(ok(await t.gql(UPDATE_PRODUCT, { id: consulting, i: { acceptOnPayment: false } }, admin)).updateProduct.acceptOnPayment).toBe(false);
      const held = ok(await t.gql(PLACE, { cart }, client.token)).placeOrder;
      expect(ok(await t.gql(APPLY, { id: held.invoices[0].id }, client.token)).applyCredit.status).toBe('PAID');
      expect(await orderOf(held.id)).toMatchObject({ status: 'PENDING', items: [{ status: 'PENDING', service: null }] });

      await setAcceptOnPayment(false);
      expect(ok(await t.gql(UPDATE_PRODUCT, { id: consulting, i: { acceptOnPayment: true } }, admin)).updateProduct.acceptOnPayment).toBe(true);
      const accepted = ok(await t.gql(PLACE, { cart }, client.token)).placeOrder;
      expect(accepted.status).toBe('PENDING');
      ok(await t.gql(APPLY, { id: accepted.invoices[0].id }, client.token));
      expect(await orderOf(accepted.id)).toMatchObject({ status: 'ACTIVE', items: [{ status: 'ACCEPTED', service: { status: 'ACTIVE' } }] });
      // null: the product follows the operator again (off).
      expect(ok(await t.gql(UPDATE_PRODUCT, { id: consulting, i: { acceptOnPayment: null } }, admin)).updateProduct.acceptOnPayment).toBeNull();
      const waiting = ok(await t.gql(PLACE, { cart }, client.token)).placeOrder;
      ok(await t.gql(APPLY, { id: waiting.invoices[0].id }, client.token));
      expect((await orderOf(waiting.id)).status).toBe('PENDING');
    } finally {
      ok(await t.gql(BILLING_SETTINGS, { i: { autoApplyCredit: true } }, admin));
      await setAcceptOnPayment(true);
    }
  });

  it('OR-2 / CR-3: an order its client\'s credit pays when placed is accepted at once', async () => {
    const client = await signUp();
    ok(await t.gql(ADD_CREDIT, { i: { clientId: client.id, amount: '100.00', description: 'prepaid' } }, admin));
    const order = ok(await t.gql(PLACE, { cart: { products: [{ productId: consulting, cycle: 'ONE_TIME' }], domains: [] } }, client.token)).placeOrder;
    expect(order.invoices[0].status).toBe('PAID');
    expect(order).toMatchObject({ status: 'ACTIVE', items: [{ status: 'ACCEPTED', service: { status: 'ACTIVE' } }] });
  });

  it('OR-2 / OR-4: a payment arriving for an order marked as fraud or cancelled meanwhile accepts nothing and creates nothing', async () => {
    const stops = {
      FRAUD: async (id: string) => ok(await t.gql(FRAUD, { id }, admin)).markOrderFraud,
      CANCELLED: async (id: string) => ok(await t.gql(CANCEL, { id }, admin)).cancelOrder,
    };
    for (const [status, stop] of Object.entries(stops)) {
      const client = await signUp();
      const order = ok(await t.gql(PLACE, { cart: { products: [{ productId: hosting, cycle: 'MONTHLY', domain: `stopped-${Date.now()}.example` }], domains: [] } }, client.token)).placeOrder;
      const started = ok(await t.gql(PAY_INVOICE, { id: order.invoices[0].id, g: 'stripe' }, client.token)).payInvoice;
      expect(await stop(order.id)).toEqual({ id: order.id, status });
      // The payer completes Stripe's form after the order was stopped.
      await stripe.confirm(started.reference!);
      const after = await orderOf(order.id);
      expect(after.status).toBe(status);
      expect(after.items.map((i) => [i.status, i.service])).toEqual([['CANCELLED', null]]);
      expect(await createJobs(order.id)).toBe(0);
    }
  });

  it('OR-2: the settings and the product override: admins only, null refused, nothing changed by a refusal', async () => {
    const client = await signUp();
    const support = await t.staffToken(StaffRole.SUPPORT);
    expect(errorOf(await t.gql(SETTINGS, { i: { acceptOrdersOnPayment: false } }, client.token))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await t.gql(SETTINGS, { i: { acceptOrdersOnPayment: false } }, support))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await t.gql(SETTINGS, { i: { acceptOrdersOnPayment: false } }))).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(errorOf(await t.gql(SETTINGS, { i: { acceptOrdersOnPayment: null } }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'acceptOrdersOnPayment' });
    expect(ok(await t.gql(READ_SETTINGS, {}, admin)).settings.acceptOrdersOnPayment).toBe(true);
    expect(errorOf(await t.gql(UPDATE_PRODUCT, { id: consulting, i: { acceptOnPayment: false } }, client.token))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await t.gql(PRODUCT, { id: consulting }, client.token))).toMatchObject({ code: 'FORBIDDEN' });
  });
});
