/**
 * Issue 16.5 (SV-12, SV-13, SV-14) over the wire: cancellation requests by
 * clients and staff, the staff list and event, the daily run terminating due
 * requests and fixed-term services through the module queue (SpamExperts
 * test server), withdrawals, parallel requests, bad input and authorization.
 * The clock is stopped at 10:00 UTC of each simulated day.
 */
import { StaffRole } from '../../src/auth/staff-user.entity';
import { keyOf } from '../support/ids';
import { waitFor } from '../support/wait';
import { feed, subscribed } from '../support/subscription-feed';
import { SpamExpertsTestServer } from '../servers/spamexperts-server';
import { errorOf, ok, startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app';
import { clientWithLogin, createProduct, createService, createSpamFilterProduct, createSpamFilterServer, uniqueEmail } from '../support/fixtures';
import { graphql } from '../generated';
import type { CancellationRequestInput, CreateServiceInput } from '../generated/graphql';

const CREATE_DOMAIN = graphql(`mutation CancellationsCreateDomain($i: CreateDomainInput!) { createDomain(input: $i) { id autoRenew } }`);
const DOMAIN = graphql(`query CancellationsDomain($id: ID!) { domain(id: $id) { autoRenew } }`);
const RUN_COMMAND = graphql(`mutation CancellationsRunCommand($s: ID!, $c: String!) { runModuleCommand(serviceId: $s, command: $c) { id } }`);
const SERVICE = graphql(`query CancellationsService($id: ID!) { service(id: $id) { id status terminationDate nextDueDate } }`);
const INVOICES = graphql(`query CancellationsInvoices($c: ID!) { invoices(filter: { clientId: $c }, first: 50) { edges { node { id status dueDate lines { description } } } } }`);
const RUN = graphql(`mutation CancellationsDailyRun($d: LocalDate) { runDailyRun(date: $d) { status steps { name status count } errors { step subjectType message } } }`);
const PREVIEW = graphql(`query CancellationsRunPreview($d: LocalDate!) { dailyRunPreview(date: $d) { cancellations { id } fixedTermTerminations { id } terminations { id } errors { message } } }`);
graphql(`fragment CancellationsRequestFields on CancellationRequest { id type reason status scheduledByStaff requestedByStaff domainAutoRenewTurnedOff requestedOn terminatesOn closedAt service { id } }`);
const REQUEST = graphql(`mutation CancellationsRequest($i: CancellationRequestInput!) { requestCancellation(input: $i) { ...CancellationsRequestFields } }`);
const SCHEDULE = graphql(`mutation CancellationsSchedule($s: ID!, $r: String) { scheduleServiceTermination(serviceId: $s, reason: $r) { ...CancellationsRequestFields } }`);
const WITHDRAW = graphql(`mutation CancellationsWithdraw($id: ID!) { withdrawCancellationRequest(id: $id) { ...CancellationsRequestFields } }`);
const LIST = graphql(`query CancellationsList($f: CancellationRequestFilter, $first: Int, $after: String) { cancellationRequests(filter: $f, first: $first, after: $after) {
  totalCount edges { node { id status type } } pageInfo { hasNextPage endCursor } } }`);
const OPEN_REQUEST = graphql(`query CancellationsOpenRequest($id: ID!) { service(id: $id) { cancellationRequest { id status } } }`);
const NODE = graphql(`query CancellationsNode($id: ID!) { node(id: $id) { __typename id ... on CancellationRequest { status } } }`);
const EMAILS = graphql(`query CancellationsEmails($c: ID!) { clientEmails(clientId: $c, first: 20) { edges { node { type subject body recipient } } } }`);
const CHANGED = graphql(`subscription CancellationsChanged($s: ID) { cancellationRequestChanged(serviceId: $s) { change cancellationRequestId serviceId cancellationRequest { id status } } }`);

type Counts = Record<string, number>;

describe('issue 16.5: cancellations', () => {
  const spam = new SpamExpertsTestServer();
  let t: TestApp;
  let admin: string;
  let seq = 0;
  let hosting: string;
  let filter: string;
  let trialFilter: string;
  let server: string;
  const travelTo = (date: string) => t.config.automation.clock.setTo(`${date}T10:00:00Z`);
  const sql = <T = any>(query: string, params: unknown[] = []) => t.app.orm.em.fork().getConnection().execute<T[]>(query, params);
  const reasonOf = (res: GraphQLResponse) => res.errors?.[0]?.extensions?.reason;

  async function client() {
    const lastName = `C${++seq}`;
    return { ...await clientWithLogin(t, admin, { firstName: 'Cancel', lastName, email: uniqueEmail('cancel'), currency: 'EUR' }), name: `Cancel ${lastName}` };
  }
  const domainName = () => `cancel-${++seq}-${process.pid}.example`;
  async function service(clientId: string, productId: string, input: Partial<CreateServiceInput> = {}) {
    return createService(t, admin, { clientId, productId, status: 'ACTIVE', billingCycle: 'MONTHLY', recurringAmount: '20.00', domain: domainName(), ...input });
  }
  /** A service on the spam filter module, created there through the module queue. */
  async function filterService(clientId: string, input: Partial<CreateServiceInput>, productId = filter) {
    const id = await service(clientId, productId, { serverId: server, status: undefined, ...input });
    ok(await t.gql(RUN_COMMAND, { s: id, c: 'create' }, admin));
    await waitFor(async () => (await serviceOf(id)).status === 'ACTIVE', { what: 'the service created on the spam filter' });
    return id;
  }
  const serviceOf = async (id: string) => ok(await t.gql(SERVICE, { id }, admin)).service!;
  const invoicesOf = async (clientId: string) => ok(await t.gql(INVOICES, { c: clientId }, admin)).invoices.edges.map((e) => e.node);
  const requestOf = async (id: string) => {
    const node = ok(await t.gql(NODE, { id }, admin)).node;
    if (node?.__typename !== 'CancellationRequest') throw new Error(`${id} is not a cancellation request: ${JSON.stringify(node)}`);
    return node;
  };
  const runOn = async (date: string): Promise<Counts> => {
    travelTo(date);
    const run = ok(await t.gql(RUN, { d: date }, admin)).runDailyRun;
    expect(run.errors).toEqual([]);
    expect(run.steps.filter((s) => s.status !== 'OK')).toEqual([]);
    return Object.fromEntries(run.steps.map((s) => [s.name, s.count]));
  };
  const jobsOf = async (serviceId: string) => (await sql<{ command: string }>('select command from module_job where service_id = ? order by id', [keyOf(serviceId)])).map((row) => row.command);
  const requestRows = async () => (await sql<{ n: number }>('select count(*)::int as n from cancellation_request'))[0].n;

  beforeAll(async () => {
    await spam.start();
    t = await startTestApp({
      JOBS_POLL_MS: '50', INVOICE_DAYS_BEFORE_DUE: '14', PAYMENT_REMINDER_DAYS_BEFORE_DUE: '0', OVERDUE_REMINDER_DAYS: '0,0,0', SUSPEND_DAYS_OVERDUE: '0',
    });
    admin = await t.staffToken(StaffRole.ADMIN);
    travelTo('2028-03-01');
    hosting = await createProduct(t, admin, { name: 'Hosting', type: 'OTHER' });
    filter = await createSpamFilterProduct(t, admin, 'Spam filter');
    trialFilter = await createSpamFilterProduct(t, admin, 'Spam filter trial', { autoTerminateDays: 30 });
    server = await createSpamFilterServer(t, admin, spam, { name: 'spamexperts-cancel' });
  }, 60_000);
  afterAll(async () => {
    await t?.stop();
    await spam.stop();
  });
  afterEach(() => {
    t.config.automation.autoProcessCancellations = true;
    t.config.automation.cancellationCancelsUnpaidInvoices = true;
  });

  it('SV-12 / SV-14: a client cancels at the end of the billing period; the run on the due date terminates it through the module, once', async () => {
    const owner = await client();
    const domain = domainName();
    const id = await filterService(owner.id, { domain, registrationDate: '2028-01-10', nextDueDate: '2028-03-10' });
    const domainId = ok(await t.gql(CREATE_DOMAIN, { i: { clientId: owner.id, name: domain, registrar: 'registrar', status: 'ACTIVE', expiryDate: '2029-01-10', autoRenew: true } }, admin)).createDomain.id;
    expect((await runOn('2028-03-01')).RENEWAL_INVOICES).toBe(1);
    expect((await invoicesOf(owner.id)).map((i) => i.status)).toEqual(['UNPAID']);

    // Staff are told as it happens.
    const ws = t.ws(admin);
    const events = await subscribed(() => feed(ws, CHANGED, { s: id }));
    travelTo('2028-03-02');
    const request = ok(await t.gql(REQUEST, { i: { serviceId: id, type: 'END_OF_BILLING_PERIOD', reason: '  Moving elsewhere ', turnOffDomainAutoRenew: true } }, owner.token)).requestCancellation;
    expect(request).toEqual({
      id: request.id, type: 'END_OF_BILLING_PERIOD', reason: 'Moving elsewhere', status: 'OPEN', scheduledByStaff: false, requestedByStaff: false,
      domainAutoRenewTurnedOff: true, requestedOn: '2028-03-02', terminatesOn: '2028-03-10', closedAt: null, service: { id },
    });
    expect(ok(await t.gql(OPEN_REQUEST, { id }, owner.token)).service).toEqual({ cancellationRequest: { id: request.id, status: 'OPEN' } });
    expect((await events.next())?.data?.cancellationRequestChanged).toEqual({ change: 'CREATED', cancellationRequestId: request.id, serviceId: id, cancellationRequest: { id: request.id, status: 'OPEN' } });
    // The unpaid renewal invoice is cancelled, the domain no longer renews, the client has its confirmation and staff an activity entry.
    expect((await invoicesOf(owner.id)).map((i) => i.status)).toEqual(['CANCELLED']);
    expect(ok(await t.gql(DOMAIN, { id: domainId }, admin)).domain).toEqual({ autoRenew: false });
    const mails = ok(await t.gql(EMAILS, { c: owner.id }, admin)).clientEmails.edges.map((e) => e.node).filter((m) => m.type === 'cancellationRequested');
    expect(mails).toEqual([{
      type: 'cancellationRequested', subject: 'Cancellation of Spam filter received', recipient: owner.email,
      body: `Dear ${owner.name},\n\nWe have received the request to cancel Spam filter (${domain}). It will be terminated on or after 2028-03-10.\nReason given: Moving elsewhere\n`,
    }]);
    expect(await sql(`select action, target_id from activity_log_entry where action = 'service.cancellationRequest' and target_id = ?`, [String(keyOf(id))])).toHaveLength(1);
    expect(ok(await t.gql(LIST, { f: { serviceId: id, status: ['OPEN'], type: ['END_OF_BILLING_PERIOD'] } }, admin)).cancellationRequests)
      .toMatchObject({ totalCount: 1, edges: [{ node: { id: request.id, status: 'OPEN', type: 'END_OF_BILLING_PERIOD' } }] });

    // No renewal is invoiced while the request is open, and nothing is due before the 10th.
    const before = await runOn('2028-03-09');
    expect(before).toMatchObject({ RENEWAL_INVOICES: 0, CANCELLATIONS: 0 });
    expect(await invoicesOf(owner.id)).toHaveLength(1);
    const preview = ok(await t.gql(PREVIEW, { d: '2028-03-10' }, admin)).dailyRunPreview;
    expect(preview.cancellations).toEqual([{ id: request.id }]);
    expect(await jobsOf(id)).toEqual(['create']);

    const counts = await runOn('2028-03-10');
    expect(counts.CANCELLATIONS).toBe(1);
    await waitFor(async () => (await serviceOf(id)).status === 'CANCELLED', { what: 'the service cancelled through the module' });
    expect(await serviceOf(id)).toMatchObject({ status: 'CANCELLED', terminationDate: '2028-03-10' });
    expect(spam.domainCount(domain)).toBe(0);
    await waitFor(async () => (await requestOf(request.id)).status === 'COMPLETED', { what: 'the request completed' });
    expect((await events.next())?.data?.cancellationRequestChanged).toEqual({ change: 'COMPLETED', cancellationRequestId: request.id, serviceId: id, cancellationRequest: { id: request.id, status: 'COMPLETED' } });
    expect(ok(await t.gql(OPEN_REQUEST, { id }, owner.token)).service).toEqual({ cancellationRequest: null });
    // The same date twice: nothing more.
    expect(Object.entries(await runOn('2028-03-10')).filter(([, n]) => n !== 0)).toEqual([]);
    expect(await jobsOf(id)).toEqual(['create', 'terminate']);
    events.stop();
  }, 60_000);

  it('SV-12: an immediate cancellation ends at the next run; a service without a module ends at once; invoices billing other services stay', async () => {
    const owner = await client();
    const a = await service(owner.id, hosting, { registrationDate: '2028-02-05', nextDueDate: '2028-04-05' });
    const b = await service(owner.id, hosting, { registrationDate: '2028-02-05', nextDueDate: '2028-04-05' });
    expect((await runOn('2028-03-22')).RENEWAL_INVOICES).toBe(1);
    const request = ok(await t.gql(REQUEST, { i: { serviceId: a, type: 'IMMEDIATE', reason: 'Not needed' } }, owner.token)).requestCancellation;
    expect(request).toMatchObject({ terminatesOn: '2028-03-22', requestedOn: '2028-03-22' });
    // The invoice bills B too: it stays for staff.
    expect((await invoicesOf(owner.id)).map((i) => i.status)).toEqual(['UNPAID']);
    expect((await runOn('2028-03-23')).CANCELLATIONS).toBe(1);
    expect(await serviceOf(a)).toMatchObject({ status: 'CANCELLED', terminationDate: '2028-03-23' });
    expect((await serviceOf(b)).status).toBe('ACTIVE');
    expect((await requestOf(request.id)).status).toBe('COMPLETED');
    expect((await runOn('2028-03-23')).CANCELLATIONS).toBe(0);
  });

  it('SV-12: with CANCELLATION_CANCELS_UNPAID_INVOICES off the invoices stay; a withdrawn request lets the run invoice the due date again', async () => {
    const owner = await client();
    const id = await service(owner.id, hosting, { registrationDate: '2028-02-08', nextDueDate: '2028-04-08' });
    expect((await runOn('2028-03-25')).RENEWAL_INVOICES).toBe(1);
    t.config.automation.cancellationCancelsUnpaidInvoices = false;
    const first = ok(await t.gql(REQUEST, { i: { serviceId: id, type: 'END_OF_BILLING_PERIOD', reason: 'Too dear' } }, owner.token)).requestCancellation;
    expect((await invoicesOf(owner.id)).map((i) => i.status)).toEqual(['UNPAID']);
    expect(ok(await t.gql(WITHDRAW, { id: first.id }, owner.token)).withdrawCancellationRequest).toMatchObject({ status: 'WITHDRAWN', closedAt: expect.any(String) });
    expect(errorOf(await t.gql(WITHDRAW, { id: first.id }, owner.token)).code).toBe('CONFLICT');

    t.config.automation.cancellationCancelsUnpaidInvoices = true;
    const second = ok(await t.gql(REQUEST, { i: { serviceId: id, type: 'END_OF_BILLING_PERIOD', reason: 'Too dear after all' } }, owner.token)).requestCancellation;
    expect((await invoicesOf(owner.id)).map((i) => i.status)).toEqual(['CANCELLED']);
    expect((await runOn('2028-03-26')).RENEWAL_INVOICES).toBe(0);
    ok(await t.gql(WITHDRAW, { id: second.id }, owner.token));
    // The service goes on: the next run invoices its due date again.
    expect((await runOn('2028-03-27')).RENEWAL_INVOICES).toBe(1);
    expect((await invoicesOf(owner.id)).map((i) => `${i.status} ${i.dueDate}`).sort()).toEqual(['CANCELLED 2028-04-08', 'UNPAID 2028-04-08']);
    expect((await serviceOf(id)).status).toBe('ACTIVE');
  });

  it('SV-13: staff schedule termination at the end of the cycle: unpaid invoices cancelled, no renewal, terminated (not cancelled) on the due date', async () => {
    const owner = await client();
    const domain = domainName();
    const id = await filterService(owner.id, { domain, registrationDate: '2028-02-12', nextDueDate: '2028-04-12' });
    expect((await runOn('2028-03-29')).RENEWAL_INVOICES).toBe(1);
    t.config.automation.cancellationCancelsUnpaidInvoices = false; // staff's scheduling cancels them whatever the setting
    const scheduled = ok(await t.gql(SCHEDULE, { s: id, r: 'Abuse' }, admin)).scheduleServiceTermination;
    expect(scheduled).toMatchObject({ type: 'END_OF_BILLING_PERIOD', scheduledByStaff: true, requestedByStaff: true, reason: 'Abuse', terminatesOn: '2028-04-12' });
    expect((await invoicesOf(owner.id)).map((i) => i.status)).toEqual(['CANCELLED']);
    // No confirmation mail for a termination staff scheduled; the client may not withdraw it.
    expect(ok(await t.gql(EMAILS, { c: owner.id }, admin)).clientEmails.edges.filter((e) => e.node.type === 'cancellationRequested')).toEqual([]);
    expect(errorOf(await t.gql(WITHDRAW, { id: scheduled.id }, owner.token)).code).toBe('FORBIDDEN');
    expect((await runOn('2028-04-11')).CANCELLATIONS).toBe(0);
    expect((await runOn('2028-04-12')).CANCELLATIONS).toBe(1);
    await waitFor(async () => (await serviceOf(id)).status === 'TERMINATED', { what: 'the service terminated through the module' });
    expect(await serviceOf(id)).toMatchObject({ terminationDate: '2028-04-12' });
    expect(spam.domainCount(domain)).toBe(0);
    await waitFor(async () => (await requestOf(scheduled.id)).status === 'COMPLETED', { what: 'the scheduled termination completed' });
  }, 60_000);

  it('SV-12: with automatic processing off the run leaves requests to staff, and a Terminate by hand completes the request', async () => {
    const owner = await client();
    const id = await filterService(owner.id, { registrationDate: '2028-02-15', nextDueDate: '2028-05-15' });
    const request = ok(await t.gql(REQUEST, { i: { serviceId: id, type: 'IMMEDIATE', reason: 'Closing the shop' } }, owner.token)).requestCancellation;
    t.config.automation.autoProcessCancellations = false;
    expect((await runOn('2028-04-13')).CANCELLATIONS).toBe(0);
    expect(await jobsOf(id)).toEqual(['create']);
    ok(await t.gql(RUN_COMMAND, { s: id, c: 'terminate' }, admin));
    await waitFor(async () => (await serviceOf(id)).status === 'TERMINATED', { what: 'the service terminated by hand' });
    // The date is the injected clock's, not the machine's.
    expect((await serviceOf(id)).terminationDate).toBe('2028-04-13');
    await waitFor(async () => (await requestOf(request.id)).status === 'COMPLETED', { what: 'the request completed by the manual Terminate' });
  }, 60_000);

  it('SV-12 / SV-14: a fixed-term product is terminated through the module when its term has run out, once', async () => {
    const owner = await client();
    const domain = domainName();
    travelTo('2028-04-13');
    const id = await filterService(owner.id, { domain, registrationDate: '2028-03-20', nextDueDate: '2028-05-20' }, trialFilter);
    expect((await runOn('2028-04-18')).FIXED_TERM_TERMINATIONS).toBe(0);
    expect(ok(await t.gql(PREVIEW, { d: '2028-04-19' }, admin)).dailyRunPreview.fixedTermTerminations).toEqual([{ id }]);
    expect((await runOn('2028-04-19')).FIXED_TERM_TERMINATIONS).toBe(1);
    await waitFor(async () => (await serviceOf(id)).status === 'TERMINATED', { what: 'the fixed-term service terminated' });
    expect((await serviceOf(id)).terminationDate).toBe('2028-04-19');
    expect(spam.domainCount(domain)).toBe(0);
    expect((await runOn('2028-04-19')).FIXED_TERM_TERMINATIONS).toBe(0);
    expect(await jobsOf(id)).toEqual(['create', 'terminate']);
  }, 60_000);

  it('SV-12: parallel requests for one service: one wins, the others get CONFLICT', async () => {
    const owner = await client();
    const id = await service(owner.id, hosting, { registrationDate: '2028-03-01', nextDueDate: '2028-06-01' });
    const answers = await Promise.all([
      t.gql(REQUEST, { i: { serviceId: id, type: 'IMMEDIATE', reason: 'One' } }, owner.token),
      t.gql(REQUEST, { i: { serviceId: id, type: 'END_OF_BILLING_PERIOD', reason: 'Two' } }, owner.token),
      t.gql(REQUEST, { i: { serviceId: id, type: 'IMMEDIATE', reason: 'Three' } }, admin),
      t.gql(SCHEDULE, { s: id }, admin),
    ]);
    expect(answers.filter((res) => !res.errors)).toHaveLength(1);
    const refused = answers.filter((res) => res.errors);
    expect(refused.map((res) => [errorOf(res).code, reasonOf(res)])).toEqual([['CONFLICT', 'CANCELLATION_OPEN'], ['CONFLICT', 'CANCELLATION_OPEN'], ['CONFLICT', 'CANCELLATION_OPEN']]);
    expect(await sql('select count(*)::int as n from cancellation_request where service_id = ?', [keyOf(id)])).toEqual([{ n: 1 }]);
  });

  it('issue 16.5: staff list requests a page at a time, filtered by status and type', async () => {
    const all = ok(await t.gql(LIST, { first: 2 }, admin)).cancellationRequests;
    expect(all.edges).toHaveLength(2);
    expect(all.pageInfo.hasNextPage).toBe(true);
    const next = ok(await t.gql(LIST, { first: 100, after: all.pageInfo.endCursor }, admin)).cancellationRequests;
    expect(next.edges.length).toBe(all.totalCount - 2);
    const withdrawn = ok(await t.gql(LIST, { f: { status: ['WITHDRAWN'] } }, admin)).cancellationRequests;
    expect(withdrawn.totalCount).toBe(2);
    expect(withdrawn.edges.map((e) => e.node.status)).toEqual(['WITHDRAWN', 'WITHDRAWN']);
    const immediate = ok(await t.gql(LIST, { f: { type: ['IMMEDIATE'], status: ['COMPLETED'] } }, admin)).cancellationRequests;
    expect(immediate.edges.map((e) => e.node.type)).toEqual(immediate.edges.map(() => 'IMMEDIATE'));
    expect(immediate.totalCount).toBe(2);
  });

  it('issue 16.5: bad input and authorization on every new mutation change nothing', async () => {
    const owner = await client();
    const other = await client();
    const support = await t.staffToken(StaffRole.SUPPORT);
    const id = await service(owner.id, hosting, { nextDueDate: null, billingCycle: 'ONE_TIME' });
    const ended = await service(owner.id, hosting, { status: 'TERMINATED', nextDueDate: '2028-06-01' });
    const rows = await requestRows();

    // All problems of one input at once.
    const both = await t.gql(REQUEST, { i: { serviceId: id, type: 'END_OF_BILLING_PERIOD', reason: '   ', turnOffDomainAutoRenew: true } }, owner.token);
    expect(errorOf(both).code).toBe('BAD_USER_INPUT');
    const problems = (both.errors![0].extensions!.fields as { path: (string | number)[]; reason: string }[]).map((p) => `${p.path.at(-1)} ${p.reason}`).sort();
    expect(problems).toEqual(['reason VALUE_REQUIRED', 'turnOffDomainAutoRenew NO_MATCHING_DOMAIN', 'type NO_BILLING_PERIOD']);
    expect(reasonOf(await t.gql(REQUEST, { i: { serviceId: id, type: 'IMMEDIATE', reason: 'x'.repeat(1001) } }, owner.token))).toBe('VALUE_TOO_LONG');
    expect(reasonOf(await t.gql(REQUEST, { i: { serviceId: ended, type: 'IMMEDIATE', reason: 'Again' } }, owner.token))).toBe('INVALID_STATUS_TRANSITION');
    expect(errorOf(await t.gql(REQUEST, { i: { serviceId: 'not-an-id', type: 'IMMEDIATE', reason: 'R' } }, owner.token)).code).toBe('BAD_USER_INPUT');
    expect(errorOf(await t.gql(REQUEST, { i: { serviceId: id, type: 'LATER', reason: 'R' } as unknown as CancellationRequestInput /* invalid on purpose */ }, owner.token)).code).toBe('BAD_USER_INPUT');
    // Another client's service is not found; without a login nothing.
    expect(errorOf(await t.gql(REQUEST, { i: { serviceId: id, type: 'IMMEDIATE', reason: 'R' } }, other.token)).code).toBe('NOT_FOUND');
    expect(errorOf(await t.gql(REQUEST, { i: { serviceId: id, type: 'IMMEDIATE', reason: 'R' } })).code).toBe('UNAUTHENTICATED');

    expect(errorOf(await t.gql(SCHEDULE, { s: id }, owner.token)).code).toBe('FORBIDDEN');
    expect(reasonOf(await t.gql(SCHEDULE, { s: id }, support))).toBe('NO_BILLING_PERIOD');
    expect(reasonOf(await t.gql(SCHEDULE, { s: ended, r: 'x'.repeat(1001) }, support))).toBe('VALUE_TOO_LONG');
    expect(errorOf(await t.gql(SCHEDULE, { s: owner.id }, support)).code).toBe('NOT_FOUND');
    expect(await requestRows()).toBe(rows);

    // Staff hear of requests; a client's subscription is refused.
    const clientFeed = feed(t.ws(owner.token), CHANGED, {});
    expect((await clientFeed.next())?.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const request = ok(await t.gql(REQUEST, { i: { serviceId: id, type: 'IMMEDIATE', reason: 'Fine' } }, support)).requestCancellation;
    expect(request.requestedByStaff).toBe(true);
    expect(errorOf(await t.gql(WITHDRAW, { id: request.id }, other.token)).code).toBe('NOT_FOUND');
    expect(errorOf(await t.gql(WITHDRAW, { id: request.id })).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await t.gql(WITHDRAW, { id: id }, owner.token)).code).toBe('NOT_FOUND');
    expect((await requestOf(request.id)).status).toBe('OPEN');
    expect(errorOf(await t.gql(LIST, {}, owner.token)).code).toBe('FORBIDDEN');
    expect(ok(await t.gql(NODE, { id: request.id }, other.token)).node).toBeNull();
    expect(ok(await t.gql(NODE, { id: request.id }, owner.token)).node).toEqual({ __typename: 'CancellationRequest', id: request.id, status: 'OPEN' });
    expect(await clientFeed.next(500)).toBeUndefined();
    clientFeed.stop();
  });
});
