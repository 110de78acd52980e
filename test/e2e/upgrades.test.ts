/**
 * Issue 16.6 (SV-8, SV-9) and 16.8 over the wire: previewing, ordering and
 * paying upgrades and downgrades of a spam filter service (the module's
 * changePackage through the real job runner against the SpamExperts test
 * server), staff's manual change, and the explained invoice lines of orders,
 * renewals and upgrades. The clock stands on 15 March 2027; the service is due
 * on 31 March 2027, so its cycle runs from 28 February (31 days, 16 left).
 */
import { StaffRole } from '../../src/auth/staff-user.entity';
import { keyOf } from '../support/ids';
import { waitFor } from '../support/wait';
import { SpamExpertsTestServer } from '../servers/spamexperts-server';
import { errorOf, ok, startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app';
import { clientWithLogin, createProduct, createService, createSpamFilterServer } from '../support/fixtures';
import { graphql } from '../generated';
import type { BillingCycle, CreateProductInput } from '../generated/graphql';

graphql(`fragment UpgradesInvoiceLines on Invoice { lines { description amount { amount } tax1 { amount } computation {
  source explanation price { amount currency } cycle quantity periodStart periodEnd days daysInCycle previousPrice { amount } previousCycle previousDaysInCycle
  discountPercent discountBase { amount } promotionCode rounding taxRules { name level rate compound } } } }`);
const PREVIEW = graphql(`query UpgradesPreview($s: ID!, $i: ServiceChangeInput!) { serviceChangePreview(serviceId: $s, input: $i) {
  service { id } currency product { id } previousProduct { id } cycle previousCycle cycleStart nextDueDate daysInCycle daysInNewCycle daysLeft
  recurringAmount { amount } previousRecurringAmount { amount } credited { amount } debited { amount } amount { amount currency } tax { amount } total { amount } } }`);
const UPGRADE = graphql(`mutation UpgradesUpgrade($s: ID!, $i: ServiceChangeInput!) { upgradeService(serviceId: $s, input: $i) {
  id status total { amount } items { kind status description product { id } cycle configOptions { optionId quantity } service { id } recurringAmount { amount }
  invoice { id status total { amount } ...UpgradesInvoiceLines } } invoices { id } } }`);
const MANUAL = graphql(`mutation UpgradesManual($s: ID!, $i: ManualServiceChangeInput!) { changeServicePackage(serviceId: $s, input: $i) { id product { id } billingCycle recurringAmount { amount } } }`);
const SERVICE = graphql(`query UpgradesService($id: ID!) { service(id: $id) { id status product { id } billingCycle nextDueDate recurringAmount { amount } configOptions { optionId quantity } } }`);
const CANCEL_ORDER = graphql(`mutation UpgradesCancelOrder($id: ID!) { cancelOrder(id: $id) { id status } }`);
const ACCEPT_ORDER = graphql(`mutation UpgradesAcceptOrder($id: ID!) { acceptOrder(id: $id) { id } }`);
const ORDER = graphql(`query UpgradesOrder($id: ID!) { order(id: $id) { status items { status } } }`);
const PAY = graphql(`mutation UpgradesMarkPaid($id: ID!) { markInvoicePaid(id: $id) { id status } }`);
const SETTINGS = graphql(`mutation UpgradesSettings($i: UpdateSettingsInput!) { updateSettings(input: $i) { acceptOrdersOnPayment } }`);
const TAX_RULE = graphql(`mutation UpgradesTaxRule($i: TaxRuleInput!) { createTaxRule(input: $i) { id } }`);
const CREATE_OPTIONS = graphql(`mutation UpgradesCreateOptions($i: ConfigOptionGroupInput!) { createConfigOptionGroup(input: $i) { options { id } } }`);
const RUN_CREATE = graphql(`mutation UpgradesRunCreate($s: ID!) { runModuleCommand(serviceId: $s, command: "create") { id } }`);
const CREDIT_BALANCE = graphql(`query UpgradesCreditBalance($id: ID!) { client(id: $id) { creditBalance { amount } } }`);
const CREATE_USER = graphql(`mutation UpgradesCreateUser($c: ID!, $i: CreateClientUserInput!) { createClientUser(clientId: $c, input: $i) { id } }`);
const INVOICE_STATUS = graphql(`query UpgradesInvoiceStatus($id: ID!) { invoice(id: $id) { status } }`);
const PLACE_ORDER = graphql(`mutation UpgradesPlaceOrder($c: CartInput!) { placeOrder(cart: $c) { items { invoice { ...UpgradesInvoiceLines } } } }`);
const DAILY_RUN = graphql(`mutation UpgradesDailyRun($d: LocalDate) { runDailyRun(date: $d) { id } }`);
const LATEST_INVOICE = graphql(`query UpgradesLatestInvoice($c: ID!) { invoices(filter: { clientId: $c }, first: 1) { edges { node { ...UpgradesInvoiceLines } } } }`);
const CREATE_INVOICE = graphql(`mutation UpgradesCreateInvoice($i: CreateInvoiceInput!) { createInvoice(input: $i) { ...UpgradesInvoiceLines } }`);
const ADD_CREDIT = graphql(`mutation UpgradesAddCredit($i: CreditChangeInput!) { addCredit(input: $i) { id } }`);

describe('issue 16.6 / 16.8: upgrades, downgrades and explained invoice lines', () => {
  const spam = new SpamExpertsTestServer();
  let t: TestApp;
  let admin: string;
  let basic: string;
  let pro: string;
  let enterprise: string;
  let plain: string;
  let archive: string;
  let server: string;
  let client: { id: string; token: string; email: string };
  let stranger: string;
  let serviceId: string;
  const domain = `upgrade-${process.pid}.example`;

  const sql = (query: string, params: unknown[] = []) => t.app.orm.em.fork().getConnection().execute(query, params);
  const travelTo = (date: string) => t.config.automation.clock.setTo(`${date}T10:00:00Z`);
  const reasonOf = (res: GraphQLResponse) => res.errors?.[0]?.extensions?.reason;
  const product = (name: string, module: string | undefined, options: Record<string, boolean> | undefined, prices: [BillingCycle, string][], extra: Partial<CreateProductInput> = {}) =>
    createProduct(t, admin, {
      name, type: 'OTHER', module, productOptions: options, payType: 'RECURRING', prices: prices.map(([cycle, amount]) => ({ currency: 'EUR', cycle, amount })), ...extra,
    });
  const serviceOf = async () => ok(await t.gql(SERVICE, { id: serviceId }, admin)).service!;
  const jobsOf = async (command: string) => sql(`select status from module_job where service_id = ? and command = ? order by id`, [keyOf(serviceId), command]);
  const changePackageDone = (count: number) => waitFor(async () => {
    const jobs = await jobsOf('changePackage');
    return jobs.length === count && jobs.every((job) => job.status === 'succeeded');
  }, { what: `${count} changePackage jobs succeeded` });

  beforeAll(async () => {
    await spam.start();
    t = await startTestApp({ JOBS_POLL_MS: '50', MODULE_RETRY_BASE_MS: '50' });
    admin = await t.staffToken(StaffRole.ADMIN);
    ok(await t.gql(TAX_RULE, { i: { name: 'VAT', level: 1, country: 'DE', rate: '19' } }, admin));
    pro = await product('Filter Pro', 'spam-filter', { incoming: true, outgoing: true, archiving: false }, [['MONTHLY', '25.00']]);
    enterprise = await product('Filter Enterprise', 'spam-filter', { incoming: true, outgoing: true, archiving: true }, [['MONTHLY', '50.00']], { hidden: true });
    basic = await product('Filter Basic', 'spam-filter', { incoming: true, outgoing: false, archiving: false }, [['MONTHLY', '10.00'], ['ANNUALLY', '100.00']], { upgradeTargetIds: [pro, enterprise] });
    plain = await product('Consulting', undefined, undefined, [['MONTHLY', '10.00']]);
    archive = ok(await t.gql(CREATE_OPTIONS, { i: {
      name: 'Archive', productIds: [basic, pro], options: [{ name: 'Archive years', type: 'QUANTITY', minQuantity: 0, maxQuantity: 5, unitPrices: [
        { currency: 'EUR', cycle: 'MONTHLY', amount: '2.00' }, { currency: 'EUR', cycle: 'ANNUALLY', amount: '20.00' },
      ] }] } }, admin)).createConfigOptionGroup.options[0].id;
    server = await createSpamFilterServer(t, admin, spam, { name: 'spamexperts-upgrades' });
    client = await clientWithLogin(t, admin, { firstName: 'Up', lastName: 'Grade', email: `upgrade-${process.pid}@example.com`, currency: 'EUR', country: 'DE' });
    stranger = (await clientWithLogin(t, admin, { firstName: 'Ot', lastName: 'Her', email: `upgrade-other-${process.pid}@example.com`, currency: 'EUR' })).token;
    travelTo('2027-03-15');
    serviceId = await createService(t, admin, {
      clientId: client.id, productId: basic, serverId: server, domain, billingCycle: 'MONTHLY', recurringAmount: '10.00', registrationDate: '2027-01-31', nextDueDate: '2027-03-31',
    });
    ok(await t.gql(RUN_CREATE, { s: serviceId }, admin));
    await waitFor(async () => (await serviceOf()).status === 'ACTIVE', { what: 'the service created' });
    expect(spam.domain(domain)?.products).toEqual({ incoming: true, outgoing: false, archiving: false });
  }, 90_000);
  afterAll(async () => {
    await t?.stop();
    await spam.stop();
  });

  it('SV-8: the preview credits the old price and charges the new one for the 16 of 31 days left, the difference rounded once, with VAT; it changes nothing', async () => {
    const preview = ok(await t.gql(PREVIEW, { s: serviceId, i: { productId: pro } }, client.token)).serviceChangePreview;
    expect(preview).toEqual({
      service: { id: serviceId }, currency: 'EUR', product: { id: pro }, previousProduct: { id: basic }, cycle: 'MONTHLY', previousCycle: 'MONTHLY',
      cycleStart: '2027-02-28', nextDueDate: '2027-03-31', daysInCycle: 31, daysInNewCycle: 31, daysLeft: 16,
      recurringAmount: { amount: '25.00' }, previousRecurringAmount: { amount: '10.00' },
      // 10.00 × 16/31 = 5.161…, 25.00 × 16/31 = 12.903…, difference 7.741… → 7.74; VAT 19% → 1.47.
      credited: { amount: '5.16' }, debited: { amount: '12.90' }, amount: { amount: '7.74', currency: 'EUR' }, tax: { amount: '1.47' }, total: { amount: '9.21' },
    });
    // Configurable options and the billing cycle, on the same product: 3 archive years at 2.00 → 16.00 a month; annually 100.00 (365 days).
    const options = ok(await t.gql(PREVIEW, { s: serviceId, i: { configOptions: [{ optionId: archive, quantity: 3 }] } }, client.token)).serviceChangePreview;
    expect([options.recurringAmount.amount, options.amount.amount]).toEqual(['16.00', '3.10']);
    const annual = ok(await t.gql(PREVIEW, { s: serviceId, i: { cycle: 'ANNUALLY' } }, client.token)).serviceChangePreview;
    expect([annual.recurringAmount.amount, annual.daysInNewCycle, annual.amount.amount, annual.total.amount]).toEqual(['100.00', 365, '-0.78', '0.00']);
    expect(await serviceOf()).toMatchObject({ product: { id: basic }, recurringAmount: { amount: '10.00' } });
  });

  it('SV-8 / issue 16.8: an upgrade order and invoice change nothing until paid; paying changes the product, cycle, options and recurring amount, runs changePackage on the server and queues the upgrade mail', async () => {
    const order = ok(await t.gql(UPGRADE, { s: serviceId, i: { productId: pro, configOptions: [{ optionId: archive, quantity: 1 }] } }, client.token)).upgradeService;
    // 27.00 a month: (27.00 − 10.00) × 16/31 = 8.774… → 8.77, VAT 1.67.
    expect(order).toMatchObject({ status: 'PENDING', total: { amount: '10.44' } });
    const [item] = order.items;
    expect(item).toMatchObject({ kind: 'UPGRADE', status: 'PENDING', product: { id: pro }, cycle: 'MONTHLY', configOptions: [{ optionId: archive, quantity: 1 }], service: { id: serviceId }, recurringAmount: { amount: '27.00' } });
    expect(item.invoice).toMatchObject({ status: 'UNPAID', total: { amount: '10.44' } });
    expect(item.invoice!.lines).toEqual([{
      description: `Upgrade: Filter Basic → Filter Pro - ${domain} (15/03/2027 - 30/03/2027)`, amount: { amount: '8.77' }, tax1: { amount: '1.67' },
      computation: {
        source: 'UPGRADE', explanation: '27.00 × 16 / 31 days − 10.00 × 16 / 31 days', price: { amount: '27.00', currency: 'EUR' }, cycle: 'MONTHLY', quantity: null,
        periodStart: '2027-03-15', periodEnd: '2027-03-30', days: 16, daysInCycle: 31, previousPrice: { amount: '10.00' }, previousCycle: 'MONTHLY', previousDaysInCycle: 31,
        discountPercent: null, discountBase: null, promotionCode: null, rounding: 'exact difference rounded once, half-up to the minor unit',
        taxRules: [{ name: 'VAT', level: 1, rate: '19.0000', compound: false }],
      },
    }]);
    // Nothing changes until it is paid, and a second upgrade waits for this one.
    expect(await serviceOf()).toMatchObject({ product: { id: basic }, recurringAmount: { amount: '10.00' }, configOptions: [] });
    expect(await jobsOf('changePackage')).toEqual([]);
    expect(reasonOf(await t.gql(UPGRADE, { s: serviceId, i: { productId: enterprise } }, admin))).toBe('UPGRADE_PENDING');
    expect(errorOf(await t.gql(ACCEPT_ORDER, { id: order.id }, admin)).code).toBe('CONFLICT');

    // Accepting orders on payment (issue 14.4) leaves an upgrade item to the upgrade's own effect.
    ok(await t.gql(SETTINGS, { i: { acceptOrdersOnPayment: true } }, admin));
    ok(await t.gql(PAY, { id: item.invoice!.id }, admin));
    ok(await t.gql(SETTINGS, { i: { acceptOrdersOnPayment: false } }, admin));
    expect(await serviceOf()).toMatchObject({ product: { id: pro }, billingCycle: 'MONTHLY', nextDueDate: '2027-03-31', recurringAmount: { amount: '27.00' }, configOptions: [{ optionId: archive, quantity: 1 }] });
    expect(ok(await t.gql(ORDER, { id: order.id }, client.token)).order).toEqual({ status: 'ACTIVE', items: [{ status: 'ACCEPTED' }] });
    await changePackageDone(1);
    expect(spam.domain(domain)?.products).toEqual({ incoming: true, outgoing: true, archiving: false });
    const mails = await sql(`select type, recipient, body from mail_message where client_id = ? and type = 'serviceUpgraded'`, [keyOf(client.id)]);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ recipient: client.email });
    expect(mails[0].body).toContain(`is now Filter Pro, billed monthly at 27.00 EUR from 2027-03-31`);
  });

  it('SV-8: a downgrade credits the unused rest to the credit balance and changes the service at once (no invoice); changePackage runs', async () => {
    // Staff may downgrade to any product of the module; Pro has no upgrade targets for the client.
    expect(reasonOf(await t.gql(UPGRADE, { s: serviceId, i: { productId: basic } }, client.token))).toBe('NOT_UPGRADABLE');
    const order = ok(await t.gql(UPGRADE, { s: serviceId, i: { productId: basic, configOptions: [{ optionId: archive, quantity: 0 }] } }, admin)).upgradeService;
    expect(order).toMatchObject({ status: 'ACTIVE', invoices: [], items: [{ kind: 'UPGRADE', status: 'ACCEPTED', invoice: null, recurringAmount: { amount: '10.00' } }] });
    // (10.00 − 27.00) × 16/31 = −8.774… → 8.77 credited.
    expect(ok(await t.gql(CREDIT_BALANCE, { id: client.id }, admin)).client).toEqual({ creditBalance: { amount: '8.77' } });
    const [entry] = await sql(`select kind, amount_minor::text as amount from credit_entry where client_id = ? order by id desc limit 1`, [keyOf(client.id)]);
    expect(entry).toEqual({ kind: 'downgrade', amount: '877' });
    expect(await serviceOf()).toMatchObject({ product: { id: basic }, recurringAmount: { amount: '10.00' } });
    await changePackageDone(2);
    expect(spam.domain(domain)?.products).toEqual({ incoming: true, outgoing: false, archiving: false });
  });

  it('SV-9: staff change the package by hand: no order, no invoice; the recurring amount is recalculated (or set) and changePackage runs', async () => {
    const [before] = await sql(`select (select count(*) from client_order)::int as orders, (select count(*) from invoice)::int as invoices`);
    const changed = ok(await t.gql(MANUAL, { s: serviceId, i: { productId: enterprise } }, admin)).changeServicePackage;
    expect(changed).toEqual({ id: serviceId, product: { id: enterprise }, billingCycle: 'MONTHLY', recurringAmount: { amount: '50.00' } });
    await changePackageDone(3);
    expect(spam.domain(domain)?.products).toEqual({ incoming: true, outgoing: true, archiving: true });
    const custom = ok(await t.gql(MANUAL, { s: serviceId, i: { productId: basic, recurringAmount: '8.50' } }, admin)).changeServicePackage;
    expect(custom).toMatchObject({ product: { id: basic }, recurringAmount: { amount: '8.50' } });
    await changePackageDone(4);
    expect(spam.domain(domain)?.products).toEqual({ incoming: true, outgoing: false, archiving: false });
    const [after] = await sql(`select (select count(*) from client_order)::int as orders, (select count(*) from invoice)::int as invoices`);
    expect(after).toEqual(before);
  });

  it('SV-8 / SV-9: bad input and authorization change nothing', async () => {
    const [before] = await sql(`select (select count(*) from client_order)::int as orders, (select count(*) from invoice)::int as invoices, (select count(*) from module_job)::int as jobs`);
    const service = await serviceOf();
    // Clients: only their own services, only to upgrade targets on offer (Enterprise is hidden), never the manual change.
    expect(errorOf(await t.gql(UPGRADE, { s: serviceId, i: { productId: pro } }, stranger)).code).toBe('NOT_FOUND');
    expect(errorOf(await t.gql(PREVIEW, { s: serviceId, i: { productId: pro } }, stranger)).code).toBe('NOT_FOUND');
    expect(reasonOf(await t.gql(UPGRADE, { s: serviceId, i: { productId: enterprise } }, client.token))).toBe('NOT_UPGRADABLE');
    expect(errorOf(await t.gql(MANUAL, { s: serviceId, i: { productId: pro } }, client.token)).code).toBe('FORBIDDEN');
    expect(errorOf(await t.gql(UPGRADE, { s: serviceId, i: { productId: pro } })).code).toBe('UNAUTHENTICATED');
    // A user of the client with SERVICES may preview; an upgrade is an order and needs ORDERS too.
    const userEmail = `upgrade-user-${process.pid}@example.com`;
    ok(await t.gql(CREATE_USER, { c: client.id, i: {
      email: userEmail, firstName: 'Us', lastName: 'Er', password: 'client-password-2', permissions: ['SERVICES'],
    } }, client.token));
    const user = await t.clientToken(userEmail, 'client-password-2');
    ok(await t.gql(PREVIEW, { s: serviceId, i: { productId: pro } }, user));
    expect(errorOf(await t.gql(UPGRADE, { s: serviceId, i: { productId: pro } }, user)).code).toBe('FORBIDDEN');
    // Input.
    expect(reasonOf(await t.gql(UPGRADE, { s: serviceId, i: {} }, client.token))).toBe('NOTHING_TO_CHANGE');
    expect(reasonOf(await t.gql(UPGRADE, { s: serviceId, i: { productId: pro, cycle: 'QUARTERLY' } }, client.token))).toBe('CYCLE_NOT_OFFERED');
    expect(reasonOf(await t.gql(UPGRADE, { s: serviceId, i: { configOptions: [{ optionId: archive, quantity: 9 }] } }, client.token))).toBe('OUT_OF_RANGE');
    expect(reasonOf(await t.gql(UPGRADE, { s: serviceId, i: { productId: plain } }, admin))).toBe('MODULE_UNAVAILABLE');
    expect(reasonOf(await t.gql(UPGRADE, { s: serviceId, i: { productId: 'not-an-id' } }, admin))).toBe('INVALID_FORMAT');
    const both = await t.gql(MANUAL, { s: serviceId, i: { productId: pro, recurringAmount: '-1', configOptions: [{ optionId: archive, quantity: 9 }] } }, admin);
    expect((both.errors?.[0]?.extensions?.fields as { reason: string }[]).map((f) => f.reason).sort()).toEqual(['INVALID_AMOUNT', 'OUT_OF_RANGE']);
    // A service past its due date is renewed first.
    travelTo('2027-04-01');
    expect(reasonOf(await t.gql(UPGRADE, { s: serviceId, i: { productId: pro } }, client.token))).toBe('SERVICE_NOT_UPGRADABLE');
    travelTo('2027-03-15');
    const [after] = await sql(`select (select count(*) from client_order)::int as orders, (select count(*) from invoice)::int as invoices, (select count(*) from module_job)::int as jobs`);
    expect(after).toEqual(before);
    expect(await serviceOf()).toEqual(service);
  });

  it('SV-8: a cancelled upgrade order leaves the service as it was and frees the way for another upgrade', async () => {
    const order = ok(await t.gql(UPGRADE, { s: serviceId, i: { productId: pro } }, client.token)).upgradeService;
    expect(ok(await t.gql(CANCEL_ORDER, { id: order.id }, client.token)).cancelOrder.status).toBe('CANCELLED');
    expect(ok(await t.gql(INVOICE_STATUS, { id: order.items[0].invoice!.id }, admin)).invoice).toEqual({ status: 'CANCELLED' });
    expect(await serviceOf()).toMatchObject({ status: 'ACTIVE', product: { id: basic } });
    const again = ok(await t.gql(UPGRADE, { s: serviceId, i: { productId: pro } }, client.token)).upgradeService;
    ok(await t.gql(CANCEL_ORDER, { id: again.id }, admin));
  });

  it('issue 16.8: order lines and renewal lines explain their amounts (price, cycle, period, discount, tax rules)', async () => {
    const placed = ok(await t.gql(PLACE_ORDER, { c: {
      products: [{ productId: basic, cycle: 'MONTHLY', configOptions: [{ optionId: archive, quantity: 2 }] }], domains: [],
    } }, client.token)).placeOrder;
    const lines = placed.items[0].invoice!.lines;
    expect(lines.map((l) => [l.description, l.amount.amount, l.computation?.source, l.computation?.price?.amount, l.computation?.cycle, l.computation?.quantity])).toEqual([
      ['Filter Basic (monthly)', '10.00', 'ORDER', '10.00', 'MONTHLY', null],
      ['Filter Basic: Archive years × 2', '4.00', 'ORDER', '2.00', 'MONTHLY', 2],
    ]);
    expect(lines[0].computation).toMatchObject({ explanation: 'Catalog price of Filter Basic: 10.00 monthly', taxRules: [{ name: 'VAT', level: 1, rate: '19.0000', compound: false }] });

    // The daily run invoices the renewal due on 31 March 14 days ahead: one whole cycle at the recurring amount.
    travelTo('2027-03-17');
    ok(await t.gql(DAILY_RUN, { d: '2027-03-17' }, admin));
    const renewal = ok(await t.gql(LATEST_INVOICE, { c: client.id }, admin)).invoices.edges[0].node;
    expect(renewal.lines).toEqual([{
      description: `Filter Basic - ${domain} (31/03/2027 - 29/04/2027)`, amount: { amount: '8.50' }, tax1: { amount: '1.62' },
      computation: {
        source: 'RENEWAL', explanation: 'Recurring amount 8.50 for one monthly cycle', price: { amount: '8.50', currency: 'EUR' }, cycle: 'MONTHLY', quantity: null,
        periodStart: '2027-03-31', periodEnd: '2027-04-29', days: null, daysInCycle: null, previousPrice: null, previousCycle: null, previousDaysInCycle: null,
        discountPercent: null, discountBase: null, promotionCode: null, rounding: null, taxRules: [{ name: 'VAT', level: 1, rate: '19.0000', compound: false }],
      },
    }]);
    // Lines staff type in carry no computation.
    const manual = ok(await t.gql(CREATE_INVOICE, { i: { clientId: client.id, lines: [{ description: 'Extra work', amount: '5.00' }] } }, admin)).createInvoice;
    expect(manual.lines[0].computation).toBeNull();
    travelTo('2027-03-15');
  });

  it('SV-8 / CR-3: an upgrade invoice paid whole by credit when it is issued changes the service at once', async () => {
    ok(await t.gql(ADD_CREDIT, { i: { clientId: client.id, amount: '20.00', description: 'Goodwill' } }, admin));
    const order = ok(await t.gql(UPGRADE, { s: serviceId, i: { productId: pro } }, client.token)).upgradeService;
    // (25.00 − 8.50) × 16/31 = 8.516… → 8.52, VAT 1.62.
    expect(order).toMatchObject({ status: 'ACTIVE', total: { amount: '10.14' }, items: [{ status: 'ACCEPTED', invoice: { status: 'PAID' } }] });
    expect(await serviceOf()).toMatchObject({ product: { id: pro }, recurringAmount: { amount: '25.00' } });
    await changePackageDone(5);
    expect(spam.domain(domain)?.products).toEqual({ incoming: true, outgoing: true, archiving: false });
  });
});
