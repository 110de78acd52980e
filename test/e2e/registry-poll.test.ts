/**
 * Issue 11.9: the registrar's message queue is read and acknowledged, and what
 * it reports (transfer results, purged deletions) updates the domain records.
 * Through GraphQL and the real job runner, against the strict EPP test
 * registry. The registry-side history (a transfer we requested, a delete) is
 * set up with the registrar module itself, as the domain commands would.
 */
import { idOf } from '../support/ids';
import { pause } from '../support/wait';
import net from 'node:net';
import registrar from '../../plugins/registrar';
import type { RegistrarServerSettings } from '../../plugins/registrar/settings';
import { StaffRole } from '../../src/auth/staff-user.entity';
import type { DomainCommandContext, ServerContext } from '@hostbill/plugin-sdk';
import { silentLogger } from '../conformance/kit';
import { EppTestServer } from '../servers/epp-server';
import { errorOf, ok, startTestApp, type TestApp } from '../support/test-app';
import { clientWithLogin, createClient, createDomain, createServer, uniqueEmail } from '../support/fixtures';
import { graphql } from '../generated';
import type { CreateDomainInput } from '../generated/graphql';

const ACCOUNTS = {
  hbreg: { password: 'Reg-pass-1' },
  otherreg: { password: 'Other-pass-1' },
  thirdreg: { password: 'Third-pass-1' },
};
const registry = new EppTestServer(ACCOUNTS);

const CLIENT_STATUS = graphql(`query RegistryPollClientStatus($id: ID!) { client(id: $id) { status } }`);
const DOMAIN = graphql(`query RegistryPollDomain($id: ID!) { domain(id: $id) { status expiryDate nameservers } }`);
const POLL = graphql(`mutation RegistryPollPoll($s: ID!) { pollRegistry(serverId: $s) }`);
const LOG = graphql(`query RegistryPollLog($s: ID!) { serverModuleLog(serverId: $s) { id module command success request response error lines } }`);
const ACTIVITY = graphql(`query RegistryPollActivity($f: ActivityFilter) { activityLog(filter: $f, first: 50) { edges { node { action targetId actorType details } } } }`);

let seq = 0;
const domainName = (label: string) => `${label}${++seq}-${process.pid}.test`;

/** The registrar module as our registrar account (clientId) sees the test registry, for setting up its history. */
function moduleServer(clientId: keyof typeof ACCOUNTS = 'hbreg'): ServerContext<RegistrarServerSettings> {
  return {
    id: 'setup',
    name: 'setup',
    hostname: '127.0.0.1',
    port: registry.port,
    secure: true,
    settings: { clientId, password: ACCOUNTS[clientId].password, caCertificate: registry.certificate.cert },
  };
}

function domainCtx(name: string, clientId: keyof typeof ACCOUNTS, extra: { eppCode?: string } = {}): DomainCommandContext<RegistrarServerSettings> {
  return {
    domain: {
      id: name,
      name,
      years: 1,
      nameservers: ['ns1.example.net'],
      registrant: { id: 'c1', firstName: 'Grace', lastName: 'Hopper', email: 'grace@example.org', address1: '1 Navy Way', city: 'Arlington', country: 'us', phone: '+1.5555550100' },
      moduleData: {},
      ...extra,
    },
    server: moduleServer(clientId),
    idempotencyKey: `setup-${name}`,
    logger: silentLogger,
    signal: AbortSignal.timeout(5000),
  };
}

/** Another registrar's domain that we (clientId) transfer in; the registry approves it and queues "Transfer approved." for us. */
async function transferIn(name: string, clientId: keyof typeof ACCOUNTS = 'hbreg'): Promise<void> {
  registry.seedDomain({ name, clID: 'otherreg', authInfo: 'Xfer-code-1' });
  await registrar.transfer(domainCtx(name, clientId, { eppCode: 'Xfer-code-1' }));
  registry.approveTransfer(name);
}

/** Deletes our registration of `name` (by its roid) as terminate does; returns the registry status terminate reported. */
async function deleteAtRegistry(name: string): Promise<unknown> {
  const result = await registrar.terminate({
    service: { id: name, status: 'Active', domain: name, moduleData: { roid: registry.domain(name)?.roid } },
    otherServicesOnServer: [],
    client: { id: 'c1', firstName: 'Grace', lastName: 'Hopper', email: 'grace@example.org' },
    product: { id: 'p1', name: 'Domain', options: {} },
    server: moduleServer(),
    idempotencyKey: `terminate-${name}`,
    logger: silentLogger,
    signal: AbortSignal.timeout(5000),
  });
  return result.moduleData?.registryStatus;
}

/** Registered by us, deleted after its add grace period (1001: pending delete), then purged: "Domain deleted." is queued for us. */
async function registeredAndPurged(name: string): Promise<void> {
  await registrar.register(domainCtx(name, 'hbreg'));
  registry.backdate(name, 30);
  expect(await deleteAtRegistry(name)).toBe('pendingDelete');
  registry.purge(name);
}

async function waitFor<T>(probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value) || Date.now() > end) return value;
    await pause(50);
  }
}

/** The GraphQL calls of these tests, on the app `t` returns. */
function helpers(t: () => TestApp) {
  return {
    registrarServer: (token: string, name: string, settings: Record<string, unknown>, port = registry.port) =>
      createServer(t(), token, { name, module: 'registrar', hostname: '127.0.0.1', port, secure: true, settings: { caCertificate: registry.certificate.cert, ...settings } }),
    client: async (token: string) => (await createClient(t(), token, { firstName: 'Poll', lastName: 'Owner', email: uniqueEmail('poll'), currency: 'EUR' })).id,
    domainRecord: (token: string, input: CreateDomainInput) => createDomain(t(), token, input),
    domain: async (token: string, id: string) => ok(await t().gql(DOMAIN, { id }, token)).domain!,
    log: async (token: string, serverId: string) => ok(await t().gql(LOG, { s: serverId }, token)).serverModuleLog,
    syncActivity: async (token: string, clientId: string) =>
      ok(await t().gql(ACTIVITY, { f: { clientId, action: 'domain.registrySync' } }, token)).activityLog.edges.map((e) => e.node),
  };
}

beforeAll(() => registry.start());
afterAll(() => registry.stop());

describe('issue 11.9: pollRegistry reads a registrar server\'s message queue and updates the domains', () => {
  let t: TestApp;
  let admin: string;
  let serverId: string;
  const api = helpers(() => t);
  const queue = () => registry.queuedMessages('hbreg');

  /** Queues a poll and waits for its module log entry (written once the poll is over). */
  async function pollAndWait(token = admin) {
    const before = (await api.log(admin, serverId)).length;
    expect(ok(await t.gql(POLL, { s: serverId }, token)).pollRegistry).toBe(true);
    const log = await waitFor(() => api.log(admin, serverId), (entries) => entries.length > before);
    expect(log.length).toBe(before + 1);
    return log[0];
  }

  beforeAll(async () => {
    t = await startTestApp({ JOBS_POLL_MS: '50', MODULE_COMMAND_TIMEOUT_MS: '5000', REGISTRY_POLL_INTERVAL_MS: '0' });
    admin = await t.staffToken(StaffRole.ADMIN);
    serverId = await api.registrarServer(admin, 'EPP registry', { clientId: 'hbreg', password: 'Reg-pass-1' });
  });
  afterAll(() => t.stop());

  it('issue 11.9: a completed incoming transfer makes the domain Active with the registry\'s expiry and nameservers, a purged deletion cancels it; both messages are acknowledged', async () => {
    const clientId = await api.client(admin);
    const incoming = domainName('incoming');
    await transferIn(incoming);
    const incomingId = await api.domainRecord(admin, { clientId, name: incoming, registrar: 'registrar', status: 'PENDING_TRANSFER', expiryDate: '2020-01-01' });
    const purged = domainName('purged');
    await registeredAndPurged(purged);
    const purgedId = await api.domainRecord(admin, { clientId, name: purged, registrar: 'registrar', status: 'REDEMPTION_PERIOD', expiryDate: '2030-01-01' });
    expect(queue().map((m) => m.text)).toEqual(['Transfer approved.', 'Domain deleted.']);
    // CL-5: no Active service or domain yet.
    expect(ok(await t.gql(CLIENT_STATUS, { id: clientId }, admin)).client).toEqual({ status: 'INACTIVE' });

    const entry = await pollAndWait();
    expect(entry).toMatchObject({ module: 'registrar', command: 'poll', success: true, response: { handled: 2 }, error: null });
    expect(entry.lines.join('\n')).toMatch(new RegExp(`${incoming}[\\s\\S]*pending_transfer → active[\\s\\S]*${purged}[\\s\\S]*redemption_period → cancelled`));
    expect(JSON.stringify(entry)).not.toContain('Reg-pass-1');
    expect(queue()).toEqual([]);

    expect(await api.domain(admin, incomingId)).toEqual({
      status: 'ACTIVE',
      expiryDate: registry.domain(incoming)?.expiryDate,
      nameservers: registry.domain(incoming)?.nameservers,
    });
    expect((await api.domain(admin, purgedId)).status).toBe('CANCELLED');
    expect(ok(await t.gql(CLIENT_STATUS, { id: clientId }, admin)).client).toEqual({ status: 'ACTIVE' });
    const activity = await api.syncActivity(admin, clientId);
    expect(activity).toHaveLength(2);
    expect(activity).toEqual(expect.arrayContaining([
      expect.objectContaining({ targetId: incomingId, actorType: 'SYSTEM', details: expect.objectContaining({ from: 'pending_transfer', to: 'active', transferStatus: 'serverApproved', message: 'Transfer approved.' }) }),
      expect.objectContaining({ targetId: purgedId, details: expect.objectContaining({ from: 'redemption_period', to: 'cancelled' }) }),
    ]));
  });

  it('issue 11.9: a delete answered 1001 is pending delete: the domain goes to its redemption period, not Cancelled', async () => {
    const clientId = await api.client(admin);
    const name = domainName('redeem');
    await transferIn(name);
    // Ours now and long past its add grace period: the registry answers the delete 1001 (pendingDelete).
    expect(await deleteAtRegistry(name)).toBe('pendingDelete');
    expect(registry.domain(name)?.statuses).toContain('pendingDelete');
    const id = await api.domainRecord(admin, { clientId, name, registrar: 'registrar', status: 'PENDING_TRANSFER' });

    const entry = await pollAndWait();
    expect(entry).toMatchObject({ success: true, response: { handled: 1 } });
    expect(await api.domain(admin, id)).toMatchObject({ status: 'REDEMPTION_PERIOD', expiryDate: registry.domain(name)?.expiryDate });
    expect(queue()).toEqual([]);
  });

  it('issue 11.9: a message about a name with no live record of this registrar is acknowledged and logged, not retried forever', async () => {
    const clientId = await api.client(admin);
    const name = domainName('unknown');
    await registeredAndPurged(name);
    // Neither a released record nor a live one without this registrar is the registration the message is about.
    const releasedId = await api.domainRecord(admin, { clientId, name, registrar: 'registrar', status: 'CANCELLED', expiryDate: '2029-01-01' });
    const otherId = await api.domainRecord(admin, { clientId, name, status: 'ACTIVE', expiryDate: '2029-01-01' });

    const entry = await pollAndWait();
    expect(entry).toMatchObject({ success: true, response: { handled: 1 } });
    expect(entry.lines.join('\n')).toContain(`about ${name} (Domain deleted.): no live domain record of registrar registrar has this name; acknowledged`);
    expect(queue()).toEqual([]);
    expect(await api.domain(admin, releasedId)).toMatchObject({ status: 'CANCELLED', expiryDate: '2029-01-01' });
    expect(await api.domain(admin, otherId)).toMatchObject({ status: 'ACTIVE', expiryDate: '2029-01-01' });
    expect(await api.syncActivity(admin, clientId)).toEqual([]);
  });

  it('issue 11.9: when recording a message fails the message stays queued, and a later poll applies and acknowledges it', async () => {
    const clientId = await api.client(admin);
    const name = domainName('refused');
    await transferIn(name);
    const id = await api.domainRecord(admin, { clientId, name, registrar: 'registrar', status: 'PENDING_TRANSFER' });
    const [message] = queue();
    const sql = (query: string) => t.app.orm.em.fork().getConnection().execute(query);
    // A real database failure while recording this domain's change.
    await sql(`create function refuse_domain_update() returns trigger language plpgsql as $$ begin raise exception 'domain updates refused for this test'; end $$`);
    await sql(`create trigger refuse_domain_update before update on domain for each row when (new.name = '${name}') execute function refuse_domain_update()`);
    try {
      const failed = await pollAndWait();
      expect(failed).toMatchObject({ success: false, response: { handled: 0 } });
      expect(failed.error).toContain('domain updates refused for this test');
      expect(queue()).toEqual([message]);
      expect((await api.domain(admin, id)).status).toBe('PENDING_TRANSFER');
    } finally {
      await sql('drop trigger refuse_domain_update on domain');
      await sql('drop function refuse_domain_update()');
    }

    expect(await pollAndWait()).toMatchObject({ success: true, response: { handled: 1 } });
    expect((await api.domain(admin, id)).status).toBe('ACTIVE');
    expect(queue()).toEqual([]);
  });

  it('issue 11.9: pollRegistry is for staff, on an enabled server whose module reads a queue; refusals queue nothing', async () => {
    const support = await t.staffToken(StaffRole.SUPPORT);
    const spamFilter = await createServer(t, admin, {
      name: 'Spam filter', module: 'spam-filter', hostname: '127.0.0.1', secure: false,
      settings: { username: 'api', password: 'Spam-pass-1', defaultDestination: 'mail.example.net:25' },
    });
    const disabled = await createServer(t, admin, {
      name: 'Disabled EPP registry', module: 'registrar', hostname: '127.0.0.1', port: registry.port, enabled: false,
      settings: { clientId: 'hbreg', password: 'Reg-pass-1' },
    });
    const { token: client } = await clientWithLogin(t, admin, { firstName: 'No', lastName: 'Staff', email: uniqueEmail('poll-client'), currency: 'EUR' });
    const queued = async () =>
      (await t.app.orm.em.fork().getConnection().execute(`select count(*)::int as n from agenda_jobs where name = 'registry-poll-server'`))[0].n as number;
    const before = await queued();

    expect(errorOf(await t.gql(POLL, { s: idOf('Server', 999999) }, admin)).code).toBe('NOT_FOUND');
    expect(errorOf(await t.gql(POLL, { s: 'x' }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'serverId' });
    expect(errorOf(await t.gql(POLL, { s: spamFilter }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'serverId', message: expect.stringContaining('reads no registry message queue') });
    expect(errorOf(await t.gql(POLL, { s: disabled }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'serverId', message: expect.stringContaining('disabled') });
    expect(errorOf(await t.gql(POLL, { s: serverId }, client)).code).toBe('FORBIDDEN');
    expect(errorOf(await t.gql(POLL, { s: serverId })).code).toBe('UNAUTHENTICATED');
    expect(await queued()).toBe(before);

    // Support staff may poll too; with nothing queued at the registry the poll leaves no log entry.
    expect(queue()).toEqual([]);
    const logged = (await api.log(admin, serverId)).length;
    expect(ok(await t.gql(POLL, { s: serverId }, support)).pollRegistry).toBe(true);
    await waitFor(queued, (n) => n === before);
    expect(await api.log(admin, serverId)).toHaveLength(logged);
    // REGISTRY_POLL_INTERVAL_MS=0: no recurring poll is scheduled.
    expect((await t.app.orm.em.fork().getConnection().execute(`select count(*)::int as n from agenda_jobs where name = 'registry-poll'`))[0].n).toBe(0);
  });
});

describe('issue 11.9: every REGISTRY_POLL_INTERVAL_MS the worker processes read each registrar\'s queue on their own', () => {
  let first: TestApp;
  let second: TestApp;
  let admin: string;
  const api = helpers(() => first);
  const env = { JOBS_POLL_MS: '50', MODULE_COMMAND_TIMEOUT_MS: '3000', REGISTRY_POLL_INTERVAL_MS: '300' };

  beforeAll(async () => {
    first = await startTestApp(env);
    // A second worker process on the same database: the recurring poll is one shared record, run by one of them at a time.
    second = await startTestApp({ ...env, DATABASE_URL: first.config.databaseUrl! });
    admin = await first.staffToken(StaffRole.ADMIN);
  });
  afterAll(async () => {
    await second?.stop();
    await first?.stop();
  });

  it('issue 11.9: the recurring poll applies and acknowledges a transfer result without anyone asking; a server that fails holds up no other', async () => {
    const probe = net.createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => probe.once('listening', resolve));
    const closedPort = (probe.address() as net.AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    // Created first, so it comes first in every round.
    const broken = await api.registrarServer(admin, 'Unreachable registry', { clientId: 'thirdreg', password: 'Third-pass-1' }, closedPort);
    const working = await api.registrarServer(admin, 'Third registry account', { clientId: 'thirdreg', password: 'Third-pass-1' });

    const clientId = await api.client(admin);
    const name = domainName('recurring');
    const id = await api.domainRecord(admin, { clientId, name, registrar: 'registrar', status: 'PENDING_TRANSFER' });
    await transferIn(name, 'thirdreg');

    const domain = await waitFor(() => api.domain(admin, id), (d) => d.status === 'ACTIVE');
    expect(domain).toMatchObject({ status: 'ACTIVE', expiryDate: registry.domain(name)?.expiryDate });
    // Acknowledged right after the change committed.
    expect(await waitFor(async () => registry.queuedMessages('thirdreg'), (q) => q.length === 0)).toEqual([]);
    // Applied once, though two workers poll and rounds come faster than a poll may take.
    expect(await api.syncActivity(admin, clientId)).toHaveLength(1);
    expect((await api.log(admin, working)).filter((e) => !e.success)).toEqual([]);
    const failures = await waitFor(() => api.log(admin, broken), (entries) => entries.length > 0);
    expect(failures[0]).toMatchObject({ success: false, command: 'poll' });
    expect(JSON.stringify(failures)).not.toContain('Third-pass-1');

    const rows = await first.app.orm.em.fork().getConnection().execute(`select type from agenda_jobs where name = 'registry-poll'`);
    expect(rows).toEqual([{ type: 'single' }]);
  });
});
