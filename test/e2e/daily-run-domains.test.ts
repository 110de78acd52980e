/**
 * Issue 16.1 (AU-1, DN-1) over the wire: the daily run's domain steps queue
 * registrar renew and sync jobs on the domain command path; the real job
 * runner carries them out against the strict EPP test registry. A renewal
 * happens once per expiry date, a sync at most once a day per domain, a
 * second run of the same date queues nothing, and the preview queues nothing.
 */
import { StaffRole } from '../../src/auth/staff-user.entity';
import { EppTestServer } from '../servers/epp-server';
import { keyOf } from '../support/ids';
import { waitFor } from '../support/wait';
import { ok, startTestApp, type TestApp } from '../support/test-app';

const REGISTRY_PASSWORD = 'Reg-pass-1';

const CREATE_CLIENT = `mutation($i: CreateClientInput!) { createClient(input: $i) { id } }`;
const CREATE_SERVER = `mutation($i: CreateServerInput!) { createServer(input: $i) { id } }`;
const CREATE_DOMAIN = `mutation($i: CreateDomainInput!) { createDomain(input: $i) { id name } }`;
const RUN = `mutation($d: LocalDate) { runDailyRun(date: $d) { status steps { name status count errorCount } errors { step subjectType message } } }`;
const PREVIEW = `query($d: LocalDate!) { dailyRunPreview(date: $d) { domainRenewals { id name } domainSyncs { id name } errors { step message } } }`;
const CREATE_INVOICE = `mutation($i: CreateInvoiceInput!) { createInvoice(input: $i) { id } }`;
const DOMAINS = `query { domains { edges { node { id name status expiryDate } } } }`;

/** `date` moved by `days` (YYYY-MM-DD). */
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const nextYear = (date: string) => `${Number(date.slice(0, 4)) + 1}${date.slice(4)}`;

describe('issue 16.1: the daily run renews auto-renew domains and syncs domains through the registrar', () => {
  const registry = new EppTestServer({ hbreg: { password: REGISTRY_PASSWORD } });
  let t: TestApp;
  let admin: string;
  let clientId: string;
  let seq = 0;
  const name = (label: string) => `${label}${++seq}-${process.pid}.test`;

  /** The run of `date`, with the operator's clock on that day (the registry keeps real time). */
  const runOn = async (date: string) => {
    t.config.automation.clock.setTo(`${date}T10:00:00Z`);
    const run = ok(await t.gql(RUN, { d: date }, admin)).runDailyRun;
    expect(run.errors).toEqual([]);
    expect(run.steps.every((s: { status: string }) => s.status === 'OK')).toBe(true);
    return Object.fromEntries(run.steps.map((s: { name: string; count: number }) => [s.name, s.count])) as Record<string, number>;
  };
  const domainOf = async (id: string) => {
    const edges = ok(await t.gql(DOMAINS, {}, admin)).domains.edges as { node: { id: string; status: string; expiryDate: string } }[];
    return edges.find((e) => e.node.id === id)!.node;
  };
  const jobs = async (id: string, command: string) => Number((await t.app.orm.em.fork().getConnection()
    .execute('select count(*) as n from module_job where domain_id = ? and command = ?', [keyOf(id), command]))[0].n);
  const allJobsDone = () => waitFor(async () => {
    const [{ n }] = await t.app.orm.em.fork().getConnection().execute(`select count(*)::int as n from module_job where status not in ('succeeded', 'failed', 'cancelled')`);
    return n === 0 ? true : undefined;
  }, { what: 'module jobs to finish', timeoutMs: 20_000 });
  /** A domain sponsored by us at the registry and recorded here with `record`. */
  const domainAtRegistry = async (years: number, record: Record<string, unknown>) => {
    const domain = name('dr');
    registry.seedDomain({ name: domain, clID: 'hbreg', authInfo: 'Auth-code-1', years });
    const registryExpiry = registry.domain(domain)!.expiryDate;
    const id = ok(await t.gql(CREATE_DOMAIN, { i: { clientId, name: domain, registrar: 'registrar', status: 'ACTIVE', expiryDate: registryExpiry, ...record } }, admin)).createDomain.id as string;
    return { id, name: domain, registryExpiry };
  };

  let renewing: { id: string; name: string; registryExpiry: string };
  let renewDate: string;

  beforeAll(async () => {
    await registry.start();
    t = await startTestApp({ JOBS_POLL_MS: '50', MODULE_RETRY_BASE_MS: '50', MODULE_MAX_ATTEMPTS: '3', MODULE_COMMAND_TIMEOUT_MS: '5000', REGISTRY_POLL_INTERVAL_MS: '0' });
    admin = await t.staffToken(StaffRole.ADMIN);
    ok(await t.gql(CREATE_SERVER, { i: {
      name: 'EPP registry', module: 'registrar', hostname: '127.0.0.1', port: registry.port, secure: true,
      settings: { clientId: 'hbreg', password: REGISTRY_PASSWORD, caCertificate: registry.certificate.cert, defaultNameservers: ['ns1.hosting-operator.example', 'ns2.hosting-operator.example'] },
    } }, admin));
    clientId = ok(await t.gql(CREATE_CLIENT, { i: {
      firstName: 'Ada', lastName: 'Renewer', email: `dr-${Date.now()}@example.com`, password: 'client-password-1', currency: 'EUR',
      address1: '1 Main Street', city: 'Berlin', postcode: '10115', country: 'DE', phoneNumber: '+49.301234567',
    } }, admin)).createClient.id;
    renewing = await domainAtRegistry(1, { autoRenew: true });
    // Within the default 14 days before expiry.
    renewDate = addDays(renewing.registryExpiry, -10);
  });
  afterAll(async () => {
    await t?.stop();
    await registry.stop();
  });

  it('issue 16.1 / AU-1: dailyRunPreview lists the domain renewal and sync without queueing anything', async () => {
    // Expires a year after the renewing domain: outside the renewal window, synced only.
    const outside = await domainAtRegistry(2, { autoRenew: true });
    const preview = ok(await t.gql(PREVIEW, { d: renewDate }, admin)).dailyRunPreview;
    expect(preview.errors).toEqual([]);
    expect(preview.domainRenewals).toEqual([{ id: renewing.id, name: renewing.name }]);
    // The renewing domain is synced once its renewal has finished (one registrar job at a time per domain).
    expect(preview.domainSyncs.map((d: { id: string }) => d.id)).toEqual([outside.id]);
    expect(await jobs(renewing.id, 'renew') + await jobs(renewing.id, 'sync') + await jobs(outside.id, 'sync')).toBe(0);
    // The preview claimed nothing either: previewing again lists the same.
    expect(ok(await t.gql(PREVIEW, { d: renewDate }, admin)).dailyRunPreview.domainRenewals).toHaveLength(1);
  });

  it('issue 16.1 / DN-1: a domain with auto-renew expiring soon is renewed once at the registry and its expiry moves a year; the same date again queues nothing', async () => {
    const first = await runOn(renewDate);
    expect(first.DOMAIN_RENEWALS).toBe(1);
    await allJobsDone();
    const renewed = nextYear(renewing.registryExpiry);
    expect(await domainOf(renewing.id)).toMatchObject({ status: 'ACTIVE', expiryDate: renewed });
    expect(registry.domain(renewing.name)!.expiryDate).toBe(renewed);

    // The domain's sync waited for its renewal to finish; the next run of the date catches up on it, then nothing is left.
    const second = await runOn(renewDate);
    expect(second.DOMAIN_RENEWALS).toBe(0);
    await allJobsDone();
    const third = await runOn(renewDate);
    expect([third.DOMAIN_RENEWALS, third.DOMAIN_SYNC]).toEqual([0, 0]);
    await allJobsDone();
    expect(await jobs(renewing.id, 'renew')).toBe(1);
    expect(await jobs(renewing.id, 'sync')).toBe(1);
    expect(registry.domain(renewing.name)!.expiryDate).toBe(renewed);
  });

  it('issue 16.1 / DN-1: the daily sync takes the expiry date and status from the registry, once per domain and day', async () => {
    const drifted = await domainAtRegistry(2, { autoRenew: false, status: 'PENDING_TRANSFER', expiryDate: '2026-06-01' });
    const day = addDays(renewDate, 1);
    const first = await runOn(day);
    expect(first.DOMAIN_SYNC).toBeGreaterThanOrEqual(1);
    await allJobsDone();
    expect(await domainOf(drifted.id)).toMatchObject({ status: 'ACTIVE', expiryDate: drifted.registryExpiry });
    const again = await runOn(day);
    expect([again.DOMAIN_RENEWALS, again.DOMAIN_SYNC]).toEqual([0, 0]);
    expect(await jobs(drifted.id, 'sync')).toBe(1);
    // A new day syncs again.
    expect((await runOn(addDays(day, 1))).DOMAIN_SYNC).toBeGreaterThanOrEqual(1);
    await allJobsDone();
    expect(await jobs(drifted.id, 'sync')).toBe(2);
  });

  it('issue 16.1: a client with an overdue invoice gets no automatic domain renewal (domains are not invoiced by the run yet); its domain is still synced', async () => {
    const late = ok(await t.gql(CREATE_CLIENT, { i: {
      firstName: 'Lee', lastName: 'Late', email: `dr-late-${Date.now()}@example.com`, password: 'client-password-1', currency: 'EUR',
      address1: '2 Main Street', city: 'Berlin', postcode: '10115', country: 'DE', phoneNumber: '+49.301234568',
    } }, admin)).createClient.id as string;
    const domain = name('late');
    registry.seedDomain({ name: domain, clID: 'hbreg', authInfo: 'Auth-code-2', years: 1 });
    const expiry = registry.domain(domain)!.expiryDate;
    const id = ok(await t.gql(CREATE_DOMAIN, { i: { clientId: late, name: domain, registrar: 'registrar', status: 'ACTIVE', expiryDate: expiry, autoRenew: true } }, admin)).createDomain.id as string;
    const day = addDays(expiry, -5);
    ok(await t.gql(CREATE_INVOICE, { i: { clientId: late, issueDate: addDays(day, -30), dueDate: addDays(day, -1), lines: [{ description: 'Hosting', amount: '10.00' }] } }, admin));

    const run = await runOn(day);
    await allJobsDone();
    expect(run.DOMAIN_RENEWALS).toBe(0);
    expect(await jobs(id, 'renew')).toBe(0);
    expect(await jobs(id, 'sync')).toBe(1);
    expect(await domainOf(id)).toMatchObject({ status: 'ACTIVE', expiryDate: expiry });
  });
});
