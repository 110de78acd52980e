/**
 * Issue 16.1/16.2/16.4 over the wire: three and a half months of simulated
 * time (the clock stopped at 10:00 UTC of each day, one daily run per day
 * through GraphQL) for a handful of clients, with the exact invoices,
 * amounts and statuses; suspension and unsuspension of a module-bound
 * service through the module queue against the SpamExperts test server.
 */
import { keyOf } from '../support/ids';
import { waitFor } from '../support/wait';
import { captureLog, loggedLines } from '../support/log-capture';
import { StaffRole } from '../../src/auth/staff-user.entity';
import { addDays } from '../../src/catalog/cycle-dates';
import { SpamExpertsTestServer } from '../servers/spamexperts-server';
import { errorOf, ok, startTestApp, type TestApp } from '../support/test-app';
import { createClient, createProduct, createService, createSpamFilterProduct, createSpamFilterServer, uniqueEmail } from '../support/fixtures';
import { graphql } from '../generated';
import type { CreateClientInput, CreateServiceInput } from '../generated/graphql';

const RUN_COMMAND = graphql(`mutation DailyRunRunCommand($s: ID!, $c: String!) { runModuleCommand(serviceId: $s, command: $c) { id } }`);
const ADD_CREDIT = graphql(`mutation DailyRunAddCredit($i: CreditChangeInput!) { addCredit(input: $i) { id } }`);
const SERVICE = graphql(`query DailyRunService($id: ID!) { service(id: $id) { id status nextDueDate suspensionReason } }`);
const CLIENT = graphql(`query DailyRunClient($id: ID!) { client(id: $id) { status creditBalance { amount } } }`);
const INVOICES = graphql(`query DailyRunInvoices($c: ID!) { invoices(filter: { clientId: $c }, first: 50, orderBy: { field: ISSUE_DATE, direction: ASC }) {
  edges { node { id number status issueDate dueDate total { amount currency } creditApplied { amount } balanceDue { amount } lines { description amount { amount } } } } } }`);
const PAY = graphql(`mutation DailyRunPay($id: ID!) { markInvoicePaid(id: $id) { id status } }`);
const RUN = graphql(`mutation DailyRunRun($d: LocalDate) { runDailyRun(date: $d) { id runDate status trigger steps { name status count errorCount } errors { step subjectType subjectId message } } }`);
const RUNS = graphql(`query DailyRunRuns($d: LocalDate, $l: Int) { dailyRuns(date: $d, limit: $l) { id runDate status steps { name count } } }`);
const SCHEDULE = graphql(`query DailyRunSchedule { dailyRunSchedule { enabled time timeZone today lastRun { runDate } warning { kind date message } } }`);
const PREVIEW = graphql(`query DailyRunPreview($d: LocalDate!) { dailyRunPreview(date: $d) {
  date invoices { client { id } dueDate subtotal { amount } total { amount currency } lines { service { id } description amount { amount } } }
  creditApplied { client { id } amount { amount } } reminders { invoice { id } kind } lateFees { invoice { id } amount { amount } }
  suspensions { id } terminations { id } clientStatuses { client { id } status } errors { message } } }`);
const EMAILS = graphql(`query DailyRunEmails($c: ID!) { clientEmails(clientId: $c, first: 50) { edges { node { type language recipient subject } } } }`);
const OVERRIDE = graphql(`mutation DailyRunOverride($s: ID!, $u: LocalDate, $n: Boolean) { setAutoSuspensionOverride(serviceId: $s, until: $u, never: $n) { service { id } until never } }`);

type Counts = Record<string, number>;

describe('issue 16: the daily run over simulated months', () => {
  const spam = new SpamExpertsTestServer();
  let t: TestApp;
  let admin: string;
  const sql = (query: string, params: unknown[] = []) => t.app.orm.em.fork().getConnection().execute(query, params);
  const travelTo = (date: string) => t.config.automation.clock.setTo(`${date}T10:00:00Z`);

  const clients: Record<string, string> = {};
  const emails: Record<string, string> = {};
  const services: Record<string, string> = {};
  /** Step counts of each day's run, by date. */
  const counts: Record<string, Counts> = {};

  async function client(name: string, extra: Partial<CreateClientInput> = {}) {
    const created = await createClient(t, admin, { firstName: name, lastName: 'Client', email: uniqueEmail('dr'), currency: 'EUR', ...extra });
    emails[name] = created.email;
    clients[name] = created.id;
    return clients[name];
  }
  async function service(name: string, clientName: string, productId: string, input: Omit<CreateServiceInput, 'clientId' | 'productId'>) {
    services[name] = await createService(t, admin, { clientId: clients[clientName], productId, status: 'ACTIVE', domain: `${name.toLowerCase()}-${process.pid}.example`, ...input });
    return services[name];
  }
  /** A client's emails in the outbox, oldest first. */
  const emailsOf = async (name: string) => ok(await t.gql(EMAILS, { c: clients[name] }, admin)).clientEmails.edges.map((e) => e.node).reverse();
  const mailCount = async () => (await sql('select count(*)::int as n from mail_message'))[0].n as number;
  const invoicesOf = async (name: string) => ok(await t.gql(INVOICES, { c: clients[name] }, admin)).invoices.edges.map((e) => e.node);
  const serviceOf = async (name: string) => ok(await t.gql(SERVICE, { id: services[name] }, admin)).service!;
  const runOn = async (date: string) => {
    const run = ok(await t.gql(RUN, { d: date }, admin)).runDailyRun;
    expect(run).toMatchObject({ runDate: date, status: 'COMPLETED', trigger: 'MANUAL' });
    expect(run.errors).toEqual([]);
    expect(run.steps.filter((s) => s.status !== 'OK')).toEqual([]);
    return Object.fromEntries(run.steps.map((s) => [s.name, s.count])) as Counts;
  };
  const payOpen = async (name: string) => {
    for (const invoice of await invoicesOf(name)) if (invoice.status === 'UNPAID') ok(await t.gql(PAY, { id: invoice.id }, admin));
  };
  /** The SpamExperts actions called on D's domain that suspend (whitelist every recipient) and unsuspend. */
  const spamCalls = () => spam.requests.map((r) => /\/api\/domain\/(\w*whitelistrecipient)\//.exec(r.url)?.[1]).filter(Boolean);

  beforeAll(async () => {
    await spam.start();
    t = await startTestApp({
      JOBS_POLL_MS: '50', INVOICE_DAYS_BEFORE_DUE: '14', INVOICE_DAYS_BEFORE_DUE_BY_CYCLE: 'annually=30', PAYMENT_REMINDER_DAYS_BEFORE_DUE: '7',
      OVERDUE_REMINDER_DAYS: '1,7,14', LATE_FEE_DAYS: '10', LATE_FEE: '10%', LATE_FEE_MINIMUM: '1.50', SUSPEND_DAYS_OVERDUE: '5', TERMINATE_DAYS_OVERDUE: '40',
    });
    admin = await t.staffToken(StaffRole.ADMIN);
    const hosting = await createProduct(t, admin, { name: 'Hosting', type: 'OTHER' });
    const filter = await createSpamFilterProduct(t, admin, 'Spam filter');
    const server = await createSpamFilterServer(t, admin, spam);
    travelTo('2027-12-20');
    // A: two monthly services on the 31st (one invoice per due date: SV-7), pays at once.
    await client('A');
    await service('A1', 'A', hosting, { billingCycle: 'MONTHLY', recurringAmount: '10.00', registrationDate: '2027-12-31', nextDueDate: '2028-01-31' });
    await service('A2', 'A', hosting, { billingCycle: 'MONTHLY', recurringAmount: '5.00', registrationDate: '2027-12-31', nextDueDate: '2028-01-31' });
    // B: quarterly; C: annual on 29 February (30 days ahead); both pay at once.
    await client('B');
    await service('B1', 'B', hosting, { billingCycle: 'QUARTERLY', recurringAmount: '30.00', registrationDate: '2027-11-15', nextDueDate: '2028-02-15' });
    await client('C');
    await service('C1', 'C', hosting, { billingCycle: 'ANNUALLY', recurringAmount: '120.00', registrationDate: '2024-02-29', nextDueDate: '2028-02-29' });
    // D: the late payer, on the spam filter module (suspended and unsuspended through the module queue).
    await client('D');
    const d1 = await service('D1', 'D', filter, { billingCycle: 'MONTHLY', recurringAmount: '20.00', registrationDate: '2027-12-10', nextDueDate: '2028-01-10', serverId: server, status: undefined });
    ok(await t.gql(RUN_COMMAND, { s: d1, c: 'create' }, admin));
    await waitFor(async () => (await serviceOf('D1')).status === 'ACTIVE', { what: 'D1 created' });
    // E: has 20.00 of credit (CR-3).
    await client('E');
    await service('E1', 'E', hosting, { billingCycle: 'MONTHLY', recurringAmount: '15.00', registrationDate: '2027-12-20', nextDueDate: '2028-01-20' });
    ok(await t.gql(ADD_CREDIT, { i: { clientId: clients.E, amount: '20.00', description: 'Opening credit' } }, admin));
    // F: late-fee exempt, never pays, reads German. G: never pays, suspension overridden until 20 January (SV-6).
    await client('F', { lateFeeExempt: true, language: 'de' });
    await service('F1', 'F', hosting, { billingCycle: 'MONTHLY', recurringAmount: '25.00', registrationDate: '2027-12-05', nextDueDate: '2028-01-05' });
    await client('G');
    await service('G1', 'G', hosting, { billingCycle: 'MONTHLY', recurringAmount: '8.00', registrationDate: '2027-12-08', nextDueDate: '2028-01-08' });
    expect(ok(await t.gql(OVERRIDE, { s: services.G1, u: '2028-01-20' }, admin)).setAutoSuspensionOverride).toEqual({ service: { id: services.G1 }, until: '2028-01-20', never: false });
  }, 60_000);
  afterAll(async () => {
    await t?.stop();
    await spam.stop();
  });

  it('issue 16.2 / AU-1 / SV-7 / SV-6 / CR-3 / CL-5: every day from 20 December 2027 to 5 April 2028', async () => {
    for (let date = '2027-12-20'; date <= '2028-04-05'; date = addDays(date, 1)) {
      travelTo(date);
      if (date === '2028-01-10') {
        // dailyRunPreview: what the run of the 17th would do, seen a week ahead, changing nothing.
        const before = await sql(`select (select count(*) from invoice)::int as invoices, (select count(*) from automation_claim)::int as claims,
          (select count(*) from module_job)::int as jobs, (select count(*) from renewal_invoice_item)::int as items, (select count(*) from mail_message)::int as mails`);
        const preview = ok(await t.gql(PREVIEW, { d: '2028-01-17' }, admin)).dailyRunPreview;
        expect(preview.invoices).toEqual([{
          client: { id: clients.A }, dueDate: '2028-01-31', subtotal: { amount: '15.00' }, total: { amount: '15.00', currency: 'EUR' },
          lines: [
            { service: { id: services.A1 }, description: `Hosting - a1-${process.pid}.example (31/01/2028 - 28/02/2028)`, amount: { amount: '10.00' } },
            { service: { id: services.A2 }, description: `Hosting - a2-${process.pid}.example (31/01/2028 - 28/02/2028)`, amount: { amount: '5.00' } },
          ],
        }]);
        // By the 17th D and F are 5 days overdue; G's override runs to the 20th. F is exempt from late fees, G's is due on the 18th.
        expect(preview.suspensions.map((s) => s.id).sort()).toEqual([services.D1, services.F1].sort());
        expect(preview.terminations).toEqual([]);
        expect(preview.lateFees).toEqual([]);
        expect(preview.errors).toEqual([]);
        const after = await sql(`select (select count(*) from invoice)::int as invoices, (select count(*) from automation_claim)::int as claims,
          (select count(*) from module_job)::int as jobs, (select count(*) from renewal_invoice_item)::int as items, (select count(*) from mail_message)::int as mails`);
        expect(after).toEqual(before);
      }
      counts[date] = await runOn(date);
      if (['2028-01-15', '2028-01-17', '2028-01-20', '2028-02-14'].includes(date)) {
        // The same date twice changes nothing the second time, and sends no mail again.
        const mails = await mailCount();
        const again = await runOn(date);
        expect(Object.entries(again).filter(([, n]) => n !== 0)).toEqual([]);
        expect(await mailCount()).toBe(mails);
      }
      for (const name of ['A', 'B', 'C', 'E']) await payOpen(name);
      if (date >= '2028-01-25') await payOpen('D');
      if (date === '2028-01-15') await waitFor(async () => (await serviceOf('D1')).status === 'SUSPENDED', { what: 'D1 suspended' });
      if (date === '2028-01-25') await waitFor(async () => (await serviceOf('D1')).status === 'ACTIVE', { what: 'D1 unsuspended' });
    }

    const on = (step: string) => Object.entries(counts).filter(([, c]) => c[step] > 0).map(([date, c]) => `${date}:${c[step]}`);
    expect(on('RENEWAL_INVOICES')).toEqual([
      '2027-12-22:1', '2027-12-25:1', '2027-12-27:1', '2028-01-06:1', '2028-01-17:1', '2028-01-27:1', '2028-01-30:1',
      '2028-02-01:1', '2028-02-06:1', '2028-02-15:1', '2028-02-25:1', '2028-03-06:1', '2028-03-17:1', '2028-03-27:1',
    ]);
    expect(on('APPLY_CREDIT')).toEqual(['2028-01-06:1', '2028-02-06:1']);
    expect(on('REMINDERS')).toEqual([
      '2027-12-29:1', '2028-01-01:1', '2028-01-03:1', '2028-01-06:1', '2028-01-09:1', '2028-01-11:1',
      '2028-01-12:1', '2028-01-15:1', '2028-01-17:1', '2028-01-19:1', '2028-01-22:1', '2028-01-24:1',
    ]);
    expect(on('LATE_FEES')).toEqual(['2028-01-18:1', '2028-01-20:1']);
    expect(on('SUSPENSIONS')).toEqual(['2028-01-10:1', '2028-01-15:1', '2028-01-20:1']);
    expect(on('TERMINATIONS')).toEqual(['2028-02-14:1', '2028-02-17:1']);

    const brief = async (name: string) => (await invoicesOf(name)).map((i) => ({
      issued: i.issueDate, due: i.dueDate, total: i.total.amount, status: i.status, credit: i.creditApplied.amount, lines: i.lines.map((l) => `${l.description} ${l.amount.amount}`),
    }));
    const line = (service: string, product: string, from: string, to: string, amount: string) => `${product} - ${service.toLowerCase()}-${process.pid}.example (${from} - ${to}) ${amount}`;
    const paid = (issued: string, due: string, total: string, lines: string[], credit = '0.00') => ({ issued, due, total, status: 'PAID', credit, lines });
    expect(await brief('A')).toEqual([
      paid('2028-01-17', '2028-01-31', '15.00', [line('A1', 'Hosting', '31/01/2028', '28/02/2028', '10.00'), line('A2', 'Hosting', '31/01/2028', '28/02/2028', '5.00')]),
      paid('2028-02-15', '2028-02-29', '15.00', [line('A1', 'Hosting', '29/02/2028', '30/03/2028', '10.00'), line('A2', 'Hosting', '29/02/2028', '30/03/2028', '5.00')]),
      paid('2028-03-17', '2028-03-31', '15.00', [line('A1', 'Hosting', '31/03/2028', '29/04/2028', '10.00'), line('A2', 'Hosting', '31/03/2028', '29/04/2028', '5.00')]),
    ]);
    expect(await brief('B')).toEqual([paid('2028-02-01', '2028-02-15', '30.00', [line('B1', 'Hosting', '15/02/2028', '14/05/2028', '30.00')])]);
    expect(await brief('C')).toEqual([paid('2028-01-30', '2028-02-29', '120.00', [line('C1', 'Hosting', '29/02/2028', '27/02/2029', '120.00')])]);
    expect(await brief('D')).toEqual([
      paid('2027-12-27', '2028-01-10', '22.00', [line('D1', 'Spam filter', '10/01/2028', '09/02/2028', '20.00'), 'Late fee (due 2028-01-10) 2.00']),
      paid('2028-01-27', '2028-02-10', '20.00', [line('D1', 'Spam filter', '10/02/2028', '09/03/2028', '20.00')]),
      paid('2028-02-25', '2028-03-10', '20.00', [line('D1', 'Spam filter', '10/03/2028', '09/04/2028', '20.00')]),
      paid('2028-03-27', '2028-04-10', '20.00', [line('D1', 'Spam filter', '10/04/2028', '09/05/2028', '20.00')]),
    ]);
    expect(await brief('E')).toEqual([
      paid('2028-01-06', '2028-01-20', '15.00', [line('E1', 'Hosting', '20/01/2028', '19/02/2028', '15.00')], '15.00'),
      paid('2028-02-06', '2028-02-20', '15.00', [line('E1', 'Hosting', '20/02/2028', '19/03/2028', '15.00')], '5.00'),
      paid('2028-03-06', '2028-03-20', '15.00', [line('E1', 'Hosting', '20/03/2028', '19/04/2028', '15.00')]),
    ]);
    expect(await brief('F')).toEqual([{ ...paid('2027-12-22', '2028-01-05', '25.00', [line('F1', 'Hosting', '05/01/2028', '04/02/2028', '25.00')]), status: 'UNPAID' }]);
    expect(await brief('G')).toEqual([{ ...paid('2027-12-25', '2028-01-08', '9.50', [line('G1', 'Hosting', '08/01/2028', '07/02/2028', '8.00'), 'Late fee (due 2028-01-08) 1.50']), status: 'UNPAID' }]);

    // SV-3: paid due dates moved one cycle from the old due date, once each.
    const next = async (name: string) => (await serviceOf(name)).nextDueDate;
    expect(await Promise.all(['A1', 'A2', 'B1', 'C1', 'D1', 'E1', 'F1', 'G1'].map(next))).toEqual(
      ['2028-04-30', '2028-04-30', '2028-05-15', '2029-02-28', '2028-05-10', '2028-04-20', '2028-01-05', '2028-01-08'],
    );
    expect((await serviceOf('D1')).status).toBe('ACTIVE');
    expect((await serviceOf('F1')).status).toBe('TERMINATED');
    expect((await serviceOf('G1')).status).toBe('TERMINATED');
    // The module saw one suspend and one unsuspend of D's domain.
    expect(spamCalls()).toEqual(['whitelistrecipient', 'unwhitelistrecipient']);
    // CL-5: clients follow their services.
    const statuses = await Promise.all(Object.values(clients).map(async (id) => ok(await t.gql(CLIENT, { id }, admin)).client?.status));
    expect(Object.fromEntries(Object.keys(clients).map((name, i) => [name, statuses[i]]))).toEqual({ A: 'ACTIVE', B: 'ACTIVE', C: 'ACTIVE', D: 'ACTIVE', E: 'ACTIVE', F: 'INACTIVE', G: 'INACTIVE' });
    expect(ok(await t.gql(CLIENT, { id: clients.E }, admin)).client).toEqual({ status: 'ACTIVE', creditBalance: { amount: '0.00' } });

    // Issue 15.5: F's mails, each once, in German: the renewal invoice, the reminder before due, the three overdue notices, suspension and termination.
    const f = (await invoicesOf('F'))[0].number;
    expect(await emailsOf('F')).toEqual([
      { type: 'invoiceCreated', subject: `Rechnung ${f}` },
      { type: 'invoiceReminder', subject: `Erinnerung: Rechnung ${f} ist am 2028-01-05 fällig` },
      { type: 'overdueNotice', subject: `1. Mahnung: Rechnung ${f}` },
      { type: 'serviceSuspended', subject: 'Ihr Hosting wurde gesperrt' },
      { type: 'overdueNotice', subject: `2. Mahnung: Rechnung ${f}` },
      { type: 'overdueNotice', subject: `3. Mahnung: Rechnung ${f}` },
      { type: 'serviceTerminated', subject: 'Ihr Hosting wurde gekündigt' },
    ].map((mail) => ({ ...mail, language: 'de', recipient: emails.F })));
    // A, in English: one "invoice created" per renewal invoice.
    expect((await emailsOf('A')).filter((mail) => mail.type === 'invoiceCreated').map((mail) => [mail.language, mail.recipient, mail.subject]))
      .toEqual((await invoicesOf('A')).map((invoice) => ['en', emails.A, `Invoice ${invoice.number}`]));
  }, 600_000);

  it('issue 16.1: runs are listed for staff, with their steps', async () => {
    const runs = ok(await t.gql(RUNS, { d: '2028-01-15', l: 5 }, admin)).dailyRuns;
    expect(runs).toHaveLength(2);
    expect(runs[1].steps.find((s) => s.name === 'SUSPENSIONS')?.count).toBe(1);
    expect(runs[0].steps.map((s) => s.count)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('issue 13.11: a run logs its start and, when it ends, each step with its count', async () => {
    const info = captureLog('info');
    try {
      const run = ok(await t.gql(RUN, { d: '2028-04-05' }, admin)).runDailyRun;
      const lines = loggedLines(info).filter((line) => line.startsWith(`Daily run ${keyOf(run.id)} `));
      const steps = run.steps.map((s) => `${s.name.toLowerCase()} ${s.count}`).join(', ');
      expect(lines).toEqual([`Daily run ${keyOf(run.id)} for 2028-04-05 started`, `Daily run ${keyOf(run.id)} for 2028-04-05 completed: ${steps}`]);
    } finally {
      info.mockRestore();
    }
  });

  it('issue 16.1: the schedule warns when the day\'s run is late or missed', async () => {
    const schedule = async () => ok(await t.gql(SCHEDULE, {}, admin)).dailyRunSchedule;
    travelTo('2028-04-07');
    expect(await schedule()).toMatchObject({ enabled: false, time: '09:00', timeZone: 'UTC', today: '2028-04-07', lastRun: { runDate: '2028-04-05' }, warning: null });
    // As an operator with the schedule on sees it (the setting is read per request).
    t.config.automation.enabled = true;
    try {
      expect((await schedule()).warning).toEqual({ kind: 'MISSED', date: '2028-04-07', message: 'No daily run has completed for 2028-04-07 (due at 09:00 UTC)' });
      t.config.automation.clock.setTo('2028-04-07T09:20:00Z'); // within the grace period
      expect((await schedule()).warning).toBeNull();
      t.config.automation.clock.setTo('2028-04-07T08:00:00Z'); // before the time: yesterday's run is the one due
      expect((await schedule()).warning).toMatchObject({ kind: 'MISSED', date: '2028-04-06' });
      await sql(`insert into daily_run (run_date, status, trigger, started_at) values ('2028-04-06', 'running', 'schedule', '2028-04-06T09:00:00Z')`);
      expect((await schedule()).warning).toMatchObject({ kind: 'LATE', date: '2028-04-06' });
      await sql(`update daily_run set status = 'interrupted' where run_date = '2028-04-06'`);
      ok(await t.gql(RUN, { d: '2028-04-06' }, admin));
      expect((await schedule()).warning).toBeNull();
    } finally {
      t.config.automation.enabled = false;
    }
  });

  it('issue 16.1: authorization and bad input', async () => {
    const support = await t.staffToken(StaffRole.SUPPORT);
    travelTo('2028-04-07');
    expect(errorOf(await t.gql(RUN, { d: '2028-04-07' }, support)).code).toBe('FORBIDDEN');
    expect(errorOf(await t.gql(RUNS, {})).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await t.gql(PREVIEW, { d: '2028-04-07' })).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await t.gql(RUN, { d: '2028-04-08' }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'date' });
    expect(errorOf(await t.gql(RUN, { d: '2028-02-30' }, admin)).code).toBe('BAD_USER_INPUT');
    expect(errorOf(await t.gql(RUNS, { l: 0 }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'limit' });
    expect(errorOf(await t.gql(OVERRIDE, { s: services.A1, u: '2028-05-01', n: true }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'never' });
    expect(errorOf(await t.gql(OVERRIDE, { s: clients.A, n: true }, admin)).code).toBe('NOT_FOUND');
    expect(ok(await t.gql(OVERRIDE, { s: services.A1, n: true }, admin)).setAutoSuspensionOverride).toEqual({ service: { id: services.A1 }, until: null, never: true });
    expect(ok(await t.gql(OVERRIDE, { s: services.A1 }, admin)).setAutoSuspensionOverride).toEqual({ service: { id: services.A1 }, until: null, never: false });
    expect(await sql('select count(*)::int as n from suspension_override where service_id = ?', [keyOf(services.A1)])).toEqual([{ n: 0 }]);
  });
});
