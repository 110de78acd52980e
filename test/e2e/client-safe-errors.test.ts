/**
 * Issue 10.7: clients see client-safe errors. Module failures (which name
 * internal hosts, ports and modules) reach clients as one fixed sentence and a
 * stable code, staff see the detail; command refusals do not name modules or
 * staff commands; authorization comes before such checks; another tenant's
 * ids answer NOT_FOUND exactly like missing ids. Over HTTP and graphql-ws,
 * against the SpamExperts test server.
 */
import { idOf, keyOf } from '../support/ids';
import { StaffRole } from '../../src/auth/staff-user.entity';
import { CLIENT_SAFE_JOB_ERROR } from '../../src/provisioning/module-command.service';
import { SpamExpertsTestServer } from '../servers/spamexperts-server';
import { errorOf, nextEvents, ok, startTestApp, type Operation, type TestApp } from '../support/test-app';
import { subscribed } from '../support/subscription-feed';
import { whileResponsive } from '../support/responsive';
import { clientWithLogin, createService, createSpamFilterProduct, createSpamFilterServer, uniqueEmail } from '../support/fixtures';
import { graphql } from '../generated';

const UPDATE_SERVER = graphql(`mutation ClientSafeErrorsUpdateServer($id: ID!, $i: UpdateServerInput!) { updateServer(id: $id, input: $i) { id } }`);
const RUN = graphql(`mutation ClientSafeErrorsRun($s: ID!, $c: String!, $i: JSONObject) { runModuleCommand(serviceId: $s, command: $c, input: $i) { id status lastError errorCode } }`);
const JOB = graphql(`query ClientSafeErrorsJob($id: ID!) { moduleJob(id: $id) { id status lastError errorCode } }`);
const SERVICE = graphql(`query ClientSafeErrorsService($id: ID!) { service(id: $id) { id } }`);
const CLIENT = graphql(`query ClientSafeErrorsClient($id: ID!) { client(id: $id) { id } }`);
const CHANGED = graphql(`subscription ClientSafeErrorsChanged($id: ID) { serviceChanged(id: $id) { job { status error errorCode } } }`);

describe('issue 10.7: clients see client-safe errors', () => {
  const api = new SpamExpertsTestServer();
  let t: TestApp;
  let admin: string;
  let seq = 0;
  let serverId: string;
  let product: string;
  let otherProduct: string;
  let owner: { id: string; token: string };
  let other: { id: string; token: string };

  const sql = async (query: string, params: unknown[] = []) => t.app.orm.em.fork().getConnection().execute(query, params);
  /** Operator detail a client must never see. */
  const internals = () => new RegExp(['SpamExperts', 'spam-filter', 'spamexperts-1', '127\\.0\\.0\\.1', `:${api.port}\\b`, 'editRoutes \\('].join('|'), 'i');

  beforeAll(async () => {
    await api.start();
    t = await startTestApp({ JOBS_POLL_MS: '50', MODULE_RETRY_BASE_MS: '50', MODULE_MAX_ATTEMPTS: '3', MODULE_COMMAND_TIMEOUT_MS: '700' });
    admin = await t.staffToken(StaffRole.ADMIN);
    serverId = await createSpamFilterServer(t, admin, api);
    product = await createSpamFilterProduct(t, admin, 'Incoming filter');
    otherProduct = await createSpamFilterProduct(t, admin, 'Secret staff-only product');
    owner = await newClient();
    other = await newClient();
  });
  afterAll(async () => {
    await t?.stop();
    await api.stop();
  });

  const newClient = () => clientWithLogin(t, admin, { firstName: 'S', lastName: `E${++seq}`, email: uniqueEmail('cse'), currency: 'EUR' });
  const waitJob = async (id: string, statuses = ['succeeded', 'failed']) => {
    const end = Date.now() + 8000;
    for (;;) {
      const [row] = await sql('select status from module_job where id = ?', [keyOf(id)]);
      if (statuses.includes(row.status)) return row.status as string;
      if (Date.now() > end) throw new Error(`job ${id} still ${row.status}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  };
  const activeService = async () => {
    const domain = `cse${++seq}-${process.pid}.example`;
    const id = await createService(t, admin, { clientId: owner.id, productId: product, serverId, domain, billingCycle: 'MONTHLY', recurringAmount: '1.00' });
    await waitJob(ok(await t.gql(RUN, { s: id, c: 'create' }, admin)).runModuleCommand.id);
    return id;
  };
  const attack = <R, V>(query: Operation<R, V>, variables: V, token: string) => whileResponsive(t.url, () => t.gql(query, variables, token));

  it('issue 10.7: a failed job shows the client a fixed sentence and a code, staff the detail (moduleJob and serviceChanged)', async () => {
    const service = await activeService();
    const [asOwner, asStaff] = await subscribed(() => [nextEvents(t.ws(owner.token), CHANGED, { id: service }, 3, 8000), nextEvents(t.ws(admin), CHANGED, { id: service }, 3, 8000)], 2);
    api.failNext('error');
    const job = ok(await attack(RUN, { s: service, c: 'editRoutes', i: { destinations: ['mx.own.example'] } }, owner.token)).runModuleCommand;
    expect(await waitJob(job.id)).toBe('failed');

    const ownerEvents = await asOwner.done;
    expect(ownerEvents.map((e) => e.serviceChanged.job)).toEqual([
      { status: 'QUEUED', error: null, errorCode: null },
      { status: 'RUNNING', error: null, errorCode: null },
      { status: 'FAILED', error: CLIENT_SAFE_JOB_ERROR, errorCode: 'MODULE_ERROR' },
    ]);
    const staffFailed = (await asStaff.done)[2].serviceChanged.job;
    expect(staffFailed).toMatchObject({ status: 'FAILED', errorCode: 'MODULE_ERROR', error: expect.stringMatching(/^SpamExperts .*refused: The request could not be processed\.$/) });

    const seenByOwner = await attack(JOB, { id: job.id }, owner.token);
    expect(ok(seenByOwner).moduleJob).toEqual({ id: job.id, status: 'FAILED', lastError: CLIENT_SAFE_JOB_ERROR, errorCode: 'MODULE_ERROR' });
    expect(JSON.stringify(seenByOwner) + JSON.stringify(ownerEvents)).not.toMatch(internals());
    expect(ok(await t.gql(JOB, { id: job.id }, admin)).moduleJob!.lastError).toBe(staffFailed?.error);
  });

  it('issue 10.7: a timeout is TIMEOUT to the client while the job retries; a success clears the code', async () => {
    const service = await activeService();
    const asOwner = await subscribed(() => nextEvents(t.ws(owner.token), CHANGED, { id: service }, 5, 8000));
    api.failNext('timeout');
    const job = ok(await t.gql(RUN, { s: service, c: 'showRoutes' }, owner.token)).runModuleCommand;
    expect(await waitJob(job.id)).toBe('succeeded');
    const jobs = (await asOwner.done).map((e) => e.serviceChanged.job);
    expect(jobs.find((j) => j?.status === 'RETRYING')).toEqual({ status: 'RETRYING', error: CLIENT_SAFE_JOB_ERROR, errorCode: 'TIMEOUT' });
    expect(jobs.at(-1)).toEqual({ status: 'SUCCEEDED', error: null, errorCode: null });
    expect(ok(await t.gql(JOB, { id: job.id }, owner.token)).moduleJob).toMatchObject({ lastError: null, errorCode: null });
  });

  it('issue 10.7: a client is refused before any check that names the module, its staff commands, products or servers', async () => {
    const service = await activeService();
    const refusal = (command: string) => ({ code: 'FORBIDDEN', field: undefined, message: `Clients may not run the "${command}" command on this service` });
    // Built-in commands, unknown ones, prototype names and invalid input for a staff command: one answer for all.
    const attempts: [string, Record<string, unknown> | undefined][] = [
      ['suspend', { reason: 'x' }], ['nope', undefined], ['__proto__', undefined], ['constructor', undefined], ['changePackage', { productId: otherProduct }],
    ];
    for (const [command, input] of attempts) {
      const res = await attack(RUN, { s: service, c: command, i: input }, owner.token);
      expect(errorOf(res)).toEqual(refusal(command));
      expect(JSON.stringify(res)).not.toMatch(internals());
      expect(JSON.stringify(res)).not.toContain('Secret staff-only product');
    }
    // Staff get the detail.
    expect(errorOf(await t.gql(RUN, { s: service, c: 'nope' }, admin)).message).toMatch(/^Module spam-filter has no command "nope" \(commands: .*editRoutes/);

    // A disabled server or a command already running: the client learns that, not which server or which command.
    ok(await t.gql(UPDATE_SERVER, { id: serverId, i: { enabled: false } }, admin));
    try {
      const disabled = await attack(RUN, { s: service, c: 'showRoutes' }, owner.token);
      expect(errorOf(disabled)).toEqual({ code: 'BAD_USER_INPUT', field: 'server', message: 'The service cannot run commands right now; contact support' });
      expect(errorOf(await t.gql(RUN, { s: service, c: 'showRoutes' }, admin)).message).toBe('Server spamexperts-1 is disabled');
    } finally {
      ok(await t.gql(UPDATE_SERVER, { id: serverId, i: { enabled: true } }, admin));
    }
    api.failNext('timeout');
    const running = ok(await t.gql(RUN, { s: service, c: 'editRoutes', i: { destinations: ['mx.own.example'] } }, admin)).runModuleCommand;
    const busy = await attack(RUN, { s: service, c: 'showRoutes' }, owner.token);
    expect(errorOf(busy)).toEqual({ code: 'CONFLICT', field: 'serviceId', message: 'Another command is already running on this service' });
    expect(errorOf(await t.gql(RUN, { s: service, c: 'showRoutes' }, admin)).message).toMatch(new RegExp(`^A editRoutes command \\(job ${running.id}\\) is already`));
    await waitJob(running.id);
  });

  it('issue 10.7 / 13.4: for a client, another tenant\'s ids answer exactly like ids that do not exist (lookups null, mutations NOT_FOUND)', async () => {
    const service = await activeService();
    const job = ok(await t.gql(RUN, { s: service, c: 'showRoutes' }, owner.token)).runModuleCommand;
    await waitJob(job.id);
    const lookups: [Operation<unknown, { id: string }>, string, string][] = [
      [SERVICE, service, idOf('Service', 99999999)],
      [JOB, job.id, idOf('ModuleJob', 99999999)],
      [CLIENT, owner.id, idOf('Client', 99999999)],
    ];
    for (const [query, foreignId, missingId] of lookups) {
      const foreign = await attack(query, { id: foreignId }, other.token);
      ok(foreign);
      expect(foreign).toEqual(await t.gql(query, { id: missingId }, other.token));
    }
    const missing = idOf('Service', 99999999);
    const cases: [typeof RUN, { s: string; c: string }, { s: string; c: string }][] = [
      [RUN, { s: service, c: 'showRoutes' }, { s: missing, c: 'showRoutes' }],
    ];
    for (const [query, foreignVariables, missingVariables] of cases) {
      const foreign = errorOf(await attack(query, foreignVariables, other.token));
      const absent = errorOf(await t.gql(query, missingVariables, other.token));
      const foreignId = foreignVariables.s;
      expect(foreign.code).toBe('NOT_FOUND');
      expect({ ...foreign, message: foreign.message.replace(foreignId, missing) }).toEqual(absent);
    }
  });
});
