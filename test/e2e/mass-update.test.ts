/**
 * Issue 16.7 (SV-10) over the wire: one mass update reaches the services,
 * service addons and domains of one client in one transaction; each field
 * applies to the kinds it names (a field for a kind it does not fit is a
 * field problem, never ignored); commands are queued per item through the
 * module queue, registrar commands running against the strict EPP test
 * registry. The services-only cases (prorata, suspension override, module
 * commands on a spam filter) are in service-rules.test.ts.
 */
import { StaffRole } from '../../src/auth/staff-user.entity';
import { EppTestServer } from '../servers/epp-server';
import { idOf } from '../support/ids';
import { errorOf, ok, startTestApp, type TestApp } from '../support/test-app';
import { waitFor } from '../support/wait';
import { createClient, createDomain, createProduct, createRegistrarServer, REGISTRANT_ADDRESS, uniqueEmail } from '../support/fixtures';
import { graphql } from '../generated';
import type { MassUpdateServicesInput } from '../generated/graphql';

const REGISTRY_PASSWORD = 'Reg-pass-1';

const CREATE_ADDON = graphql(`mutation MassUpdateCreateAddon($i: AddonInput!) { createAddon(input: $i) { id } }`);
const ADD_ORDER = graphql(`mutation MassUpdateAddOrder($i: AddOrderInput!) { addOrder(input: $i) { id } }`);
const ACCEPT_ORDER = graphql(`mutation MassUpdateAcceptOrder($id: ID!) { acceptOrder(id: $id) { items { service { id status addons { id status } } } } }`);
const MASS_UPDATE = graphql(`mutation MassUpdateAll($i: MassUpdateServicesInput!) { massUpdateServices(input: $i) {
  services { id status billingCycle nextDueDate recurringAmount { amount currency } }
  addons { id status billingCycle nextDueDate terminationDate recurringAmount { amount currency } }
  domains { id status autoRenew expiryDate }
  moduleJobs { id command service { id } domain { id } } } }`);
const JOB = graphql(`query MassUpdateJob($id: ID!) { moduleJob(id: $id) { id status lastError } }`);
const DOMAIN = graphql(`query MassUpdateDomain($id: ID!) { domain(id: $id) { id status transferLocked } }`);

interface Problem { path: (string | number)[]; reason: string }

describe('issue 16.7 / SV-10: mass update of services, addons and domains', () => {
  const registry = new EppTestServer({ hbreg: { password: REGISTRY_PASSWORD } });
  let t: TestApp;
  let admin: string;
  let web: string;
  let backups: string;
  let seq = 0;

  beforeAll(async () => {
    await registry.start();
    t = await startTestApp({ JOBS_POLL_MS: '50', MODULE_RETRY_BASE_MS: '50', MODULE_MAX_ATTEMPTS: '3', MODULE_COMMAND_TIMEOUT_MS: '5000', REGISTRY_POLL_INTERVAL_MS: '0' });
    admin = await t.staffToken(StaffRole.ADMIN);
    await createRegistrarServer(t, admin, registry, { password: REGISTRY_PASSWORD });
    web = await createProduct(t, admin, { name: 'Web', type: 'HOSTING', payType: 'RECURRING', prices: [
      { currency: 'EUR', cycle: 'MONTHLY', amount: '10.00' }, { currency: 'EUR', cycle: 'ANNUALLY', amount: '100.00' },
    ] });
    backups = ok(await t.gql(CREATE_ADDON, { i: {
      name: 'Backups', payType: 'RECURRING', productIds: [web], prices: [{ currency: 'EUR', cycle: 'MONTHLY', amount: '2.00' }, { currency: 'EUR', cycle: 'ANNUALLY', amount: '20.00' }],
    } }, admin)).createAddon.id;
  });
  afterAll(async () => {
    await t?.stop();
    await registry.stop();
  });

  const sql = (query: string, params: unknown[] = []) => t.app.orm.em.fork().getConnection().execute(query, params);
  /** Every row a mass update may touch, to check that a refused one changed nothing. */
  const rows = async () => ({
    services: await sql('select * from service order by id'),
    addons: await sql('select * from service_addon order by id'),
    domains: await sql('select * from domain order by id'),
    overrides: await sql('select * from suspension_override order by service_id'),
    jobs: await sql('select * from module_job order by id'),
  });
  const massUpdate = (i: MassUpdateServicesInput, token = admin) => t.gql(MASS_UPDATE, { i }, token);
  const problemsOf = (res: Awaited<ReturnType<typeof massUpdate>>) =>
    (res.errors?.[0]?.extensions?.fields as Problem[]).map((problem) => ({ path: problem.path, reason: problem.reason }));

  /** A client with one service of `web` and its Backups addon (both Active, as an accepted order leaves them), by an order staff accept. */
  async function clientWithService(login?: { email: string; password: string }) {
    const { id: clientId } = await createClient(t, admin, {
      firstName: 'Mass', lastName: `Update${++seq}`, email: login?.email ?? uniqueEmail('mass'), password: login?.password, currency: 'EUR', ...REGISTRANT_ADDRESS,
    });
    const order = ok(await t.gql(ADD_ORDER, { i: { clientId, noInvoice: true, cart: { products: [{ productId: web, cycle: 'MONTHLY', addons: [{ addonId: backups }] }] } } }, admin)).addOrder;
    const [{ service }] = ok(await t.gql(ACCEPT_ORDER, { id: order.id }, admin)).acceptOrder.items;
    expect(service).toMatchObject({ status: 'ACTIVE', addons: [{ status: 'ACTIVE' }] });
    return { clientId, service: service!.id, addon: service!.addons[0].id };
  }
  /** A domain of `clientId` with the registrar module; `atRegistry`: sponsored by us at the test registry and Active. */
  async function newDomain(clientId: string, atRegistry = false) {
    const name = `mass${++seq}-${process.pid}.test`;
    if (atRegistry) registry.seedDomain({ name, clID: 'hbreg', authInfo: 'Auth-code-1' });
    const id = await createDomain(t, admin, { clientId, name, registrar: 'registrar', status: atRegistry ? 'ACTIVE' : 'PENDING', expiryDate: '2028-03-01' });
    return { id, name };
  }

  it('SV-10: one call sets the status of services, addons and domains of a client together; price, cycle and due date of services and addons; auto-renew of domains; blank fields stay', async () => {
    const { clientId, service, addon } = await clientWithService();
    const [one, two] = [await newDomain(clientId), await newDomain(clientId)];

    const priced = ok(await massUpdate({ serviceIds: [service], addonIds: [addon], recurringAmount: '4.50', nextDueDate: '2027-09-01', billingCycle: null, status: null })).massUpdateServices;
    expect(priced.services).toEqual([{ id: service, status: 'ACTIVE', billingCycle: 'MONTHLY', nextDueDate: '2027-09-01', recurringAmount: { amount: '4.50', currency: 'EUR' } }]);
    expect(priced.addons).toEqual([{ id: addon, status: 'ACTIVE', billingCycle: 'MONTHLY', nextDueDate: '2027-09-01', terminationDate: null, recurringAmount: { amount: '4.50', currency: 'EUR' } }]);
    expect(priced).toMatchObject({ domains: [], moduleJobs: [] });

    const annual = ok(await massUpdate({ addonIds: [addon], billingCycle: 'ANNUALLY' })).massUpdateServices;
    expect(annual.addons).toEqual([{ id: addon, status: 'ACTIVE', billingCycle: 'ANNUALLY', nextDueDate: '2027-09-01', terminationDate: null, recurringAmount: { amount: '4.50', currency: 'EUR' } }]);

    const renewing = ok(await massUpdate({ domainIds: [two.id, one.id], autoRenew: false })).massUpdateServices;
    expect(renewing.domains).toEqual([
      { id: two.id, status: 'PENDING', autoRenew: false, expiryDate: '2028-03-01' },
      { id: one.id, status: 'PENDING', autoRenew: false, expiryDate: '2028-03-01' },
    ]);

    const fraud = ok(await massUpdate({ serviceIds: [service], addonIds: [addon], domainIds: [one.id, two.id], status: 'FRAUD', autoRenew: null, recurringAmount: null })).massUpdateServices;
    expect(fraud.services).toEqual([{ id: service, status: 'FRAUD', billingCycle: 'MONTHLY', nextDueDate: '2027-09-01', recurringAmount: { amount: '4.50', currency: 'EUR' } }]);
    expect(fraud.addons).toEqual([{ id: addon, status: 'FRAUD', billingCycle: 'ANNUALLY', nextDueDate: '2027-09-01', terminationDate: null, recurringAmount: { amount: '4.50', currency: 'EUR' } }]);
    expect(fraud.domains).toEqual([
      { id: one.id, status: 'FRAUD', autoRenew: false, expiryDate: '2028-03-01' },
      { id: two.id, status: 'FRAUD', autoRenew: false, expiryDate: '2028-03-01' },
    ]);
    // An ended addon gets its termination date, as a service does.
    const cancelled = ok(await massUpdate({ serviceIds: [service], addonIds: [addon], status: 'CANCELLED' })).massUpdateServices;
    expect(cancelled.addons[0]).toMatchObject({ status: 'CANCELLED', terminationDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
  });

  it('SV-10: a registrar command is queued on every domain through the module queue and runs at the registry', async () => {
    const { clientId } = await clientWithService();
    const domains = [await newDomain(clientId, true), await newDomain(clientId, true)];
    const done = ok(await massUpdate({ domainIds: domains.map((d) => d.id), moduleCommand: 'lock' })).massUpdateServices;
    expect(done.moduleJobs.map((job) => [job.command, job.domain?.id, job.service])).toEqual(domains.map((d) => ['lock', d.id, null]));
    for (const job of done.moduleJobs) {
      await waitFor(async () => ok(await t.gql(JOB, { id: job.id }, admin)).moduleJob?.status === 'SUCCEEDED', { what: `lock job ${job.id}`, timeoutMs: 15_000 });
    }
    for (const d of domains) {
      expect(registry.domain(d.name)?.statuses).toEqual(['clientTransferProhibited']);
      expect(ok(await t.gql(DOMAIN, { id: d.id }, admin)).domain).toMatchObject({ status: 'ACTIVE', transferLocked: true });
    }
  });

  it('SV-10: one transaction: any failing item of any kind is reported with the others under its place, and nothing changes anywhere, no command is queued', async () => {
    const { clientId, service, addon } = await clientWithService();
    const second = await clientWithService();
    const registered = await newDomain(clientId, true);
    const pending = await newDomain(clientId);
    // Cancelled is final: the addon cannot be made Active again.
    ok(await massUpdate({ addonIds: [addon], status: 'CANCELLED' }));
    const before = await rows();
    const moved = await massUpdate({ serviceIds: [service], addonIds: [second.addon, addon], domainIds: [registered.id, pending.id], status: 'ACTIVE' });
    expect(errorOf(moved).code).toBe('BAD_USER_INPUT');
    // Another client's addon is refused before any item is tried.
    expect(problemsOf(moved)).toEqual([{ path: ['input', 'addonIds'], reason: 'CONFLICTING_INPUT' }]);
    const reactivated = await massUpdate({ serviceIds: [service], addonIds: [addon], domainIds: [registered.id, pending.id], status: 'ACTIVE' });
    expect(problemsOf(reactivated)).toEqual([{ path: ['input', 'addonIds', 0], reason: 'INVALID_STATUS_TRANSITION' }]);
    // lock runs on a registered domain only, and a service of a product without a module has no commands.
    const locked = await massUpdate({ serviceIds: [service], domainIds: [registered.id, pending.id], moduleCommand: 'lock' });
    expect(problemsOf(locked).map((problem) => problem.path)).toEqual([['input', 'serviceIds', 0], ['input', 'domainIds', 1]]);
    expect(await rows()).toEqual(before);
  });

  it('SV-10: a field given for a kind it does not apply to is BAD_USER_INPUT on that field, all problems in one answer; unknown, repeated and other clients\' ids too; nothing changes', async () => {
    const { clientId, service, addon } = await clientWithService();
    const stranger = await clientWithService();
    const domain = await newDomain(clientId);
    const foreignDomain = await newDomain(stranger.clientId);
    const before = await rows();
    const cases: [MassUpdateServicesInput, Problem[]][] = [
      [{ addonIds: [addon], paymentMethod: 'stripe', suspensionOverride: { never: true }, moduleCommand: 'suspend', nextDueDate: '2027-01-01', createProrataInvoice: true }, [
        { path: ['input', 'createProrataInvoice'], reason: 'CONFLICTING_INPUT' },
        { path: ['input', 'paymentMethod'], reason: 'CONFLICTING_INPUT' },
        { path: ['input', 'suspensionOverride'], reason: 'CONFLICTING_INPUT' },
        { path: ['input', 'moduleCommand'], reason: 'CONFLICTING_INPUT' },
      ]],
      [{ domainIds: [domain.id], serviceIds: [service], recurringAmount: '1.00', billingCycle: 'ANNUALLY', nextDueDate: '2027-01-01', autoRenew: true }, [
        { path: ['input', 'recurringAmount'], reason: 'CONFLICTING_INPUT' },
        { path: ['input', 'billingCycle'], reason: 'CONFLICTING_INPUT' },
        { path: ['input', 'nextDueDate'], reason: 'CONFLICTING_INPUT' },
        { path: ['input', 'autoRenew'], reason: 'CONFLICTING_INPUT' },
      ]],
      [{ domainIds: [domain.id], addonIds: [addon], status: 'SUSPENDED' }, [{ path: ['input', 'status'], reason: 'CONFLICTING_INPUT' }]],
      [{ serviceIds: [service], domainIds: [foreignDomain.id], status: 'ACTIVE' }, [{ path: ['input', 'domainIds'], reason: 'CONFLICTING_INPUT' }]],
      [{ addonIds: [addon, idOf('ServiceAddon', 999_999_999)], domainIds: [domain.id, domain.id], autoRenew: false }, [
        { path: ['input', 'addonIds', 1], reason: 'REFERENCE_NOT_FOUND' },
        { path: ['input', 'domainIds', 1], reason: 'DUPLICATE_IN_INPUT' },
        { path: ['input', 'autoRenew'], reason: 'CONFLICTING_INPUT' },
      ]],
      [{ addonIds: [service], domainIds: ['not-an-id'] }, [
        { path: ['input', 'addonIds', 0], reason: 'REFERENCE_NOT_FOUND' },
        { path: ['input', 'domainIds', 0], reason: 'INVALID_FORMAT' },
        { path: ['input'], reason: 'VALUE_REQUIRED' },
      ]],
      [{ serviceIds: null, addonIds: [], recurringAmount: '1.00' }, [{ path: ['input', 'serviceIds'], reason: 'VALUE_REQUIRED' }]],
    ];
    for (const [i, problems] of cases) {
      const res = await massUpdate(i);
      expect({ i, code: errorOf(res).code, problems: problemsOf(res) }).toEqual({ i, code: 'BAD_USER_INPUT', problems });
    }
    expect(await rows()).toEqual(before);
  });

  it('SV-10: staff only: a client is refused on its own services, addons and domains, and nothing changes', async () => {
    const login = { email: uniqueEmail('mass-self'), password: 'client-password-1' };
    const { clientId, service, addon } = await clientWithService(login);
    const domain = await newDomain(clientId);
    const before = await rows();
    const token = await t.clientToken(login.email, login.password);
    expect(errorOf(await massUpdate({ serviceIds: [service], addonIds: [addon], domainIds: [domain.id], status: 'CANCELLED' }, token)).code).toBe('FORBIDDEN');
    expect(errorOf(await massUpdate({ domainIds: [domain.id], autoRenew: false }, token)).code).toBe('FORBIDDEN');
    expect(await rows()).toEqual(before);
  });
});
