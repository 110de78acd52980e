/**
 * CL-13 over the wire: staff give a client personal discounts; previewOrder,
 * placeOrder and the renewal invoices of the daily run apply one of them
 * (the product's own before one for all, then the largest), after the group
 * discount and the promotion code, within its dates.
 */
import { StaffRole } from '../../src/auth/staff-user.entity';
import { idOf, keyOf } from '../support/ids';
import { errorOf, ok, startTestApp, type TestApp } from '../support/test-app';
import { clientWithLogin, createProduct, createService, uniqueEmail } from '../support/fixtures';
import { graphql } from '../generated';
import type { CartInput, ClientDiscountInput, ClientDiscountsPreviewQuery, CreateClientInput } from '../generated/graphql';

const ADD = graphql(`mutation ClientDiscountsAdd($i: ClientDiscountInput!) { addClientDiscount(input: $i) { id type percent amount { amount currency } cycle startsOn endsOn client { id } product { id } } }`);
const REMOVE = graphql(`mutation ClientDiscountsRemove($id: ID!) { removeClientDiscount(id: $id) }`);
const LIST = graphql(`query ClientDiscountsList($c: ID!) { clientDiscounts(clientId: $c) { id percent amount { amount } } }`);
const PREVIEW = graphql(`query ClientDiscountsPreview($cart: CartInput!, $c: ID) { previewOrder(cart: $cart, clientId: $c) { discount { amount } total { amount } lines { itemPosition description amount { amount } } } }`);
const PLACE = graphql(`mutation ClientDiscountsPlace($cart: CartInput!) { placeOrder(cart: $cart) { id items { firstPayment { amount } recurringAmount { amount } } invoices { total { amount } lines { description amount { amount } } } } }`);
const CREATE_ADDON = graphql(`mutation ClientDiscountsCreateAddon($i: AddonInput!) { createAddon(input: $i) { id } }`);
const CREATE_GROUP = graphql(`mutation ClientDiscountsCreateGroup($i: ClientGroupInput!) { createClientGroup(input: $i) { id } }`);
const CREATE_PROMOTION = graphql(`mutation ClientDiscountsCreatePromotion($i: PromotionInput!) { createPromotion(input: $i) { code } }`);
const DAILY_PREVIEW = graphql(`query ClientDiscountsDailyPreview($d: LocalDate!) { dailyRunPreview(date: $d) { invoices { client { id } total { amount } lines { service { id } description amount { amount } } } } }`);

describe('CL-13: personal client discounts', () => {
  let t: TestApp;
  let admin: string;
  let web: string;
  let mail: string;
  let backups: string;

  const newClient = (extra: Partial<CreateClientInput> = {}) =>
    clientWithLogin(t, admin, { firstName: 'Dis', lastName: 'Count', email: uniqueEmail('disc'), currency: 'EUR', ...extra });
  const discount = async (input: Omit<ClientDiscountInput, 'type'> & Partial<ClientDiscountInput>) => ok(await t.gql(ADD, { i: { type: 'PERCENT', ...input } }, admin)).addClientDiscount;
  const lines = (preview: ClientDiscountsPreviewQuery['previewOrder']) => preview.lines.map((l) => [l.itemPosition, l.description, l.amount.amount]);
  const count = async () => (await t.app.orm.em.fork().getConnection().execute('select count(*)::int as n from client_discount'))[0].n as number;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.staffToken(StaffRole.ADMIN);
    web = await createProduct(t, admin, { name: 'Web', type: 'HOSTING', payType: 'RECURRING', prices: [
      { currency: 'EUR', cycle: 'MONTHLY', amount: '10.00', setupFee: '5.00' }, { currency: 'EUR', cycle: 'ANNUALLY', amount: '100.00' },
    ] });
    mail = await createProduct(t, admin, { name: 'Mail', type: 'OTHER', payType: 'RECURRING', prices: [{ currency: 'EUR', cycle: 'MONTHLY', amount: '4.00' }] });
    backups = ok(await t.gql(CREATE_ADDON, { i: {
      name: 'Backups', payType: 'RECURRING', productIds: [web], prices: [{ currency: 'EUR', cycle: 'MONTHLY', amount: '2.00' }],
    } }, admin)).createAddon.id;
  });
  afterAll(() => t.stop());

  it('CL-13 / CL-11: after the group discount and the promotion, one personal discount applies: the product\'s own before one for every product (which also reaches addons); the first invoice has exactly the preview\'s lines', async () => {
    const group = ok(await t.gql(CREATE_GROUP, { i: { name: `Friends ${Date.now()}`, discountPercent: '10' } }, admin)).createClientGroup;
    const client = await newClient({ groupId: group.id });
    const promo = ok(await t.gql(CREATE_PROMOTION, { i: {
      code: `CL13X${Date.now() % 100000}`, type: 'FIXED', value: '1.00', currency: 'EUR', appliesTo: 'RECURRING',
    } }, admin)).createPromotion.code;
    const all = await discount({ clientId: client.id, value: '50' });
    expect(all).toMatchObject({ type: 'PERCENT', percent: '50.00', amount: null, product: null, client: { id: client.id }, endsOn: null });
    const own = await discount({ clientId: client.id, productId: web, type: 'FIXED', value: '2.50' });
    expect(own).toMatchObject({ percent: null, amount: { amount: '2.50', currency: 'EUR' }, product: { id: web } });

    const cart: CartInput = { products: [{ productId: web, cycle: 'MONTHLY', addons: [{ addonId: backups }] }, { productId: mail, cycle: 'MONTHLY' }], domains: [], promotionCode: promo };
    const preview = ok(await t.gql(PREVIEW, { cart }, client.token)).previewOrder;
    // Web: 10.00 - 1.00 group - 1.00 promotion = 8.00, then its own 2.50 (not the larger 50 % for all: the product's own comes first).
    // Backups: 2.00 - 0.20 group = 1.80, then 50 %. Mail: 4.00 - 0.40 group = 3.60 (the promotion covers every product), - 1.00, then 50 %.
    expect(lines(preview)).toEqual([
      [1, 'Web (monthly)', '10.00'],
      [1, 'Setup fee: Web', '5.00'],
      [1, 'Client group discount: Web', '-1.00'],
      [1, `Promotion ${promo}: Web`, '-1.00'],
      [1, 'Client discount: Web', '-2.50'],
      [2, 'Backups (monthly)', '2.00'],
      [2, 'Client group discount: Backups', '-0.20'],
      [2, 'Client discount: Backups', '-0.90'],
      [3, 'Mail (monthly)', '4.00'],
      [3, 'Client group discount: Mail', '-0.40'],
      [3, `Promotion ${promo}: Mail`, '-1.00'],
      [3, 'Client discount: Mail', '-1.30'],
    ]);
    expect(preview).toMatchObject({ discount: { amount: '8.30' }, total: { amount: '12.70' } });

    const order = ok(await t.gql(PLACE, { cart }, client.token)).placeOrder;
    expect(order.invoices).toHaveLength(1);
    expect(order.invoices[0].total.amount).toBe('12.70');
    expect(order.invoices[0].lines.map((l) => [l.description, l.amount.amount])).toEqual(preview.lines.map((l) => [l.description, l.amount.amount]));
    // The recurring amounts leave the personal discount out: renewals apply it while it lasts.
    expect(order.items.map((i) => [i.firstPayment.amount, i.recurringAmount.amount])).toEqual([['10.50', '8.00'], ['0.90', '1.80'], ['1.30', '2.60']]);
  });

  it('CL-13: a discount applies only between its dates and to its cycle; renewal invoices of the daily run carry it on the due date', async () => {
    const client = await newClient();
    await discount({ clientId: client.id, productId: web, cycle: 'ANNUALLY', value: '20', startsOn: '2030-01-01', endsOn: '2030-12-31' });
    const annual: CartInput = { products: [{ productId: web, cycle: 'ANNUALLY' }], domains: [] };
    // Today is before it starts, and the monthly cycle is not its own.
    expect(lines(ok(await t.gql(PREVIEW, { cart: annual }, client.token)).previewOrder)).toEqual([[1, 'Web (annually)', '100.00']]);
    await discount({ clientId: client.id, productId: web, cycle: 'MONTHLY', value: '10', startsOn: '2000-01-01' });
    expect(lines(ok(await t.gql(PREVIEW, { cart: { products: [{ productId: web, cycle: 'MONTHLY' }], domains: [] } }, client.token)).previewOrder)).toEqual([
      [1, 'Web (monthly)', '10.00'], [1, 'Setup fee: Web', '5.00'], [1, 'Client discount: Web', '-1.00'],
    ]);

    const service = await createService(t, admin, {
      clientId: client.id, productId: web, billingCycle: 'ANNUALLY', recurringAmount: '90.00', status: 'ACTIVE', nextDueDate: '2030-06-01', registrationDate: '2029-06-01',
    });
    const renewalOf = async (date: string) => ok(await t.gql(DAILY_PREVIEW, { d: date }, admin)).dailyRunPreview.invoices.find((i) => i.client.id === client.id);
    const within = await renewalOf('2030-05-25');
    expect(within?.lines.map((l) => [l.service?.id, l.amount.amount])).toEqual([[service, '90.00'], [service, '-18.00']]);
    expect(within?.lines[1].description).toBe('Client discount: Web');
    expect(within?.total.amount).toBe('72.00');

    // The same renewal a year on is past the discount's end.
    await t.app.orm.em.fork().getConnection().execute(`update service set next_due_date = '2031-06-01' where id = ?`, [keyOf(service)]);
    const after = await renewalOf('2031-05-25');
    expect(after?.lines.map((l) => l.amount.amount)).toEqual(['90.00']);
  });

  it('CL-13: staff only; bad input names every field at fault and saves nothing; removing one ends it for new invoices', async () => {
    const client = await newClient();
    const support = await t.staffToken(StaffRole.SUPPORT);
    const before = await count();
    expect(errorOf(await t.gql(ADD, { i: { clientId: client.id, type: 'PERCENT', value: '10' } }, client.token))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await t.gql(LIST, { c: client.id }, client.token))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await t.gql(ADD, { i: { clientId: client.id, type: 'PERCENT', value: '10' } }))).toMatchObject({ code: 'UNAUTHENTICATED' });

    const bad = await t.gql(ADD, { i: { clientId: client.id, productId: idOf('Product', 999999), type: 'PERCENT', value: '120', startsOn: '2030-02-01', endsOn: '2030-01-01' } }, admin);
    expect(errorOf(bad).code).toBe('BAD_USER_INPUT');
    expect((bad.errors![0].extensions!.fields as { path: (string | number)[]; reason: string }[]).map((p) => [p.path.at(-1), p.reason])).toEqual([
      ['productId', 'REFERENCE_NOT_FOUND'], ['value', 'OUT_OF_RANGE'], ['endsOn', 'INVALID_DATE_RANGE'],
    ]);
    for (const [value, type] of [['0', 'PERCENT'], ['abc', 'PERCENT'], ['0.00', 'FIXED'], ['1.234', 'FIXED'], ['-1', 'FIXED']] as [string, ClientDiscountInput['type']][]) {
      expect(errorOf(await t.gql(ADD, { i: { clientId: client.id, type, value } }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'value' });
    }
    expect(errorOf(await t.gql(ADD, { i: { clientId: client.id, type: 'PERCENT', value: '10', startsOn: '2030-13-45' } }, admin)).code).toBe('BAD_USER_INPUT');
    expect(errorOf(await t.gql(ADD, { i: { clientId: idOf('Client', 9999999), type: 'PERCENT', value: '10' } }, admin))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await count()).toBe(before);

    const given = await discount({ clientId: client.id, value: '25' });
    expect((await t.gql(ADD, { i: { clientId: client.id, type: 'PERCENT', value: '5' } }, support)).errors).toBeUndefined();
    expect(ok(await t.gql(LIST, { c: client.id }, support)).clientDiscounts.map((d) => d.percent)).toEqual(['5.00', '25.00']);
    expect(errorOf(await t.gql(REMOVE, { id: given.id }, client.token))).toMatchObject({ code: 'FORBIDDEN' });
    expect(ok(await t.gql(REMOVE, { id: given.id }, admin)).removeClientDiscount).toBe(true);
    expect(errorOf(await t.gql(REMOVE, { id: given.id }, admin))).toMatchObject({ code: 'NOT_FOUND' });
    const preview = ok(await t.gql(PREVIEW, { cart: { products: [{ productId: mail, cycle: 'MONTHLY' }], domains: [] } }, client.token)).previewOrder;
    expect(lines(preview)).toEqual([[1, 'Mail (monthly)', '4.00'], [1, 'Client discount: Mail', '-0.20']]);
  });
});
