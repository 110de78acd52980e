/**
 * SV-3 / PM-3 end to end: GraphQL mutation → background job (Agenda on the
 * test database) → module call against the SpamExperts test server →
 * serviceChanged event → service status. Short timeouts and backoff via config.
 */
import { idOf, keyOf } from '../support/ids';
import { StaffRole } from '../../src/auth/staff-user.entity';
import { SpamExpertsTestServer } from '../servers/spamexperts-server';
import { errorOf, ok, nextEvents, startTestApp, type TestApp } from '../support/test-app';
import { subscribed } from '../support/subscription-feed';
import { waitFor } from '../support/wait';
import { clientWithLogin, createProduct, createService, createSpamFilterProduct, createSpamFilterServer, uniqueEmail } from '../support/fixtures';
import { graphql } from '../generated';
import type { CreateServiceInput } from '../generated/graphql';

const UPDATE_SERVER = graphql(`mutation ModuleCommandsUpdateServer($id: ID!, $i: UpdateServerInput!) { updateServer(id: $id, input: $i) { id } }`);
const RUN = graphql(`mutation ModuleCommandsRun($s: ID!, $c: String!, $i: JSONObject) { runModuleCommand(serviceId: $s, command: $c, input: $i) { id command status attempts lastError createdAt } }`);
const SERVICE = graphql(`query ModuleCommandsService($id: ID!) { service(id: $id) { id status username suspensionReason terminationDate lastModuleError moduleData product { id } } }`);
const QUEUE = graphql(`query ModuleCommandsQueue($f: ModuleQueueFilter) { moduleQueue(filter: $f, first: 50) { totalCount edges { node { id command status attempts lastError nextRunAt service { id } } } } }`);
const RETRY = graphql(`mutation ModuleCommandsRetry($id: ID!) { retryModuleJob(id: $id) { id status updatedAt } }`);
const CANCEL = graphql(`mutation ModuleCommandsCancel($id: ID!) { cancelModuleJob(id: $id) { id status updatedAt } }`);
const LOG = graphql(`query ModuleCommandsLog($s: ID!) { moduleLog(serviceId: $s) { command success error request response durationMs lines attempt } }`);
const CHANGED = graphql(`subscription ModuleCommandsChanged($id: ID) { serviceChanged(id: $id) { serviceId status job { id command status attempts error } } }`);
const SHAPE = graphql(`subscription ModuleCommandsChangedShape($id: ID) { serviceChanged(id: $id) { change at serviceId status service { id status } job { status } } }`);
const WITH_OUTPUT = graphql(`subscription ModuleCommandsChangedOutput($id: ID) { serviceChanged(id: $id) { job { status output } } }`);
const SET_STATUS = graphql(`mutation ModuleCommandsSetStatus($id: ID!, $i: UpdateServiceInput!) { updateService(id: $id, input: $i) { status } }`);
const JOB = graphql(`query ModuleCommandsJob($id: ID!) { moduleJob(id: $id) { id command status output service { id } } }`);

describe('module commands as background jobs (SV-3, PM-3)', () => {
  const api = new SpamExpertsTestServer();
  let t: TestApp;
  let admin: string;
  let seq = 0;
  let serverId: string;
  let productA: string;
  let productB: string;
  let owner: { id: string; token: string };
  let other: { id: string; token: string };

  const sql = async (query: string, params: unknown[] = []) => t.app.orm.em.fork().getConnection().execute(query, params);

  beforeAll(async () => {
    await api.start();
    t = await startTestApp({ JOBS_POLL_MS: '50', MODULE_RETRY_BASE_MS: '50', MODULE_MAX_ATTEMPTS: '3', MODULE_COMMAND_TIMEOUT_MS: '700' });
    admin = await t.staffToken(StaffRole.ADMIN);
    serverId = await createSpamFilterServer(t, admin, api);
    productA = await createSpamFilterProduct(t, admin, 'Incoming filter');
    productB = await createSpamFilterProduct(t, admin, 'Full filter', { productOptions: { incoming: true, outgoing: true, archiving: true } });
    owner = await newClient();
    other = await newClient();
  });
  afterAll(async () => {
    await t?.stop();
    await api.stop();
  });

  const newClient = () => clientWithLogin(t, admin, { firstName: 'M', lastName: `C${++seq}`, email: uniqueEmail('mc'), currency: 'EUR' });
  const newService = async (extra: Partial<CreateServiceInput> = {}) => {
    const domain = `mc${++seq}-${process.pid}.example`;
    const id = await createService(t, admin, { clientId: owner.id, productId: productA, serverId, domain, billingCycle: 'MONTHLY', recurringAmount: '1.00', ...extra });
    return { id, domain };
  };
  const run = async (serviceId: string, command: string, input?: Record<string, unknown>, token = admin) =>
    ok(await t.gql(RUN, { s: serviceId, c: command, i: input }, token)).runModuleCommand;
  const getService = async (id: string) => ok(await t.gql(SERVICE, { id }, admin)).service!;
  const jobStatus = async (id: string) => (await sql('select status, attempts, last_error from module_job where id = ?', [keyOf(id)]))[0] as { status: string; attempts: number; last_error: string | null };
  /** Waits until the job reaches a final state (or `status`). */
  const waitJob = (id: string, statuses = ['succeeded', 'failed', 'cancelled'], timeoutMs = 8000) =>
    waitFor(async () => {
      const row = await jobStatus(id);
      return statuses.includes(row.status) ? row : undefined;
    }, { what: `job ${id} to be ${statuses.join(' or ')}`, timeoutMs, intervalMs: 25 });
  const activeService = async () => {
    const svc = await newService();
    await waitJob((await run(svc.id, 'create')).id);
    expect((await getService(svc.id)).status).toBe('ACTIVE');
    return svc;
  };

  it('SV-3 / issue 13.7: create runs as a job: QUEUED → RUNNING → SUCCEEDED events (JOB_UPDATED until the service itself changes), status Active, the domain exists remotely', async () => {
    const svc = await newService();
    const ws = t.ws(admin);
    const [shaped, events] = await subscribed(() => [nextEvents(ws, SHAPE, { id: svc.id }, 3, 8000), nextEvents(ws, CHANGED, { id: svc.id }, 3, 8000)], 2);
    const job = await run(svc.id, 'create');
    expect(job).toMatchObject({ command: 'create', status: 'QUEUED', attempts: 0, lastError: null });
    const got = await events.done;
    expect(got.map((e) => e.serviceChanged.job?.status)).toEqual(['QUEUED', 'RUNNING', 'SUCCEEDED']);
    expect(got[2].serviceChanged).toMatchObject({ serviceId: svc.id, status: 'ACTIVE', job: { id: job.id, command: 'create', attempts: 1 } });
    const shapes = (await shaped.done).map((e) => e.serviceChanged);
    expect(shapes.map((e) => e.change)).toEqual(['JOB_UPDATED', 'JOB_UPDATED', 'UPDATED']);
    expect(shapes[2]).toMatchObject({ serviceId: svc.id, status: 'ACTIVE', service: { id: svc.id, status: 'ACTIVE' }, job: { status: 'SUCCEEDED' } });
    for (const e of shapes) expect(new Date(e.at).toISOString()).toBe(e.at);
    const service = await getService(svc.id);
    expect(service).toMatchObject({ status: 'ACTIVE', username: svc.domain, lastModuleError: null });
    expect(service.moduleData.domain).toBe(svc.domain);
    expect(api.domainCount(svc.domain)).toBe(1);
  });

  it('SV-3 / OR-4: an unsuspend that succeeds after staff cancelled the service leaves it Cancelled (not back to Active and billing); staff are told', async () => {
    const svc = await activeService();
    await waitJob((await run(svc.id, 'suspend', { reason: 'Abuse' })).id);
    const call = api.holdNext();
    try {
      const job = await run(svc.id, 'unsuspend');
      await call.arrived;
      // While the panel works on it, staff cancel the service.
      expect(ok(await t.gql(SET_STATUS, { id: svc.id, i: { status: 'CANCELLED' } }, admin)).updateService.status).toBe('CANCELLED');
      call.release();
      expect(await waitJob(job.id)).toMatchObject({ status: 'succeeded' });
    } finally {
      call.release();
    }
    expect(await getService(svc.id)).toMatchObject({
      status: 'CANCELLED',
      lastModuleError: 'unsuspend: done on the server after the service became cancelled, which it stays; check the account there',
    });
    expect(api.domain(svc.domain)!.whitelistedRecipients).not.toContain('*');
  });

  it('SV-3: suspend with a reason, unsuspend, changePackage and terminate change the service only after the module succeeded', async () => {
    const svc = await activeService();
    await waitJob((await run(svc.id, 'suspend', { reason: 'Abuse report #12' })).id);
    expect(await getService(svc.id)).toMatchObject({ status: 'SUSPENDED', suspensionReason: 'Abuse report #12' });
    expect(api.domain(svc.domain)!.whitelistedRecipients).toContain('*');

    await waitJob((await run(svc.id, 'unsuspend')).id);
    expect(await getService(svc.id)).toMatchObject({ status: 'ACTIVE', suspensionReason: null });
    expect(api.domain(svc.domain)!.whitelistedRecipients).not.toContain('*');

    await waitJob((await run(svc.id, 'suspend', { reason: '  ' })).id);
    expect(await getService(svc.id)).toMatchObject({ status: 'SUSPENDED', suspensionReason: null }); // blank: non-payment
    await waitJob((await run(svc.id, 'unsuspend')).id);

    await waitJob((await run(svc.id, 'changePackage', { productId: productB })).id);
    expect((await getService(svc.id)).product.id).toBe(productB);
    expect(api.domain(svc.domain)!.products).toEqual({ incoming: true, outgoing: true, archiving: true });

    await waitJob((await run(svc.id, 'terminate')).id);
    const ended = await getService(svc.id);
    expect(ended.status).toBe('TERMINATED');
    expect(ended.terminationDate).toBe(new Date().toISOString().slice(0, 10));
    expect(api.domainCount(svc.domain)).toBe(0);
  });

  it('CL-5: the client\'s status follows module results: create → Active, suspend → Inactive, unsuspend → Active', async () => {
    const holder = await newClient();
    const clientStatus = async () => (await sql('select status from client where id = ?', [keyOf(holder.id)]))[0].status;
    const svc = await newService({ clientId: holder.id });
    expect(await clientStatus()).toBe('inactive'); // a Pending service is not an active one
    await waitJob((await run(svc.id, 'create')).id);
    expect(await clientStatus()).toBe('active');
    await waitJob((await run(svc.id, 'suspend', { reason: '' })).id);
    expect(await clientStatus()).toBe('inactive');
    await waitJob((await run(svc.id, 'unsuspend')).id);
    expect(await clientStatus()).toBe('active');
  });

  it('PM-3: a failing remote leaves the status, fails the job with the error and writes a module log line without secrets', async () => {
    const svc = await newService();
    api.failNext('error');
    const job = await run(svc.id, 'create');
    const row = await waitJob(job.id);
    expect(row.status).toBe('failed');
    expect(row.attempts).toBe(1);
    const service = await getService(svc.id);
    expect(service.status).toBe('PENDING');
    expect(service.lastModuleError).toBe(`create: ${row.last_error}`);
    expect(api.domainCount(svc.domain)).toBe(0);

    const queue = ok(await t.gql(QUEUE, { f: { serviceId: svc.id } }, admin)).moduleQueue;
    expect(queue.edges.map((e) => e.node)).toEqual([expect.objectContaining({ id: job.id, status: 'FAILED', lastError: row.last_error })]);

    const log = ok(await t.gql(LOG, { s: svc.id }, admin)).moduleLog;
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ command: 'create', success: false, attempt: 1, response: null });
    expect(log[0].error).toBe(row.last_error);
    expect(log[0].request).toMatchObject({ command: 'create', domain: svc.domain, server: { id: keyOf(serverId) } });
    const stored = JSON.stringify(await sql('select * from module_log_entry')) + JSON.stringify(await sql('select * from module_job'));
    expect(stored).not.toContain(api.password);
  });

  it('SV-3: a retryable failure (HTTP 500) is RETRYING, then SUCCEEDED with exactly one remote domain', async () => {
    const svc = await newService();
    const ws = t.ws(admin);
    const events = await subscribed(() => nextEvents(ws, CHANGED, { id: svc.id }, 5, 8000));
    api.failNext('http-500');
    const job = await run(svc.id, 'create');
    const got = await events.done;
    expect(got.map((e) => e.serviceChanged.job?.status)).toEqual(['QUEUED', 'RUNNING', 'RETRYING', 'RUNNING', 'SUCCEEDED']);
    expect(got[2].serviceChanged.status).toBe('PENDING');
    expect(await jobStatus(job.id)).toMatchObject({ status: 'succeeded', attempts: 2 });
    expect((await getService(svc.id)).status).toBe('ACTIVE');
    expect(api.domainCount(svc.domain)).toBe(1);
    const log = ok(await t.gql(LOG, { s: svc.id }, admin)).moduleLog;
    expect(log.map((l) => [l.attempt, l.success])).toEqual([[2, true], [1, false]]);
    // The event of the retry carried the first attempt's error.
    expect(log[1].error).toMatch(/500/);
    expect(got[2].serviceChanged.job?.error).toBe(log[1].error);
  });

  it('SV-3: a create whose answer was lost (timeout after the work) is retried without creating the domain twice', async () => {
    const svc = await newService();
    api.failNext('apply-then-timeout', 1);
    const job = await run(svc.id, 'create');
    const row = await waitJob(job.id);
    expect(row).toMatchObject({ status: 'succeeded', attempts: 2 });
    expect(api.domainCount(svc.domain)).toBe(1);
    expect((await getService(svc.id)).status).toBe('ACTIVE');
  });

  it('SV-3: attempts are limited; staff retry a failed job from the queue and cancel another; both change updatedAt', async () => {
    const svc = await newService();
    // Every attempt gets an HTTP 500 (retryable) until the limit (3) is reached.
    const failing = setInterval(() => api.failNext('http-500'), 5);
    const job = await run(svc.id, 'create');
    const row = await waitJob(job.id);
    clearInterval(failing);
    api.failNext('http-500', 1_000_000); // disarmed: only after a million requests
    expect(row).toMatchObject({ status: 'failed', attempts: 3 });
    expect((await getService(svc.id)).status).toBe('PENDING');

    // A FAILED job does not block the service; retrying it runs it again with fresh attempts.
    // It failed long ago: the retry is a change now (a worker would otherwise take it for a job the queue lost).
    await sql(`update module_job set updated_at = now() - interval '1 hour' where id = ?`, [keyOf(job.id)]);
    const retriedAt = Date.now();
    const retried = ok(await t.gql(RETRY, { id: job.id }, admin)).retryModuleJob;
    expect(retried.status).toBe('QUEUED');
    expect(new Date(retried.updatedAt).getTime()).toBeGreaterThanOrEqual(retriedAt - 1000);
    expect(await waitJob(job.id)).toMatchObject({ status: 'succeeded', attempts: 1 });
    expect((await getService(svc.id)).status).toBe('ACTIVE');
    expect(errorOf(await t.gql(RETRY, { id: job.id }, admin)).code).toBe('CONFLICT');

    const svc2 = await newService();
    api.failNext('error');
    const failed = await run(svc2.id, 'create');
    await waitJob(failed.id);
    await sql(`update module_job set updated_at = now() - interval '1 hour' where id = ?`, [keyOf(failed.id)]);
    const cancelledAt = Date.now();
    const cancelled = ok(await t.gql(CANCEL, { id: failed.id }, admin)).cancelModuleJob;
    expect(cancelled.status).toBe('CANCELLED');
    expect(new Date(cancelled.updatedAt).getTime()).toBeGreaterThanOrEqual(cancelledAt - 1000);
    const queue = ok(await t.gql(QUEUE, { f: { serviceId: svc2.id } }, admin)).moduleQueue;
    expect(queue.totalCount).toBe(0);
    expect(errorOf(await t.gql(CANCEL, { id: failed.id }, admin)).code).toBe('CONFLICT');
    expect((await getService(svc2.id)).status).toBe('PENDING');
  });

  it('SV-3: a client cannot run built-in commands, runs a clientAllowed custom command on its own service only, and watches only its own services', async () => {
    const svc = await activeService();
    const forbidden = errorOf(await t.gql(RUN, { s: svc.id, c: 'suspend', i: { reason: 'x' } }, owner.token));
    expect(forbidden.code).toBe('FORBIDDEN');
    expect(errorOf(await t.gql(RUN, { s: svc.id, c: 'editRoutes', i: { destinations: ['mx.other.example'] } }, other.token))).toMatchObject({ code: 'NOT_FOUND', message: `Service ${svc.id} not found` });

    const [mine, theirs] = await subscribed(() => [nextEvents(t.ws(owner.token), CHANGED, {}, 3, 5000), nextEvents(t.ws(other.token), CHANGED, {}, 1, 2500)], 2);
    const job = await run(svc.id, 'editRoutes', { destinations: ['mx.own.example:2525'] }, owner.token);
    expect((await mine.done).map((e) => e.serviceChanged.job?.status)).toEqual(['QUEUED', 'RUNNING', 'SUCCEEDED']);
    expect(await theirs.done).toEqual([]);
    expect(await jobStatus(job.id)).toMatchObject({ status: 'succeeded' });
    expect(api.domain(svc.domain)!.routes).toEqual(['mx.own.example::2525']);
    // The module log and the queue are staff only.
    expect(errorOf(await t.gql(LOG, { s: svc.id }, owner.token)).code).toBe('FORBIDDEN');
    expect(errorOf(await t.gql(QUEUE, {}, owner.token)).code).toBe('FORBIDDEN');
  });

  it('SV-3: a custom command returns data to its caller: showRoutes output via moduleJob and serviceChanged; others cannot read the job', async () => {
    const svc = await activeService();
    await waitJob((await run(svc.id, 'editRoutes', { destinations: ['mx1.own.example', 'mx2.own.example:2526'] })).id);
    await waitJob((await run(svc.id, 'addAlias', { alias: `alias-${svc.domain}` })).id);
    const events = await subscribed(() => nextEvents(t.ws(owner.token), WITH_OUTPUT, { id: svc.id }, 3, 5000));
    const job = await run(svc.id, 'showRoutes', {}, owner.token);
    const expected = { domain: svc.domain, destinations: ['mx1.own.example:25', 'mx2.own.example:2526'], aliases: [`alias-${svc.domain}`] };
    expect((await events.done)[2].serviceChanged.job).toMatchObject({ status: 'SUCCEEDED', output: expected });
    expect(ok(await t.gql(JOB, { id: job.id }, owner.token)).moduleJob).toEqual({ id: job.id, command: 'showRoutes', status: 'SUCCEEDED', output: expected, service: { id: svc.id } });
    expect(ok(await t.gql(JOB, { id: job.id }, admin)).moduleJob).toMatchObject({ output: expected });
    expect(await t.gql(JOB, { id: job.id }, other.token)).toEqual({ status: 200, data: { moduleJob: null } });
    expect(await t.gql(JOB, { id: idOf('ModuleJob', 999999) }, admin)).toEqual({ status: 200, data: { moduleJob: null } });
    // Commands that return nothing for the caller have no output.
    const edit = await run(svc.id, 'editRoutes', { destinations: ['mx3.own.example'] });
    await waitJob(edit.id);
    expect(ok(await t.gql(JOB, { id: edit.id }, admin)).moduleJob).toMatchObject({ output: null });
  });

  it('SV-3: bad input is refused with a code and queues nothing: unknown command, invalid input, service without module, disabled server, overlapping command', async () => {
    const count = async () => (await sql('select count(*)::int as n from module_job'))[0].n;
    const before = await count();
    const svc = await newService();
    expect(errorOf(await t.gql(RUN, { s: svc.id, c: 'reboot' }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'command' });
    expect(errorOf(await t.gql(RUN, { s: svc.id, c: 'unsuspend' }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'command' });
    expect((await t.gql(RUN, { s: svc.id, c: 'create', i: { foo: 1 } }, admin)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: ['input', 'foo'] });
    expect(errorOf(await t.gql(RUN, { s: idOf('Service', 999999), c: 'create' }, admin)).code).toBe('NOT_FOUND');

    const plain = await createProduct(t, admin, { name: 'No automation', type: 'OTHER' });
    const manual = await createService(t, admin, { clientId: owner.id, productId: plain, billingCycle: 'MONTHLY', recurringAmount: '1.00' });
    expect(errorOf(await t.gql(RUN, { s: manual, c: 'create' }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'serviceId' });

    const active = await activeService();
    const afterActive = await count();
    expect(errorOf(await t.gql(RUN, { s: active.id, c: 'editRoutes', i: { destinations: 'nope' } }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'destinations' });
    expect(errorOf(await t.gql(RUN, { s: active.id, c: 'changePackage', i: { productId: plain } }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'productId' });

    ok(await t.gql(UPDATE_SERVER, { id: serverId, i: { enabled: false } }, admin));
    try {
      expect(errorOf(await t.gql(RUN, { s: svc.id, c: 'create' }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'server' });
    } finally {
      ok(await t.gql(UPDATE_SERVER, { id: serverId, i: { enabled: true } }, admin));
    }
    expect(await count()).toBe(afterActive);
    expect(afterActive).toBe(before + 1);

    // Overlap: the remote hangs, so the first command is still running when the second arrives.
    api.failNext('timeout');
    const first = await run(active.id, 'suspend', { reason: 'r' });
    expect(errorOf(await t.gql(RUN, { s: active.id, c: 'unsuspend' }, admin)).code).toBe('BAD_USER_INPUT'); // not suspended yet
    expect(errorOf(await t.gql(RUN, { s: active.id, c: 'terminate' }, admin))).toMatchObject({ code: 'CONFLICT', field: 'serviceId' });
    await waitJob(first.id);
  });
});
