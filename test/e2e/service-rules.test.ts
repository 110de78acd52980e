/**
 * Issue 16.7 over the wire: auto-recalculation on save (SV-5), mass update
 * (SV-10), the prorata invoice of a due-date change (SV-11) and the payment
 * method per service that renewal invoices are grouped by (SV-7).
 */
import { StaffRole } from '../../src/auth/staff-user.entity';
import { keyOf } from '../support/ids';
import { errorOf, ok, startTestApp, type TestApp } from '../support/test-app';
import { waitFor } from '../support/wait';
import { SpamExpertsTestServer } from '../servers/spamexperts-server';
import { clientWithLogin, createClient, createProduct, createSpamFilterProduct, createSpamFilterServer, uniqueEmail } from '../support/fixtures';
import { graphql } from '../generated';
import type { CreateServiceInput, UpdateServiceInput } from '../generated/graphql';

const CREATE_GROUP = graphql(`mutation ServiceRulesCreateGroup($i: ClientGroupInput!) { createClientGroup(input: $i) { id } }`);
const CREATE_SERVICE = graphql(`mutation ServiceRulesCreateService($i: CreateServiceInput!) { createService(input: $i) { id autoRecalculate recurringAmount { amount currency } } }`);
const UPDATE_SERVICE = graphql(`mutation ServiceRulesUpdateService($id: ID!, $i: UpdateServiceInput!) {
  updateService(id: $id, input: $i) { id product { id } billingCycle autoRecalculate recurringAmount { amount currency } } }`);
const MASS_UPDATE = graphql(`mutation ServiceRulesMassUpdate($i: MassUpdateServicesInput!) { massUpdateServices(input: $i) {
  services { id status billingCycle nextDueDate domain recurringAmount { amount } }
  prorataInvoice { id status total { amount currency } lines { description amount { amount } computation { source periodStart periodEnd days daysInCycle price { amount } } } }
  moduleJobs { id command service { id } } } }`);
const MASS_UPDATE_BILLING = graphql(`mutation ServiceRulesMassBilling($i: MassUpdateServicesInput!) { massUpdateServices(input: $i) {
  services { id paymentMethod recurringAmount { amount } autoSuspensionOverride { until never } } } }`);
const SERVICE = graphql(`query ServiceRulesService($id: ID!) { service(id: $id) { id status nextDueDate recurringAmount { amount } } }`);
const PAY = graphql(`mutation ServiceRulesPay($id: ID!) { markInvoicePaid(id: $id) { id status } }`);
const CREATE_OPTIONS = graphql(`mutation ServiceRulesCreateOptions($i: ConfigOptionGroupInput!) { createConfigOptionGroup(input: $i) { options { id } } }`);
const UPDATE_OPTIONS = graphql(`mutation ServiceRulesUpdateOptions($id: ID!, $i: UpdateServiceInput!) {
  updateService(id: $id, input: $i) { id recurringAmount { amount } configOptions { optionId choiceId quantity } } }`);
const CANCEL_INVOICE = graphql(`mutation ServiceRulesCancelInvoice($id: ID!) { cancelInvoice(id: $id) { id status } }`);
const SERVICE_PAYMENT_METHOD = graphql(`mutation ServiceRulesPaymentMethod($id: ID!, $i: UpdateServiceInput!) { updateService(id: $id, input: $i) { id paymentMethod } }`);
const SET_DEFAULT_METHOD = graphql(`mutation ServiceRulesDefaultMethod($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id } }`);
const ADD_ORDER = graphql(`mutation ServiceRulesAddOrder($i: AddOrderInput!) { addOrder(input: $i) { id } }`);
const ACCEPT_ORDER = graphql(`mutation ServiceRulesAcceptOrder($id: ID!) { acceptOrder(id: $id) { status items { service { id paymentMethod } } } }`);
const RUN = graphql(`mutation ServiceRulesRun($d: LocalDate) { runDailyRun(date: $d) { status errors { message } } }`);
const CLIENT_INVOICES = graphql(`query ServiceRulesInvoices($c: ID!) { invoices(filter: { clientId: $c }, first: 10, orderBy: { field: TOTAL, direction: ASC }) {
  edges { node { dueDate paymentMethod total { amount } lines { service { id } } } } } }`);
const UPDATE_OVERRIDE = graphql(`mutation ServiceRulesUpdateOverride($id: ID!, $i: UpdateServiceInput!) { updateService(id: $id, input: $i) { id domain autoSuspensionOverride { until never } } }`);
const SERVICE_RECALC = graphql(`query ServiceRulesServiceRecalc($id: ID!) { service(id: $id) { id autoRecalculate } }`);

describe('issue 16.7: service rules', () => {
  const spam = new SpamExpertsTestServer();
  let t: TestApp;
  let admin: string;
  let seq = 0;
  let small: string;
  let large: string;

  beforeAll(async () => {
    await spam.start();
    t = await startTestApp({ JOBS_POLL_MS: '50', MODULE_RETRY_BASE_MS: '50' });
    admin = await t.staffToken(StaffRole.ADMIN);
    const product = (name: string, monthly: string, annually: string) => createProduct(t, admin, {
      name, type: 'HOSTING', payType: 'RECURRING', prices: [{ currency: 'EUR', cycle: 'MONTHLY', amount: monthly }, { currency: 'EUR', cycle: 'ANNUALLY', amount: annually }],
    });
    small = await product('Small', '10.00', '100.00');
    large = await product('Large', '30.00', '300.00');
  });
  afterAll(async () => {
    await t?.stop();
    await spam.stop();
  });

  const sql = (query: string, params: unknown[] = []) => t.app.orm.em.fork().getConnection().execute(query, params);
  const newClient = async (groupId?: string) => (await createClient(t, admin, { firstName: 'Rule', lastName: 'Ed', email: uniqueEmail('rules'), currency: 'EUR', groupId })).id;
  const newService = async (clientId: string, input: Partial<CreateServiceInput> = {}) => ok(await t.gql(CREATE_SERVICE, { i: {
    clientId, productId: small, billingCycle: 'MONTHLY', recurringAmount: '7.50', status: 'ACTIVE', nextDueDate: '2027-01-01', ...input,
  } }, admin)).createService;
  const update = async (id: string, i: UpdateServiceInput, token = admin) => t.gql(UPDATE_SERVICE, { id, i }, token);

  describe('SV-5: auto-recalculate on save', () => {
    it('SV-5: off by default: a new product or cycle keeps the custom price', async () => {
      const service = await newService(await newClient());
      expect(service.autoRecalculate).toBe(false);
      const moved = ok(await update(service.id, { productId: large, billingCycle: 'ANNUALLY' })).updateService;
      expect(moved).toMatchObject({ product: { id: large }, billingCycle: 'ANNUALLY', recurringAmount: { amount: '7.50', currency: 'EUR' } });
    });

    it('SV-5: on, a new product or cycle sets the catalog price for the client (group discount included); an amount typed in the same save wins', async () => {
      const group = ok(await t.gql(CREATE_GROUP, { i: { name: `Ten off ${++seq}`, discountPercent: '10' } }, admin)).createClientGroup.id;
      const service = await newService(await newClient(group));
      const on = ok(await update(service.id, { autoRecalculate: true })).updateService;
      // Turning it on changes no amount by itself: only a change of product or cycle recalculates.
      expect(on).toMatchObject({ autoRecalculate: true, recurringAmount: { amount: '7.50' } });
      expect(ok(await update(service.id, { productId: large })).updateService.recurringAmount).toEqual({ amount: '27.00', currency: 'EUR' });
      expect(ok(await update(service.id, { billingCycle: 'ANNUALLY' })).updateService.recurringAmount).toEqual({ amount: '270.00', currency: 'EUR' });
      expect(ok(await update(service.id, { productId: small, recurringAmount: '50.00' })).updateService.recurringAmount.amount).toBe('50.00');
      // Other edits leave the amount alone.
      expect(ok(await update(service.id, { domain: 'kept.example' })).updateService.recurringAmount.amount).toBe('50.00');
    });

    it('SV-5: a cycle the product is not sold in is BAD_USER_INPUT and changes nothing; null is refused', async () => {
      const service = await newService(await newClient(), { autoRecalculate: true });
      const before = await sql('select * from service where id = (select max(id) from service)');
      const quarterly = await update(service.id, { billingCycle: 'QUARTERLY' });
      expect(errorOf(quarterly)).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(quarterly.errors?.[0]?.extensions?.reason).toBe('CYCLE_NOT_OFFERED');
      expect(errorOf(await update(service.id, { autoRecalculate: null }))).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(await sql('select * from service where id = (select max(id) from service)')).toEqual(before);
      expect(ok(await t.gql(SERVICE_RECALC, { id: service.id }, admin)).service?.autoRecalculate).toBe(true);
    });

    it('SV-5: staff set configurable options, checked against the product\'s; with auto-recalculate the amount follows the catalog', async () => {
      const productId = await createProduct(t, admin, { name: `Disk ${++seq}`, type: 'HOSTING', payType: 'RECURRING', prices: [{ currency: 'EUR', cycle: 'MONTHLY', amount: '10.00' }] });
      const [disk] = ok(await t.gql(CREATE_OPTIONS, { i: { name: `Disk ${seq}`, productIds: [productId], options: [
        { name: 'Extra GB', type: 'QUANTITY', minQuantity: 0, maxQuantity: 10, unitPrices: [{ currency: 'EUR', cycle: 'MONTHLY', amount: '1.00' }] },
      ] } }, admin)).createConfigOptionGroup.options;
      const [foreign] = ok(await t.gql(CREATE_OPTIONS, { i: { name: `Other ${seq}`, productIds: [large], options: [
        { name: 'Other GB', type: 'QUANTITY', minQuantity: 0, maxQuantity: 10, unitPrices: [] },
      ] } }, admin)).createConfigOptionGroup.options;
      const service = await newService(await newClient(), { productId });
      const options = (i: UpdateServiceInput) => t.gql(UPDATE_OPTIONS, { id: service.id, i }, admin);
      // Off: the options are stored, the custom amount stays.
      expect(ok(await options({ configOptions: [{ optionId: disk.id, quantity: 3 }] })).updateService).toMatchObject({
        recurringAmount: { amount: '7.50' }, configOptions: [{ optionId: disk.id, choiceId: null, quantity: 3 }],
      });
      ok(await update(service.id, { autoRecalculate: true }));
      expect(ok(await options({ configOptions: [{ optionId: disk.id, quantity: 4 }] })).updateService).toMatchObject({
        recurringAmount: { amount: '14.00' }, configOptions: [{ optionId: disk.id, quantity: 4 }],
      });
      const before = await sql('select * from service order by id');
      for (const [configOptions, path, reason] of [
        [[{ optionId: disk.id, quantity: 11 }], ['input', 'configOptions', '0', 'quantity'], 'OUT_OF_RANGE'],
        [[{ optionId: foreign.id, quantity: 1 }], ['input', 'configOptions', '0', 'optionId'], 'REFERENCE_NOT_FOUND'],
        [null, ['input', 'configOptions'], 'VALUE_REQUIRED'],
      ] as const) {
        const res = await options({ configOptions: configOptions as UpdateServiceInput['configOptions'], domain: 'changed.example' });
        expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT' });
        const extensions = res.errors?.[0]?.extensions;
        const problem = (extensions?.fields as { path: unknown[]; reason: string }[] | undefined)?.[0] ?? { path: extensions?.field as unknown[], reason: extensions?.reason };
        expect({ configOptions, path: problem.path.map(String), reason: problem.reason }).toEqual({ configOptions, path, reason });
      }
      // The options' problems come in the same answer as the edit's other problems.
      const together = await options({ configOptions: [{ optionId: disk.id, quantity: 11 }], status: 'PENDING', paymentMethod: 'cheque' });
      expect(errorOf(together)).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect((together.errors?.[0]?.extensions?.fields as { path: unknown[]; reason: string }[]).map((problem) => [problem.path.map(String), problem.reason])).toEqual([
        [['input', 'status'], 'INVALID_STATUS_TRANSITION'],
        [['input', 'paymentMethod'], 'MODULE_UNAVAILABLE'],
        [['input', 'configOptions', '0', 'quantity'], 'OUT_OF_RANGE'],
      ]);
      expect(await sql('select * from service order by id')).toEqual(before);
    });
  });

  describe('SV-6: the suspension override in a staff edit', () => {
    it('SV-6: updateService sets the override to a date or never, keeps it when left out, removes it with an empty object; both at once is BAD_USER_INPUT and changes nothing', async () => {
      const service = await newService(await newClient());
      const edit = (i: UpdateServiceInput) => t.gql(UPDATE_OVERRIDE, { id: service.id, i }, admin);
      expect(ok(await edit({ suspensionOverride: { until: '2027-06-30' } })).updateService.autoSuspensionOverride).toEqual({ until: '2027-06-30', never: false });
      expect(ok(await edit({ domain: 'kept.example' })).updateService).toMatchObject({ domain: 'kept.example', autoSuspensionOverride: { until: '2027-06-30', never: false } });
      expect(ok(await edit({ suspensionOverride: { never: true }, domain: 'never.example' })).updateService.autoSuspensionOverride).toEqual({ until: null, never: true });
      const before = [await sql('select * from service order by id'), await sql('select * from suspension_override order by service_id')];
      const both = await edit({ suspensionOverride: { until: '2027-06-30', never: true }, domain: 'changed.example' });
      expect(errorOf(both)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'never' });
      expect(both.errors?.[0]?.extensions?.reason).toBe('CONFLICTING_INPUT');
      expect((both.errors?.[0]?.extensions?.fields as { path: unknown[] }[]).map((problem) => problem.path)).toEqual([['input', 'suspensionOverride', 'never']]);
      expect([await sql('select * from service order by id'), await sql('select * from suspension_override order by service_id')]).toEqual(before);
      expect(ok(await edit({ suspensionOverride: {} })).updateService.autoSuspensionOverride).toBeNull();
    });
  });

  describe('SV-10: mass update', () => {
    const massUpdate = (i: Record<string, unknown>, token = admin) => t.gql(MASS_UPDATE, { i: i as never }, token);
    const serviceRows = () => sql('select * from service order by id');

    it('SV-10: price, cycle and status of several services in one go; blank fields stay as they were', async () => {
      const client = await newClient();
      const one = await newService(client, { domain: 'one.example' });
      const two = await newService(client, { domain: 'two.example', nextDueDate: '2027-02-15' });
      const done = ok(await massUpdate({ serviceIds: [two.id, one.id], recurringAmount: '12.00', billingCycle: null, status: 'SUSPENDED' })).massUpdateServices;
      expect(done.services).toEqual([
        { id: two.id, status: 'SUSPENDED', billingCycle: 'MONTHLY', nextDueDate: '2027-02-15', domain: 'two.example', recurringAmount: { amount: '12.00' } },
        { id: one.id, status: 'SUSPENDED', billingCycle: 'MONTHLY', nextDueDate: '2027-01-01', domain: 'one.example', recurringAmount: { amount: '12.00' } },
      ]);
      expect(done).toMatchObject({ prorataInvoice: null, moduleJobs: [] });
      const moved = ok(await massUpdate({ serviceIds: [one.id, two.id], nextDueDate: '2027-03-10', billingCycle: 'ANNUALLY' })).massUpdateServices.services;
      expect(moved.map((service) => [service.nextDueDate, service.billingCycle, service.recurringAmount.amount])).toEqual([['2027-03-10', 'ANNUALLY', '12.00'], ['2027-03-10', 'ANNUALLY', '12.00']]);
    });

    it('SV-10: a module command is queued on every service through the module queue and runs on the server', async () => {
      const serverId = await createSpamFilterServer(t, admin, spam, { name: `spam-${++seq}` });
      const productId = await createSpamFilterProduct(t, admin, `Filter ${seq}`);
      const client = await newClient();
      const services: string[] = [];
      for (const name of ['a', 'b']) {
        const service = await newService(client, { productId, serverId, domain: `${name}${seq}-${process.pid}.example`, status: 'PENDING' });
        services.push(service.id);
      }
      const created = ok(await massUpdate({ serviceIds: services, moduleCommand: 'create' })).massUpdateServices;
      expect(created.moduleJobs.map((job) => [job.command, job.service?.id])).toEqual([['create', services[0]], ['create', services[1]]]);
      await waitFor(async () => {
        for (const id of services) if (ok(await t.gql(SERVICE, { id }, admin)).service?.status !== 'ACTIVE') return false;
        return true;
      }, { what: 'both services created on the spam filter' });
    });

    it('SV-10: bad input and every failing service are reported together, under their place in the list; nothing changes', async () => {
      const client = await newClient();
      const one = await newService(client);
      const ended = await newService(client, { status: 'TERMINATED' });
      const stranger = await newService(await newClient());
      const before = await serviceRows();
      const cases: [Record<string, unknown>, string, (string | number)[][]][] = [
        [{ serviceIds: [one.id, stranger.id], recurringAmount: '1.00' }, 'BAD_USER_INPUT', [['input', 'serviceIds']]],
        [{ serviceIds: [one.id, one.id], recurringAmount: '1.00' }, 'BAD_USER_INPUT', [['input', 'serviceIds', 1]]],
        [{ serviceIds: [one.id] }, 'BAD_USER_INPUT', [['input']]],
        [{ serviceIds: [one.id], createProrataInvoice: true }, 'BAD_USER_INPUT', [['input', 'createProrataInvoice']]],
        [{ serviceIds: [one.id, ended.id], status: 'SUSPENDED', recurringAmount: 'ten' }, 'BAD_USER_INPUT', [['input', 'recurringAmount']]],
        [{ serviceIds: [one.id, ended.id], status: 'SUSPENDED' }, 'BAD_USER_INPUT', [['input', 'serviceIds', 1]]],
        [{ serviceIds: [one.id, ended.id], moduleCommand: 'suspend' }, 'BAD_USER_INPUT', [['input', 'serviceIds', 0], ['input', 'serviceIds', 1]]],
        [{ serviceIds: [] , status: 'ACTIVE' }, 'BAD_USER_INPUT', [['input', 'serviceIds']]],
      ];
      for (const [i, code, paths] of cases) {
        const res = await massUpdate(i);
        expect({ i, code: errorOf(res).code }).toEqual({ i, code });
        const fields = (res.errors?.[0]?.extensions?.fields as { path: (string | number)[] }[]).map((problem) => problem.path);
        expect({ i, fields }).toEqual({ i, fields: paths });
      }
      expect(await serviceRows()).toEqual(before);
    });

    it('SV-10 / SV-6 / SV-7: payment method and suspension override of several services; blank leaves them, an empty override removes them', async () => {
      const client = await newClient();
      const one = await newService(client, { paymentMethod: 'bank-transfer' });
      const two = await newService(client);
      const billing = (i: Record<string, unknown>) => t.gql(MASS_UPDATE_BILLING, { i: { serviceIds: [one.id, two.id], ...i } as never }, admin);
      const shown = (res: Awaited<ReturnType<typeof billing>>) => ok(res).massUpdateServices.services.map((s) => [s.paymentMethod, s.autoSuspensionOverride]);
      expect(shown(await billing({ paymentMethod: 'stripe', suspensionOverride: { until: '2027-06-30' } }))).toEqual([
        ['stripe', { until: '2027-06-30', never: false }], ['stripe', { until: '2027-06-30', never: false }],
      ]);
      expect(shown(await billing({ paymentMethod: null, suspensionOverride: { never: true }, recurringAmount: '8.00' }))).toEqual([
        ['stripe', { until: null, never: true }], ['stripe', { until: null, never: true }],
      ]);
      expect(shown(await billing({ suspensionOverride: null, recurringAmount: '9.00' }))).toEqual([
        ['stripe', { until: null, never: true }], ['stripe', { until: null, never: true }],
      ]);
      const before = await serviceRows();
      const overrides = await sql('select * from suspension_override order by service_id');
      for (const [i, path] of [
        [{ paymentMethod: 'cheque', recurringAmount: '1.00' }, ['input', 'paymentMethod']],
        [{ suspensionOverride: { until: '2027-06-30', never: true } }, ['input', 'suspensionOverride', 'never']],
      ] as const) {
        const res = await billing(i);
        expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT' });
        expect((res.errors?.[0]?.extensions?.fields as { path: unknown[] }[]).map((p) => p.path)).toEqual([path]);
      }
      expect(await serviceRows()).toEqual(before);
      expect(await sql('select * from suspension_override order by service_id')).toEqual(overrides);
      expect(shown(await billing({ suspensionOverride: {} }))).toEqual([['stripe', null], ['stripe', null]]);
    });

    it('SV-10: staff only: a client is refused and nothing changes', async () => {
      const { id: clientId, token } = await clientWithLogin(t, admin, { firstName: 'Self', lastName: 'Ish', email: uniqueEmail('rules-self'), currency: 'EUR' });
      const own = await newService(clientId);
      const before = await serviceRows();
      expect(errorOf(await massUpdate({ serviceIds: [own.id], recurringAmount: '0.00' }, token)).code).toBe('FORBIDDEN');
      expect(errorOf(await massUpdate({ serviceIds: [own.id], paymentMethod: 'stripe', suspensionOverride: { never: true } }, token)).code).toBe('FORBIDDEN');
      expect(await sql('select * from suspension_override where service_id = ?', [keyOf(own.id)])).toEqual([]);
      expect(await serviceRows()).toEqual(before);
    });
  });

  describe('SV-11: prorata invoice on a due-date change', () => {
    it('SV-11: the seed\'s example: A due 01/01/2012 at 30/month and B due 05/01/2012 at 60/month moved to the 10th; due dates move only when paid', async () => {
      const product = (name: string, monthly: string) => createProduct(t, admin, {
        name, type: 'HOSTING', payType: 'RECURRING', prices: [{ currency: 'EUR', cycle: 'MONTHLY', amount: monthly }],
      });
      const client = await newClient();
      const a = await newService(client, { productId: await product('A', '30.00'), recurringAmount: '30.00', nextDueDate: '2012-01-01' });
      const b = await newService(client, { productId: await product('B', '60.00'), recurringAmount: '60.00', nextDueDate: '2012-01-05' });
      const done = ok(await t.gql(MASS_UPDATE, { i: { serviceIds: [a.id, b.id], nextDueDate: '2012-01-10', createProrataInvoice: true } }, admin)).massUpdateServices;
      // price × days / days in the cycle ending on the new date (10/12/2011 - 10/01/2012: 31 days), rounded half-up once.
      expect(done.prorataInvoice).toMatchObject({
        status: 'UNPAID', total: { amount: '18.39', currency: 'EUR' },
        lines: [
          { description: 'A (01/01/2012 - 09/01/2012)', amount: { amount: '8.71' }, computation: { source: 'PRORATA', periodStart: '2012-01-01', periodEnd: '2012-01-09', days: 9, daysInCycle: 31, price: { amount: '30.00' } } },
          { description: 'B (05/01/2012 - 09/01/2012)', amount: { amount: '9.68' }, computation: { source: 'PRORATA', periodStart: '2012-01-05', periodEnd: '2012-01-09', days: 5, daysInCycle: 31, price: { amount: '60.00' } } },
        ],
      });
      expect(done.services.map((service) => service.nextDueDate)).toEqual(['2012-01-01', '2012-01-05']);
      ok(await t.gql(PAY, { id: done.prorataInvoice!.id }, admin));
      for (const id of [a.id, b.id]) expect(ok(await t.gql(SERVICE, { id }, admin)).service?.nextDueDate).toBe('2012-01-10');
    });

    it('SV-11: while the prorata invoice is open the run does not invoice the old due date again; cancelled, it does; paid, the run bills from the new date', async () => {
      const invoicesOf = async (clientId: string) => ok(await t.gql(CLIENT_INVOICES, { c: clientId }, admin)).invoices.edges.map((edge) => edge.node);
      const prorataFor = async (clientId: string) => {
        const service = await newService(clientId, { nextDueDate: '2030-05-01', recurringAmount: '30.00' });
        const invoice = ok(await t.gql(MASS_UPDATE, { i: { serviceIds: [service.id], nextDueDate: '2030-05-11', createProrataInvoice: true } }, admin)).massUpdateServices.prorataInvoice!;
        // 30.00 × 10 days / 30 days in the cycle ending on 11/05.
        expect(invoice.total.amount).toBe('10.00');
        return { service, invoice };
      };
      const runOn = async (date: string) => {
        t.config.automation.clock.setTo(`${date}T10:00:00Z`);
        expect(ok(await t.gql(RUN, { d: date }, admin)).runDailyRun).toMatchObject({ status: 'COMPLETED', errors: [] });
      };
      const [open, cancelled] = [await newClient(), await newClient()];
      const kept = await prorataFor(open);
      const dropped = await prorataFor(cancelled);
      ok(await t.gql(CANCEL_INVOICE, { id: dropped.invoice.id }, admin));
      await runOn('2030-04-20');
      // Only the prorata invoice bills the open one's period from 01/05; the cancelled one's due date is renewed as usual.
      expect((await invoicesOf(open)).map((invoice) => invoice.total.amount)).toEqual(['10.00']);
      expect((await invoicesOf(cancelled)).map((invoice) => [invoice.dueDate, invoice.total.amount])).toEqual([[expect.any(String), '10.00'], ['2030-05-01', '30.00']]);
      ok(await t.gql(PAY, { id: kept.invoice.id }, admin));
      expect(ok(await t.gql(SERVICE, { id: kept.service.id }, admin)).service?.nextDueDate).toBe('2030-05-11');
      await runOn('2030-04-28');
      expect((await invoicesOf(open)).map((invoice) => [invoice.dueDate, invoice.total.amount])).toEqual([[expect.any(String), '10.00'], ['2030-05-11', '30.00']]);
    });

    it('SV-11: a new date not after a service\'s due date, or a service without one, is refused with nothing invoiced', async () => {
      const client = await newClient();
      const a = await newService(client, { nextDueDate: '2027-05-10' });
      const b = await newService(client, { nextDueDate: '2027-05-01' });
      const invoices = await sql('select count(*)::int as n from invoice');
      const res = await t.gql(MASS_UPDATE, { i: { serviceIds: [a.id, b.id], nextDueDate: '2027-05-10', createProrataInvoice: true } }, admin);
      expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect((res.errors?.[0]?.extensions?.fields as { path: unknown[] }[]).map((p) => p.path)).toEqual([['input', 'serviceIds', 0]]);
      expect(await sql('select count(*)::int as n from invoice')).toEqual(invoices);
      expect(ok(await t.gql(SERVICE, { id: b.id }, admin)).service?.nextDueDate).toBe('2027-05-01');
    });
  });
  describe('SV-7: a payment method per service', () => {
    const invoicesOf = async (clientId: string) => ok(await t.gql(CLIENT_INVOICES, { c: clientId }, admin)).invoices.edges.map((edge) => edge.node);

    it('SV-7: staff set and clear a service\'s payment method; an unknown gateway is BAD_USER_INPUT and changes nothing; clients are refused', async () => {
      const { id: clientId, token } = await clientWithLogin(t, admin, { firstName: 'Pay', lastName: 'Er', email: uniqueEmail('rules-pay'), currency: 'EUR' });
      const service = await newService(clientId);
      expect(ok(await t.gql(SERVICE_PAYMENT_METHOD, { id: service.id, i: { paymentMethod: 'stripe' } }, admin)).updateService.paymentMethod).toBe('stripe');
      const before = await sql('select * from service where client_id = (select client_id from service where id = (select max(id) from service))');
      const unknown = await t.gql(SERVICE_PAYMENT_METHOD, { id: service.id, i: { paymentMethod: 'cheque', domain: 'changed.example' } }, admin);
      expect(errorOf(unknown)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'paymentMethod' });
      expect(unknown.errors?.[0]?.extensions?.reason).toBe('MODULE_UNAVAILABLE');
      expect(errorOf(await t.gql(SERVICE_PAYMENT_METHOD, { id: service.id, i: { paymentMethod: 'bank-transfer' } }, token)).code).toBe('FORBIDDEN');
      expect(await sql('select * from service where client_id = (select client_id from service where id = (select max(id) from service))')).toEqual(before);
      expect(ok(await t.gql(SERVICE_PAYMENT_METHOD, { id: service.id, i: { paymentMethod: null } }, admin)).updateService.paymentMethod).toBeNull();
    });

    it('SV-7: an accepted order\'s service takes the payment method the client pays by', async () => {
      const clientId = await newClient();
      ok(await t.gql(SET_DEFAULT_METHOD, { id: clientId, i: { defaultPaymentMethod: 'bank-transfer' } }, admin));
      const order = ok(await t.gql(ADD_ORDER, { i: { clientId, noInvoice: true, cart: { products: [{ productId: small, cycle: 'MONTHLY' }] } } }, admin)).addOrder;
      const accepted = ok(await t.gql(ACCEPT_ORDER, { id: order.id }, admin)).acceptOrder;
      expect(accepted.items.map((item) => item.service?.paymentMethod)).toEqual(['bank-transfer']);
    });

    it('SV-7: two services of a client due the same day are invoiced apart when their payment methods differ, together when they match', async () => {
      const due = '2031-03-10';
      const apart = await newClient();
      const stripe = await newService(apart, { nextDueDate: due, recurringAmount: '5.00', paymentMethod: 'stripe' });
      const bank = await newService(apart, { nextDueDate: due, recurringAmount: '6.00', paymentMethod: 'bank-transfer' });
      const together = await newClient();
      // One by its own method, one by the client's default: the same gateway.
      ok(await t.gql(SET_DEFAULT_METHOD, { id: together, i: { defaultPaymentMethod: 'stripe' } }, admin));
      const first = await newService(together, { nextDueDate: due, recurringAmount: '5.00', paymentMethod: 'stripe' });
      const second = await newService(together, { nextDueDate: due, recurringAmount: '6.00' });
      t.config.automation.clock.setTo(`${due}T10:00:00Z`);
      expect(ok(await t.gql(RUN, { d: due }, admin)).runDailyRun).toMatchObject({ status: 'COMPLETED', errors: [] });
      expect(await invoicesOf(apart)).toEqual([
        { dueDate: due, paymentMethod: 'stripe', total: { amount: '5.00' }, lines: [{ service: { id: stripe.id } }] },
        { dueDate: due, paymentMethod: 'bank-transfer', total: { amount: '6.00' }, lines: [{ service: { id: bank.id } }] },
      ]);
      expect(await invoicesOf(together)).toEqual([
        { dueDate: due, paymentMethod: 'stripe', total: { amount: '11.00' }, lines: [{ service: { id: first.id } }, { service: { id: second.id } }] },
      ]);
    });
  });
});
