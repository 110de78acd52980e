/**
 * SV-3 / PM-3 end to end with the Plesk module: GraphQL over HTTP →
 * runModuleCommand → background job → Plesk XML API over HTTPS against
 * FakePleskServer. Every check that a command did its work looks at the Plesk
 * server's own state (subscriptions, their system user and password), not only
 * at our database. The panel is reached by IP with a self-signed certificate
 * that names only its host name, trusted by its pinned fingerprint (issue 10).
 */
import { keyOf } from '../support/ids';
import { StaffRole } from '../../src/auth/staff-user.entity';
import { FakePleskServer, openPanelLink, type FakeWebspace } from '../servers/plesk/plesk-server';
import { errorOf, ok, startTestApp, type GraphQLResponse, type Operation, type TestApp } from '../support/test-app';
import { clientWithLogin, createPleskServer, createProduct, createService, uniqueEmail } from '../support/fixtures';
import { graphql } from '../generated';

const CREATE_SERVER = graphql(`mutation PleskCommandsCreateServer($i: CreateServerInput!) { createServer(input: $i) { id } }`);
const UPDATE_SERVICE = graphql(`mutation PleskCommandsUpdateService($id: ID!, $i: UpdateServiceInput!) { updateService(id: $id, input: $i) { id passwordSet } }`);
const RUN = graphql(`mutation PleskCommandsRunModuleCommand($s: ID!, $c: String!, $i: JSONObject) { runModuleCommand(serviceId: $s, command: $c, input: $i) { id command status attempts lastError } }`);
const SERVICE = graphql(`query PleskCommandsService($id: ID!) { service(id: $id) { id status domain username passwordSet lastModuleError moduleData } }`);
const QUEUE = graphql(`query PleskCommandsModuleQueue($f: ModuleQueueFilter) { moduleQueue(filter: $f, first: 50) { totalCount edges { node { id command status attempts lastError } } } }`);
const LOG = graphql(`query PleskCommandsModuleLog($s: ID!) { moduleLog(serviceId: $s) { job { id } command success error remoteCode request response lines attempt } }`);
const ACTIVITY = graphql(`query PleskCommandsActivityLog($f: ActivityFilter) { activityLog(filter: $f, first: 100) { edges { node { action targetType targetId client { id } details } } } }`);

const SAVED_PASSWORD = 'Saved-pass-0001';

describe('Plesk module commands end to end (SV-3, PM-3)', () => {
  const plesk = new FakePleskServer();
  let t: TestApp;
  let admin: string;
  let seq = 0;
  let serverId: string;
  let productId: string;
  let owner: { id: string; token: string };
  /** The raw body of every GraphQL response this file received (for the "never returned" checks). */
  const responses: string[] = [];

  const gql = async <T, V>(query: Operation<T, V>, variables?: V, token?: string): Promise<GraphQLResponse<T>> => {
    const res = await t.gql(query, variables, token);
    responses.push(JSON.stringify(res));
    return res;
  };
  /** The set-up helpers, sending through `gql` so that their responses are recorded too. */
  const recorded = { gql, clientToken: (email: string, password: string) => t.clientToken(email, password) };
  const sql = async (query: string, params: unknown[] = []) => t.app.orm.em.fork().getConnection().execute(query, params);

  beforeAll(async () => {
    await plesk.start();
    t = await startTestApp({ JOBS_POLL_MS: '50', MODULE_RETRY_BASE_MS: '50', MODULE_MAX_ATTEMPTS: '3', MODULE_COMMAND_TIMEOUT_MS: '1500' });
    admin = await t.staffToken(StaffRole.ADMIN);
    serverId = await createPleskServer(recorded, admin, plesk);
    productId = await createProduct(recorded, admin, { name: 'Web Starter', type: 'HOSTING', module: 'plesk', productOptions: { planName: 'Starter' } });
    owner = await clientWithLogin(recorded, admin, { firstName: 'Grace', lastName: 'Hopper', email: uniqueEmail('plesk'), currency: 'EUR' });
  });
  afterAll(async () => {
    await t?.stop();
    await plesk.stop();
  });

  /** A Pending Plesk service with a domain, a system user name and a saved password. */
  const newService = async (fields: Record<string, unknown> = {}) => {
    const n = ++seq;
    const domain = `pk${n}-${process.pid}.example`;
    const username = `pk${n}u${process.pid % 100000}`;
    const id = await createService(recorded, admin, {
      clientId: owner.id, productId, serverId, domain, username, password: SAVED_PASSWORD,
      billingCycle: 'MONTHLY', recurringAmount: '9.00', ...fields,
    });
    return { id, domain, username };
  };
  const run = async (serviceId: string, command: string, input?: Record<string, unknown>) =>
    ok(await gql(RUN, { s: serviceId, c: command, i: input }, admin)).runModuleCommand;
  const getService = async (id: string) => ok(await gql(SERVICE, { id }, admin)).service!;
  const jobCount = async () => (await sql('select count(*)::int as n from module_job'))[0].n as number;
  /** Waits until the job is final; returns its row. */
  const waitJob = async (id: string, timeoutMs = 10000) => {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const [row] = await sql('select status, attempts, last_error, input from module_job where id = ?', [keyOf(id)]);
      if (['succeeded', 'failed', 'cancelled'].includes(row.status)) return row;
      if (Date.now() > end) throw new Error(`job ${id} still ${row.status}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  };
  const webspace = (domain: string): FakeWebspace => {
    const found = plesk.webspaceByName(domain);
    if (!found) throw new Error(`no subscription ${domain} on the Plesk server`);
    return found;
  };
  const activeService = async () => {
    const svc = await newService();
    expect(await waitJob((await run(svc.id, 'create')).id)).toMatchObject({ status: 'succeeded' });
    expect((await getService(svc.id)).status).toBe('ACTIVE');
    return svc;
  };
  /** Changes the password on the Plesk side behind our back, so a later resend is visible there. */
  const drift = (domain: string) => {
    webspace(domain).ftpPassword = `drifted-${++seq}`;
  };

  it('SV-3/issue 10: create through the queue (panel reached by IP, certificate pinned) makes the subscription with the service\'s domain, system user and saved password; status ACTIVE', async () => {
    const svc = await newService();
    expect(plesk.webspaceByName(svc.domain)).toBeUndefined();
    const job = await run(svc.id, 'create');
    expect(job).toMatchObject({ command: 'create', status: 'QUEUED', attempts: 0, lastError: null });
    expect(await waitJob(job.id)).toMatchObject({ status: 'succeeded', attempts: 1 });

    const remote = webspace(svc.domain);
    expect(remote).toMatchObject({ ftpLogin: svc.username, ftpPassword: SAVED_PASSWORD, status: 0, externalId: `hostbill:service:${keyOf(svc.id)}` });
    expect(plesk.planName(remote.planGuid)).toBe('Starter');
    expect([...plesk.webspaces.values()].filter((w) => w.name === svc.domain)).toHaveLength(1);
    const customer = plesk.customers.get(remote.ownerId)!;
    expect(customer.externalId).toBe(`hostbill:client:${keyOf(owner.id)}`);

    const service = await getService(svc.id);
    expect(service).toMatchObject({ status: 'ACTIVE', domain: svc.domain, username: svc.username, passwordSet: true, lastModuleError: null });
    expect(service.moduleData).toMatchObject({ pleskWebspaceId: String(remote.id), pleskCustomerId: String(remote.ownerId), pleskPlanName: 'Starter' });
    expect(plesk.schemaErrors).toEqual([]);
  });

  it('SV-3: create without a username gives the subscription a generated system user and saves it on the service', async () => {
    const svc = await newService({ username: null });
    expect(await waitJob((await run(svc.id, 'create')).id)).toMatchObject({ status: 'succeeded' });
    const remote = webspace(svc.domain);
    expect(remote.ftpLogin).toMatch(/^[a-z][a-z0-9]{1,15}$/);
    expect(remote.ftpPassword).toBe(SAVED_PASSWORD);
    expect((await getService(svc.id)).username).toBe(remote.ftpLogin);
  });

  it('SV-3: changePassword with a new password sets it on Plesk, saves it, and never shows it in a response, the module log or the activity log', async () => {
    const svc = await activeService();
    const newPassword = `N3w-Secret-${process.pid}-${Date.now()}`;
    const firstResponse = responses.length;

    const job = await run(svc.id, 'changePassword', { password: newPassword });
    expect(job).toMatchObject({ command: 'changePassword', status: 'QUEUED' });
    const row = await waitJob(job.id);
    expect(row).toMatchObject({ status: 'succeeded', attempts: 1, last_error: null });
    expect(webspace(svc.domain).ftpPassword).toBe(newPassword);
    // Kept encrypted in the job, never in plain text.
    expect(JSON.stringify(row.input)).not.toContain(newPassword);
    expect(typeof row.input.passwordEncrypted).toBe('string');

    const service = await getService(svc.id);
    expect(service).toMatchObject({ status: 'ACTIVE', passwordSet: true, lastModuleError: null });

    // It became the saved password: a resend without input sends the new one, not the old.
    drift(svc.domain);
    expect(await waitJob((await run(svc.id, 'changePassword')).id)).toMatchObject({ status: 'succeeded' });
    expect(webspace(svc.domain).ftpPassword).toBe(newPassword);

    const log = ok(await gql(LOG, { s: svc.id }, admin)).moduleLog;
    const changes = log.filter((l) => l.command === 'changePassword');
    expect(changes).toHaveLength(2);
    expect(changes.every((l) => l.success)).toBe(true);
    expect(changes.map((l) => l.request.input)).toEqual([{ newPassword: false }, { newPassword: true }]); // newest first
    expect(changes[1].job?.id).toBe(job.id);
    expect(changes[1].lines.join('\n')).toContain('webspace/set');

    const activity = ok(await gql(ACTIVITY, { f: { clientId: owner.id } }, admin)).activityLog.edges.map((e) => e.node);
    const mine = activity.filter((a) => a.targetType === 'Service' && a.targetId === svc.id);
    expect(mine.map((a) => a.action)).toEqual(expect.arrayContaining(['service.moduleCommand', 'service.moduleCommand.succeeded']));
    expect(mine.some((a) => a.details?.command === 'changePassword' && a.details?.jobId === job.id)).toBe(true);

    const seen = responses.slice(firstResponse); // run, service, run, moduleLog, activityLog
    expect(seen.length).toBeGreaterThanOrEqual(5);
    for (const body of seen) expect(body).not.toContain(newPassword);
    const stored = JSON.stringify(await sql('select * from module_log_entry')) + JSON.stringify(await sql('select * from activity_log_entry'));
    expect(stored).not.toContain(newPassword);
    expect(stored).not.toContain(SAVED_PASSWORD);
  });

  it('SV-3: changePassword without input re-sends the saved password to Plesk', async () => {
    const svc = await activeService();
    drift(svc.domain);
    expect(webspace(svc.domain).ftpPassword).not.toBe(SAVED_PASSWORD);
    const before = plesk.requests.length;

    const job = await run(svc.id, 'changePassword');
    expect(await waitJob(job.id)).toMatchObject({ status: 'succeeded', attempts: 1 });
    expect(plesk.requests.slice(before)).toEqual(['webspace/set']);
    expect(webspace(svc.domain).ftpPassword).toBe(SAVED_PASSWORD);
    expect(await getService(svc.id)).toMatchObject({ status: 'ACTIVE', passwordSet: true });
  });

  it('PM-3: a changePassword Plesk refuses fails the job with the Plesk error and keeps the old saved password and the status', async () => {
    const svc = await activeService();
    const rejected = `Rejected-pass-${Date.now()}`;
    plesk.failNext('error', 'webspace/set');

    const job = await run(svc.id, 'changePassword', { password: rejected });
    const row = await waitJob(job.id);
    expect(row).toMatchObject({ status: 'failed', attempts: 1 }); // a refusal is final, not retried
    expect(row.last_error).toBe('Plesk refused webspace/set: Operation failed. [1023]');
    expect(webspace(svc.domain).ftpPassword).toBe(SAVED_PASSWORD); // nothing applied on Plesk

    const service = await getService(svc.id);
    expect(service).toMatchObject({ status: 'ACTIVE', passwordSet: true, lastModuleError: `changePassword: ${row.last_error}` });
    const queue = ok(await gql(QUEUE, { f: { serviceId: svc.id } }, admin)).moduleQueue;
    expect(queue.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({ id: job.id, command: 'changePassword', status: 'FAILED', attempts: 1, lastError: row.last_error }),
    ]);
    const [entry] = ok(await gql(LOG, { s: svc.id }, admin)).moduleLog;
    expect(entry).toMatchObject({ command: 'changePassword', success: false, error: row.last_error, remoteCode: '1023', response: null });

    // The refused password did not become the saved one: a resend sends the old password.
    drift(svc.domain);
    const resend = await run(svc.id, 'changePassword');
    expect(await waitJob(resend.id)).toMatchObject({ status: 'succeeded' });
    expect(webspace(svc.domain).ftpPassword).toBe(SAVED_PASSWORD);
    expect(await getService(svc.id)).toMatchObject({ status: 'ACTIVE', lastModuleError: null });
    for (const body of responses) expect(body).not.toContain(rejected);
  });

  it('SV-3: a changePassword retried after a passing failure (HTTP 500) still sends the new password and saves it', async () => {
    const svc = await activeService();
    const newPassword = `Retried-pass-${Date.now()}`;
    plesk.failNext('http-500', 'webspace/set');
    const job = await run(svc.id, 'changePassword', { password: newPassword });
    expect(await waitJob(job.id)).toMatchObject({ status: 'succeeded', attempts: 2 });
    expect(webspace(svc.domain).ftpPassword).toBe(newPassword);

    drift(svc.domain);
    expect(await waitJob((await run(svc.id, 'changePassword')).id)).toMatchObject({ status: 'succeeded' });
    expect(webspace(svc.domain).ftpPassword).toBe(newPassword);
  });

  it('SV-3: bad changePassword input is refused with a code and queues nothing; a client may not run it', async () => {
    const svc = await activeService();
    const before = await jobCount();
    const requests = plesk.requests.length;

    expect(errorOf(await gql(RUN, { s: svc.id, c: 'changePassword', i: { password: 'Short-7' } }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    expect(errorOf(await gql(RUN, { s: svc.id, c: 'changePassword', i: { password: 'x'.repeat(201) } }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    expect(errorOf(await gql(RUN, { s: svc.id, c: 'changePassword', i: { password: 12345678 } }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    expect(errorOf(await gql(RUN, { s: svc.id, c: 'changePassword', i: { passwd: 'Long-enough-1' } }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'passwd' });
    expect(errorOf(await gql(RUN, { s: svc.id, c: 'changePassword', i: { password: 'Client-wants-1' } }, owner.token)).code).toBe('FORBIDDEN');

    const pending = await newService();
    expect(errorOf(await gql(RUN, { s: pending.id, c: 'changePassword', i: { password: 'Long-enough-1' } }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'command' });

    // No saved password and no new one: nothing to send.
    expect(ok(await gql(UPDATE_SERVICE, { id: svc.id, i: { password: null } }, admin)).updateService.passwordSet).toBe(false);
    expect(errorOf(await gql(RUN, { s: svc.id, c: 'changePassword' }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });

    expect(await jobCount()).toBe(before);
    expect(plesk.requests.length).toBe(requests);
    expect(webspace(svc.domain).ftpPassword).toBe(SAVED_PASSWORD);

    // Exactly 8 characters is accepted, and it is saved again once Plesk took it.
    const eight = 'Eight-8!';
    expect(await waitJob((await run(svc.id, 'changePassword', { password: eight })).id)).toMatchObject({ status: 'succeeded' });
    expect(webspace(svc.domain).ftpPassword).toBe(eight);
    expect((await getService(svc.id)).passwordSet).toBe(true);
  });

  it('issue 10: on a Plesk server pinned to another certificate, create fails once with a TLS error (not retried) and the panel receives nothing; a malformed pin is refused', async () => {
    const hex = plesk.certificate!.fingerprint256.replaceAll(':', '');
    const wrongPin = `${hex.slice(0, -1)}${hex.endsWith('0') ? '1' : '0'}`;
    const pinnedElsewhere = await createPleskServer(recorded, admin, plesk, { name: 'plesk-wrong-pin', certificateFingerprint: wrongPin });
    const svc = await newService({ serverId: pinnedElsewhere });
    const requests = plesk.requests.length;

    const row = await waitJob((await run(svc.id, 'create')).id);
    expect(row).toMatchObject({ status: 'failed', attempts: 1 });
    expect(row.last_error).toMatch(/^Plesk TLS certificate rejected \(certificate fingerprint .* is not the pinned /);
    expect(await getService(svc.id)).toMatchObject({ status: 'PENDING', lastModuleError: `create: ${row.last_error}` });
    const [entry] = ok(await gql(LOG, { s: svc.id }, admin)).moduleLog;
    expect(entry).toMatchObject({ command: 'create', success: false, remoteCode: 'CERT_FINGERPRINT_MISMATCH' });
    expect(plesk.requests.length).toBe(requests);
    expect(plesk.webspaceByName(svc.domain)).toBeUndefined();

    const malformed = errorOf(await gql(CREATE_SERVER, { i: {
      name: 'plesk-bad-pin', module: 'plesk', hostname: '127.0.0.1', port: plesk.port, secure: true,
      settings: { username: 'admin', password: 'admin-pass', certificateFingerprint: 'sha256 Fingerprint=AB:CD' },
    } }, admin));
    expect(malformed).toMatchObject({ code: 'BAD_USER_INPUT', field: 'certificateFingerprint' });
  });

  /** A client of its own with a login: its Plesk customer is found by its external id. */
  const newClient = async (name: string) => {
    const client = await clientWithLogin(recorded, admin, { firstName: name, lastName: 'Tester', email: uniqueEmail(`plesk-${name}`), currency: 'EUR' });
    const customer = () => [...plesk.customers.values()].find((c) => c.externalId === `hostbill:client:${keyOf(client.id)}`);
    return { id: client.id, token: client.token, customer };
  };
  const createdFor = async (clientId: string) => {
    const svc = await newService({ clientId });
    expect(await waitJob((await run(svc.id, 'create')).id)).toMatchObject({ status: 'succeeded' });
    return svc;
  };

  it('issue 14.5: two services of one client on one server share one Plesk customer; suspending one leaves the other active; the customer stays until the last (also one still Pending) is terminated', async () => {
    const client = await newClient('Shared');
    const a = await createdFor(client.id);
    const b = await createdFor(client.id);
    const customer = client.customer()!;
    expect([webspace(a.domain).ownerId, webspace(b.domain).ownerId]).toEqual([customer.id, customer.id]);
    expect([...plesk.customers.values()].filter((c) => c.externalId === customer.externalId)).toHaveLength(1);

    expect(await waitJob((await run(a.id, 'suspend', { reason: 'abuse' })).id)).toMatchObject({ status: 'succeeded' });
    expect([(await getService(a.id)).status, (await getService(b.id)).status]).toEqual(['SUSPENDED', 'ACTIVE']);
    expect([webspace(a.domain).status, webspace(b.domain).status, client.customer()!.status]).toEqual([16, 0, 0]);

    expect(await waitJob((await run(a.id, 'terminate')).id)).toMatchObject({ status: 'succeeded' });
    expect((await getService(a.id)).status).toBe('TERMINATED');
    expect(plesk.webspaceByName(a.domain)).toBeUndefined();
    expect(client.customer()).toMatchObject({ id: customer.id });
    expect(webspace(b.domain)).toMatchObject({ ownerId: customer.id, status: 0 });

    // A third service on the server, not created yet: the job runner tells the module, which keeps the customer for it.
    const c = await newService({ clientId: client.id });
    expect(await waitJob((await run(b.id, 'terminate')).id)).toMatchObject({ status: 'succeeded' });
    expect(plesk.webspaceByName(b.domain)).toBeUndefined();
    expect(client.customer()).toMatchObject({ id: customer.id });

    // Terminating that one too leaves the client nothing on the server: the customer goes with it.
    expect(await waitJob((await run(c.id, 'terminate')).id)).toMatchObject({ status: 'succeeded' });
    expect(client.customer()).toBeUndefined();
    expect([...plesk.webspaces.values()].filter((w) => w.ownerId === customer.id)).toEqual([]);
    expect((await getService(c.id)).moduleData).toMatchObject({ pleskCustomerId: null, pleskWebspaceId: null });
  });

  it('issue 14.5: singleSignOn through GraphQL gives staff and the owning client a single-use panel link, encrypted at rest and shown only to the login that asked; another client gets NOT_FOUND (and no job to read); the link is never logged', async () => {
    const client = await newClient('Sso');
    const stranger = await newClient('Stranger');
    const svc = await createdFor(client.id);
    const JOB = graphql(`query PleskCommandsModuleJob($id: ID!) { moduleJob(id: $id) { id command status output } }`);
    const linkFor = async (token: string) => {
      const job = ok(await gql(RUN, { s: svc.id, c: 'singleSignOn' }, token)).runModuleCommand;
      expect(await waitJob(job.id)).toMatchObject({ status: 'succeeded' });
      const done = ok(await gql(JOB, { id: job.id }, token)).moduleJob!;
      expect(done).toMatchObject({ command: 'singleSignOn', status: 'SUCCEEDED', output: { url: expect.stringContaining('/enterprise/rsession_init.php?PLESKSESSID=') } });
      return { jobId: job.id, url: done.output!.url as string };
    };

    const own = await linkFor(client.token);
    const token = new URL(own.url).searchParams.get('PLESKSESSID')!;
    expect(plesk.sessions.get(token)).toMatchObject({ login: client.customer()!.login, used: false });
    expect(await openPanelLink(own.url)).toEqual({ status: 303, location: '/smb/' });
    expect(plesk.panelLogins.at(-1)).toMatchObject({ login: client.customer()!.login });
    expect(await openPanelLink(own.url)).toEqual({ status: 303, location: '/login_up.php' });

    const staff = await linkFor(admin);
    expect(await openPanelLink(staff.url)).toEqual({ status: 303, location: '/smb/' });

    // Issue 14.5: the link is a secret output: encrypted at rest, and shown only to the login that ran the command.
    const stored = await sql('select output, output_secrets_encrypted from module_job where id in (?, ?)', [keyOf(own.jobId), keyOf(staff.jobId)]);
    expect(stored.map((row: any) => row.output)).toEqual([{}, {}]);
    for (const row of stored) expect(row.output_secrets_encrypted).toMatch(/^v1:/);
    for (const link of [own.url, staff.url]) expect(JSON.stringify(stored)).not.toContain(new URL(link).searchParams.get('PLESKSESSID')!);
    const otherStaff = await t.staffToken(StaffRole.ADMIN);
    expect(ok(await gql(JOB, { id: own.jobId }, otherStaff)).moduleJob).toMatchObject({ status: 'SUCCEEDED', output: {} });
    expect(ok(await gql(JOB, { id: own.jobId }, admin)).moduleJob?.output).toEqual({});
    expect(ok(await gql(JOB, { id: staff.jobId }, client.token)).moduleJob?.output).toEqual({});
    expect(ok(await gql(JOB, { id: own.jobId }, client.token)).moduleJob?.output).toEqual({ url: own.url });

    const sessions = plesk.sessions.size;
    expect(errorOf(await gql(RUN, { s: svc.id, c: 'singleSignOn' }, stranger.token))).toMatchObject({ code: 'NOT_FOUND' });
    expect(ok(await gql(JOB, { id: own.jobId }, stranger.token))).toEqual({ moduleJob: null }); // as for a job that does not exist
    expect(plesk.sessions.size).toBe(sessions);
    expect(errorOf(await gql(RUN, { s: svc.id, c: 'singleSignOn', i: { login: 'admin' } }, client.token))).toMatchObject({ code: 'BAD_USER_INPUT' });

    // The link is a credential: only the job's output holds it, never the module log or the activity log.
    const logged = JSON.stringify([
      await sql('select * from module_log_entry where service_id = ?', [keyOf(svc.id)]),
      await sql('select * from activity_log_entry where target_type = ? and target_id = ?', ['Service', String(keyOf(svc.id))]),
    ]);
    expect(logged).toContain('singleSignOn');
    for (const link of [own.url, staff.url]) expect(logged).not.toContain(new URL(link).searchParams.get('PLESKSESSID')!);
  });

  it('DN-5 (issue 15.4): a mail account staff create gets spam filtering switched on; its password reaches Plesk only, encrypted in the job; a retry adds no second account; clients may not run it', async () => {
    const svc = await activeService();
    const address = `info@${svc.domain}`;
    const mailPassword = 'Mailbox-pass-0001';
    expect(errorOf(await gql(RUN, { s: svc.id, c: 'createMailAccount', i: { name: 'info', password: mailPassword } }, owner.token)).code).toBe('FORBIDDEN');
    const job = await run(svc.id, 'createMailAccount', { name: 'info', password: mailPassword });
    expect(await waitJob(job.id)).toMatchObject({ status: 'succeeded' });
    expect(plesk.mailAccount(address)).toMatchObject({ mailbox: true, password: mailPassword, spamFilter: true });

    // Plesk leaves filtering off for an account made elsewhere; a second run finds the account and switches it on.
    plesk.mailAccount(address)!.spamFilter = false;
    expect(await waitJob((await run(svc.id, 'createMailAccount', { name: 'info', password: mailPassword })).id)).toMatchObject({ status: 'succeeded' });
    expect([...plesk.mailAccounts.values()].filter((m) => m.address === address)).toHaveLength(1);
    expect(plesk.mailAccount(address)!.spamFilter).toBe(true);

    const [stored] = await sql('select input from module_job where id = ?', [keyOf(job.id)]);
    expect(JSON.stringify(stored.input)).not.toContain(mailPassword);
    const log = ok(await gql(LOG, { s: svc.id }, admin)).moduleLog;
    expect(JSON.stringify(log)).not.toContain(mailPassword);
    expect(log[0].request.input).toEqual({ name: 'info', password: true });
    expect(responses.join('')).not.toContain(mailPassword);
  });

  it('PM-1: every packet sent to Plesk in this file followed the Plesk schemas', () => {
    expect(plesk.requests.length).toBeGreaterThan(20);
    expect(plesk.schemaErrors).toEqual([]);
  });
});
