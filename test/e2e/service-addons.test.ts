/**
 * Issue 16 (SV-4, SV-7, SV-14) over the wire: an accepted order's addons
 * become records of their own on the service (Service.addons, node), the
 * daily run invoices them on their own cycles with the services they share
 * a due date with, paying moves their due dates once, and a termination by
 * the system (cancellation processing, through the module queue against the
 * SpamExperts test server) ends them while staff's manual Terminate does not.
 * The clock is stopped at 10:00 UTC of each simulated day.
 */
import { StaffRole } from '../../src/auth/staff-user.entity';
import { keyOf } from '../support/ids';
import { waitFor } from '../support/wait';
import { SpamExpertsTestServer } from '../servers/spamexperts-server';
import { ok, startTestApp, type TestApp } from '../support/test-app';
import { clientWithLogin, createProduct, createSpamFilterProduct, createSpamFilterServer, uniqueEmail } from '../support/fixtures';
import { graphql } from '../generated';

const CREATE_ADDON = graphql(`mutation AddonsCreateAddon($i: AddonInput!) { createAddon(input: $i) { id } }`);
const ADD_ORDER = graphql(`mutation AddonsAddOrder($i: AddOrderInput!) { addOrder(input: $i) { id items { id kind } } }`);
const ACCEPT = graphql(`mutation AddonsAccept($id: ID!) { acceptOrder(id: $id) { id status items { kind status service { id status } } } }`);
const UPDATE_SERVER = graphql(`mutation AddonsUpdateServer($id: ID!, $i: UpdateServerInput!) { updateServer(id: $id, input: $i) { id enabled } }`);
const UPDATE_SERVICE = graphql(`mutation AddonsUpdateService($id: ID!, $i: UpdateServiceInput!) { updateService(id: $id, input: $i) { id } }`);
const RUN_COMMAND = graphql(`mutation AddonsRunCommand($s: ID!, $c: String!) { runModuleCommand(serviceId: $s, command: $c) { id } }`);
const SCHEDULE = graphql(`mutation AddonsSchedule($s: ID!) { scheduleServiceTermination(serviceId: $s) { id } }`);
const WITHDRAW = graphql(`mutation AddonsWithdrawCancellation($id: ID!) { withdrawCancellationRequest(id: $id) { id status } }`);
const REQUEST = graphql(`mutation AddonsRequestCancellation($i: CancellationRequestInput!) { requestCancellation(input: $i) { id } }`);
graphql(`fragment ServiceAddonFields on ServiceAddon { id name status billingCycle registrationDate nextDueDate terminationDate
  firstPayment { amount currency } recurringAmount { amount currency } addon { id } service { id } }`);
const SERVICE = graphql(`query AddonsService($id: ID!) { service(id: $id) { id status nextDueDate addons { ...ServiceAddonFields } } }`);
const NODE = graphql(`query AddonsNode($id: ID!) { node(id: $id) { id ... on ServiceAddon { name status } } }`);
const INVOICES = graphql(`query AddonsInvoices($c: ID!) { invoices(filter: { clientId: $c }, first: 50, orderBy: { field: ISSUE_DATE, direction: ASC }) {
  edges { node { id status dueDate total { amount currency } lines { type description amount { amount } addon { id } } } } } }`);
const PAY = graphql(`mutation AddonsPay($id: ID!) { markInvoicePaid(id: $id) { id status } }`);
const ADD_CREDIT = graphql(`mutation AddonsAddCredit($i: CreditChangeInput!) { addCredit(input: $i) { id } }`);
const BALANCE = graphql(`query AddonsBalance($id: ID!) { client(id: $id) { creditBalance { amount } } }`);
const RUN = graphql(`mutation AddonsRun($d: LocalDate) { runDailyRun(date: $d) { status steps { name status count } errors { step subjectType message } } }`);
const PREVIEW = graphql(`query AddonsPreview($d: LocalDate!) { dailyRunPreview(date: $d) { invoices { dueDate total { amount } lines { service { id } description amount { amount } } } } }`);

describe('issue 16: service addons on their own cycles', () => {
  const spam = new SpamExpertsTestServer();
  let t: TestApp;
  let admin: string;
  let seq = 0;
  let web: string;
  let filter: string;
  let backups: string;
  let server: string;
  const travelTo = (date: string) => t.config.automation.clock.setTo(`${date}T10:00:00Z`);
  const sql = <T = any>(query: string, params: unknown[] = []) => t.app.orm.em.fork().getConnection().execute<T[]>(query, params);

  async function client() {
    return clientWithLogin(t, admin, { firstName: 'Addon', lastName: `A${++seq}`, email: uniqueEmail('addons'), currency: 'EUR' });
  }
  /** Staff add and accept an order of `productId` with a monthly and an annual Backups addon; returns the service once it is Active. */
  async function orderWithAddons(clientId: string, productId: string) {
    const order = ok(await t.gql(ADD_ORDER, { i: { clientId, noInvoice: true, cart: { domains: [], products: [{
      productId, cycle: 'MONTHLY', domain: `addons-${++seq}-${process.pid}.example`, serverId: productId === filter ? server : undefined,
      addons: [{ addonId: backups, cycle: 'MONTHLY' }, { addonId: backups, cycle: 'ANNUALLY' }],
    }] } } }, admin)).addOrder;
    const accepted = ok(await t.gql(ACCEPT, { id: order.id }, admin)).acceptOrder;
    const serviceId = accepted.items[0].service!.id;
    await waitFor(async () => (await serviceOf(serviceId)).status === 'ACTIVE', { what: 'the ordered service is active' });
    return serviceId;
  }
  const serviceOf = async (id: string, token = admin) => ok(await t.gql(SERVICE, { id }, token)).service!;
  const invoicesOf = async (clientId: string) => ok(await t.gql(INVOICES, { c: clientId }, admin)).invoices.edges.map((e) => e.node);
  const runOn = async (date: string) => {
    travelTo(date);
    const run = ok(await t.gql(RUN, { d: date }, admin)).runDailyRun;
    expect(run.errors).toEqual([]);
    expect(run.steps.every((s) => s.status === 'OK')).toBe(true);
    return Object.fromEntries(run.steps.map((s) => [s.name, s.count]));
  };

  beforeAll(async () => {
    await spam.start();
    t = await startTestApp({
      JOBS_POLL_MS: '50', INVOICE_DAYS_BEFORE_DUE: '14', PAYMENT_REMINDER_DAYS_BEFORE_DUE: '0', OVERDUE_REMINDER_DAYS: '0,0,0', SUSPEND_DAYS_OVERDUE: '0',
    });
    admin = await t.staffToken(StaffRole.ADMIN);
    travelTo('2028-01-10');
    web = await createProduct(t, admin, { name: 'Web', type: 'HOSTING', payType: 'RECURRING', prices: [{ currency: 'EUR', cycle: 'MONTHLY', amount: '10.00' }] });
    filter = await createSpamFilterProduct(t, admin, 'Spam filter', { payType: 'RECURRING', prices: [{ currency: 'EUR', cycle: 'MONTHLY', amount: '4.00' }] });
    backups = ok(await t.gql(CREATE_ADDON, { i: {
      name: 'Backups', payType: 'RECURRING', productIds: [web, filter],
      prices: [{ currency: 'EUR', cycle: 'MONTHLY', amount: '2.00' }, { currency: 'EUR', cycle: 'ANNUALLY', amount: '20.00' }],
    } }, admin)).createAddon.id;
    server = await createSpamFilterServer(t, admin, spam, { name: 'spamexperts-addons' });
  }, 60_000);
  afterAll(async () => {
    await t?.stop();
    await spam.stop();
  });

  let owner: { id: string; token: string };
  let serviceId: string;

  it('SV-4 / issue 16.1: accepting an order makes each addon a record on its service with its own cycle, next due date and status; staff and the owner see them, another client does not', async () => {
    owner = await client();
    serviceId = await orderWithAddons(owner.id, web);
    const { addons } = await serviceOf(serviceId);
    expect(addons).toEqual([
      expect.objectContaining({ name: 'Backups', status: 'ACTIVE', billingCycle: 'MONTHLY', registrationDate: '2028-01-10', nextDueDate: '2028-02-10', terminationDate: null,
        firstPayment: { amount: '2.00', currency: 'EUR' }, recurringAmount: { amount: '2.00', currency: 'EUR' }, addon: { id: backups }, service: { id: serviceId } }),
      expect.objectContaining({ name: 'Backups', status: 'ACTIVE', billingCycle: 'ANNUALLY', nextDueDate: '2029-01-10', recurringAmount: { amount: '20.00', currency: 'EUR' } }),
    ]);
    expect((await serviceOf(serviceId, owner.token)).addons.map((a) => a.id)).toEqual(addons.map((a) => a.id));
    expect(ok(await t.gql(NODE, { id: addons[0].id }, owner.token)).node).toEqual({ id: addons[0].id, name: 'Backups', status: 'ACTIVE' });

    const stranger = await client();
    expect(ok(await t.gql(NODE, { id: addons[0].id }, stranger.token)).node).toBeNull();
    expect(ok(await t.gql(SERVICE, { id: serviceId }, stranger.token)).service).toBeNull();
    expect(ok(await t.gql(NODE, { id: addons[0].id })).node).toBeNull();
  });

  it('SV-4: the addons of a service whose module create cannot run yet wait Pending with it, and become Active when the create succeeds', async () => {
    ok(await t.gql(UPDATE_SERVER, { id: server, i: { enabled: false } }, admin));
    const order = ok(await t.gql(ADD_ORDER, { i: { clientId: owner.id, noInvoice: true, cart: { domains: [], products: [{
      productId: filter, cycle: 'MONTHLY', domain: `addons-${++seq}-${process.pid}.example`, serverId: server, addons: [{ addonId: backups, cycle: 'MONTHLY' }],
    }] } } }, admin)).addOrder;
    // The service is created, but its create cannot be queued: the product item waits, and the addon waits Pending on the service.
    const first = ok(await t.gql(ACCEPT, { id: order.id }, admin)).acceptOrder;
    expect(first.items.map((i) => [i.kind, i.status, i.service?.status])).toEqual([['PRODUCT', 'PENDING', 'PENDING'], ['ADDON', 'ACCEPTED', undefined]]);
    const id = first.items[0].service!.id;
    expect((await serviceOf(id)).addons.map((a) => a.status)).toEqual(['PENDING']);
    ok(await t.gql(UPDATE_SERVER, { id: server, i: { enabled: true } }, admin));
    // Accepting again queues the create of the same service; its success makes the addon Active.
    const second = ok(await t.gql(ACCEPT, { id: order.id }, admin)).acceptOrder;
    expect(second.items[0].service!.id).toBe(id);
    await waitFor(async () => (await serviceOf(id)).status === 'ACTIVE', { what: 'the spam filter created' });
    expect((await serviceOf(id)).addons.map((a) => a.status)).toEqual(['ACTIVE']);
    // Accepting again created no second addon.
    expect((await sql<{ n: number }>('select count(*)::int as n from service_addon where service_id = ?', [keyOf(id)]))[0].n).toBe(1);
    // OR-2: the order's invoice pays the first cycle: the service is next due one cycle after it started, like its addon.
    expect(await serviceOf(id)).toMatchObject({ nextDueDate: '2028-02-10', addons: [expect.objectContaining({ nextDueDate: '2028-02-10' })] });
    // The next test follows the web service's invoices: this service's own renewals are left out.
    ok(await t.gql(UPDATE_SERVICE, { id, i: { nextDueDate: null } }, admin));
  });
  it('SV-4 / SV-7 / SV-3 / CR-3 / issue 16.2: addons are invoiced on their own cycles, with whatever else the client has due that day, once per due date; paying (also from credit) moves each due date once', async () => {
    const web = await serviceOf(serviceId);
    const domain = (await sql<{ domain: string }>('select domain from service where id = ?', [keyOf(serviceId)]))[0].domain;
    ok(await t.gql(UPDATE_SERVICE, { id: serviceId, i: { nextDueDate: '2028-02-10' } }, admin));
    expect(web.addons.map((a) => a.nextDueDate)).toEqual(['2028-02-10', '2029-01-10']);
    // The spam filter service of the test before has no due date of its own now; its monthly addon is due on the 10th too.
    const expected = [
      ['SERVICE', `Web - ${domain} (10/02/2028 - 09/03/2028)`, '10.00'],
      ['ADDON', `Backups - ${domain} (10/02/2028 - 09/03/2028)`, '2.00'],
      ['ADDON', expect.stringMatching(/^Backups - addons-.* \(10\/02\/2028 - 09\/03\/2028\)$/), '2.00'],
    ];
    const preview = ok(await t.gql(PREVIEW, { d: '2028-01-27' }, admin)).dailyRunPreview.invoices;
    expect(preview).toEqual([{ dueDate: '2028-02-10', total: { amount: '14.00' }, lines: expected.map(([, description, amount]) => ({ service: { id: expect.any(String) }, description, amount: { amount } })) }]);
    expect(preview[0].lines.slice(0, 2).map((l) => l.service!.id)).toEqual([serviceId, serviceId]);

    expect((await runOn('2028-01-26')).RENEWAL_INVOICES).toBe(0);
    expect((await runOn('2028-01-27')).RENEWAL_INVOICES).toBe(1);
    const [invoice] = await invoicesOf(owner.id);
    expect(invoice).toMatchObject({ status: 'UNPAID', dueDate: '2028-02-10', total: { amount: '14.00', currency: 'EUR' } });
    expect(invoice.lines.map((l) => [l.type, l.description, l.amount.amount])).toEqual(expected);
    expect(invoice.lines.map((l) => l.addon?.id ?? null)).toEqual([null, backups, backups]);
    // The same date again, and the next day: nothing more for these due dates.
    expect((await runOn('2028-01-27')).RENEWAL_INVOICES).toBe(0);
    expect((await runOn('2028-01-28')).RENEWAL_INVOICES).toBe(0);
    expect(await invoicesOf(owner.id)).toHaveLength(1);

    ok(await t.gql(PAY, { id: invoice.id }, admin));
    const paid = await serviceOf(serviceId);
    expect(paid.nextDueDate).toBe('2028-03-10');
    expect(paid.addons.map((a) => a.nextDueDate)).toEqual(['2028-03-10', '2029-01-10']);
    const claims = await sql<{ advanced: boolean }>('select advanced_at is not null as advanced from renewal_invoice_addon where invoice_id = ?', [keyOf(invoice.id)]);
    expect(claims.map((c) => c.advanced)).toEqual([true, true]);

    // The next month: the service and its monthly addon again; the annual addon only when its own due date comes.
    expect((await runOn('2028-02-25')).RENEWAL_INVOICES).toBe(1);
    const march = (await invoicesOf(owner.id))[1];
    expect(march).toMatchObject({ dueDate: '2028-03-10', total: { amount: '14.00' } });
    ok(await t.gql(PAY, { id: march.id }, admin));
    ok(await t.gql(UPDATE_SERVICE, { id: serviceId, i: { nextDueDate: '2029-02-10' } }, admin));
    await sql(`update service_addon set next_due_date = '2029-02-10' where billing_cycle = 'monthly'`);
    // CR-3: an invoice of addons alone is paid from the client's credit like any other renewal invoice.
    ok(await t.gql(ADD_CREDIT, { i: { clientId: owner.id, amount: '25.00', description: 'Goodwill' } }, admin));
    expect(await runOn('2028-12-27')).toMatchObject({ RENEWAL_INVOICES: 1, APPLY_CREDIT: 1 });
    const annual = (await invoicesOf(owner.id))[2];
    expect(annual).toMatchObject({ status: 'PAID', dueDate: '2029-01-10', total: { amount: '20.00' } });
    expect(annual.lines.map((l) => [l.type, l.description])).toEqual([['ADDON', `Backups - ${domain} (10/01/2029 - 09/01/2030)`]]);
    expect(ok(await t.gql(BALANCE, { id: owner.id }, admin)).client!.creditBalance!.amount).toBe('5.00');
    expect((await serviceOf(serviceId)).addons.map((a) => a.nextDueDate)).toEqual(['2029-02-10', '2030-01-10']);
  });
  it('SV-14: a termination by the system (a cancellation or a scheduled termination processed by the daily run) ends the addons with the service; staff\'s manual Terminate does not', async () => {
    travelTo('2029-01-05');
    const ended = (id: string) => serviceOf(id).then((s) => [s.status, ...s.addons.map((a) => [a.status, a.terminationDate])]);
    // A client's immediate cancellation of a service without a module: ended by the run at once, Cancelled with its addons.
    const cancelled = await orderWithAddons(owner.id, web);
    ok(await t.gql(REQUEST, { i: { serviceId: cancelled, type: 'IMMEDIATE', reason: 'Moving elsewhere' } }, owner.token));
    // Staff terminate a module service by hand: its addons live on.
    const manual = await orderWithAddons(owner.id, filter);
    ok(await t.gql(RUN_COMMAND, { s: manual, c: 'terminate' }, admin));
    await waitFor(async () => (await serviceOf(manual)).status === 'TERMINATED', { what: 'the manual terminate' });
    // Staff schedule the termination of a module service at its next due date: the run's Terminate goes through the module queue.
    const scheduled = await orderWithAddons(owner.id, filter);
    ok(await t.gql(UPDATE_SERVICE, { id: scheduled, i: { nextDueDate: '2029-01-06' } }, admin));
    ok(await t.gql(SCHEDULE, { s: scheduled }, admin));

    expect((await runOn('2029-01-05')).CANCELLATIONS).toBe(1);
    expect(await ended(cancelled)).toEqual(['CANCELLED', ['CANCELLED', '2029-01-05'], ['CANCELLED', '2029-01-05']]);
    expect(await ended(manual)).toEqual(['TERMINATED', ['ACTIVE', null], ['ACTIVE', null]]);
    expect(await ended(scheduled)).toEqual(['ACTIVE', ['ACTIVE', null], ['ACTIVE', null]]);

    expect((await runOn('2029-01-06')).CANCELLATIONS).toBe(1);
    await waitFor(async () => (await serviceOf(scheduled)).status === 'TERMINATED', { what: 'the run\'s terminate' });
    expect(await ended(scheduled)).toEqual(['TERMINATED', ['TERMINATED', '2029-01-06'], ['TERMINATED', '2029-01-06']]);
    // Ended addons are not invoiced any more.
    expect((await runOn('2029-01-25')).RENEWAL_INVOICES).toBe(0);
  });

  it('SV-12 / SV-14: a cancellation cancels the unpaid renewal invoice of the service and its own addons; withdrawn, the run invoices both again', async () => {
    travelTo('2029-01-26');
    const leaver = await client();
    const id = await orderWithAddons(leaver.id, web);
    expect((await serviceOf(id)).addons.map((a) => a.nextDueDate)).toEqual(['2029-02-26', '2030-01-26']);
    await runOn('2029-02-12');
    const [renewal] = await invoicesOf(leaver.id);
    expect(renewal).toMatchObject({ status: 'UNPAID', dueDate: '2029-02-26', total: { amount: '12.00' } });
    expect(renewal.lines.map((l) => l.type)).toEqual(['SERVICE', 'ADDON']);

    const request = ok(await t.gql(REQUEST, { i: { serviceId: id, type: 'END_OF_BILLING_PERIOD', reason: 'Moving elsewhere' } }, leaver.token)).requestCancellation;
    expect((await invoicesOf(leaver.id)).map((i) => i.status)).toEqual(['CANCELLED']);
    ok(await t.gql(WITHDRAW, { id: request.id }, leaver.token));
    await runOn('2029-02-13');
    const again = (await invoicesOf(leaver.id)).filter((i) => i.status === 'UNPAID');
    expect(again).toMatchObject([{ dueDate: '2029-02-26', total: { amount: '12.00' }, lines: [{ type: 'SERVICE' }, { type: 'ADDON', addon: { id: backups } }] }]);
  });
});
