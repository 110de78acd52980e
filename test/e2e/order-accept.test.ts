/**
 * Issue 14.4 (OR-2, OR-3) end to end: acceptOrder → services → module create
 * jobs (Agenda on the test database) against the SpamExperts test server →
 * the order's items follow their jobs. A server with a wrong password makes
 * one item fail; after staff fix the server, accepting again retries only it.
 */
import { StaffRole } from '../../src/auth/staff-user.entity';
import { keyOf } from '../support/ids';
import { SpamExpertsTestServer } from '../servers/spamexperts-server';
import { errorOf, ok, nextEvents, startTestApp, type TestApp } from '../support/test-app';
import { feed, subscribed } from '../support/subscription-feed';
import { waitFor } from '../support/wait';
import { freePort } from '../support/server-process';
import { holdRow, untilWaitingOnLocks } from '../support/row-locks';
import { CLIENT_SAFE_JOB_ERROR } from '../../src/provisioning/module-command.service';
import { clientWithLogin, createProduct, createSpamFilterProduct, createSpamFilterServer, uniqueEmail } from '../support/fixtures';
import { graphql } from '../generated';
import type { OrderAcceptGetQuery, OrderAcceptWatchSubscription } from '../generated/graphql';

graphql(`fragment OrderAcceptItem on OrderItem { id position kind status error service { id status } domain }`);
const ADD = graphql(`mutation OrderAcceptAdd($i: AddOrderInput!) { addOrder(input: $i) { id status items { ...OrderAcceptItem } } }`);
const ACCEPT = graphql(`mutation OrderAcceptAccept($id: ID!, $items: [AcceptItemInput!]) { acceptOrder(id: $id, items: $items) { id status items { ...OrderAcceptItem } } }`);
const GET = graphql(`query OrderAcceptGet($id: ID!) { order(id: $id) { id status items { ...OrderAcceptItem } } }`);
const WATCH = graphql(`subscription OrderAcceptWatch($id: ID!) { orderChanged(id: $id) { orderId change status at items { itemId position progress error } order { id } } }`);
const EMAILS = graphql(`query OrderAcceptEmails($c: ID!) { clientEmails(clientId: $c, first: 50) { edges { node { type language recipient body } } } }`);
const FRAUD = graphql(`mutation OrderAcceptFraud($id: ID!) { markOrderFraud(id: $id) { id status items { ...OrderAcceptItem } } }`);
const CREATE_ADDON = graphql(`mutation OrderAcceptCreateAddon($i: AddonInput!) { createAddon(input: $i) { id } }`);
const SERVICE_CHANGED = graphql(`subscription OrderAcceptServiceChanged($id: ID) { serviceChanged(id: $id) { change status } }`);
const SERVICE_ADDONS = graphql(`query OrderAcceptServiceAddons($id: ID!) { service(id: $id) { status addons { status } } }`);
const CANCEL = graphql(`mutation OrderAcceptCancel($id: ID!) { cancelOrder(id: $id) { id status items { ...OrderAcceptItem } } }`);
const SERVICE_ENDED = graphql(`query OrderAcceptServiceEnded($id: ID!) { service(id: $id) { status terminationDate addons { status terminationDate } } }`);
const SERVICE_JOB_CHANGED = graphql(`subscription OrderAcceptServiceJobChanged($id: ID) { serviceChanged(id: $id) { change status job { command status nextRunAt } } }`);
const SERVICE_LATE_CREATE = graphql(`query OrderAcceptServiceLateCreate($id: ID!) { service(id: $id) { status lastModuleError } }`);
const UPDATE_SERVER = graphql(`mutation OrderAcceptUpdateServer($id: ID!, $i: UpdateServerInput!) { updateServer(id: $id, input: $i) { id } }`);

describe('issue 14.4: accepting orders with partial failure (OR-2, OR-3)', () => {
  const api = new SpamExpertsTestServer();
  let t: TestApp;
  let admin: string;
  let good: string;
  let bad: string;
  let product: string;
  let client: { id: string; token: string; email: string };
  let other: string;

  const sql = async (query: string, params: unknown[] = []) => t.app.orm.em.fork().getConnection().execute(query, params);
  /** Polls the order (jobs run in the background) until `done` holds for it. */
  const until = (id: string, done: (order: NonNullable<OrderAcceptGetQuery['order']>) => boolean, what: string, token = admin) =>
    waitFor(async () => {
      const order = ok(await t.gql(GET, { id }, token)).order;
      return order && done(order) ? order : undefined;
    }, { what, intervalMs: 100 });

  /** The welcome emails in the client's outbox about `domain`. */
  const welcomes = async (domain: string) => ok(await t.gql(EMAILS, { c: client.id }, admin)).clientEmails.edges
    .map((e) => e.node).filter((mail) => mail.type === 'productWelcome' && mail.body.includes(`(${domain})`));

  beforeAll(async () => {
    await api.start();
    t = await startTestApp({ JOBS_POLL_MS: '50', MODULE_RETRY_BASE_MS: '50', MODULE_MAX_ATTEMPTS: '1' });
    admin = await t.staffToken(StaffRole.ADMIN);
    good = await createSpamFilterServer(t, admin, api, { name: 'spam-good' });
    bad = await createSpamFilterServer(t, admin, api, { name: 'spam-bad', password: 'wrong-password' });
    product = await createSpamFilterProduct(t, admin, 'Mail filter');
    client = await clientWithLogin(t, admin, { firstName: 'Ac', lastName: 'Cept', email: uniqueEmail('accept'), currency: 'EUR' });
    other = (await clientWithLogin(t, admin, { firstName: 'Ot', lastName: 'Her', email: uniqueEmail('other'), currency: 'EUR' })).token;
  });
  afterAll(async () => {
    await t?.stop();
    await api.stop();
  });

  it('OR-3 / issue 14.6: items that succeed are accepted, the failing one stays Pending with the module error (orderChanged shows every transition in order to staff and the owner, nothing to another client); after the fix, accepting again retries only it and the order becomes Active', async () => {
    const order = ok(await t.gql(ADD, { i: { clientId: client.id, noInvoice: true, cart: {
      products: [{ productId: product, cycle: 'FREE', domain: 'first.example', serverId: good }, { productId: product, cycle: 'FREE', domain: 'second.example', serverId: bad }],
      domains: [],
    } } }, admin)).addOrder;
    // Issue 14.6: subscribers that joined before acceptance: the owner and staff see every transition in order; another client sees nothing.
    const [owner, staff, stranger] = await subscribed(() => [
      nextEvents(t.ws(client.token), WATCH, { id: order.id }, 5, 20_000),
      nextEvents(t.ws(admin), WATCH, { id: order.id }, 5, 20_000),
      nextEvents(t.ws(other), WATCH, { id: order.id }, 1, 3_000),
    ], 3);
    const accepted = ok(await t.gql(ACCEPT, { id: order.id }, admin)).acceptOrder;
    expect(accepted.status).toBe('PENDING');
    expect(accepted.items.map((i) => i.service?.status)).toEqual(['PENDING', 'PENDING']);

    const settled = await until(order.id, (o) => o.items[0].status === 'ACCEPTED' && o.items[1].error != null, 'the first item accepted, the second failed');
    expect(settled.status).toBe('PENDING');
    expect(settled.items[0]).toMatchObject({ status: 'ACCEPTED', error: null, service: { status: 'ACTIVE' } });
    expect(settled.items[1]).toMatchObject({ status: 'PENDING', service: { status: 'PENDING' } });
    expect(settled.items[1].error).toMatch(/^create: .*credential/i);
    const progressOf = (events: OrderAcceptWatchSubscription[], position: number) => events.map((e) => e.orderChanged.items[position - 1].progress).filter((p, i, all) => i === 0 || p !== all[i - 1]);
    for (const feed of [await owner.done, await staff.done]) {
      expect(feed).toHaveLength(5);
      expect(feed.map((e) => [e.orderChanged.orderId, e.orderChanged.status, e.orderChanged.change, e.orderChanged.order])).toEqual(Array(5).fill([order.id, 'PENDING', 'ITEM_PROGRESS', { id: order.id }]));
      expect(progressOf(feed, 1)).toEqual(['QUEUED', 'RUNNING', 'DONE']);
      expect(progressOf(feed, 2)).toEqual(['QUEUED', 'RUNNING', 'FAILED']);
    }
    expect((await staff.done)[4].orderChanged.items.find((i) => i.progress === 'FAILED')?.error).toBe(settled.items[1].error);
    const failedForOwner = (await owner.done).flatMap((e) => e.orderChanged.items).find((i) => i.progress === 'FAILED');
    expect(failedForOwner?.error).toBe(CLIENT_SAFE_JOB_ERROR);
    expect(await stranger.done).toEqual([]);
    expect(api.domainCount('first.example')).toBe(1);
    expect(api.domainCount('second.example')).toBe(0);
    // The owning client sees the item's state, with a general sentence instead of the module's error.
    const seen = ok(await t.gql(GET, { id: order.id }, client.token)).order;
    expect(seen?.items[1].error).toBe(CLIENT_SAFE_JOB_ERROR);

    ok(await t.gql(UPDATE_SERVER, { id: bad, i: { settings: { username: api.username, password: api.password, defaultDestination: 'mail.hosting.example:2525' } } }, admin));
    ok(await t.gql(ACCEPT, { id: order.id }, admin));
    const active = await until(order.id, (o) => o.status === 'ACTIVE', 'the order active');
    expect(active.items.map((i) => [i.status, i.error, i.service?.status])).toEqual([['ACCEPTED', null, 'ACTIVE'], ['ACCEPTED', null, 'ACTIVE']]);
    expect(api.domainCount('second.example')).toBe(1);
    const jobs = await sql(`select service_id, count(*)::int as n from module_job where command = 'create' and service_id in (?, ?) group by service_id order by service_id`,
      [keyOf(active.items[0].service!.id), keyOf(active.items[1].service!.id)]);
    expect(jobs.map((r) => r.n)).toEqual([1, 2]); // the accepted item was not created twice
    expect(errorOf(await t.gql(ACCEPT, { id: order.id }, admin))).toMatchObject({ code: 'CONFLICT' });
    // SV-17: each created service sent its welcome email once (the retried item only after its create succeeded).
    for (const domain of ['first.example', 'second.example']) {
      expect((await welcomes(domain)).map((mail) => [mail.language, mail.recipient])).toEqual([['en', client.email]]);
    }
  });

  it('OR-2 / issue 15.1: items without a module are accepted at once; a domain needs a registrar, unless staff take it in hand (then it is handed over as a record); clients cannot accept', async () => {
    const plain = await createProduct(t, admin, { name: 'Consulting', type: 'OTHER' });
    await sql(`insert into tld_price (tld, currency_id, years, register_minor, renew_minor) select '.org', id, 1, 1000, 1000 from currency where code = 'EUR'`);
    const order = ok(await t.gql(ADD, { i: { clientId: client.id, noInvoice: true, cart: {
      products: [{ productId: plain, cycle: 'FREE' }], domains: [{ name: 'accepted.org', action: 'REGISTER', nameservers: ['ns1.example.net'] }],
    } } }, admin)).addOrder;
    expect(errorOf(await t.gql(ACCEPT, { id: order.id }, client.token))).toMatchObject({ code: 'FORBIDDEN' });
    // Neither the item nor the .org TLD names a registrar: the domain waits with the reason, the product is accepted.
    const waiting = ok(await t.gql(ACCEPT, { id: order.id }, admin)).acceptOrder;
    expect(waiting.status).toBe('PENDING');
    expect(waiting.items.map((i) => [i.status, i.error])).toEqual([
      ['ACCEPTED', null], ['PENDING', 'accept: accepted.org has no registrar: choose a registrar server for it, or set a default for its TLD'],
    ]);
    expect(await sql(`select count(*)::int as n from domain where name = 'accepted.org'`)).toEqual([{ n: 0 }]);
    // Staff register it by hand: the record is handed over without a registrar command.
    const accepted = ok(await t.gql(ACCEPT, { id: order.id, items: [{ itemId: waiting.items[1].id, runModuleCreate: false }] }, admin)).acceptOrder;
    expect(accepted.status).toBe('ACTIVE');
    expect(accepted.items.map((i) => [i.status, i.error])).toEqual([['ACCEPTED', null], ['ACCEPTED', null]]);
    const [domain] = await sql(`select status, nameservers, registrar from domain where name = 'accepted.org'`);
    expect(domain).toMatchObject({ status: 'pending', nameservers: ['ns1.example.net'], registrar: null });
    expect(await sql(`select count(*)::int as n from module_job j join domain d on d.id = j.domain_id where d.name = 'accepted.org'`)).toEqual([{ n: 0 }]);
  });

  it('OR-4 / OR-2 / SV-14: fraud on a partly accepted order stops the pending items: their services and addons are marked Fraud, watchers are told, and nothing more is created; an item accepted without email gets no welcome email', async () => {
    ok(await t.gql(UPDATE_SERVER, { id: bad, i: { settings: { username: api.username, password: 'wrong-again', defaultDestination: 'mail.hosting.example:2525' } } }, admin));
    const addonId = ok(await t.gql(CREATE_ADDON, { i: { name: 'Quarantine report', payType: 'FREE', productIds: [product] } }, admin)).createAddon.id;
    const order = ok(await t.gql(ADD, { i: { clientId: client.id, noInvoice: true, cart: {
      products: [
        { productId: product, cycle: 'FREE', domain: 'third.example', serverId: good },
        { productId: product, cycle: 'FREE', domain: 'fourth.example', serverId: bad, addons: [{ addonId, cycle: 'FREE' }] },
      ],
    } } }, admin)).addOrder;
    ok(await t.gql(ACCEPT, { id: order.id, items: [{ itemId: order.items[0].id, sendEmail: false }] }, admin));
    const partly = await until(order.id, (o) => o.items[0].status === 'ACCEPTED' && o.items[1].error != null, 'the first item accepted, the second failed');
    expect(await welcomes('third.example')).toEqual([]);
    const stopped = partly.items[1].service!.id;
    expect(ok(await t.gql(SERVICE_ADDONS, { id: stopped }, admin)).service).toEqual({ status: 'PENDING', addons: [{ status: 'PENDING' }] });
    const watched = await subscribed(() => feed(t.ws(admin), SERVICE_CHANGED, { id: stopped }));
    const fraud = ok(await t.gql(FRAUD, { id: order.id }, admin)).markOrderFraud;
    expect(fraud.status).toBe('FRAUD');
    expect(fraud.items.map((i) => [i.kind, i.status, i.service?.status])).toEqual([['PRODUCT', 'ACCEPTED', 'ACTIVE'], ['PRODUCT', 'CANCELLED', 'FRAUD'], ['ADDON', 'ACCEPTED', undefined]]);
    // The failed create's own event (published after its commit) may still come first.
    let event = await watched.next();
    if (event?.data?.serviceChanged.change === 'JOB_UPDATED') event = await watched.next();
    expect(event?.data?.serviceChanged).toEqual({ change: 'UPDATED', status: 'FRAUD' });
    watched.stop();
    expect(ok(await t.gql(SERVICE_ADDONS, { id: stopped }, admin)).service).toEqual({ status: 'FRAUD', addons: [{ status: 'FRAUD' }] });
    expect(errorOf(await t.gql(ACCEPT, { id: order.id }, admin))).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/FRAUD/) });
  });
});

describe('OR-4: cancelling an order while its create is under way', () => {
  const api = new SpamExpertsTestServer();
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    await api.start();
    // A failed create waits a minute before its next attempt: the order is cancelled in between.
    t = await startTestApp({ JOBS_POLL_MS: '50', MODULE_RETRY_BASE_MS: '60000', MODULE_MAX_ATTEMPTS: '3' });
    admin = await t.staffToken(StaffRole.ADMIN);
  });
  afterAll(async () => {
    await t?.stop();
    await api.stop();
  });

  it('OR-4 / SV-14: the retrying create is cancelled (its queue entry removed), the service and its addon are Cancelled as of today, and watchers see the cancelled job', async () => {
    // Nothing listens on the server's port: a retryable failure.
    const bad = await createSpamFilterServer(t, admin, { port: await freePort(), username: 'nobody', password: 'unused' }, { name: 'spam-unreachable' });
    const product = await createSpamFilterProduct(t, admin, 'Mail filter');
    const addonId = ok(await t.gql(CREATE_ADDON, { i: { name: 'Archive', payType: 'FREE', productIds: [product] } }, admin)).createAddon.id;
    const client = await clientWithLogin(t, admin, { firstName: 'Re', lastName: 'Try', email: uniqueEmail('retry'), currency: 'EUR' });
    const order = ok(await t.gql(ADD, { i: { clientId: client.id, noInvoice: true, cart: {
      products: [{ productId: product, cycle: 'FREE', domain: 'retrying.example', serverId: bad, addons: [{ addonId, cycle: 'FREE' }] }],
    } } }, admin)).addOrder;
    // Every service's events (this app has only this one), from before the service exists.
    const events = await subscribed(() => feed(t.ws(admin), SERVICE_JOB_CHANGED, {}));
    const service = ok(await t.gql(ACCEPT, { id: order.id }, admin)).acceptOrder.items[0].service!.id;
    // The worker tells of each step after its commit: the last before the cancel is the create waiting for its retry.
    for (let event = await events.next(20_000); event?.data?.serviceChanged.job?.status !== 'RETRYING'; event = await events.next(20_000)) {
      if (!event) throw new Error('The create did not fail into its retry');
    }

    const cancelled = ok(await t.gql(CANCEL, { id: order.id }, client.token)).cancelOrder;
    expect(cancelled.status).toBe('CANCELLED');
    expect((await events.next())?.data?.serviceChanged).toEqual({ change: 'UPDATED', status: 'CANCELLED', job: { command: 'create', status: 'CANCELLED', nextRunAt: null } });
    events.stop();
    const today = new Date().toISOString().slice(0, 10);
    expect(ok(await t.gql(SERVICE_ENDED, { id: service }, admin)).service).toEqual({
      status: 'CANCELLED', terminationDate: today, addons: [{ status: 'CANCELLED', terminationDate: today }],
    });
    const [job] = await t.app.orm.em.fork().getConnection().execute(`select status, next_run_at, updated_at > now() - interval '1 minute' as fresh, queue_job_id from module_job where service_id = ?`, [keyOf(service)]);
    expect(job).toEqual({ status: 'cancelled', next_run_at: null, fresh: true, queue_job_id: expect.any(String) });
    // Its retry's queue entry is gone with it, as when staff cancel a job.
    expect(await t.app.jobs.unfinished([job.queue_job_id])).toEqual(new Set());
  });

  it('OR-4 / issue 11.3: an order cancelled while its create succeeds: the worker and the cancellation both lock the client first, so neither deadlocks; the service stays cancelled', async () => {
    const server = await createSpamFilterServer(t, admin, api, { name: 'spam-slow' });
    const product = await createSpamFilterProduct(t, admin, 'Slow filter');
    const client = await clientWithLogin(t, admin, { firstName: 'Slow', lastName: 'Panel', email: uniqueEmail('slow'), currency: 'EUR' });
    const order = ok(await t.gql(ADD, { i: { clientId: client.id, noInvoice: true, cart: {
      products: [{ productId: product, cycle: 'FREE', domain: 'slow-panel.example', serverId: server }],
    } } }, admin)).addOrder;
    const call = api.holdNext();
    try {
      const service = ok(await t.gql(ACCEPT, { id: order.id }, admin)).acceptOrder.items[0].service!.id;
      await call.arrived;
      const sql = (query: string, params: unknown[] = []) => t.app.orm.em.fork().getConnection().execute(query, params);

      // Another transaction holds the order's row: the cancellation waits for it, then the panel answers and the worker
      // records the successful create while the cancellation still waits.
      const holder = await holdRow(t.app.orm, 'client_order', 'id', keyOf(order.id));
      const cancelling = t.gql(CANCEL, { id: order.id }, client.token);
      await untilWaitingOnLocks(t.app.orm, 1, 'the cancellation to wait for the order');
      call.release();
      await untilWaitingOnLocks(t.app.orm, 2, 'the worker to wait as well');
      await holder.release();

      expect(ok(await cancelling).cancelOrder.status).toBe('CANCELLED');
      const job = await waitFor(async () => (await sql(`select status from module_job where service_id = ? and status not in ('queued', 'running')`, [keyOf(service)]))[0],
        { what: 'the create to be recorded' });
      expect(job).toEqual({ status: 'succeeded' });
      expect(await sql(`select success from module_log_entry where service_id = ?`, [keyOf(service)])).toEqual([{ success: true }]);
      // The account now exists on the panel, but the cancelled order's service stays cancelled (not billed); staff are told.
      expect(ok(await t.gql(SERVICE_LATE_CREATE, { id: service }, admin)).service).toEqual({
        status: 'CANCELLED', lastModuleError: 'create: the account was created on the server after the service became cancelled; remove it there',
      });
    } finally {
      call.release(); // a failure before the release must not leave the worker's call (and the app's stop) waiting
    }
  });
});
