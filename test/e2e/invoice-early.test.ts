/**
 * SV-7 (issue 16) over the wire: staff invoice the next renewal of chosen
 * services, addons and domains of one client now. The daily run's rules hold
 * (one invoice per due date and payment method unless separate invoices,
 * explainable lines, the TLD's price for domains), a due date is never
 * invoiced twice (a second call, parallel calls, the daily run later or at
 * the same moment), and every refusal names each item at fault and changes
 * nothing. The clock is stopped at 10:00 UTC of the simulated day.
 */
import pg from 'pg';
import { StaffRole } from '../../src/auth/staff-user.entity';
import { idOf, keyOf } from '../support/ids';
import { waitFor } from '../support/wait';
import { errorOf, ok, startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app';
import { createClient, createProduct, uniqueEmail } from '../support/fixtures';
import type { CreateClientInput } from '../generated/graphql';
import { graphql } from '../generated';

const CREATE_ADDON = graphql(`mutation InvoiceEarlyCreateAddon($i: AddonInput!) { createAddon(input: $i) { id } }`);
const ADD_ORDER = graphql(`mutation InvoiceEarlyAddOrder($i: AddOrderInput!) { addOrder(input: $i) { id } }`);
const ACCEPT = graphql(`mutation InvoiceEarlyAccept($id: ID!) { acceptOrder(id: $id) { id items { service { id } } } }`);
const SERVICE = graphql(`query InvoiceEarlyService($id: ID!) { service(id: $id) { id status nextDueDate addons { id nextDueDate } } }`);
const CREATE_SERVICE = graphql(`mutation InvoiceEarlyCreateService($i: CreateServiceInput!) { createService(input: $i) { id status } }`);
const CREATE_DOMAIN = graphql(`mutation InvoiceEarlyCreateDomain($i: CreateDomainInput!) { createDomain(input: $i) { id name } }`);
const SCHEDULE = graphql(`mutation InvoiceEarlySchedule($s: ID!) { scheduleServiceTermination(serviceId: $s) { id } }`);
const TLD_PRICING = graphql(`mutation InvoiceEarlyTldPricing($i: TldPricingInput!) { setTldPricing(input: $i) { tld } }`);
const INVOICE_EARLY = graphql(`mutation InvoiceEarly($i: InvoiceEarlyInput!) { invoiceEarly(input: $i) {
  id status issueDate dueDate paymentMethod total { amount currency }
  lines { type description amount { amount } service { id } domain { id }
    computation { source explanation price { amount } cycle periodStart periodEnd } } } }`);
const INVOICES = graphql(`query InvoiceEarlyInvoices($c: ID!) { invoices(filter: { clientId: $c }, first: 50, orderBy: { field: ISSUE_DATE, direction: ASC }) {
  edges { node { id status dueDate total { amount } lines { description } } } } }`);
const RUN = graphql(`mutation InvoiceEarlyRun($d: LocalDate) { runDailyRun(date: $d) { status steps { name status count } errors { subjectType subjectId message } } }`);

describe('SV-7: invoice early', () => {
  let t: TestApp;
  let admin: string;
  let seq = 0;
  let web: string;
  let backups: string;
  const travelTo = (date: string) => t.config.automation.clock.setTo(`${date}T10:00:00Z`);
  const sql = <T = any>(query: string, params: unknown[] = []) => t.app.orm.em.fork().getConnection().execute<T[]>(query, params);
  /** Everything an invoicing writes, counted. */
  const written = async () => (await sql(`select (select count(*) from invoice)::int as invoices, (select count(*) from invoice_line)::int as lines,
    (select count(*) from renewal_invoice_item)::int + (select count(*) from renewal_invoice_addon)::int + (select count(*) from renewal_invoice_domain)::int as claims,
    (select count(*) from mail_message)::int as mails`))[0];

  const client = (extra: Partial<CreateClientInput> = {}) =>
    createClient(t, admin, { firstName: 'Early', lastName: `E${++seq}`, email: uniqueEmail('early'), password: 'client-password-1', currency: 'EUR', ...extra });
  /** A service of `clientId` due on `due`, as staff record it. */
  async function service(clientId: string, due: string, amount: string, extra: Record<string, unknown> = {}) {
    return ok(await t.gql(CREATE_SERVICE, { i: {
      clientId, productId: web, status: 'ACTIVE', billingCycle: 'MONTHLY', recurringAmount: amount, domain: `early-${++seq}-${process.pid}.example`,
      registrationDate: '2028-01-01', nextDueDate: due, ...extra,
    } }, admin)).createService;
  }
  /** An ordered and accepted monthly Web service with a monthly Backups addon (both due a month from today). */
  async function orderWithAddon(clientId: string) {
    const order = ok(await t.gql(ADD_ORDER, { i: { clientId, noInvoice: true, cart: { domains: [], products: [{
      productId: web, cycle: 'MONTHLY', domain: `early-${++seq}-${process.pid}.example`, addons: [{ addonId: backups, cycle: 'MONTHLY' }],
    }] } } }, admin)).addOrder;
    const serviceId = ok(await t.gql(ACCEPT, { id: order.id }, admin)).acceptOrder.items[0].service!.id;
    return waitFor(async () => {
      const found = ok(await t.gql(SERVICE, { id: serviceId }, admin)).service!;
      return found.status === 'ACTIVE' ? found : undefined;
    }, { what: 'the ordered service is active' });
  }
  async function domain(clientId: string, name: string, expiryDate: string, extra: Record<string, unknown> = {}) {
    return ok(await t.gql(CREATE_DOMAIN, { i: { clientId, name, status: 'ACTIVE', expiryDate, autoRenew: false, ...extra } }, admin)).createDomain;
  }
  const invoiceEarly = (i: { clientId: string; serviceIds?: string[]; addonIds?: string[]; domainIds?: string[] }, token = admin) => t.gql(INVOICE_EARLY, { i }, token);
  const invoicesOf = async (clientId: string) => ok(await t.gql(INVOICES, { c: clientId }, admin)).invoices.edges.map((e) => e.node);
  /** The problems a refusal names: code, and each field's path and reason. */
  /**
   * Starts `requests` while another connection holds `serviceId`'s row lock,
   * and lets them go only once `waiting` of them wait on it: they overlap for
   * real, whichever the database then lets through first.
   */
  async function released<T>(serviceId: string, waiting: number, requests: () => Promise<T>): Promise<T> {
    const holder = new pg.Client({ connectionString: t.config.databaseUrl });
    await holder.connect();
    try {
      await holder.query('begin');
      await holder.query('select id from service where id = $1 for update', [keyOf(serviceId)]);
      const answers = requests();
      // The activity view is read afresh each time (a transaction keeps its first reading).
      const waiters = async () => (await holder.query(`select pg_stat_clear_snapshot(), (select count(*)::int from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock') as n`)).rows[0].n;
      await waitFor(async () => (await waiters()) >= waiting,
        { what: `${waiting} transactions waiting on the service` });
      await holder.query('commit');
      return await answers;
    } finally {
      await holder.end();
    }
  }
  const refusal = (res: GraphQLResponse) => ({
    code: errorOf(res).code,
    fields: (res.errors![0].extensions!.fields as { path: (string | number)[]; reason: string }[] | undefined)?.map((f) => [f.path.join('.'), f.reason]),
  });

  beforeAll(async () => {
    // The daily run invoices 7 days ahead, domains 14 days before expiry: a month ahead is early.
    t = await startTestApp({ JOBS_POLL_MS: '50', INVOICE_DAYS_BEFORE_DUE: '7', DOMAIN_RENEW_DAYS_BEFORE_EXPIRY: '14', PAYMENT_REMINDER_DAYS_BEFORE_DUE: '0', OVERDUE_REMINDER_DAYS: '0,0,0' });
    admin = await t.staffToken(StaffRole.ADMIN);
    travelTo('2028-03-01');
    web = await createProduct(t, admin, { name: 'Web', type: 'HOSTING', payType: 'RECURRING', prices: [{ currency: 'EUR', cycle: 'MONTHLY', amount: '10.00' }] });
    backups = ok(await t.gql(CREATE_ADDON, { i: { name: 'Backups', payType: 'RECURRING', productIds: [web], prices: [{ currency: 'EUR', cycle: 'MONTHLY', amount: '2.00' }] } }, admin)).createAddon.id;
    ok(await t.gql(TLD_PRICING, { i: { tld: '.test', currency: 'EUR', prices: [{ years: 1, register: '12.00', renew: '14.00' }] } }, admin));
  }, 60_000);
  afterAll(async () => {
    await t?.stop();
  });

  let shared: { clientId: string; serviceId: string; addonId: string; otherServiceId: string; domainId: string };
  let separate: { clientId: string; ids: { serviceIds: string[]; domainIds: string[] } };

  it('SV-7: two services, an addon and a domain of one client due on the same date with the same payment method share one invoice with explainable lines', async () => {
    const { id: clientId } = await client();
    const ordered = await orderWithAddon(clientId);
    expect(ordered.nextDueDate).toBe('2028-04-01');
    const addonId = ordered.addons[0].id;
    expect(ordered.addons[0].nextDueDate).toBe('2028-04-01');
    const other = await service(clientId, '2028-04-01', '7.50');
    const domainName = `early-${++seq}-${process.pid}.test`;
    // Auto-renew on: the daily run would invoice it too, were its expiry date not claimed.
    const { id: domainId } = await domain(clientId, domainName, '2028-04-01', { autoRenew: true });
    // Due on another date and not chosen: left alone.
    await service(clientId, '2028-04-15', '3.00');
    const before = await written();

    const invoices = ok(await invoiceEarly({ clientId, serviceIds: [ordered.id, other.id], addonIds: [addonId], domainIds: [domainId] })).invoiceEarly;
    const monthly = (price: string) => ({ source: 'RENEWAL', explanation: `Recurring amount ${price} for one monthly cycle`, price: { amount: price }, cycle: 'MONTHLY', periodStart: '2028-04-01', periodEnd: '2028-04-30' });
    expect(invoices).toEqual([{
      id: expect.any(String), status: 'UNPAID', issueDate: '2028-03-01', dueDate: '2028-04-01', paymentMethod: null, total: { amount: '33.50', currency: 'EUR' },
      lines: [
        { type: 'DOMAIN', description: `Domain renewal - ${domainName} (01/04/2028 - 31/03/2029)`, amount: { amount: '14.00' }, service: null, domain: { id: domainId },
          computation: { source: 'RENEWAL', explanation: 'Renewal price of the TLD for 1 year: 14.00', price: { amount: '14.00' }, cycle: null, periodStart: '2028-04-01', periodEnd: '2029-03-31' } },
        { type: 'SERVICE', description: expect.stringMatching(/^Web - early-.*\.example \(01\/04\/2028 - 30\/04\/2028\)$/), amount: { amount: '10.00' }, service: { id: ordered.id }, domain: null, computation: monthly('10.00') },
        { type: 'ADDON', description: expect.stringMatching(/^Backups - early-.*\.example \(01\/04\/2028 - 30\/04\/2028\)$/), amount: { amount: '2.00' }, service: null, domain: null, computation: monthly('2.00') },
        { type: 'SERVICE', description: expect.stringMatching(/^Web - early-.*\.example \(01\/04\/2028 - 30\/04\/2028\)$/), amount: { amount: '7.50' }, service: { id: other.id }, domain: null, computation: monthly('7.50') },
      ],
    }]);
    // One invoice, four lines, four claims, one "invoice created" mail.
    expect(await written()).toEqual({ invoices: before.invoices + 1, lines: before.lines + 4, claims: before.claims + 4, mails: before.mails + 1 });
    // The due dates move only when the invoice is paid.
    expect(ok(await t.gql(SERVICE, { id: ordered.id }, admin)).service).toMatchObject({ nextDueDate: '2028-04-01', addons: [{ nextDueDate: '2028-04-01' }] });
    shared = { clientId, serviceId: ordered.id, addonId, otherServiceId: other.id, domainId };
  });

  it('SV-7: a client that wants separate invoices gets one invoice per item', async () => {
    const { id: clientId } = await client({ separateInvoices: true });
    const a = await service(clientId, '2028-04-05', '4.00');
    const b = await service(clientId, '2028-04-05', '6.00');
    // Auto-renew off: staff's choice is enough.
    const { id: domainId } = await domain(clientId, `early-${++seq}-${process.pid}.test`, '2028-04-05');
    const invoices = ok(await invoiceEarly({ clientId, serviceIds: [a.id, b.id], domainIds: [domainId] })).invoiceEarly;
    expect(invoices.map((invoice) => [invoice.dueDate, invoice.total.amount, invoice.lines.map((line) => line.service?.id ?? line.domain?.id)]).sort()).toEqual([
      ['2028-04-05', '14.00', [domainId]],
      ['2028-04-05', '4.00', [a.id]],
      ['2028-04-05', '6.00', [b.id]],
    ]);
    separate = { clientId, ids: { serviceIds: [a.id, b.id], domainIds: [domainId] } };
  });

  it('SV-7: items due on the same date with another payment method get an invoice of their own', async () => {
    const { id: clientId } = await client();
    const a = await service(clientId, '2028-04-07', '4.00');
    const b = await service(clientId, '2028-04-07', '6.00', { paymentMethod: 'bank-transfer' });
    const c = await service(clientId, '2028-04-07', '1.00', { paymentMethod: 'bank-transfer' });
    const invoices = ok(await invoiceEarly({ clientId, serviceIds: [a.id, b.id, c.id] })).invoiceEarly;
    expect(invoices.map((invoice) => [invoice.paymentMethod, invoice.total.amount, invoice.lines.map((line) => line.service!.id)]).sort()).toEqual([
      ['bank-transfer', '7.00', [b.id, c.id]],
      [null, '4.00', [a.id]],
    ].sort());
  });

  it('SV-7: a second call for an invoiced due date is refused with CONFLICT naming each item, and changes nothing', async () => {
    const before = await written();
    const again = await invoiceEarly({ clientId: shared.clientId, serviceIds: [shared.serviceId, shared.otherServiceId], addonIds: [shared.addonId], domainIds: [shared.domainId] });
    expect(refusal(again)).toEqual({ code: 'CONFLICT', fields: [
      ['input.serviceIds.0', 'DUE_DATE_INVOICED'], ['input.serviceIds.1', 'DUE_DATE_INVOICED'], ['input.addonIds.0', 'DUE_DATE_INVOICED'], ['input.domainIds.0', 'DUE_DATE_INVOICED'],
    ] });
    expect(errorOf(again).message).toBe(`Service ${shared.serviceId}: its due date 2028-04-01 is invoiced already`);
    expect(refusal(await invoiceEarly({ clientId: separate.clientId, ...separate.ids }))).toMatchObject({ code: 'CONFLICT' });
    expect(await written()).toEqual(before);
  });

  it('SV-7: only Pending, Active or Suspended items are invoiced; a terminated or cancelled service, one to be terminated, a domain that is not live and an unpriced TLD are refused with the rest (nothing invoiced)', async () => {
    const { id: clientId } = await client();
    const fine = await service(clientId, '2028-04-10', '5.00');
    const pending = await service(clientId, '2028-04-10', '2.00', { status: 'PENDING' });
    const suspended = await service(clientId, '2028-04-10', '1.00', { status: 'SUSPENDED' });
    const ending = await service(clientId, '2028-04-10', '5.00');
    ok(await t.gql(SCHEDULE, { s: ending.id }, admin));
    const terminated = await service(clientId, '2028-04-10', '5.00', { status: 'TERMINATED' });
    const cancelled = await service(clientId, '2028-04-10', '5.00', { status: 'CANCELLED' });
    expect([terminated.status, cancelled.status]).toEqual(['TERMINATED', 'CANCELLED']);
    const expired = await domain(clientId, `early-${++seq}-${process.pid}.test`, '2028-04-10', { status: 'EXPIRED' });
    const unpriced = await domain(clientId, `early-${++seq}-${process.pid}.example`, '2028-04-10');
    const before = await written();
    const res = await invoiceEarly({ clientId, serviceIds: [fine.id, terminated.id, cancelled.id, ending.id], domainIds: [expired.id, unpriced.id] });
    expect(refusal(res)).toEqual({ code: 'CONFLICT', fields: [
      ['input.serviceIds.1', 'NOT_INVOICEABLE'], ['input.serviceIds.2', 'NOT_INVOICEABLE'], ['input.serviceIds.3', 'CANCELLATION_OPEN'],
      ['input.domainIds.0', 'NOT_INVOICEABLE'], ['input.domainIds.1', 'TLD_NOT_OFFERED'],
    ] });
    expect(await written()).toEqual(before);
    // The active, pending and suspended ones are invoiced, together.
    const invoices = ok(await invoiceEarly({ clientId, serviceIds: [fine.id, pending.id, suspended.id] })).invoiceEarly;
    expect(invoices.map((invoice) => [invoice.total.amount, invoice.lines.map((line) => line.service!.id)])).toEqual([['8.00', [fine.id, pending.id, suspended.id]]]);
  });

  it('SV-7: bad ids, unknown ids and another client\'s ids, an empty selection and a client caller are refused and change nothing', async () => {
    const { id: clientId, email } = await client();
    const own = await service(clientId, '2028-04-20', '1.00');
    const before = await written();
    // The form first: ids that are no ids, a duplicate, nothing chosen.
    expect(refusal(await invoiceEarly({ clientId, serviceIds: [own.id, 'not-an-id', own.id] }))).toEqual({ code: 'BAD_USER_INPUT', fields: [
      ['input.serviceIds.1', 'INVALID_FORMAT'], ['input.serviceIds.2', 'DUPLICATE_IN_INPUT'],
    ] });
    expect(refusal(await invoiceEarly({ clientId }))).toEqual({ code: 'BAD_USER_INPUT', fields: [['input.serviceIds', 'VALUE_REQUIRED']] });
    expect(refusal(await invoiceEarly({ clientId, serviceIds: [], addonIds: [], domainIds: [] }))).toEqual({ code: 'BAD_USER_INPUT', fields: [['input.serviceIds', 'VALUE_REQUIRED']] });
    // Then references: every id that names nothing of this client's, in one answer.
    const unknown = await invoiceEarly({ clientId, serviceIds: [own.id, idOf('Service', 999_999), shared.serviceId], addonIds: [shared.addonId], domainIds: [idOf('Client', keyOf(clientId))] });
    expect(refusal(unknown)).toEqual({ code: 'NOT_FOUND', fields: [
      ['input.serviceIds.1', 'REFERENCE_NOT_FOUND'], ['input.serviceIds.2', 'REFERENCE_NOT_FOUND'], ['input.addonIds.0', 'REFERENCE_NOT_FOUND'], ['input.domainIds.0', 'REFERENCE_NOT_FOUND'],
    ] });
    expect(errorOf(await invoiceEarly({ clientId: idOf('Client', 999_999), serviceIds: [own.id] })).code).toBe('NOT_FOUND');
    // Staff only.
    const token = await t.clientToken(email, 'client-password-1');
    expect(errorOf(await invoiceEarly({ clientId, serviceIds: [own.id] }, token)).code).toBe('FORBIDDEN');
    expect(errorOf(await invoiceEarly({ clientId, serviceIds: [own.id] }, '')).code).toBe('UNAUTHENTICATED');
    expect(await written()).toEqual(before);
  });

  it('SV-7: parallel calls for the same items make exactly one invoice; the others are refused', async () => {
    const { id: clientId } = await client();
    const a = await service(clientId, '2028-04-25', '3.00');
    const b = await service(clientId, '2028-04-25', '4.00');
    const answers = await released(a.id, 4, () => Promise.all(Array.from({ length: 4 }, () => invoiceEarly({ clientId, serviceIds: [a.id, b.id] }))));
    const succeeded = answers.filter((res) => !res.errors);
    expect(succeeded).toHaveLength(1);
    expect(succeeded[0].data!.invoiceEarly.map((invoice) => invoice.total.amount)).toEqual(['7.00']);
    for (const res of answers.filter((r) => r.errors)) expect(['DUE_DATE_INVOICED', 'CONCURRENT_CHANGE']).toContain(res.errors![0].extensions!.reason);
    expect((await invoicesOf(clientId)).map((invoice) => invoice.total.amount)).toEqual(['7.00']);
  });

  it('SV-7 / AU-1: the daily run later invoices nothing for the due dates invoiced early, and a call racing the run makes one invoice per due date', async () => {
    const counts = async () => Object.fromEntries(await Promise.all([shared.clientId, separate.clientId].map(async (id) => [id, (await invoicesOf(id)).length])));
    const invoicedEarly = await counts();
    // A service due within the run's 7 days, raced by a call for it.
    const { id: racerClient } = await client();
    const raced = await service(racerClient, '2028-03-29', '9.00');
    travelTo('2028-03-25');
    const [run, early] = await released(raced.id, 2, () => Promise.all([t.gql(RUN, { d: '2028-03-25' }, admin), invoiceEarly({ clientId: racerClient, serviceIds: [raced.id] })]));
    expect(ok(run).runDailyRun.status).toBe('COMPLETED');
    if (early.errors) expect(early.errors[0].extensions!.reason).toMatch(/^(DUE_DATE_INVOICED|CONCURRENT_CHANGE)$/);
    expect((await invoicesOf(racerClient)).map((invoice) => [invoice.dueDate, invoice.total.amount])).toEqual([['2028-03-29', '9.00']]);
    // Every later day up to the due dates: the items invoiced early (the domains' 14 days included) get nothing more.
    for (const date of ['2028-03-26', '2028-04-01', '2028-04-05']) {
      travelTo(date);
      const later = ok(await t.gql(RUN, { d: date }, admin)).runDailyRun;
      expect(later.errors).toEqual([]);
    }
    expect(await counts()).toEqual(invoicedEarly);
    // The item left out of the first invoice (due 15 April) is the run's as usual.
    expect((await invoicesOf(shared.clientId)).map((invoice) => invoice.dueDate)).toEqual(['2028-04-01']);
    travelTo('2028-04-08');
    ok(await t.gql(RUN, { d: '2028-04-08' }, admin));
    expect((await invoicesOf(shared.clientId)).map((invoice) => invoice.dueDate)).toEqual(['2028-04-01', '2028-04-15']);
  });
});
