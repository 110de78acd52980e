/**
 * Issue 11.3: no module job stays RUNNING for ever. Worker processes as an
 * operator runs them (`node dist/src/main.js`, JOBS_WORKER=true, on the test
 * database) run Plesk creates against the Plesk test server, and are killed
 * with SIGKILL in the middle of a create, stopped while a call outlasts the
 * stop's wait, or see their job marked failed by staff. The API is an
 * in-process server with JOBS_WORKER=false: it only queues.
 */
import { idOf, keyOf } from '../support/ids';
import { StaffRole } from '../../src/auth/staff-user.entity';
import { FakePleskServer } from '../servers/plesk/plesk-server';
import { buildServer, logMessages, start, type ServerProcess } from '../support/server-process';
import { errorOf, ok, startTestApp, TEST_SECRETS_KEY, type TestApp } from '../support/test-app';
import { pause, waitFor as waitUntil } from '../support/wait';
import { holdRow, untilWaitingOnLocks } from '../support/row-locks';
import { clientWithLogin, createPleskServer, createProduct, createService, uniqueEmail } from '../support/fixtures';
import { graphql } from '../generated';

const RUN = graphql(`mutation ModuleJobLeasesRunModuleCommand($s: ID!) { runModuleCommand(serviceId: $s, command: "create") { id status } }`);
const MARK_FAILED = graphql(`mutation ModuleJobLeasesMarkModuleJobFailed($id: ID!, $r: String!) { markModuleJobFailed(id: $id, reason: $r) { id status lastError leaseExpiresAt updatedAt } }`);
const RETRY = graphql(`mutation ModuleJobLeasesRetryModuleJob($id: ID!) { retryModuleJob(id: $id) { id status } }`);
const JOB = graphql(`query ModuleJobLeasesModuleJob($id: ID!) { moduleJob(id: $id) { status attempts lastError leaseExpiresAt } }`);
const SERVICE = graphql(`query ModuleJobLeasesService($id: ID!) { service(id: $id) { status lastModuleError } }`);
const LOG = graphql(`query ModuleJobLeasesModuleLog($s: ID!) { moduleLog(serviceId: $s) { job { id } attempt success error request lines } }`);

/** Short, so that a dead worker's jobs are taken over within seconds. */
const LEASE_MS = 1_000;

describe('issue 11.3: module jobs under leases, with worker processes that die or stop', () => {
  const plesk = new FakePleskServer();
  let api: TestApp;
  let admin: string;
  let serverId: string;
  let productId: string;
  let client: { id: string; token: string };
  let seq = 0;
  const workers: ServerProcess[] = [];

  const sql = (query: string, params: unknown[] = []) => api.app.orm.em.fork().getConnection().execute(query, params);
  const jobRows = async (ids: string[]) =>
    (await sql(`select id, status, attempts, last_error, lease_owner, lease_expires_at from module_job where id in (${ids.map(() => '?').join(', ')}) order by id`, ids.map(keyOf))) as {
      id: number; status: string; attempts: number; last_error: string | null; lease_owner: string | null; lease_expires_at: Date | null;
    }[];
  const runningJobs = async () => (await sql(`select count(*)::int as n from module_job where status = 'running'`))[0].n as number;
  // A wait that times out shows the workers' output.
  const waitFor = (what: string, check: () => boolean | Promise<boolean>, timeoutMs = 30_000) =>
    waitUntil(check, { what, timeoutMs }).catch((error: Error) => {
      throw new Error(`${error.message}\n${workers.map((w) => w.output().stdout + w.output().stderr).join('\n----\n')}`);
    });
  const requestsSince = (start: number, operation: string) => plesk.requests.slice(start).filter((r) => r === operation).length;

  const startWorker = async (env: Record<string, string> = {}) => {
    const worker = await start({
      PATH: process.env.PATH ?? '',
      DATABASE_URL: api.config.databaseUrl!,
      SECRETS_KEY: TEST_SECRETS_KEY,
      PORT: '0',
      DEMO_DATA: 'false',
      JOBS_WORKER: 'true',
      JOBS_POLL_MS: '100',
      MODULE_JOB_LEASE_MS: String(LEASE_MS),
      // Far longer than the tests: a call the Plesk server never answers runs until its worker dies or stops.
      MODULE_COMMAND_TIMEOUT_MS: '60000',
      MODULE_RETRY_BASE_MS: '50',
      MODULE_MAX_ATTEMPTS: '5',
      ...env,
    });
    workers.push(worker);
    return worker;
  };
  const kill9 = async (worker: ServerProcess) => {
    worker.child.kill('SIGKILL');
    expect((await worker.exit).signal).toBe('SIGKILL');
  };
  /** SIGTERM; resolves with the exit and how long it took. */
  const stop = async (worker: ServerProcess) => {
    const started = Date.now();
    worker.child.kill('SIGTERM');
    const exit = await worker.exit;
    return { ...exit, ms: Date.now() - started, stderr: worker.output().stderr };
  };

  const newService = async () => {
    const domain = `lease${++seq}-${process.pid}.example`;
    const id = await createService(api, admin, {
      clientId: client.id, productId, serverId, domain, password: 'Lease-pass-0001', billingCycle: 'MONTHLY', recurringAmount: '9.00',
    });
    const job = ok(await api.gql(RUN, { s: id }, admin)).runModuleCommand;
    expect(job.status).toBe('QUEUED');
    return { id, domain, jobId: job.id as string };
  };
  const webspaces = (domain: string) => [...plesk.webspaces.values()].filter((w) => w.name === domain);
  const customers = () => [...plesk.customers.values()].filter((c) => c.externalId === `hostbill:client:${keyOf(client.id)}`);

  beforeAll(async () => {
    await Promise.all([buildServer(), plesk.start()]);
    api = await startTestApp({ JOBS_WORKER: 'false', JOBS_POLL_MS: '100' });
    admin = await api.staffToken(StaffRole.ADMIN);
    serverId = await createPleskServer(api, admin, plesk, { name: 'plesk-leases' });
    productId = await createProduct(api, admin, { name: 'Lease hosting', type: 'HOSTING', module: 'plesk', productOptions: { planName: 'Starter' } });
    client = await clientWithLogin(api, admin, { firstName: 'Lease', lastName: 'Holder', email: uniqueEmail('leases'), currency: 'EUR' });
  }, 200_000);

  // A test that failed half-way must not leave a worker that runs the next test's jobs.
  afterEach(async () => {
    for (const worker of workers) if (worker.child.exitCode === null && worker.child.signalCode === null) worker.child.kill('SIGKILL');
    await Promise.all(workers.map((w) => w.exit));
  });
  afterAll(async () => {
    await api?.stop();
    await plesk.stop();
  });

  it('issue 11.3: staff mark a QUEUED job failed (no worker runs it); bad input and other statuses are refused with a code', async () => {
    const svc = await newService();
    expect(errorOf(await api.gql(MARK_FAILED, { id: svc.jobId, r: '   ' }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(errorOf(await api.gql(MARK_FAILED, { id: idOf('ModuleJob', 999999), r: 'gone' }, admin)).code).toBe('NOT_FOUND');
    expect(errorOf(await api.gql(MARK_FAILED, { id: svc.jobId, r: 'mine' }, client.token)).code).toBe('FORBIDDEN');
    expect(await jobRows([svc.jobId])).toMatchObject([{ status: 'queued' }]);
    const queued = async () => (await sql(`select count(*)::int as n from agenda_jobs where (data->>'moduleJobId')::int = ?`, [keyOf(svc.jobId)]))[0].n;
    expect(await queued()).toBe(1);

    await sql(`update module_job set updated_at = now() - interval '1 hour' where id = ?`, [keyOf(svc.jobId)]);
    const markedAt = Date.now();
    const marked = ok(await api.gql(MARK_FAILED, { id: svc.jobId, r: 'No worker is deployed yet' }, admin)).markModuleJobFailed;
    expect(marked).toEqual({ id: svc.jobId, status: 'FAILED', lastError: 'Marked failed by staff: No worker is deployed yet', leaseExpiresAt: null, updatedAt: expect.any(String) });
    expect(new Date(marked.updatedAt).getTime()).toBeGreaterThanOrEqual(markedAt - 1000);
    expect(await queued()).toBe(0); // nothing left for a worker to run
    expect(ok(await api.gql(SERVICE, { id: svc.id }, admin)).service).toEqual({ status: 'PENDING', lastModuleError: 'create: Marked failed by staff: No worker is deployed yet' });
    expect(errorOf(await api.gql(MARK_FAILED, { id: svc.jobId, r: 'again' }, admin))).toMatchObject({ code: 'CONFLICT', field: 'id' });
  });

  it('issue 11.3: workers killed (SIGKILL) mid-create twice in a row: each time the jobs are taken over once their lease ran out and retried with the same key; exactly one Plesk subscription each, none left RUNNING', async () => {
    const services = [await newService(), await newService(), await newService()];
    const ids = services.map((s) => s.jobId);

    // Worker 1 dies after Plesk made the subscriptions, before the answers arrive.
    for (const _ of services) plesk.failNext('apply-then-timeout', 'webspace/add');
    let mark = plesk.requests.length;
    const first = await startWorker();
    await waitFor('worker 1 to send the three webspace/add', () => requestsSince(mark, 'webspace/add') === 3);
    await kill9(first);
    for (const s of services) expect(webspaces(s.domain)).toHaveLength(1);
    // What used to block every later command on these services for ever.
    expect((await jobRows(ids)).map((j) => [j.status, j.attempts])).toEqual([['running', 1], ['running', 1], ['running', 1]]);

    // Worker 2 takes the jobs over and dies too, while its retries wait for Plesk's first answer.
    for (const _ of services) plesk.failNext('timeout', 'webspace/get');
    mark = plesk.requests.length;
    const second = await startWorker();
    await waitFor('worker 2 to retry the three creates', () => requestsSince(mark, 'webspace/get') === 3);
    await waitFor('the retries to run under worker 2', async () => (await jobRows(ids)).every((j) => j.status === 'running' && j.attempts === 2));
    // The lease is renewed while the call runs: waited out on purpose, one whole lease (MODULE_JOB_LEASE_MS) later it is still held.
    const [before] = await jobRows([ids[0]]);
    await pause(LEASE_MS);
    const [after] = await jobRows([ids[0]]);
    expect(after).toMatchObject({ status: 'running', attempts: 2, lease_owner: before.lease_owner });
    expect(new Date(after.lease_expires_at!).getTime()).toBeGreaterThan(new Date(before.lease_expires_at!).getTime());
    expect(new Date(after.lease_expires_at!).getTime()).toBeGreaterThan(Date.now());
    await kill9(second);

    // Worker 3 finishes them: the module adopts the subscriptions the first attempt made.
    const third = await startWorker();
    await waitFor('the three jobs to succeed', async () => (await jobRows(ids)).every((j) => j.status === 'succeeded'), 45_000);
    expect(await runningJobs()).toBe(0);
    expect((await jobRows(ids)).map((j) => ({ attempts: j.attempts, lease: j.lease_owner }))).toEqual(ids.map(() => ({ attempts: 3, lease: null })));
    for (const s of services) {
      expect(webspaces(s.domain)).toHaveLength(1);
      expect(ok(await api.gql(SERVICE, { id: s.id }, admin)).service).toEqual({ status: 'ACTIVE', lastModuleError: null });
    }
    expect(customers()).toHaveLength(1);

    const log = ok(await api.gql(LOG, { s: services[0].id }, admin)).moduleLog.filter((l) => l.job?.id === ids[0]).reverse();
    expect(log.map((l) => [l.attempt, l.success])).toEqual([[1, false], [2, false], [3, true]]);
    expect(log[0].error).toBe('The worker running attempt 1 stopped before it reported back (its lease ran out)');
    expect(log[1].error).toBe('The worker running attempt 2 stopped before it reported back (its lease ran out)');
    expect(log[2].request.idempotencyKey).toBe(`service-${keyOf(services[0].id)}-create-${keyOf(ids[0])}`);
    expect(log[2].lines.join('\n')).toContain('create adopts it');
    expect(plesk.schemaErrors).toEqual([]);

    const stopped = await stop(third);
    expect(stopped).toMatchObject({ code: 0, signal: null });
  }, 150_000);

  it('issue 11.3: a graceful stop waits JOBS_STOP_TIMEOUT_MS for a module call, then hands the job back; the next worker finishes it with one subscription, and a job left RUNNING from before leases', async () => {
    const svc = await newService();
    plesk.failNext('apply-then-timeout', 'webspace/add');
    const mark = plesk.requests.length;
    const worker = await startWorker({ JOBS_STOP_TIMEOUT_MS: '500' });
    await waitFor('the create to reach webspace/add', () => requestsSince(mark, 'webspace/add') === 1);

    const stopped = await stop(worker);
    expect(stopped).toMatchObject({ code: 0, signal: null, stderr: '' });
    expect(stopped.ms).toBeGreaterThanOrEqual(500);
    expect(stopped.ms).toBeLessThan(10_000);
    expect(await jobRows([svc.jobId])).toMatchObject([{
      status: 'retrying', attempts: 1, lease_owner: null, lease_expires_at: null,
      last_error: 'The worker stopped while the module call was running; handed back to be run again',
    }]);
    expect(ok(await api.gql(SERVICE, { id: svc.id }, admin)).service).toEqual({ status: 'PENDING', lastModuleError: null });

    // Jobs left RUNNING without a lease by a worker from before leases: one that has run for an hour is
    // recovered, a recent one is left to the worker that may still run it.
    const legacy = await newService();
    const recent = await newService();
    await sql(`update module_job set status = 'running', attempts = 1, updated_at = now() - interval '1 hour' where id = ?`, [keyOf(legacy.jobId)]);
    await sql(`update module_job set status = 'running', attempts = 1 where id = ?`, [keyOf(recent.jobId)]);

    const next = await startWorker();
    await waitFor('the handed-back job to succeed', async () => (await jobRows([svc.jobId]))[0].status === 'succeeded');
    expect(await jobRows([svc.jobId])).toMatchObject([{ attempts: 2, lease_owner: null }]);
    expect(webspaces(svc.domain)).toHaveLength(1);
    expect(ok(await api.gql(SERVICE, { id: svc.id }, admin)).service?.status).toBe('ACTIVE');

    await waitFor('the unleased old job to succeed', async () => (await jobRows([legacy.jobId]))[0].status === 'succeeded');
    expect(await jobRows([legacy.jobId])).toMatchObject([{ attempts: 2 }]);
    expect(webspaces(legacy.domain)).toHaveLength(1);
    expect(await jobRows([recent.jobId])).toMatchObject([{ status: 'running', attempts: 1, lease_owner: null }]);
    expect(webspaces(recent.domain)).toHaveLength(0);
    ok(await api.gql(MARK_FAILED, { id: recent.jobId, r: 'Its worker is gone' }, admin));
    expect(await runningJobs()).toBe(0);
    const stoppedNext = await stop(next);
    expect(stoppedNext).toMatchObject({ code: 0, signal: null });
    expect(logMessages(stoppedNext.stderr)).toEqual([`Module job ${keyOf(legacy.jobId)}: the worker running attempt 1 stopped reporting back; the attempt counts as failed`]);
  }, 120_000);

  it('issue 17.2: a QUEUED job the job queue lost (its entry gone, as when the process that queued it died right after the commit) is queued again by a worker and runs once', async () => {
    const service = await newService();
    const [row] = await sql('select queue_job_id from module_job where id = ?', [keyOf(service.jobId)]);
    expect(row.queue_job_id).toEqual(expect.any(String));
    expect(await sql('delete from agenda_jobs where id::text = ? returning id', [row.queue_job_id])).toHaveLength(1);
    const requestsBefore = plesk.requests.length;

    const worker = await startWorker();
    await waitFor('the lost job to run', async () => (await jobRows([service.jobId]))[0].status === 'succeeded');
    expect(await jobRows([service.jobId])).toMatchObject([{ status: 'succeeded', attempts: 1 }]);
    expect(webspaces(service.domain)).toHaveLength(1);
    expect(requestsSince(requestsBefore, 'webspace/add')).toBe(1);
    expect(logMessages(worker.output().stderr)).toContain(`Module job ${keyOf(service.jobId)} was not in the job queue; queued again`);
    await stop(worker);
  });

  it('issue 11.3: staff marking a job failed while its worker records the attempt: both lock the service before the job, so neither deadlocks', async () => {
    const svc = await newService();
    plesk.failNext('timeout', 'webspace/get');
    const mark = plesk.requests.length;
    // The call ends (timed out) within 2 s; no lease renewal, takeover or retry happens during the test.
    const worker = await startWorker({ MODULE_COMMAND_TIMEOUT_MS: '2000', MODULE_JOB_LEASE_MS: '60000', MODULE_RETRY_BASE_MS: '60000' });
    await waitFor('the create to hang at Plesk', () => requestsSince(mark, 'webspace/get') === 1);

    // Another transaction holds the job's row while the call times out: the worker, recording the attempt, waits for it…
    const holder = await holdRow(api.app.orm, 'module_job', 'id', keyOf(svc.jobId));
    await untilWaitingOnLocks(api.app.orm, 1, 'the worker to wait for the job');
    // …and so does staff's mark-failed; then the holder lets go.
    const marking = api.gql(MARK_FAILED, { id: svc.jobId, r: 'Stuck; checked by hand' }, admin);
    await untilWaitingOnLocks(api.app.orm, 2, 'staff to wait too');
    await holder.release();

    expect(ok(await marking).markModuleJobFailed).toMatchObject({ status: 'FAILED', lastError: 'Marked failed by staff: Stuck; checked by hand' });
    const attempts = ok(await api.gql(LOG, { s: svc.id }, admin)).moduleLog.filter((l: any) => l.job?.id === svc.jobId);
    expect(attempts).toMatchObject([{ attempt: 1, success: false, error: expect.stringMatching(/time limit/) }]);
    expect(await stop(worker)).toMatchObject({ code: 0, signal: null, stderr: '' });
  }, 60_000);

  it('issue 11.3: staff mark a RUNNING job failed while its call hangs: the worker lets go, the late answer is not applied, and a retry finishes it', async () => {
    const svc = await newService();
    plesk.failNext('timeout', 'webspace/get');
    const mark = plesk.requests.length;
    const worker = await startWorker();
    await waitFor('the create to hang at Plesk', () => requestsSince(mark, 'webspace/get') === 1);
    expect(ok(await api.gql(JOB, { id: svc.jobId }, admin)).moduleJob).toMatchObject({ status: 'RUNNING', attempts: 1, leaseExpiresAt: expect.any(String) });

    const marked = ok(await api.gql(MARK_FAILED, { id: svc.jobId, r: 'Plesk hangs; checked by hand' }, admin)).markModuleJobFailed;
    expect(marked).toMatchObject({ status: 'FAILED', lastError: 'Marked failed by staff: Plesk hangs; checked by hand' });
    // The worker notices at its next renewal, stops waiting for Plesk and only logs the attempt.
    const attemptLog = async () => ok(await api.gql(LOG, { s: svc.id }, admin)).moduleLog.filter((l: any) => l.job?.id === svc.jobId);
    await waitFor('the attempt to be logged', async () => (await attemptLog()).length === 1, 10_000);
    expect((await attemptLog())[0].error).toMatch(/^Not applied: the job was failed before this attempt reported back/);
    expect(ok(await api.gql(JOB, { id: svc.jobId }, admin)).moduleJob).toMatchObject({ status: 'FAILED', lastError: 'Marked failed by staff: Plesk hangs; checked by hand' });
    expect(ok(await api.gql(SERVICE, { id: svc.id }, admin)).service?.status).toBe('PENDING');
    expect(await runningJobs()).toBe(0);

    expect(ok(await api.gql(RETRY, { id: svc.jobId }, admin)).retryModuleJob.status).toBe('QUEUED');
    await waitFor('the retried job to succeed', async () => (await jobRows([svc.jobId]))[0].status === 'succeeded');
    expect(webspaces(svc.domain)).toHaveLength(1);
    expect(ok(await api.gql(SERVICE, { id: svc.id }, admin)).service).toEqual({ status: 'ACTIVE', lastModuleError: null });
    expect(await stop(worker)).toMatchObject({ code: 0, signal: null, stderr: '' });
  }, 120_000);
});
