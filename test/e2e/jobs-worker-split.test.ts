/**
 * SV-3 deployment split: an API process with JOBS_WORKER=false only enqueues
 * module commands; a worker process on the same database runs them. Both are
 * real servers here, sharing one test database.
 */
import { keyOf } from '../support/ids';
import { StaffRole } from '../../src/auth/staff-user.entity';
import { SpamExpertsTestServer } from '../servers/spamexperts-server';
import { ok, startTestApp, type TestApp } from '../support/test-app';
import { pause, waitFor } from '../support/wait';
import { createClient, createService, createSpamFilterProduct, createSpamFilterServer, uniqueEmail } from '../support/fixtures';
import { graphql } from '../generated';

const RUN = graphql(`mutation WorkerSplitRun($s: ID!) { runModuleCommand(serviceId: $s, command: "create") { id status } }`);
const CANCEL = graphql(`mutation WorkerSplitCancel($id: ID!) { cancelModuleJob(id: $id) { id status } }`);
const SERVICE = graphql(`query WorkerSplitService($id: ID!) { service(id: $id) { status } }`);

describe('SV-3: JOBS_WORKER=false enqueues; a worker process on the same database runs the jobs', () => {
  const api = new SpamExpertsTestServer();
  let web: TestApp;
  let worker: TestApp | undefined;
  let admin: string;
  let seq = 0;

  const sql = (query: string, params: unknown[] = []) => web.app.orm.em.fork().getConnection().execute(query, params);
  const queueRows = async (moduleJobId: string) =>
    (await sql(`select count(*)::int as n from agenda_jobs where (data->>'moduleJobId')::int = ?`, [keyOf(moduleJobId)]))[0].n as number;
  const jobStatus = async (id: string) => (await sql('select status from module_job where id = ?', [keyOf(id)]))[0].status as string;

  beforeAll(async () => {
    await api.start();
    web = await startTestApp({ JOBS_WORKER: 'false', JOBS_POLL_MS: '50', MODULE_COMMAND_TIMEOUT_MS: '700' });
    admin = await web.staffToken(StaffRole.ADMIN);
  });
  afterAll(async () => {
    await worker?.stop();
    await web?.stop();
    await api.stop();
  });

  const newService = async () => {
    const serverId = await createSpamFilterServer(web, admin, api, { name: `spamexperts-${++seq}` });
    const productId = await createSpamFilterProduct(web, admin, `Filter ${seq}`);
    const { id: clientId } = await createClient(web, admin, { firstName: 'Split', lastName: 'Worker', email: uniqueEmail('split'), currency: 'EUR' });
    const domain = `split${seq}-${process.pid}.example`;
    const id = await createService(web, admin, { clientId, productId, serverId, domain, billingCycle: 'MONTHLY', recurringAmount: '1.00' });
    return { id, domain };
  };

  it('SV-3: without a worker the job waits QUEUED in the queue; cancelling it removes it from the queue', async () => {
    const waiting = await newService();
    const job = ok(await web.gql(RUN, { s: waiting.id }, admin)).runModuleCommand;
    expect(job.status).toBe('QUEUED');
    // On purpose: ten of the web process's poll intervals (JOBS_POLL_MS), in which a worker there would have taken the job.
    await pause(10 * web.config.jobsPollMs);
    expect(await jobStatus(job.id)).toBe('queued');
    expect(await queueRows(job.id)).toBe(1);
    expect(api.domainCount(waiting.domain)).toBe(0);

    const cancelled = await newService();
    const other = ok(await web.gql(RUN, { s: cancelled.id }, admin)).runModuleCommand;
    expect(await queueRows(other.id)).toBe(1);
    expect(ok(await web.gql(CANCEL, { id: other.id }, admin)).cancelModuleJob.status).toBe('CANCELLED');
    expect(await queueRows(other.id)).toBe(0);
  });

  it('SV-3: a worker process started on the same database runs what the API process queued', async () => {
    const svc = await newService();
    const job = ok(await web.gql(RUN, { s: svc.id }, admin)).runModuleCommand;
    // A short command timeout also keeps Agenda's lock keep-alive timer short after the run.
    worker = await startTestApp({ DATABASE_URL: web.config.databaseUrl!, JOBS_POLL_MS: '50', MODULE_COMMAND_TIMEOUT_MS: '700' });
    await waitFor(async () => (await jobStatus(job.id)) === 'succeeded', { what: 'the worker to run the job', timeoutMs: 10_000 }).catch(() => {});
    expect(await jobStatus(job.id)).toBe('succeeded');
    expect(ok(await web.gql(SERVICE, { id: svc.id }, admin)).service!.status).toBe('ACTIVE');
    expect(api.domainCount(svc.domain)).toBe(1);
  });
});
