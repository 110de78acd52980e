/**
 * Issue 16 "Tests over the wire": a year of simulated time for a handful of
 * clients (monthly on the 31st through 29 February, quarterly with a monthly
 * addon, annual on 29 February, a late payer on the spam filter module, a
 * client with credit, a tax- and late-fee-exempt client, a cancellation at the
 * end of the period; from July a spam filter client who upgrades and
 * downgrades and one with an addon who cancels immediately), with the daily
 * run through GraphQL, the clock stopped at 10:00 UTC, on every day the rules
 * can make it act (quiet days in between are skipped, see nextDayThatMatters).
 * After each such day's run (and the payments and requests clients make that
 * day) the test notes
 * what changed, as seen over GraphQL and by the SpamExperts test server: new
 * invoices with their lines, invoice totals and statuses, credit balances,
 * services' statuses, next due dates, products and recurring amounts, the
 * types of the mails in the outbox, and the calls that changed something at
 * SpamExperts. The notes are compared with the day-by-day journal the SPEC's
 * rules call for.
 */
import { StaffRole } from '../../src/auth/staff-user.entity';
import { addDays } from '../../src/catalog/cycle-dates';
import { waitFor } from '../support/wait';
import { SpamExpertsTestServer } from '../servers/spamexperts-server';
import { ok, startTestApp, type TestApp } from '../support/test-app';
import { clientWithLogin, createProduct, createService, createSpamFilterProduct, createSpamFilterServer } from '../support/fixtures';
import { graphql } from '../generated';
import type { CreateClientInput, CreateServiceInput } from '../generated/graphql';

const CREATE_ADDON = graphql(`mutation YearCreateAddon($i: AddonInput!) { createAddon(input: $i) { id } }`);
const CREATE_TAX_RULE = graphql(`mutation YearCreateTaxRule($i: TaxRuleInput!) { createTaxRule(input: $i) { id } }`);
const ADD_ORDER = graphql(`mutation YearAddOrder($i: AddOrderInput!) { addOrder(input: $i) { id } }`);
const ACCEPT = graphql(`mutation YearAccept($id: ID!) { acceptOrder(id: $id) { items { service { id } } } }`);
const RUN_COMMAND = graphql(`mutation YearRunCommand($s: ID!, $c: String!) { runModuleCommand(serviceId: $s, command: $c) { id } }`);
const ADD_CREDIT = graphql(`mutation YearAddCredit($i: CreditChangeInput!) { addCredit(input: $i) { id } }`);
const REQUEST = graphql(`mutation YearRequestCancellation($i: CancellationRequestInput!) { requestCancellation(input: $i) { terminatesOn } }`);
const SERVICE = graphql(`query YearService($id: ID!) { service(id: $id) { status nextDueDate product { name } billingCycle recurringAmount { amount } addons { status nextDueDate billingCycle } } }`);
const TERMINATION = graphql(`query YearTermination($id: ID!) { service(id: $id) { terminationDate addons { terminationDate } } }`);
const CLIENT = graphql(`query YearClient($id: ID!) { client(id: $id) { status creditBalance { amount } } }`);
const INVOICES = graphql(`query YearInvoices($c: ID!) { client(id: $c) { creditBalance { amount } } invoices(filter: { clientId: $c }, first: 50, orderBy: { field: ISSUE_DATE, direction: ASC }) {
  edges { node { id status dueDate total { amount } creditApplied { amount } lines { description amount { amount } } } } } }`);
const UNPAID = graphql(`query YearUnpaid { invoices(filter: { status: [UNPAID] }, first: 50) { edges { node { id dueDate client { id } } } } }`);
const EMAILS = graphql(`query YearEmails($c: ID!) { clientEmails(clientId: $c, first: 100) { edges { node { type } } } }`);
const PAY = graphql(`mutation YearPay($id: ID!) { markInvoicePaid(id: $id) { id } }`);
const RUN = graphql(`mutation YearRun($d: LocalDate) { runDailyRun(date: $d) { status steps { name status count } errors { step message } } }`);
const SETTINGS = graphql(`mutation YearSettings($i: UpdateSettingsInput!) { updateSettings(input: $i) { creditOnDowngrade } }`);
const UPGRADE = graphql(`mutation YearUpgrade($s: ID!, $i: ServiceChangeInput!) { upgradeService(serviceId: $s, input: $i) { status invoices { id } } }`);

/** Last simulated day. */
const END = '2028-12-20';

describe('issue 16: simulated months over the wire', () => {
  const spam = new SpamExpertsTestServer();
  let t: TestApp;
  let admin: string;
  const travelTo = (date: string) => t.config.automation.clock.setTo(`${date}T10:00:00Z`);
  const sql = <T = any>(query: string, params: unknown[] = []) => t.app.orm.em.fork().getConnection().execute<T[]>(query, params);

  const clients: Record<string, { id: string; token: string }> = {};
  const services: Record<string, { id: string; client: string }> = {};
  /** On which days each client pays its open invoices (after the day's run). */
  const pays: Record<string, (date: string) => boolean> = {};
  const atOnce = () => true;
  /** The spam filter plans of the second half, their archive addon and the SpamExperts server (ids). */
  const plans = { basic: '', pro: '', archive: '', server: '' };
  const domain = (service: string) => `${service.toLowerCase()}-${process.pid}.example`;

  async function client(name: string, payment: (date: string) => boolean, extra: Partial<CreateClientInput> = {}) {
    const email = `year-${name.toLowerCase()}-${process.pid}@example.com`;
    const { id, token } = await clientWithLogin(t, admin, { firstName: name, lastName: 'Year', email, currency: 'EUR', ...extra });
    clients[name] = { id, token };
    pays[name] = payment;
  }
  async function service(name: string, clientName: string, productId: string, input: Omit<CreateServiceInput, 'clientId' | 'productId'>) {
    const id = await createService(t, admin, { clientId: clients[clientName].id, productId, status: 'ACTIVE', domain: domain(name), ...input });
    services[name] = { id, client: clientName };
    return id;
  }
  const serviceOf = async (name: string) => ok(await t.gql(SERVICE, { id: services[name].id }, admin)).service!;
  /** Orders the basic spam filter plan for a client today (the order paid the first cycle) and waits until SpamExperts has the domain. */
  async function orderFilter(name: string, clientName: string, addons: string[]) {
    const placed = ok(await t.gql(ADD_ORDER, { i: { clientId: clients[clientName].id, noInvoice: true, cart: { domains: [], products: [{
      productId: plans.basic, cycle: 'MONTHLY', domain: domain(name), serverId: plans.server, addons: addons.map((addonId) => ({ addonId, cycle: 'MONTHLY' as const })),
    }] } } }, admin)).addOrder;
    services[name] = { id: ok(await t.gql(ACCEPT, { id: placed.id }, admin)).acceptOrder.items[0].service!.id, client: clientName };
    await waitFor(async () => (await serviceOf(name)).status === 'ACTIVE', { what: `${name} created on the spam filter` });
  }
  const billingOf = async (name: string) => {
    const data = ok(await t.gql(INVOICES, { c: clients[name].id }, admin));
    return { credit: data.client!.creditBalance!.amount, invoices: data.invoices.edges.map((e) => e.node) };
  };
  const mailsOf = async (name: string) => ok(await t.gql(EMAILS, { c: clients[name].id }, admin)).clientEmails.edges.map((e) => e.node.type).reverse();
  /** The SpamExperts calls that change something (lookups left out), as "action domain". */
  const spamChanges = () => spam.requests.filter((r) => r.authorized && !/^\/api\/\w+\/(exists|getroute|list)\//.test(r.url))
    .map((r) => {
      const { format, domain: name, destinations, ...rest } = r.params;
      return [/^\/api\/(\w+\/\w+)\//.exec(r.url)![1], short(name ?? ''), ...Object.entries(rest).map(([key, value]) => `${key}=${value}`)].join(' ');
    });
  const noModuleWork = async () => (await sql<{ n: number }>(`select count(*)::int as n from module_job where status in ('queued', 'running', 'retrying')`))[0].n === 0;

  const short = (text: string) => text.replaceAll(`-${process.pid}.example`, '');
  /** Next due date and cycle of each service and addon the run renews (SV-7: Pending, Active, Suspended), as last observed. */
  const renewals = new Map<string, { due: string; cycle: string }>();
  const RENEWED: string[] = ['PENDING', 'ACTIVE', 'SUSPENDED'];
  /**
   * The next day on which the rules (with this file's settings) can have the run do something, after `date`: the day after
   * anything happened (an immediate cancellation waits for the next run, a module job for the client statuses); every day
   * while an unpaid invoice is between its reminder 7 days before and its termination 60 days after its due date; else the
   * day before the next renewal is invoiced (14 days ahead, 30 for annual cycles) and the days clients or staff act. The day
   * before is run too, so that something done a day early shows on the wrong date. The days between are skipped.
   */
  function nextDayThatMatters(date: string, happened: boolean, unpaidDueDates: string[], eventDays: string[]): string {
    const tomorrow = addDays(date, 1);
    if (happened || unpaidDueDates.some((due) => addDays(due, -8) <= date && date < addDays(due, 60))) return tomorrow;
    // A renewal not invoiced by its day (a cancellation pending at the period's end) keeps the run daily.
    const days = [
      ...[...renewals.values()].map(({ due, cycle }) => addDays(due, -(cycle === 'ANNUALLY' ? 30 : 14) - 1)),
      ...[...unpaidDueDates.map((due) => addDays(due, -8)), ...eventDays.map((day) => addDays(day, -1))].filter((day) => day >= date), END,
    ].sort();
    return days[0] > tomorrow ? days[0] : tomorrow;
  }

  /** The journal so far, one line per change, "date client: change"; and what was last seen. */
  const journal: string[] = [];
  const seen = new Map<string, string>();
  function note(date: string, who: string, key: string, now: string, change: (before: string | undefined) => string) {
    const before = seen.get(key);
    if (before !== now) journal.push(`${date} ${who}: ${change(before)}`);
    seen.set(key, now);
  }
  async function observe(date: string) {
    for (const name of Object.keys(clients)) {
      const { credit, invoices } = await billingOf(name);
      invoices.forEach((invoice, i) => {
        const lines = invoice.lines.map((l) => `${short(l.description)} ${l.amount.amount}`).join('; ');
        const credit = invoice.creditApplied.amount === '0.00' ? '' : `, credit ${invoice.creditApplied.amount}`;
        note(date, name, invoice.id, `${invoice.total.amount} [${lines}]`, (before) => before === undefined
          ? `invoice ${i + 1} due ${invoice.dueDate} total ${invoice.total.amount} [${lines}]` : `invoice ${i + 1} now ${invoice.total.amount} [${lines}]`);
        note(date, name, `${invoice.id} status`, `${invoice.status}${credit}`, () => `invoice ${i + 1} ${invoice.status}${credit}`);
      });
      const mails = await mailsOf(name);
      const before = Number(seen.get(`${name} mails`) ?? 0);
      for (const type of mails.slice(before)) journal.push(`${date} ${name}: mail ${type}`);
      seen.set(`${name} mails`, String(mails.length));
      if (seen.has(`${name} credit`) || credit !== '0.00') note(date, name, `${name} credit`, credit, () => `credit ${credit}`);
    }
    for (const [name, { client: owner }] of Object.entries(services)) {
      const s = await serviceOf(name);
      note(date, owner, `${name} service`, `${s.status} next ${s.nextDueDate}`, () => `${name} ${s.status} next ${s.nextDueDate}`);
      const terms = `${s.product.name} ${s.billingCycle} ${s.recurringAmount.amount}`;
      note(date, owner, `${name} terms`, terms, (before) => before === undefined ? `${name} is ${terms}` : `${name} now ${terms}`);
      s.addons.forEach((a, i) => note(date, owner, `${name} addon ${i}`, `${a.status} next ${a.nextDueDate}`, () => `${name} addon ${a.status} next ${a.nextDueDate}`));
      for (const [key, item] of [[name, s], ...s.addons.map((a, i) => [`${name} addon ${i}`, a] as const)] as const) {
        if (RENEWED.includes(item.status) && item.nextDueDate) renewals.set(key, { due: item.nextDueDate, cycle: item.billingCycle });
        else renewals.delete(key);
      }
    }
    const calls = spamChanges();
    for (const call of calls.slice(Number(seen.get('spam calls') ?? 0))) journal.push(`${date} spam: ${call}`);
    seen.set('spam calls', String(calls.length));
  }

  beforeAll(async () => {
    await spam.start();
    t = await startTestApp({
      JOBS_POLL_MS: '50', INVOICE_DAYS_BEFORE_DUE: '14', INVOICE_DAYS_BEFORE_DUE_BY_CYCLE: 'annually=30', PAYMENT_REMINDER_DAYS_BEFORE_DUE: '7',
      OVERDUE_REMINDER_DAYS: '1,7,14', LATE_FEE_DAYS: '10', LATE_FEE: '10%', LATE_FEE_MINIMUM: '1.50', SUSPEND_DAYS_OVERDUE: '5', TERMINATE_DAYS_OVERDUE: '60',
      CANCELLATION_AUTO_PROCESS: 'true',
    });
    admin = await t.staffToken(StaffRole.ADMIN);
    ok(await t.gql(CREATE_TAX_RULE, { i: { name: 'VAT', level: 1, country: 'DE', rate: '19' } }, admin));
    const hosting = await createProduct(t, admin, { name: 'Hosting', type: 'OTHER' });
    const filter = await createSpamFilterProduct(t, admin, 'Spam filter');
    const server = await createSpamFilterServer(t, admin, spam, { name: 'spamexperts-year' });
    const web = await createProduct(t, admin, { name: 'Web', type: 'HOSTING', payType: 'RECURRING', prices: [{ currency: 'EUR', cycle: 'QUARTERLY', amount: '30.00' }] });
    const backups = ok(await t.gql(CREATE_ADDON, { i: { name: 'Backups', payType: 'RECURRING', productIds: [web], prices: [{ currency: 'EUR', cycle: 'MONTHLY', amount: '2.00' }] } }, admin)).createAddon.id;
    // For the second half: spam filter plans a client may upgrade between, with a monthly archive addon on the basic plan.
    const filterPro = await createSpamFilterProduct(t, admin, 'Filter Pro', {
      productOptions: { incoming: true, outgoing: true, archiving: false }, payType: 'RECURRING', prices: [{ currency: 'EUR', cycle: 'MONTHLY', amount: '25.00' }],
    });
    const filterBasic = await createSpamFilterProduct(t, admin, 'Filter Basic', {
      payType: 'RECURRING', prices: [{ currency: 'EUR', cycle: 'MONTHLY', amount: '10.00' }], upgradeTargetIds: [filterPro],
    });
    const archive = ok(await t.gql(CREATE_ADDON, { i: { name: 'Mail archive', payType: 'RECURRING', productIds: [filterBasic], prices: [{ currency: 'EUR', cycle: 'MONTHLY', amount: '3.00' }] } }, admin)).createAddon.id;
    // A downgrade's unused rest goes to the credit balance (WHMCS's "Credit on Downgrade").
    expect(ok(await t.gql(SETTINGS, { i: { creditOnDowngrade: true } }, admin)).updateSettings.creditOnDowngrade).toBe(true);
    Object.assign(plans, { basic: filterBasic, pro: filterPro, archive, server });
    travelTo('2027-12-20');

    // M: monthly on the 31st, in Germany (19% VAT), pays at once: 31 January, 29 February, 31 March.
    await client('M', atOnce, { country: 'DE' });
    await service('M1', 'M', hosting, { billingCycle: 'MONTHLY', recurringAmount: '10.00', registrationDate: '2027-12-31', nextDueDate: '2028-01-31' });
    // L: the late payer, on the spam filter module; pays on 22 January, after suspension and the late fee.
    await client('L', (date) => date === '2028-01-22');
    const l1 = await service('L1', 'L', filter, { billingCycle: 'MONTHLY', recurringAmount: '20.00', registrationDate: '2027-12-10', nextDueDate: '2028-01-10', serverId: server, status: undefined });
    ok(await t.gql(RUN_COMMAND, { s: l1, c: 'create' }, admin));
    await waitFor(async () => (await serviceOf('L1')).status === 'ACTIVE', { what: 'L1 created on the spam filter' });
    // Q: a quarterly service ordered today with a monthly addon of its own (the order paid the first cycle: OR-2); pays at once.
    await client('Q', atOnce);
    const order = ok(await t.gql(ADD_ORDER, { i: { clientId: clients.Q.id, noInvoice: true, cart: { domains: [], products: [{
      productId: web, cycle: 'QUARTERLY', domain: domain('Q1'), addons: [{ addonId: backups, cycle: 'MONTHLY' }],
    }] } } }, admin)).addOrder;
    services.Q1 = { id: ok(await t.gql(ACCEPT, { id: order.id }, admin)).acceptOrder.items[0].service!.id, client: 'Q' };
    await waitFor(async () => (await serviceOf('Q1')).status === 'ACTIVE', { what: 'Q1 active' });
    // Y: annual, due on 29 February, invoiced 30 days ahead; pays at once.
    await client('Y', atOnce);
    await service('Y1', 'Y', hosting, { billingCycle: 'ANNUALLY', recurringAmount: '120.00', registrationDate: '2024-02-29', nextDueDate: '2028-02-29' });
    // C: 20.00 of credit, applied to its renewal invoices (CR-3); pays the rest at once.
    await client('C', atOnce);
    await service('C1', 'C', hosting, { billingCycle: 'MONTHLY', recurringAmount: '15.00', registrationDate: '2027-12-20', nextDueDate: '2028-01-20' });
    ok(await t.gql(ADD_CREDIT, { i: { clientId: clients.C.id, amount: '20.00', description: 'Opening credit' } }, admin));
    // X: in Germany but exempt from tax and late fees; pays its first invoice 13 days late, then at once.
    await client('X', (date) => date === '2028-01-18' || date >= '2028-02-01', { country: 'DE', taxExempt: true, lateFeeExempt: true });
    await service('X1', 'X', hosting, { billingCycle: 'MONTHLY', recurringAmount: '25.00', registrationDate: '2027-12-05', nextDueDate: '2028-01-05' });
    // K: monthly, pays at once, asks on 1 February to cancel at the end of the billing period.
    await client('K', atOnce);
    await service('K1', 'K', hosting, { billingCycle: 'MONTHLY', recurringAmount: '12.00', registrationDate: '2027-12-25', nextDueDate: '2028-01-25' });
  }, 60_000);
  afterAll(async () => {
    await t?.stop();
    await spam.stop();
  });

  it('issue 16 / AU-1 / SV-3 / SV-7 / SV-8 / SV-12 / SV-14 / CR-3 / CL-5: from 20 December 2027 to 20 December 2028, each day\'s invoices, statuses, due dates, mails and SpamExperts calls', async () => {
    /** What clients and staff do on a day, after its run and payments. */
    const events: Record<string, () => Promise<void>> = {
      '2028-02-01': async () => {
        const request = ok(await t.gql(REQUEST, { i: { serviceId: services.K1.id, type: 'END_OF_BILLING_PERIOD', reason: 'Moving elsewhere' } }, clients.K.token)).requestCancellation;
        expect(request.terminatesOn).toBe('2028-02-25');
      },
      // U: the spam filter's basic plan, upgraded in August, downgraded in October; pays at once, but the upgrade only the next day.
      '2028-07-03': async () => {
        await client('U', (date) => date !== '2028-08-10');
        await orderFilter('U1', 'U', []);
      },
      // I: the basic plan with a monthly archive addon, cancelled immediately in September; pays at once.
      '2028-07-05': async () => {
        await client('I', atOnce);
        await orderFilter('I1', 'I', [plans.archive]);
      },
      '2028-08-10': async () => {
        const order = ok(await t.gql(UPGRADE, { s: services.U1.id, i: { productId: plans.pro } }, clients.U.token)).upgradeService;
        expect(order).toMatchObject({ status: 'PENDING', invoices: [{ id: expect.any(String) }] });
      },
      '2028-09-14': async () => {
        const request = ok(await t.gql(REQUEST, { i: { serviceId: services.I1.id, type: 'IMMEDIATE', reason: 'Filtering elsewhere' } }, clients.I.token)).requestCancellation;
        expect(request.terminatesOn).toBe('2028-09-14');
      },
      // Staff downgrade U (clients may only choose their plan's upgrade targets).
      '2028-10-12': async () => {
        const order = ok(await t.gql(UPGRADE, { s: services.U1.id, i: { productId: plans.basic } }, admin)).upgradeService;
        expect(order).toEqual({ status: 'ACTIVE', invoices: [] });
      },
    };
    await observe('2027-12-19');
    for (let date = '2027-12-20'; date <= END; ) {
      travelTo(date);
      const run = ok(await t.gql(RUN, { d: date }, admin)).runDailyRun;
      // A run error is a journal line of its day: none is expected.
      for (const error of run.errors) journal.push(`${date} run: ${error.step} ${error.message}`);
      expect(run.steps.filter((s) => s.status !== 'OK')).toEqual([]);
      await waitFor(noModuleWork, { what: `the module queue of ${date} done` });
      const unpaid = ok(await t.gql(UNPAID, {}, admin)).invoices.edges.map((e) => e.node);
      const payments = unpaid.filter((invoice) => Object.entries(pays).some(([name, paysOn]) => clients[name].id === invoice.client?.id && paysOn(date)));
      for (const invoice of payments) ok(await t.gql(PAY, { id: invoice.id }, admin));
      await events[date]?.();
      await waitFor(noModuleWork, { what: `the module queue after payments of ${date}` });
      // Only a day on which the run did something, a client paid or acted can change what is observed; a change the run
      // did not count would show up on a later day and fail the journal.
      const happened = run.steps.some((s) => s.count > 0) || payments.length > 0 || events[date] !== undefined;
      if (happened) await observe(date);
      date = nextDayThatMatters(date, happened, unpaid.map((invoice) => invoice.dueDate), Object.keys(events));
    }
    expect(journal).toEqual([
      // The starting point.
      '2027-12-19 L: mail productWelcome',
      '2027-12-19 Q: mail orderConfirmation',
      '2027-12-19 C: credit 20.00',
      '2027-12-19 M: M1 ACTIVE next 2028-01-31',
      '2027-12-19 M: M1 is Hosting MONTHLY 10.00',
      '2027-12-19 L: L1 ACTIVE next 2028-01-10',
      '2027-12-19 L: L1 is Spam filter MONTHLY 20.00',
      '2027-12-19 Q: Q1 ACTIVE next 2028-03-20',
      '2027-12-19 Q: Q1 is Web QUARTERLY 30.00',
      '2027-12-19 Q: Q1 addon ACTIVE next 2028-01-20',
      '2027-12-19 Y: Y1 ACTIVE next 2028-02-29',
      '2027-12-19 Y: Y1 is Hosting ANNUALLY 120.00',
      '2027-12-19 C: C1 ACTIVE next 2028-01-20',
      '2027-12-19 C: C1 is Hosting MONTHLY 15.00',
      '2027-12-19 X: X1 ACTIVE next 2028-01-05',
      '2027-12-19 X: X1 is Hosting MONTHLY 25.00',
      '2027-12-19 K: K1 ACTIVE next 2028-01-25',
      '2027-12-19 K: K1 is Hosting MONTHLY 12.00',
      // L1 was added to SpamExperts with its products (SV-3 Create).
      '2027-12-19 spam: domain/add l1',
      '2027-12-19 spam: domain/setproducts l1 incoming=1 outgoing=0 archiving=0',
      // X, tax exempt in Germany: no VAT; invoiced 14 days ahead, reminded 7 days before, 1st overdue notice a day after, suspended 5 days after.
      '2027-12-22 X: invoice 1 due 2028-01-05 total 25.00 [Hosting - x1 (05/01/2028 - 04/02/2028) 25.00]',
      '2027-12-22 X: invoice 1 UNPAID',
      '2027-12-22 X: mail invoiceCreated',
      '2027-12-27 L: invoice 1 due 2028-01-10 total 20.00 [Spam filter - l1 (10/01/2028 - 09/02/2028) 20.00]',
      '2027-12-27 L: invoice 1 UNPAID',
      '2027-12-27 L: mail invoiceCreated',
      '2027-12-29 X: mail invoiceReminder',
      '2028-01-03 L: mail invoiceReminder',
      // Q's monthly addon on its own cycle; C's credit pays its invoice in full (CR-3).
      '2028-01-06 Q: invoice 1 due 2028-01-20 total 2.00 [Backups - q1 (20/01/2028 - 19/02/2028) 2.00]',
      '2028-01-06 Q: invoice 1 PAID',
      '2028-01-06 Q: mail invoiceCreated',
      '2028-01-06 Q: mail invoicePaid',
      '2028-01-06 C: invoice 1 due 2028-01-20 total 15.00 [Hosting - c1 (20/01/2028 - 19/02/2028) 15.00]',
      '2028-01-06 C: invoice 1 PAID, credit 15.00',
      '2028-01-06 C: mail invoiceCreated',
      '2028-01-06 C: mail invoicePaid',
      '2028-01-06 C: credit 5.00',
      '2028-01-06 X: mail overdueNotice',
      '2028-01-06 Q: Q1 addon ACTIVE next 2028-02-20',
      '2028-01-06 C: C1 ACTIVE next 2028-02-20',
      '2028-01-10 X: mail serviceSuspended',
      '2028-01-10 X: X1 SUSPENDED next 2028-01-05',
      '2028-01-11 L: mail overdueNotice',
      '2028-01-11 K: invoice 1 due 2028-01-25 total 12.00 [Hosting - k1 (25/01/2028 - 24/02/2028) 12.00]',
      '2028-01-11 K: invoice 1 PAID',
      '2028-01-11 K: mail invoiceCreated',
      '2028-01-11 K: mail invoicePaid',
      '2028-01-11 K: K1 ACTIVE next 2028-02-25',
      '2028-01-12 X: mail overdueNotice',
      '2028-01-15 L: mail serviceSuspended',
      '2028-01-15 L: L1 SUSPENDED next 2028-01-10',
      // Suspending the spam filter lets all mail through (every recipient whitelisted); unsuspending filters again.
      '2028-01-15 spam: domain/whitelistrecipient l1 recipient=*',
      // M: 31 January with 19% VAT, paid at once: next due the last day of February.
      '2028-01-17 M: invoice 1 due 2028-01-31 total 11.90 [Hosting - m1 (31/01/2028 - 28/02/2028) 10.00]',
      '2028-01-17 M: invoice 1 PAID',
      '2028-01-17 M: mail invoiceCreated',
      '2028-01-17 M: mail invoicePaid',
      '2028-01-17 L: mail overdueNotice',
      '2028-01-17 M: M1 ACTIVE next 2028-02-29',
      // X pays 13 days late: no late fee (exempt); paying unsuspends.
      '2028-01-18 X: invoice 1 PAID',
      '2028-01-18 X: mail invoicePaid',
      '2028-01-18 X: X1 ACTIVE next 2028-02-05',
      // L: 10% late fee 10 days overdue (untaxed); paying unsuspends through the module queue and moves the due date one cycle.
      '2028-01-20 L: invoice 1 now 22.00 [Spam filter - l1 (10/01/2028 - 09/02/2028) 20.00; Late fee (due 2028-01-10) 2.00]',
      '2028-01-22 L: invoice 1 PAID',
      '2028-01-22 L: mail invoicePaid',
      '2028-01-22 X: invoice 2 due 2028-02-05 total 25.00 [Hosting - x1 (05/02/2028 - 04/03/2028) 25.00]',
      '2028-01-22 X: invoice 2 UNPAID',
      '2028-01-22 X: mail invoiceCreated',
      '2028-01-22 L: L1 ACTIVE next 2028-02-10',
      '2028-01-22 spam: domain/unwhitelistrecipient l1 recipient=*',
      // L's next month is never paid.
      '2028-01-27 L: invoice 2 due 2028-02-10 total 20.00 [Spam filter - l1 (10/02/2028 - 09/03/2028) 20.00]',
      '2028-01-27 L: invoice 2 UNPAID',
      '2028-01-27 L: mail invoiceCreated',
      '2028-01-29 X: mail invoiceReminder',
      // Y: annual on 29 February, invoiced 30 days ahead; next due 28 February 2029.
      '2028-01-30 Y: invoice 1 due 2028-02-29 total 120.00 [Hosting - y1 (29/02/2028 - 27/02/2029) 120.00]',
      '2028-01-30 Y: invoice 1 PAID',
      '2028-01-30 Y: mail invoiceCreated',
      '2028-01-30 Y: mail invoicePaid',
      '2028-01-30 Y: Y1 ACTIVE next 2029-02-28',
      '2028-02-01 X: invoice 2 PAID',
      '2028-02-01 X: mail invoicePaid',
      // K asks to cancel at the end of the period (SV-12): no renewal invoice for 25 February.
      '2028-02-01 K: mail cancellationRequested',
      '2028-02-01 X: X1 ACTIVE next 2028-03-05',
      '2028-02-03 L: mail invoiceReminder',
      '2028-02-06 Q: invoice 2 due 2028-02-20 total 2.00 [Backups - q1 (20/02/2028 - 19/03/2028) 2.00]',
      '2028-02-06 Q: invoice 2 PAID',
      '2028-02-06 Q: mail invoiceCreated',
      '2028-02-06 Q: mail invoicePaid',
      // The last 5.00 of C's credit, the rest paid.
      '2028-02-06 C: invoice 2 due 2028-02-20 total 15.00 [Hosting - c1 (20/02/2028 - 19/03/2028) 15.00]',
      '2028-02-06 C: invoice 2 PAID, credit 5.00',
      '2028-02-06 C: mail invoiceCreated',
      '2028-02-06 C: mail invoicePaid',
      '2028-02-06 C: credit 0.00',
      '2028-02-06 Q: Q1 addon ACTIVE next 2028-03-20',
      '2028-02-06 C: C1 ACTIVE next 2028-03-20',
      '2028-02-11 L: mail overdueNotice',
      '2028-02-15 M: invoice 2 due 2028-02-29 total 11.90 [Hosting - m1 (29/02/2028 - 30/03/2028) 10.00]',
      '2028-02-15 M: invoice 2 PAID',
      '2028-02-15 M: mail invoiceCreated',
      '2028-02-15 M: mail invoicePaid',
      '2028-02-15 L: mail serviceSuspended',
      // M: from 29 February back to the month's end.
      '2028-02-15 M: M1 ACTIVE next 2028-03-31',
      '2028-02-15 L: L1 SUSPENDED next 2028-02-10',
      '2028-02-15 spam: domain/whitelistrecipient l1 recipient=*',
      '2028-02-17 L: mail overdueNotice',
      '2028-02-20 L: invoice 2 now 22.00 [Spam filter - l1 (10/02/2028 - 09/03/2028) 20.00; Late fee (due 2028-02-10) 2.00]',
      '2028-02-20 X: invoice 3 due 2028-03-05 total 25.00 [Hosting - x1 (05/03/2028 - 04/04/2028) 25.00]',
      '2028-02-20 X: invoice 3 PAID',
      '2028-02-20 X: mail invoiceCreated',
      '2028-02-20 X: mail invoicePaid',
      '2028-02-20 X: X1 ACTIVE next 2028-04-05',
      '2028-02-24 L: mail overdueNotice',
      // K's cancellation processed on its due date.
      '2028-02-25 K: K1 CANCELLED next 2028-02-25',
      // Q's quarter and its addon due the same day: one invoice (SV-7).
      '2028-03-06 Q: invoice 3 due 2028-03-20 total 32.00 [Web - q1 (20/03/2028 - 19/06/2028) 30.00; Backups - q1 (20/03/2028 - 19/04/2028) 2.00]',
      '2028-03-06 Q: invoice 3 PAID',
      '2028-03-06 Q: mail invoiceCreated',
      '2028-03-06 Q: mail invoicePaid',
      '2028-03-06 C: invoice 3 due 2028-03-20 total 15.00 [Hosting - c1 (20/03/2028 - 19/04/2028) 15.00]',
      '2028-03-06 C: invoice 3 PAID',
      '2028-03-06 C: mail invoiceCreated',
      '2028-03-06 C: mail invoicePaid',
      '2028-03-06 Q: Q1 ACTIVE next 2028-06-20',
      '2028-03-06 Q: Q1 addon ACTIVE next 2028-04-20',
      '2028-03-06 C: C1 ACTIVE next 2028-04-20',
      '2028-03-17 M: invoice 3 due 2028-03-31 total 11.90 [Hosting - m1 (31/03/2028 - 29/04/2028) 10.00]',
      '2028-03-17 M: invoice 3 PAID',
      '2028-03-17 M: mail invoiceCreated',
      '2028-03-17 M: mail invoicePaid',
      '2028-03-17 M: M1 ACTIVE next 2028-04-30',
      '2028-03-22 X: invoice 4 due 2028-04-05 total 25.00 [Hosting - x1 (05/04/2028 - 04/05/2028) 25.00]',
      '2028-03-22 X: invoice 4 PAID',
      '2028-03-22 X: mail invoiceCreated',
      '2028-03-22 X: mail invoicePaid',
      '2028-03-22 X: X1 ACTIVE next 2028-05-05',
      '2028-04-06 Q: invoice 4 due 2028-04-20 total 2.00 [Backups - q1 (20/04/2028 - 19/05/2028) 2.00]',
      '2028-04-06 Q: invoice 4 PAID',
      '2028-04-06 Q: mail invoiceCreated',
      '2028-04-06 Q: mail invoicePaid',
      '2028-04-06 C: invoice 4 due 2028-04-20 total 15.00 [Hosting - c1 (20/04/2028 - 19/05/2028) 15.00]',
      '2028-04-06 C: invoice 4 PAID',
      '2028-04-06 C: mail invoiceCreated',
      '2028-04-06 C: mail invoicePaid',
      '2028-04-06 Q: Q1 addon ACTIVE next 2028-05-20',
      '2028-04-06 C: C1 ACTIVE next 2028-05-20',
      // L terminated 60 days after its unpaid due date, through the module queue.
      '2028-04-10 L: mail serviceTerminated',
      '2028-04-10 L: L1 TERMINATED next 2028-02-10',
      // Terminating removes the domain from SpamExperts.
      '2028-04-10 spam: domain/remove l1',
      '2028-04-16 M: invoice 4 due 2028-04-30 total 11.90 [Hosting - m1 (30/04/2028 - 30/05/2028) 10.00]',
      '2028-04-16 M: invoice 4 PAID',
      '2028-04-16 M: mail invoiceCreated',
      '2028-04-16 M: mail invoicePaid',
      '2028-04-16 M: M1 ACTIVE next 2028-05-31',
      '2028-04-21 X: invoice 5 due 2028-05-05 total 25.00 [Hosting - x1 (05/05/2028 - 04/06/2028) 25.00]',
      '2028-04-21 X: invoice 5 PAID',
      '2028-04-21 X: mail invoiceCreated',
      '2028-04-21 X: mail invoicePaid',
      '2028-04-21 X: X1 ACTIVE next 2028-06-05',
      '2028-05-06 Q: invoice 5 due 2028-05-20 total 2.00 [Backups - q1 (20/05/2028 - 19/06/2028) 2.00]',
      '2028-05-06 Q: invoice 5 PAID',
      '2028-05-06 Q: mail invoiceCreated',
      '2028-05-06 Q: mail invoicePaid',
      '2028-05-06 C: invoice 5 due 2028-05-20 total 15.00 [Hosting - c1 (20/05/2028 - 19/06/2028) 15.00]',
      '2028-05-06 C: invoice 5 PAID',
      '2028-05-06 C: mail invoiceCreated',
      '2028-05-06 C: mail invoicePaid',
      '2028-05-06 Q: Q1 addon ACTIVE next 2028-06-20',
      '2028-05-06 C: C1 ACTIVE next 2028-06-20',
      '2028-05-17 M: invoice 5 due 2028-05-31 total 11.90 [Hosting - m1 (31/05/2028 - 29/06/2028) 10.00]',
      '2028-05-17 M: invoice 5 PAID',
      '2028-05-17 M: mail invoiceCreated',
      '2028-05-17 M: mail invoicePaid',
      '2028-05-17 M: M1 ACTIVE next 2028-06-30',
      '2028-05-22 X: invoice 6 due 2028-06-05 total 25.00 [Hosting - x1 (05/06/2028 - 04/07/2028) 25.00]',
      '2028-05-22 X: invoice 6 PAID',
      '2028-05-22 X: mail invoiceCreated',
      '2028-05-22 X: mail invoicePaid',
      '2028-05-22 X: X1 ACTIVE next 2028-07-05',
      '2028-06-06 Q: invoice 6 due 2028-06-20 total 32.00 [Web - q1 (20/06/2028 - 19/09/2028) 30.00; Backups - q1 (20/06/2028 - 19/07/2028) 2.00]',
      '2028-06-06 Q: invoice 6 PAID',
      '2028-06-06 Q: mail invoiceCreated',
      '2028-06-06 Q: mail invoicePaid',
      '2028-06-06 C: invoice 6 due 2028-06-20 total 15.00 [Hosting - c1 (20/06/2028 - 19/07/2028) 15.00]',
      '2028-06-06 C: invoice 6 PAID',
      '2028-06-06 C: mail invoiceCreated',
      '2028-06-06 C: mail invoicePaid',
      '2028-06-06 Q: Q1 ACTIVE next 2028-09-20',
      '2028-06-06 Q: Q1 addon ACTIVE next 2028-07-20',
      '2028-06-06 C: C1 ACTIVE next 2028-07-20',
      '2028-06-16 M: invoice 6 due 2028-06-30 total 11.90 [Hosting - m1 (30/06/2028 - 30/07/2028) 10.00]',
      '2028-06-16 M: invoice 6 PAID',
      '2028-06-16 M: mail invoiceCreated',
      '2028-06-16 M: mail invoicePaid',
      '2028-06-16 M: M1 ACTIVE next 2028-07-31',
      '2028-06-21 X: invoice 7 due 2028-07-05 total 25.00 [Hosting - x1 (05/07/2028 - 04/08/2028) 25.00]',
      '2028-06-21 X: invoice 7 PAID',
      '2028-06-21 X: mail invoiceCreated',
      '2028-06-21 X: mail invoicePaid',
      '2028-06-21 X: X1 ACTIVE next 2028-08-05',
      // --- The second half of the year. ---
      // U orders the basic spam filter plan (the order paid the first month): created on SpamExperts, welcomed.
      '2028-07-03 U: mail orderConfirmation',
      '2028-07-03 U: mail productWelcome',
      '2028-07-03 U: U1 ACTIVE next 2028-08-03',
      '2028-07-03 U: U1 is Filter Basic MONTHLY 10.00',
      '2028-07-03 spam: domain/add u1',
      '2028-07-03 spam: domain/setproducts u1 incoming=1 outgoing=0 archiving=0',
      // I orders the same plan with its monthly archive addon: the addon becomes Active with the service.
      '2028-07-05 I: mail orderConfirmation',
      '2028-07-05 I: mail productWelcome',
      '2028-07-05 I: I1 ACTIVE next 2028-08-05',
      '2028-07-05 I: I1 is Filter Basic MONTHLY 10.00',
      '2028-07-05 I: I1 addon ACTIVE next 2028-08-05',
      '2028-07-05 spam: domain/add i1',
      '2028-07-05 spam: domain/setproducts i1 incoming=1 outgoing=0 archiving=0',
      '2028-07-06 Q: invoice 7 due 2028-07-20 total 2.00 [Backups - q1 (20/07/2028 - 19/08/2028) 2.00]',
      '2028-07-06 Q: invoice 7 PAID',
      '2028-07-06 Q: mail invoiceCreated',
      '2028-07-06 Q: mail invoicePaid',
      '2028-07-06 C: invoice 7 due 2028-07-20 total 15.00 [Hosting - c1 (20/07/2028 - 19/08/2028) 15.00]',
      '2028-07-06 C: invoice 7 PAID',
      '2028-07-06 C: mail invoiceCreated',
      '2028-07-06 C: mail invoicePaid',
      '2028-07-06 Q: Q1 addon ACTIVE next 2028-08-20',
      '2028-07-06 C: C1 ACTIVE next 2028-08-20',
      '2028-07-17 M: invoice 7 due 2028-07-31 total 11.90 [Hosting - m1 (31/07/2028 - 30/08/2028) 10.00]',
      '2028-07-17 M: invoice 7 PAID',
      '2028-07-17 M: mail invoiceCreated',
      '2028-07-17 M: mail invoicePaid',
      '2028-07-17 M: M1 ACTIVE next 2028-08-31',
      '2028-07-20 U: invoice 1 due 2028-08-03 total 10.00 [Filter Basic - u1 (03/08/2028 - 02/09/2028) 10.00]',
      '2028-07-20 U: invoice 1 PAID',
      '2028-07-20 U: mail invoiceCreated',
      '2028-07-20 U: mail invoicePaid',
      '2028-07-20 U: U1 ACTIVE next 2028-09-03',
      '2028-07-22 X: invoice 8 due 2028-08-05 total 25.00 [Hosting - x1 (05/08/2028 - 04/09/2028) 25.00]',
      '2028-07-22 X: invoice 8 PAID',
      '2028-07-22 X: mail invoiceCreated',
      '2028-07-22 X: mail invoicePaid',
      // The service and its addon due the same day share one invoice (SV-7).
      '2028-07-22 I: invoice 1 due 2028-08-05 total 13.00 [Filter Basic - i1 (05/08/2028 - 04/09/2028) 10.00; Mail archive - i1 (05/08/2028 - 04/09/2028) 3.00]',
      '2028-07-22 I: invoice 1 PAID',
      '2028-07-22 I: mail invoiceCreated',
      '2028-07-22 I: mail invoicePaid',
      '2028-07-22 X: X1 ACTIVE next 2028-09-05',
      '2028-07-22 I: I1 ACTIVE next 2028-09-05',
      '2028-07-22 I: I1 addon ACTIVE next 2028-09-05',
      '2028-08-06 Q: invoice 8 due 2028-08-20 total 2.00 [Backups - q1 (20/08/2028 - 19/09/2028) 2.00]',
      '2028-08-06 Q: invoice 8 PAID',
      '2028-08-06 Q: mail invoiceCreated',
      '2028-08-06 Q: mail invoicePaid',
      '2028-08-06 C: invoice 8 due 2028-08-20 total 15.00 [Hosting - c1 (20/08/2028 - 19/09/2028) 15.00]',
      '2028-08-06 C: invoice 8 PAID',
      '2028-08-06 C: mail invoiceCreated',
      '2028-08-06 C: mail invoicePaid',
      '2028-08-06 Q: Q1 addon ACTIVE next 2028-09-20',
      '2028-08-06 C: C1 ACTIVE next 2028-09-20',
      // SV-8: U upgrades to Filter Pro with 24 of the 31 days from 3 August to 3 September left: (25.00 − 10.00) × 24 / 31 = 11.612… → 11.61,
      // invoiced, due today; nothing changes until it is paid.
      '2028-08-10 U: invoice 2 due 2028-08-10 total 11.61 [Upgrade: Filter Basic → Filter Pro - u1 (10/08/2028 - 02/09/2028) 11.61]',
      '2028-08-10 U: invoice 2 UNPAID',
      '2028-08-10 U: mail invoiceCreated',
      // Paid a day late (after the run's first overdue notice): the product and recurring amount change, changePackage switches
      // outgoing filtering on at SpamExperts, the upgrade mail goes out; the next due date stays.
      '2028-08-11 U: invoice 2 PAID',
      '2028-08-11 U: mail overdueNotice',
      '2028-08-11 U: mail serviceUpgraded',
      '2028-08-11 U: mail invoicePaid',
      '2028-08-11 U: U1 now Filter Pro MONTHLY 25.00',
      '2028-08-11 spam: domain/setproducts u1 incoming=1 outgoing=1 archiving=0',
      '2028-08-17 M: invoice 8 due 2028-08-31 total 11.90 [Hosting - m1 (31/08/2028 - 29/09/2028) 10.00]',
      '2028-08-17 M: invoice 8 PAID',
      '2028-08-17 M: mail invoiceCreated',
      '2028-08-17 M: mail invoicePaid',
      '2028-08-17 M: M1 ACTIVE next 2028-09-30',
      // The next renewal at the new recurring amount.
      '2028-08-20 U: invoice 3 due 2028-09-03 total 25.00 [Filter Pro - u1 (03/09/2028 - 02/10/2028) 25.00]',
      '2028-08-20 U: invoice 3 PAID',
      '2028-08-20 U: mail invoiceCreated',
      '2028-08-20 U: mail invoicePaid',
      '2028-08-20 U: U1 ACTIVE next 2028-10-03',
      '2028-08-22 X: invoice 9 due 2028-09-05 total 25.00 [Hosting - x1 (05/09/2028 - 04/10/2028) 25.00]',
      '2028-08-22 X: invoice 9 PAID',
      '2028-08-22 X: mail invoiceCreated',
      '2028-08-22 X: mail invoicePaid',
      '2028-08-22 I: invoice 2 due 2028-09-05 total 13.00 [Filter Basic - i1 (05/09/2028 - 04/10/2028) 10.00; Mail archive - i1 (05/09/2028 - 04/10/2028) 3.00]',
      '2028-08-22 I: invoice 2 PAID',
      '2028-08-22 I: mail invoiceCreated',
      '2028-08-22 I: mail invoicePaid',
      '2028-08-22 X: X1 ACTIVE next 2028-10-05',
      '2028-08-22 I: I1 ACTIVE next 2028-10-05',
      '2028-08-22 I: I1 addon ACTIVE next 2028-10-05',
      '2028-09-06 Q: invoice 9 due 2028-09-20 total 32.00 [Web - q1 (20/09/2028 - 19/12/2028) 30.00; Backups - q1 (20/09/2028 - 19/10/2028) 2.00]',
      '2028-09-06 Q: invoice 9 PAID',
      '2028-09-06 Q: mail invoiceCreated',
      '2028-09-06 Q: mail invoicePaid',
      '2028-09-06 C: invoice 9 due 2028-09-20 total 15.00 [Hosting - c1 (20/09/2028 - 19/10/2028) 15.00]',
      '2028-09-06 C: invoice 9 PAID',
      '2028-09-06 C: mail invoiceCreated',
      '2028-09-06 C: mail invoicePaid',
      '2028-09-06 Q: Q1 ACTIVE next 2028-12-20',
      '2028-09-06 Q: Q1 addon ACTIVE next 2028-10-20',
      '2028-09-06 C: C1 ACTIVE next 2028-10-20',
      // SV-12: I asks for an immediate cancellation (with nothing unpaid, no invoice to cancel).
      '2028-09-14 I: mail cancellationRequested',
      // The next run terminates it through the module (the domain leaves SpamExperts); its addon is cancelled with it (SV-14); no
      // renewal invoice for 5 October.
      '2028-09-15 I: I1 CANCELLED next 2028-10-05',
      '2028-09-15 I: I1 addon CANCELLED next 2028-10-05',
      '2028-09-15 spam: domain/remove i1',
      '2028-09-16 M: invoice 9 due 2028-09-30 total 11.90 [Hosting - m1 (30/09/2028 - 30/10/2028) 10.00]',
      '2028-09-16 M: invoice 9 PAID',
      '2028-09-16 M: mail invoiceCreated',
      '2028-09-16 M: mail invoicePaid',
      '2028-09-16 M: M1 ACTIVE next 2028-10-31',
      '2028-09-19 U: invoice 4 due 2028-10-03 total 25.00 [Filter Pro - u1 (03/10/2028 - 02/11/2028) 25.00]',
      '2028-09-19 U: invoice 4 PAID',
      '2028-09-19 U: mail invoiceCreated',
      '2028-09-19 U: mail invoicePaid',
      '2028-09-19 U: U1 ACTIVE next 2028-11-03',
      '2028-09-21 X: invoice 10 due 2028-10-05 total 25.00 [Hosting - x1 (05/10/2028 - 04/11/2028) 25.00]',
      '2028-09-21 X: invoice 10 PAID',
      '2028-09-21 X: mail invoiceCreated',
      '2028-09-21 X: mail invoicePaid',
      '2028-09-21 X: X1 ACTIVE next 2028-11-05',
      '2028-10-06 Q: invoice 10 due 2028-10-20 total 2.00 [Backups - q1 (20/10/2028 - 19/11/2028) 2.00]',
      '2028-10-06 Q: invoice 10 PAID',
      '2028-10-06 Q: mail invoiceCreated',
      '2028-10-06 Q: mail invoicePaid',
      '2028-10-06 C: invoice 10 due 2028-10-20 total 15.00 [Hosting - c1 (20/10/2028 - 19/11/2028) 15.00]',
      '2028-10-06 C: invoice 10 PAID',
      '2028-10-06 C: mail invoiceCreated',
      '2028-10-06 C: mail invoicePaid',
      '2028-10-06 Q: Q1 addon ACTIVE next 2028-11-20',
      '2028-10-06 C: C1 ACTIVE next 2028-11-20',
      // SV-8: staff downgrade U to the basic plan with 22 of 31 days left: (10.00 − 25.00) × 22 / 31 = −10.645… → 10.65 to the
      // credit balance (creditOnDowngrade), no invoice; the change and changePackage apply at once.
      '2028-10-12 U: mail serviceUpgraded',
      '2028-10-12 U: credit 10.65',
      '2028-10-12 U: U1 now Filter Basic MONTHLY 10.00',
      '2028-10-12 spam: domain/setproducts u1 incoming=1 outgoing=0 archiving=0',
      '2028-10-17 M: invoice 10 due 2028-10-31 total 11.90 [Hosting - m1 (31/10/2028 - 29/11/2028) 10.00]',
      '2028-10-17 M: invoice 10 PAID',
      '2028-10-17 M: mail invoiceCreated',
      '2028-10-17 M: mail invoicePaid',
      '2028-10-17 M: M1 ACTIVE next 2028-11-30',
      // CR-3: the downgrade credit pays the next renewal whole, and the last 0.65 of it the one after.
      '2028-10-20 U: invoice 5 due 2028-11-03 total 10.00 [Filter Basic - u1 (03/11/2028 - 02/12/2028) 10.00]',
      '2028-10-20 U: invoice 5 PAID, credit 10.00',
      '2028-10-20 U: mail invoiceCreated',
      '2028-10-20 U: mail invoicePaid',
      '2028-10-20 U: credit 0.65',
      '2028-10-20 U: U1 ACTIVE next 2028-12-03',
      '2028-10-22 X: invoice 11 due 2028-11-05 total 25.00 [Hosting - x1 (05/11/2028 - 04/12/2028) 25.00]',
      '2028-10-22 X: invoice 11 PAID',
      '2028-10-22 X: mail invoiceCreated',
      '2028-10-22 X: mail invoicePaid',
      '2028-10-22 X: X1 ACTIVE next 2028-12-05',
      '2028-11-06 Q: invoice 11 due 2028-11-20 total 2.00 [Backups - q1 (20/11/2028 - 19/12/2028) 2.00]',
      '2028-11-06 Q: invoice 11 PAID',
      '2028-11-06 Q: mail invoiceCreated',
      '2028-11-06 Q: mail invoicePaid',
      '2028-11-06 C: invoice 11 due 2028-11-20 total 15.00 [Hosting - c1 (20/11/2028 - 19/12/2028) 15.00]',
      '2028-11-06 C: invoice 11 PAID',
      '2028-11-06 C: mail invoiceCreated',
      '2028-11-06 C: mail invoicePaid',
      '2028-11-06 Q: Q1 addon ACTIVE next 2028-12-20',
      '2028-11-06 C: C1 ACTIVE next 2028-12-20',
      '2028-11-16 M: invoice 11 due 2028-11-30 total 11.90 [Hosting - m1 (30/11/2028 - 30/12/2028) 10.00]',
      '2028-11-16 M: invoice 11 PAID',
      '2028-11-16 M: mail invoiceCreated',
      '2028-11-16 M: mail invoicePaid',
      '2028-11-16 M: M1 ACTIVE next 2028-12-31',
      '2028-11-19 U: invoice 6 due 2028-12-03 total 10.00 [Filter Basic - u1 (03/12/2028 - 02/01/2029) 10.00]',
      '2028-11-19 U: invoice 6 PAID, credit 0.65',
      '2028-11-19 U: mail invoiceCreated',
      '2028-11-19 U: mail invoicePaid',
      '2028-11-19 U: credit 0.00',
      '2028-11-19 U: U1 ACTIVE next 2029-01-03',
      '2028-11-21 X: invoice 12 due 2028-12-05 total 25.00 [Hosting - x1 (05/12/2028 - 04/01/2029) 25.00]',
      '2028-11-21 X: invoice 12 PAID',
      '2028-11-21 X: mail invoiceCreated',
      '2028-11-21 X: mail invoicePaid',
      '2028-11-21 X: X1 ACTIVE next 2029-01-05',
      '2028-12-06 Q: invoice 12 due 2028-12-20 total 32.00 [Web - q1 (20/12/2028 - 19/03/2029) 30.00; Backups - q1 (20/12/2028 - 19/01/2029) 2.00]',
      '2028-12-06 Q: invoice 12 PAID',
      '2028-12-06 Q: mail invoiceCreated',
      '2028-12-06 Q: mail invoicePaid',
      '2028-12-06 C: invoice 12 due 2028-12-20 total 15.00 [Hosting - c1 (20/12/2028 - 19/01/2029) 15.00]',
      '2028-12-06 C: invoice 12 PAID',
      '2028-12-06 C: mail invoiceCreated',
      '2028-12-06 C: mail invoicePaid',
      '2028-12-06 Q: Q1 ACTIVE next 2029-03-20',
      '2028-12-06 Q: Q1 addon ACTIVE next 2029-01-20',
      '2028-12-06 C: C1 ACTIVE next 2029-01-20',
      '2028-12-17 M: invoice 12 due 2028-12-31 total 11.90 [Hosting - m1 (31/12/2028 - 30/01/2029) 10.00]',
      '2028-12-17 M: invoice 12 PAID',
      '2028-12-17 M: mail invoiceCreated',
      '2028-12-17 M: mail invoicePaid',
      '2028-12-17 M: M1 ACTIVE next 2029-01-31',
      // The last day: U's January renewal, 14 days ahead.
      '2028-12-20 U: invoice 7 due 2029-01-03 total 10.00 [Filter Basic - u1 (03/01/2029 - 02/02/2029) 10.00]',
      '2028-12-20 U: invoice 7 PAID',
      '2028-12-20 U: mail invoiceCreated',
      '2028-12-20 U: mail invoicePaid',
      '2028-12-20 U: U1 ACTIVE next 2029-02-03',
    ]);
    // SV-14: the addon ended on the day its service did.
    expect(ok(await t.gql(TERMINATION, { id: services.I1.id }, admin)).service).toEqual({ terminationDate: '2028-09-15', addons: [{ terminationDate: '2028-09-15' }] });
    // CL-5: clients follow their services; C's and U's credit is used up.
    const statuses = await Promise.all(Object.keys(clients).map(async (name) => [name, ok(await t.gql(CLIENT, { id: clients[name].id }, admin)).client!] as const));
    expect(Object.fromEntries(statuses.map(([name, c]) => [name, `${c.status} ${c.creditBalance?.amount}`]))).toEqual({
      M: 'ACTIVE 0.00', L: 'INACTIVE 0.00', Q: 'ACTIVE 0.00', Y: 'ACTIVE 0.00', C: 'ACTIVE 0.00', X: 'ACTIVE 0.00', K: 'INACTIVE 0.00', U: 'ACTIVE 0.00', I: 'INACTIVE 0.00',
    });
  }, 900_000);
});
