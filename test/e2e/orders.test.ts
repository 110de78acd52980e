import { StaffRole } from '../../src/auth/staff-user.entity';
import { sqlStatements } from '../../src/shared/orm';
import { noFraudCheck, useFraudCheck } from '../../src/orders/fraud-check';
import { idOf, keyOf } from '../support/ids';
import { errorOf, startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app';
import { invoiceHelpers, MARK_PAID, TAX_RULE } from '../support/invoices';
import { createProduct } from '../support/fixtures';
import { holdRow, untilWaitingOnLocks } from '../support/row-locks';
import { graphql } from '../generated';
import type { BillingCycle, CartInput, CartProductInput, OrderFilter, OrderOrder, OrdersInDepthQuery, PromotionInput } from '../generated/graphql';

const PREVIEW = graphql(`query OrdersPreview($cart: CartInput!, $c: ID) { previewOrder(cart: $cart, clientId: $c) {
  currency invoiceCount promotionCode subtotal { amount currency } discount { amount currency } tax { amount currency } total { amount currency }
  lines { itemPosition description amount { amount } tax { amount } total { amount } } } }`);
graphql(`fragment OrdersOrderFields on Order { id status currency promotionCode paymentStatus createdAt
  subtotal { amount currency } discount { amount currency } tax { amount currency } total { amount currency }
  client { id }
  items { id position kind status description cycle domain years nameservers parentPosition product { id } addon { id } invoice { id }
    configOptions { optionId choiceId quantity } firstPayment { amount currency } recurringAmount { amount currency } }
  invoices { ...InvoiceFields } }`);
const PLACE = graphql(`mutation OrdersPlace($cart: CartInput!) { placeOrder(cart: $cart) { ...OrdersOrderFields } }`);
const ADD = graphql(`mutation OrdersAdd($i: AddOrderInput!) { addOrder(input: $i) { ...OrdersOrderFields noInvoice noEmail items { priceOverridden server { id } } } }`);
const CANCEL = graphql(`mutation OrdersCancel($id: ID!) { cancelOrder(id: $id) { ...OrdersOrderFields } }`);
const FRAUD = graphql(`mutation OrdersFraud($id: ID!) { markOrderFraud(id: $id) { ...OrdersOrderFields } }`);
const GET = graphql(`query OrdersGet($id: ID!) { order(id: $id) { ...OrdersOrderFields } }`);
const LIST = graphql(`query OrdersList($f: OrderFilter, $o: OrderOrder, $first: Int, $after: String) { orders(filter: $f, orderBy: $o, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id status paymentStatus total { amount } client { id } promotionCode items { description } invoices { id status } } } } }`);
const CREATE_OPTIONS = graphql(`mutation OrdersCreateOptions($i: ConfigOptionGroupInput!) { createConfigOptionGroup(input: $i) { options { id name choices { id name } } } }`);
const CREATE_ADDON = graphql(`mutation OrdersCreateAddon($i: AddonInput!) { createAddon(input: $i) { id } }`);
const TLD_PRICING = graphql(`mutation OrdersTldPricing($i: TldPricingInput!) { setTldPricing(input: $i) { tld } }`);
const CREATE_GROUP = graphql(`mutation OrdersCreateGroup($i: ClientGroupInput!) { createClientGroup(input: $i) { id } }`);
const LOGIN_AS_CLIENT = graphql(`mutation OrdersLoginAsClient($c: ID!) { loginAsClient(clientId: $c) { token } }`);
const NODE_ID = graphql(`query OrdersNodeId($id: ID!) { node(id: $id) { id } }`);
const NODE_STATUS = graphql(`query OrdersNodeStatus($id: ID!) { node(id: $id) { ... on Order { status } } }`);
const CREATE_PROMO = graphql(`mutation OrdersCreatePromotion($i: PromotionInput!) { createPromotion(input: $i) { id code maxUsesPerClient uses } }`);
const EMAILS = graphql(`query OrdersEmails($c: ID!) { clientEmails(clientId: $c, first: 50) { edges { node { type language recipient subject body } } } }`);
const PROMO_USES = graphql(`query OrdersPromotionUses { promotions(first: 100) { edges { node { code uses } } } }`);
const ORDERS_IN_DEPTH = graphql(`query OrdersInDepth($first: Int!) { orders(first: $first) { edges { node { id status paymentStatus total { amount } client { id email }
  promotion { code } items { id product { id name } addon { id name } invoice { id number } parentPosition } invoices { id total { amount } } } } } }`);

describe('issue 14.1/14.3/14.8: ordering over the wire', () => {
  let t: TestApp;
  let admin: string;
  let h: ReturnType<typeof invoiceHelpers>;
  let web: string;
  let disk: { id: string; small: string; large: string };
  let ips: string;
  let backups: string;
  let hidden: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.staffToken(StaffRole.ADMIN);
    h = invoiceHelpers(t, () => admin);
    h.ok(await t.gql(TAX_RULE, { i: { name: 'VAT', level: 1, country: 'DE', rate: '19' } }, admin));
    web = await createProduct(t, admin, { name: 'Web', type: 'HOSTING', payType: 'RECURRING', prices: [
      { currency: 'EUR', cycle: 'MONTHLY', amount: '10.00', setupFee: '5.00' }, { currency: 'EUR', cycle: 'ANNUALLY', amount: '100.00' },
    ] });
    hidden = await createProduct(t, admin, { name: 'Secret', type: 'OTHER', payType: 'RECURRING', hidden: true, prices: [{ currency: 'EUR', cycle: 'MONTHLY', amount: '4.00' }] });
    const group = h.ok(await t.gql(CREATE_OPTIONS, { i: {
      name: 'Resources', productIds: [web], options: [
        { name: 'Disk', type: 'DROPDOWN', choices: [{ name: '10 GB', prices: [{ currency: 'EUR', cycle: 'MONTHLY', amount: '0' }] }, { name: '50 GB', prices: [{ currency: 'EUR', cycle: 'MONTHLY', amount: '3.00' }] }] },
        { name: 'IPs', type: 'QUANTITY', minQuantity: 0, maxQuantity: 4, unitPrices: [{ currency: 'EUR', cycle: 'MONTHLY', amount: '1.50' }] },
      ] } }, admin)).createConfigOptionGroup;
    const [d, q] = group.options;
    disk = { id: d.id, small: d.choices[0].id, large: d.choices[1].id };
    ips = q.id;
    backups = h.ok(await t.gql(CREATE_ADDON, { i: {
      name: 'Backups', payType: 'RECURRING', productIds: [web], prices: [{ currency: 'EUR', cycle: 'MONTHLY', amount: '2.00' }],
    } }, admin)).createAddon.id;
    h.ok(await t.gql(TLD_PRICING, { i: {
      tld: '.com', currency: 'EUR', prices: [{ years: 1, register: '12.00', transfer: '9.00', renew: '14.00' }],
    } }, admin));
  });
  afterAll(() => t.stop());

  let codes = 0;
  const promotion = async (input: Partial<PromotionInput>) =>
    h.ok(await t.gql(CREATE_PROMO, { i: { code: `P${++codes}X${Date.now() % 100000}`, type: 'PERCENT', value: '10', appliesTo: 'RECURRING', ...input } }, admin)).createPromotion;
  const uses = async (code: string) => h.ok(await t.gql(PROMO_USES, {}, admin)).promotions.edges.find((e) => e.node.code === code)!.node.uses;
  const stockOf = async (id: string) => Number((await h.sql('select stock from product where id = ?', [keyOf(id)]))[0].stock);
  const counts = async () => (await h.sql(`select (select count(*) from client_order)::int as orders, (select count(*) from invoice)::int as invoices,
    (select coalesce(sum(uses), 0)::int from promotion) as uses, (select coalesce(sum(stock), 0)::int from product) as stock`))[0];
  /** A refusal that changed nothing. */
  const refused = async (res: Promise<GraphQLResponse>, before?: unknown) => {
    const snapshot = before ?? (await counts());
    const error = errorOf(await res);
    expect(await counts()).toEqual(snapshot);
    return { ...error, reason: (await res).errors![0].extensions?.reason };
  };
  /** The order confirmations in a client's outbox, oldest first. */
  const confirmations = async (clientId: string) => h.ok(await t.gql(EMAILS, { c: clientId }, admin)).clientEmails.edges
    .map((e) => e.node).filter((mail) => mail.type === 'orderConfirmation').reverse();
  const webItem = (extra: Partial<CartProductInput> = {}): CartProductInput => ({ productId: web, cycle: 'MONTHLY', ...extra });

  it('OR-1 / issue 15.5: previewOrder answers the exact lines, discounts, taxes and totals, and placeOrder creates a Pending order whose invoice has exactly those, and one order confirmation in the client\'s language', async () => {
    const client = await h.newClient({ country: 'DE', language: 'de' });
    const token = await client.token();
    const promo = await promotion({});
    const cart: CartInput = {
      products: [webItem({ domain: 'Example.com', configOptions: [{ optionId: disk.id, choiceId: disk.large }, { optionId: ips, quantity: 2 }], addons: [{ addonId: backups }] })],
      domains: [{ name: 'example.com', action: 'REGISTER', years: 1, nameservers: ['ns1.example.net', 'ns2.example.net'] }],
      promotionCode: promo.code.toLowerCase(),
    };
    const preview = h.ok(await t.gql(PREVIEW, { cart }, token)).previewOrder;
    expect(preview.lines.map((l) => [l.itemPosition, l.description, l.amount.amount])).toEqual([
      [1, 'Web – example.com (monthly)', '10.00'],
      [1, 'Web: Disk: 50 GB', '3.00'],
      [1, 'Web: IPs × 2', '3.00'],
      [1, 'Setup fee: Web', '5.00'],
      [1, `Promotion ${promo.code}: Web`, '-1.60'],
      [2, 'Backups (monthly)', '2.00'],
      [3, 'Domain registration: example.com (1 year)', '12.00'],
    ]);
    // 35.00 charged, 1.60 off, 19% VAT on 33.40 = 6.35 (the tax engine's rounding), 39.75 in all.
    expect(preview).toMatchObject({ currency: 'EUR', invoiceCount: 1, promotionCode: promo.code, subtotal: { amount: '35.00' }, discount: { amount: '1.60' }, tax: { amount: '6.35' }, total: { amount: '39.75', currency: 'EUR' } });
    expect(await uses(promo.code)).toBe(0);

    const order = h.ok(await t.gql(PLACE, { cart }, token)).placeOrder;
    expect(order).toMatchObject({ status: 'PENDING', currency: 'EUR', promotionCode: promo.code, paymentStatus: 'UNPAID', client: { id: client.id }, total: preview.total, tax: preview.tax, discount: preview.discount });
    expect(order.items.map((i) => [i.position, i.kind, i.status, i.cycle, i.domain, i.parentPosition, i.firstPayment.amount, i.recurringAmount.amount])).toEqual([
      [1, 'PRODUCT', 'PENDING', 'MONTHLY', 'example.com', null, '19.40', '14.40'],
      [2, 'ADDON', 'PENDING', 'MONTHLY', null, 1, '2.00', '2.00'],
      [3, 'DOMAIN_REGISTRATION', 'PENDING', 'ANNUALLY', 'example.com', null, '12.00', '14.00'],
    ]);
    expect(order.items[0].configOptions).toEqual([{ optionId: disk.id, choiceId: disk.large, quantity: null }, { optionId: ips, choiceId: null, quantity: 2 }]);
    expect(order.items[2]).toMatchObject({ years: 1, nameservers: ['ns1.example.net', 'ns2.example.net'] });
    expect(order.invoices).toHaveLength(1);
    const [invoice] = order.invoices;
    expect(invoice).toMatchObject({ status: 'UNPAID', total: preview.total, subtotal: { amount: '33.40' } });
    expect(invoice.lines.map((l) => [l.description, l.amount.amount, l.tax1.amount, l.total.amount])).toEqual(preview.lines.map((l) => [l.description, l.amount.amount, l.tax.amount, l.total.amount]));
    expect(invoice.lines[5]).toMatchObject({ type: 'ADDON', addon: { id: backups } });
    expect(order.items.every((i) => i.invoice?.id === invoice.id)).toBe(true);
    expect(await uses(promo.code)).toBe(1);
    expect(await confirmations(client.id)).toEqual([{
      type: 'orderConfirmation', language: 'de', recipient: client.email, subject: `Bestellbestätigung #${keyOf(order.id)}`,
      body: `Guten Tag Ina Voice,\n\nvielen Dank für Ihre Bestellung #${keyOf(order.id)} über 39.75 EUR:\n${order.items.map((i) => `- ${i.description}`).join('\n')}\n`,
    }]);
  });

  it('CL-13 / CL-11: the group discount applies to products and addons before the promotion; a group wanting separate invoices gets one invoice per item', async () => {
    const group = h.ok(await t.gql(CREATE_GROUP, { i: { name: `Resellers ${Date.now()}`, discountPercent: '10', separateInvoices: true } }, admin)).createClientGroup;
    const client = await h.newClient({ groupId: group.id });
    const token = await client.token();
    const promo = await promotion({ type: 'FIXED', value: '1.00', currency: 'EUR', appliesTo: 'FIRST_PAYMENT' });
    const cart: CartInput = { products: [webItem({ addons: [{ addonId: backups }] })], domains: [{ name: 'reseller.com', action: 'TRANSFER', eppCode: 'secret-epp' }], promotionCode: promo.code };
    const preview = h.ok(await t.gql(PREVIEW, { cart }, token)).previewOrder;
    expect(preview.lines.map((l) => [l.itemPosition, l.description, l.amount.amount])).toEqual([
      [1, 'Web (monthly)', '10.00'],
      [1, 'Setup fee: Web', '5.00'],
      [1, 'Client group discount: Web', '-1.00'],
      [1, `Promotion ${promo.code}: Web`, '-1.00'],
      [2, 'Backups (monthly)', '2.00'],
      [2, 'Client group discount: Backups', '-0.20'],
      [3, 'Domain transfer: reseller.com (1 year)', '9.00'],
    ]);
    expect(preview).toMatchObject({ invoiceCount: 2, tax: { amount: '0.00' }, total: { amount: '23.80' } });
    const order = h.ok(await t.gql(PLACE, { cart }, token)).placeOrder;
    // A first-payment code does not reduce renewals; the group discount does.
    expect(order.items.map((i) => i.recurringAmount.amount)).toEqual(['9.00', '1.80', '14.00']);
    expect(order.invoices.map((i) => i.total.amount).sort()).toEqual(['14.80', '9.00']);
    expect(order.total.amount).toBe('23.80');
    // The EPP code is stored encrypted and never shown.
    const [row] = await h.sql(`select epp_code_encrypted from order_item where order_id = ? and kind = 'domain_transfer'`, [keyOf(order.id)]);
    expect(row.epp_code_encrypted).toBeTruthy();
    expect(row.epp_code_encrypted).not.toContain('secret-epp');
  });

  it('OR-1: promotion rules: expired, not started, used up, per-client limit (released by cancelling), products, cycles and currency — each refused and nothing changes', async () => {
    const a = await h.newClient();
    const b = await h.newClient();
    const [ta, tb] = [await a.token(), await b.token()];
    const cartWith = (code: string, cycle: BillingCycle = 'MONTHLY'): CartInput => ({ products: [webItem({ cycle })], promotionCode: code });
    const expired = await promotion({ expiresAt: new Date(Date.now() - 60_000).toISOString() });
    expect(await refused(t.gql(PLACE, { cart: cartWith(expired.code) }, ta))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'promotionCode', reason: 'PROMOTION_EXPIRED' });
    expect((await refused(t.gql(PREVIEW, { cart: cartWith(expired.code) }, ta))).reason).toBe('PROMOTION_EXPIRED');
    const future = await promotion({ startsAt: new Date(Date.now() + 3_600_000).toISOString() });
    expect((await refused(t.gql(PLACE, { cart: cartWith(future.code) }, ta))).reason).toBe('PROMOTION_EXPIRED');
    expect((await refused(t.gql(PLACE, { cart: cartWith('NO-SUCH-CODE') }, ta))).reason).toBe('REFERENCE_NOT_FOUND');

    const once = await promotion({ maxUses: 1 });
    h.ok(await t.gql(PLACE, { cart: cartWith(once.code) }, tb));
    expect(await refused(t.gql(PLACE, { cart: cartWith(once.code) }, ta))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PROMOTION_USED_UP' });

    const perClient = await promotion({ maxUsesPerClient: 1 });
    expect(perClient.maxUsesPerClient).toBe(1);
    const first = h.ok(await t.gql(PLACE, { cart: cartWith(perClient.code) }, ta)).placeOrder;
    expect((await refused(t.gql(PLACE, { cart: cartWith(perClient.code) }, ta))).reason).toBe('PROMOTION_CLIENT_LIMIT');
    h.ok(await t.gql(PLACE, { cart: cartWith(perClient.code) }, tb)); // another client's own limit
    expect(await uses(perClient.code)).toBe(2);
    h.ok(await t.gql(CANCEL, { id: first.id }, ta));
    expect(await uses(perClient.code)).toBe(1);
    expect(h.ok(await t.gql(PLACE, { cart: cartWith(perClient.code) }, ta)).placeOrder.promotionCode).toBe(perClient.code);

    const otherProduct = await promotion({ productIds: [hidden] });
    expect((await refused(t.gql(PLACE, { cart: cartWith(otherProduct.code) }, ta))).reason).toBe('PROMOTION_NOT_APPLICABLE');
    const yearly = await promotion({ cycles: ['ANNUALLY'] });
    expect((await refused(t.gql(PLACE, { cart: cartWith(yearly.code) }, ta))).reason).toBe('PROMOTION_NOT_APPLICABLE');
    expect(h.ok(await t.gql(PREVIEW, { cart: cartWith(yearly.code, 'ANNUALLY') }, ta)).previewOrder.discount.amount).toBe('10.00');
    const dollars = await promotion({ type: 'FIXED', value: '5', currency: 'USD' });
    expect((await refused(t.gql(PLACE, { cart: cartWith(dollars.code) }, ta))).reason).toBe('PROMOTION_NOT_APPLICABLE');
  });

  it('OR-1: bad input: unknown or hidden product, wrong cycle, invalid domain, TLD not sold, transfer without EPP code, options out of range, client prices — coded and nothing changes', async () => {
    const client = await h.newClient();
    const token = await client.token();
    const place = (cart: CartInput) => refused(t.gql(PLACE, { cart }, token));
    expect(await place({ products: [{ productId: idOf('Product', 999999), cycle: 'MONTHLY' }] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'productId', reason: 'REFERENCE_NOT_FOUND' });
    expect(await place({ products: [{ productId: 'not-an-id', cycle: 'MONTHLY' }] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'productId' });
    expect(await place({ products: [{ productId: hidden, cycle: 'MONTHLY' }] })).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PRODUCT_NOT_ORDERABLE' });
    expect(await place({ products: [webItem({ cycle: 'QUARTERLY' })] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cycle', reason: 'CYCLE_NOT_OFFERED' });
    expect(await place({ products: [webItem({ domain: 'bad_name..com' })] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'domain', reason: 'INVALID_FORMAT' });
    expect(await place({ domains: [{ name: '-x.com', action: 'REGISTER' }] })).toMatchObject({ field: 'name', reason: 'INVALID_FORMAT' });
    expect(await place({ domains: [{ name: 'example.xyz', action: 'REGISTER' }] })).toMatchObject({ field: 'name', reason: 'TLD_NOT_OFFERED' });
    expect(await place({ domains: [{ name: 'example.com', action: 'REGISTER', years: 2 }] })).toMatchObject({ field: 'years', reason: 'TLD_NOT_OFFERED' });
    expect(await place({ domains: [{ name: 'example.com', action: 'TRANSFER' }] })).toMatchObject({ field: 'eppCode', reason: 'VALUE_REQUIRED' });
    expect(await place({ domains: [{ name: 'example.com', action: 'REGISTER', nameservers: ['ns1..x'] }] })).toMatchObject({ reason: 'INVALID_FORMAT' });
    expect(await place({ products: [webItem({ configOptions: [{ optionId: ips, quantity: 5 }] })] })).toMatchObject({ field: 'quantity', reason: 'OUT_OF_RANGE' });
    expect(await place({ products: [webItem({ configOptions: [{ optionId: disk.id, choiceId: idOf('ConfigOptionChoice', 999999) }] })] })).toMatchObject({ field: 'choiceId', reason: 'REFERENCE_NOT_FOUND' });
    expect(await place({ products: [webItem({ addons: [{ addonId: backups, cycle: 'ANNUALLY' }] })] })).toMatchObject({ field: 'cycle', reason: 'CYCLE_NOT_OFFERED' });
    expect(await place({ products: [webItem({ price: '1.00' })] })).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CONFLICTING_INPUT' });
    expect(await place({})).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'VALUE_REQUIRED' });
  });

  it('OR-1: stock: more than is left is refused, and concurrent orders for the last unit never oversell', async () => {
    const product = await createProduct(t, admin, { name: 'Last box', type: 'SERVER', payType: 'RECURRING', stockControl: true, stock: 1, prices: [{ currency: 'EUR', cycle: 'MONTHLY', amount: '50.00' }] });
    const clients = await Promise.all(Array.from({ length: 6 }, () => h.newClient()));
    const tokens = await Promise.all(clients.map((c) => c.token()));
    const item: CartProductInput = { productId: product, cycle: 'MONTHLY' };
    expect(await refused(t.gql(PLACE, { cart: { products: [item, item] } }, tokens[0]))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'OUT_OF_STOCK' });

    const before = await counts();
    const results = await Promise.all(tokens.map((token) => t.gql(PLACE, { cart: { products: [item] } }, token)));
    const placed = results.filter((r) => !r.errors);
    expect(placed).toHaveLength(1);
    for (const r of results.filter((x) => x.errors)) expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'OUT_OF_STOCK' });
    expect(await stockOf(product)).toBe(0);
    const after = await counts();
    expect([after.orders - before.orders, after.invoices - before.invoices]).toEqual([1, 1]);

    // OR-4: cancelling gives the unit back and cancels the unpaid invoice.
    const winner = h.ok(placed[0]).placeOrder;
    const winnerToken = tokens[results.indexOf(placed[0])];
    const cancelled = h.ok(await t.gql(CANCEL, { id: winner.id }, winnerToken)).cancelOrder;
    expect(cancelled).toMatchObject({ status: 'CANCELLED', paymentStatus: 'NO_INVOICE', invoices: [{ status: 'CANCELLED' }] });
    expect(cancelled.items.map((i) => i.status)).toEqual(['CANCELLED']);
    expect(await stockOf(product)).toBe(1);
    expect(errorOf(await t.gql(CANCEL, { id: winner.id }, winnerToken))).toMatchObject({ code: 'CONFLICT' });
  });

  it.each(['another order', 'a cancellation'])('OR-1 / OR-4: an order taking stock of two products while %s changes their stock, items the other way round: both finish (products locked in id order)', async (other) => {
    const box = (name: string) => createProduct(t, admin, { name, type: 'SERVER', payType: 'RECURRING', stockControl: true, stock: 10, prices: [{ currency: 'EUR', cycle: 'MONTHLY', amount: '30.00' }] });
    const first = await box(`${other} box 1`);
    const second = await box(`${other} box 2`);
    const [a, b] = await Promise.all([h.newClient(), h.newClient()]);
    const [tokenA, tokenB] = [await a.token(), await b.token()];
    const cart = (...products: string[]) => ({ cart: { products: products.map((productId) => ({ productId, cycle: 'MONTHLY' as BillingCycle })) } });
    const toCancel = other === 'a cancellation' ? h.ok(await t.gql(PLACE, cart(second, first), tokenB)).placeOrder.id : undefined;

    // Another transaction holds the first product's row: an order of both waits for it…
    const holder = await holdRow(t.app.orm, 'product', 'id', keyOf(first));
    const ordering = t.gql(PLACE, cart(first, second), tokenA);
    await untilWaitingOnLocks(t.app.orm, 1, 'the order to wait for the first product');
    // …and the other side, whose items name the products the other way round, waits too; then the holder lets go.
    const otherSide = toCancel ? t.gql(CANCEL, { id: toCancel }, tokenB) : t.gql(PLACE, cart(second, first), tokenB);
    await untilWaitingOnLocks(t.app.orm, 2, `${other} to wait as well`);
    await holder.release();

    for (const result of await Promise.all([ordering, otherSide])) expect(result.errors).toBeUndefined();
    const left = toCancel ? 9 : 8;
    expect([await stockOf(first), await stockOf(second)]).toEqual([left, left]);
  });

  it('OR-4: fraud cancels the unpaid invoice, releases stock and the promotion use and stops every item; only staff mark it, and it is final', async () => {
    const product = await createProduct(t, admin, { name: 'Fraud box', type: 'SERVER', payType: 'RECURRING', stockControl: true, stock: 3, prices: [{ currency: 'EUR', cycle: 'MONTHLY', amount: '20.00' }] });
    const client = await h.newClient();
    const token = await client.token();
    const promo = await promotion({});
    const order = h.ok(await t.gql(PLACE, { cart: { products: [{ productId: product, cycle: 'MONTHLY' }], promotionCode: promo.code } }, token)).placeOrder;
    expect([await stockOf(product), await uses(promo.code)]).toEqual([2, 1]);
    expect(await refused(t.gql(FRAUD, { id: order.id }, token))).toMatchObject({ code: 'FORBIDDEN' });
    const fraud = h.ok(await t.gql(FRAUD, { id: order.id }, admin)).markOrderFraud;
    expect(fraud).toMatchObject({ status: 'FRAUD', invoices: [{ status: 'CANCELLED' }] });
    expect(fraud.items.map((i) => i.status)).toEqual(['CANCELLED']);
    expect([await stockOf(product), await uses(promo.code)]).toEqual([3, 0]);
    expect(await refused(t.gql(CANCEL, { id: order.id }, admin))).toMatchObject({ code: 'CONFLICT', reason: 'INVALID_STATUS_TRANSITION' });
    expect(await refused(t.gql(FRAUD, { id: order.id }, admin))).toMatchObject({ code: 'CONFLICT', reason: 'INVALID_STATUS_TRANSITION' });
  });

  it('OR-1 / issue 15.5: staff addOrder: any client, hidden products, custom price and cycle, chosen server, no invoice, no email; staff logged in as the client use the client flow', async () => {
    const client = await h.newClient({ country: 'DE' });
    // A server row as staff would have added it (its module does not matter here).
    const [server] = await h.sql(`insert into server (name, module, hostname) values ('web1', 'plesk', 'web1.example.net') returning id`);
    const serverId = idOf('Server', server.id);
    const noInvoice = h.ok(await t.gql(ADD, { i: { clientId: client.id, noInvoice: true, noEmail: true, cart: { products: [{ productId: hidden, cycle: 'ANNUALLY', price: '7.77', serverId }] } } }, admin)).addOrder;
    expect(noInvoice).toMatchObject({ status: 'PENDING', noInvoice: true, noEmail: true, invoices: [], paymentStatus: 'NO_INVOICE', total: { amount: '9.25' } });
    expect(noInvoice.items[0]).toMatchObject({ cycle: 'ANNUALLY', priceOverridden: true, server: { id: serverId }, firstPayment: { amount: '7.77' }, recurringAmount: { amount: '7.77' } });
    const staffCart: CartInput = { products: [{ productId: web, cycle: 'MONTHLY' }] };
    const staffPreview = h.ok(await t.gql(PREVIEW, { cart: staffCart, c: client.id }, admin)).previewOrder;
    expect(await confirmations(client.id)).toEqual([]);
    const invoiced = h.ok(await t.gql(ADD, { i: { clientId: client.id, cart: staffCart } }, admin)).addOrder;
    expect((await confirmations(client.id)).map((mail) => [mail.language, mail.subject])).toEqual([['en', `Order confirmation #${keyOf(invoiced.id)}`]]);
    expect(invoiced.invoices).toMatchObject([{ status: 'UNPAID', total: { amount: '17.85' } }]);
    expect(staffPreview.total).toEqual(invoiced.invoices[0].total);
    expect((await refused(t.gql(PREVIEW, { cart: staffCart }, admin))).reason).toBe('VALUE_REQUIRED'); // staff name the client
    // Without a custom price, a cycle the product is not sold in is still refused.
    expect((await refused(t.gql(ADD, { i: { clientId: client.id, cart: { products: [{ productId: web, cycle: 'QUARTERLY' }] } } }, admin))).reason).toBe('CYCLE_NOT_OFFERED');
    expect((await refused(t.gql(ADD, { i: { clientId: idOf('Client', 999999), cart: { products: [webItem()] } } }, admin))).reason).toBe('REFERENCE_NOT_FOUND');
    expect((await refused(t.gql(ADD, { i: { clientId: client.id, cart: { products: [webItem({ serverId: idOf('Server', 999999) })] } } }, admin))).reason).toBe('REFERENCE_NOT_FOUND');
    expect((await refused(t.gql(ADD, { i: { clientId: client.id, cart: { products: [webItem()] } } }, await client.token()))).code).toBe('FORBIDDEN');
    expect((await refused(t.gql(PLACE, { cart: { products: [webItem()] } }, admin))).code).toBe('FORBIDDEN');

    const support = await t.staffToken(StaffRole.SUPPORT);
    const asClient = h.ok(await t.gql(LOGIN_AS_CLIENT, { c: client.id }, support)).loginAsClient.token;
    expect((await refused(t.gql(PLACE, { cart: { products: [{ productId: hidden, cycle: 'MONTHLY' }] } }, asClient))).reason).toBe('PRODUCT_NOT_ORDERABLE');
    const placed = h.ok(await t.gql(PLACE, { cart: { products: [webItem()] } }, asClient)).placeOrder;
    expect(placed.client).toEqual({ id: client.id });
    const [row] = await h.sql('select staff_id from client_order where id = ?', [keyOf(placed.id)]);
    expect(row.staff_id).not.toBeNull();
  });

  it('issue 14.8: staff list and filter orders (status, client, date, payment status) with items, invoices and amounts; a client sees and cancels only its own', async () => {
    const a = await h.newClient();
    const b = await h.newClient();
    const [ta, tb] = [await a.token(), await b.token()];
    const promo = await promotion({});
    const paid = h.ok(await t.gql(PLACE, { cart: { products: [webItem()], promotionCode: promo.code } }, ta)).placeOrder;
    h.ok(await t.gql(MARK_PAID, { id: paid.invoices[0].id }, admin));
    const open = h.ok(await t.gql(PLACE, { cart: { products: [webItem({ cycle: 'ANNUALLY' })] } }, ta)).placeOrder;
    const other = h.ok(await t.gql(PLACE, { cart: { products: [webItem()] } }, tb)).placeOrder;

    const list = async (f: OrderFilter, token = admin, o?: OrderOrder) => h.ok(await t.gql(LIST, { f, o }, token)).orders;
    const ofA = await list({ clientId: a.id });
    expect(ofA.totalCount).toBe(2);
    expect(ofA.edges.map((e) => e.node.id)).toEqual([open.id, paid.id]); // newest first
    expect(ofA.edges[1].node).toMatchObject({ paymentStatus: 'PAID', promotionCode: promo.code, total: { amount: '14.00' }, items: [{ description: 'Web' }], invoices: [{ status: 'PAID' }] });
    expect((await list({ clientId: a.id, paymentStatus: 'PAID' })).edges.map((e) => e.node.id)).toEqual([paid.id]);
    expect((await list({ clientId: a.id, paymentStatus: 'UNPAID' })).edges.map((e) => e.node.id)).toEqual([open.id]);
    expect((await list({ clientId: a.id, status: ['CANCELLED'] })).totalCount).toBe(0);
    const today = new Date().toISOString().slice(0, 10);
    expect((await list({ clientId: a.id, placed: { from: today, to: today } })).totalCount).toBe(2);
    expect((await list({ clientId: a.id, placed: { to: '2020-01-01' } })).totalCount).toBe(0);
    expect((await list({ clientId: a.id }, admin, { field: 'TOTAL', direction: 'DESC' })).edges.map((e) => e.node.id)).toEqual([open.id, paid.id]);
    const page = h.ok(await t.gql(LIST, { f: { clientId: a.id }, first: 1 }, admin)).orders;
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(h.ok(await t.gql(LIST, { f: { clientId: a.id }, first: 1, after: page.pageInfo.endCursor }, admin)).orders.edges[0].node.id).toBe(paid.id);
    expect(errorOf(await t.gql(LIST, { f: { placed: { from: today, to: '2020-01-01' } } }, admin))).toMatchObject({ code: 'BAD_USER_INPUT' });

    // A client lists only its own; another's order is invisible and cannot be cancelled.
    const mine = await list({}, tb);
    expect(mine.edges.map((e) => e.node.id)).toEqual([other.id]);
    expect(errorOf(await t.gql(LIST, { f: { clientId: a.id } }, tb))).toMatchObject({ code: 'NOT_FOUND' });
    expect(h.ok(await t.gql(GET, { id: paid.id }, tb)).order).toBeNull();
    expect(h.ok(await t.gql(NODE_ID, { id: paid.id }, tb)).node).toBeNull();
    expect(h.ok(await t.gql(NODE_STATUS, { id: paid.id }, ta)).node).toEqual({ status: 'PENDING' });
    expect(await refused(t.gql(CANCEL, { id: open.id }, tb))).toMatchObject({ code: 'NOT_FOUND' });
    expect(errorOf(await t.gql(LIST, {}))).toMatchObject({ code: 'UNAUTHENTICATED' });
    // Paid and its invoice kept: the order is still Pending (accepting comes later), cancelling it leaves the paid invoice.
    expect(h.ok(await t.gql(CANCEL, { id: paid.id }, ta)).cancelOrder).toMatchObject({ status: 'CANCELLED', invoices: [{ status: 'PAID' }] });
  });
  it('issue 14.8: orders(first: 2) and orders(first: 12) with client, items (product, addon, invoice), invoices, payment status and promotion run the same number of statements', async () => {
    const promo = await promotion({});
    const emails: string[] = [];
    for (let i = 0; i < 6; i++) {
      const client = await h.newClient();
      emails.push(client.email);
      const token = await client.token();
      h.ok(await t.gql(PLACE, { cart: { products: [webItem({ addons: [{ addonId: backups }] })], promotionCode: promo.code } }, token));
      h.ok(await t.gql(ADD, { i: { clientId: client.id, noInvoice: true, cart: { products: [webItem()] } } }, admin));
    }
    const statementsFor = async (first: number) => {
      let fewest = Infinity;
      let edges: OrdersInDepthQuery['orders']['edges'] = [];
      for (let run = 0; run < 3; run++) {
        const before = sqlStatements.count;
        const res = await t.gql(ORDERS_IN_DEPTH, { first }, admin);
        fewest = Math.min(fewest, sqlStatements.count - before);
        edges = h.ok(res).orders.edges;
      }
      return { statements: fewest, edges };
    };
    const small = await statementsFor(2);
    const large = await statementsFor(12);
    expect(large.edges).toHaveLength(12);
    // The 12 newest orders are this test's: every other one placed with the promotion.
    expect(large.edges.filter((e) => e.node.promotion?.code === promo.code)).toHaveLength(6);
    expect(large.edges.map((e) => e.node.client?.email).sort()).toEqual([...emails, ...emails].sort());
    // Six with the product and its addon, six with the product alone.
    expect(large.edges.map((e) => e.node.items.length).sort()).toEqual([...Array(6).fill(1), ...Array(6).fill(2)]);
    expect(large.statements).toBe(small.statements);
  });
  it('OR-4: an order the fraud check flags is recorded as Fraud, with no invoice, stock or promotion use', async () => {
    const flagged = await h.newClient();
    const token = await flagged.token();
    const promo = await promotion({});
    useFraudCheck({ name: 'test', check: async (order) => (order.email === flagged.email ? { fraud: true, reason: 'listed' } : { fraud: false }) });
    try {
      const before = await counts();
      const order = h.ok(await t.gql(PLACE, { cart: { products: [webItem()], promotionCode: promo.code } }, token)).placeOrder;
      expect(order).toMatchObject({ status: 'FRAUD', invoices: [], paymentStatus: 'NO_INVOICE' });
      expect(order.items.map((i) => i.status)).toEqual(['CANCELLED']);
      const after = await counts();
      expect([after.orders - before.orders, after.invoices - before.invoices, after.uses - before.uses]).toEqual([1, 0, 0]);
      expect(await confirmations(flagged.id)).toEqual([]);
      // Other clients pass.
      const other = await h.newClient();
      expect(h.ok(await t.gql(PLACE, { cart: { products: [webItem()] } }, await other.token())).placeOrder.status).toBe('PENDING');
    } finally {
      useFraudCheck(noFraudCheck);
    }
  });
});
