import { StaffRole } from '../../src/auth/staff-user.entity';
import { nextEvents, ok, startTestApp, type TestApp } from '../support/test-app';
import { subscribed } from '../support/subscription-feed';
import { keyOf } from '../support/ids';
import { createClient, createProduct, createService, uniqueEmail } from '../support/fixtures';
import { graphql } from '../generated';
import type { CreateClientInput, ServiceStatus } from '../generated/graphql';

const UPDATE_CLIENT = graphql(`mutation ClientStatusUpdateClient($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id } }`);
const SET_CLIENT_STATUS = graphql(`mutation ClientStatusSetClientStatus($id: ID!, $s: ClientStatus!) { setClientStatus(id: $id, status: $s) { id status } }`);
const CLIENT = graphql(`query ClientStatusClient($id: ID!) { client(id: $id) { status } }`);
const UPDATE_SERVICE = graphql(`mutation ClientStatusUpdateService($id: ID!, $i: UpdateServiceInput!) { updateService(id: $id, input: $i) { id status } }`);
const MOVE_SERVICE = graphql(`mutation ClientStatusMoveService($id: ID!, $to: ID!) { moveService(id: $id, toClientId: $to) { id } }`);
const DELETE_SERVICE = graphql(`mutation ClientStatusDeleteService($id: ID!) { deleteService(id: $id) }`);
const CREATE_DOMAIN = graphql(`mutation ClientStatusCreateDomain($i: CreateDomainInput!) { createDomain(input: $i) { id } }`);
const UPDATE_DOMAIN = graphql(`mutation ClientStatusUpdateDomain($id: ID!, $i: UpdateDomainInput!) { updateDomain(id: $id, input: $i) { id } }`);
const CLIENT_CHANGED = graphql(`subscription ClientStatusClientChanged($id: ID) { clientChanged(id: $id) { clientId change client { status } } }`);

describe('CL-5: a client\'s status follows its services', () => {
  let t: TestApp;
  let admin: string;
  let productId: string;
  let seq = 0;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.staffToken(StaffRole.ADMIN);
    productId = await createProduct(t, admin, { name: 'Shared hosting', type: 'HOSTING', payType: 'RECURRING', prices: [{ currency: 'EUR', cycle: 'MONTHLY', amount: '5.00' }] });
  });
  afterAll(() => t.stop());

  const newClient = async (input: Partial<CreateClientInput> = {}) =>
    (await createClient(t, admin, { firstName: 'Stat', lastName: 'Us', email: uniqueEmail('status'), currency: 'EUR', ...input })).id;
  const statusOf = async (id: string) => ok(await t.gql(CLIENT, { id }, admin)).client!.status;
  const newService = (clientId: string, status: ServiceStatus = 'PENDING') =>
    createService(t, admin, { clientId, productId, billingCycle: 'MONTHLY', recurringAmount: '5.00', status });
  const setService = async (id: string, status: ServiceStatus) => ok(await t.gql(UPDATE_SERVICE, { id, i: { status } }, admin)).updateService;

  it('CL-5: Active while any service is Active, Inactive otherwise (create, status edits, delete)', async () => {
    const client = await newClient();
    const first = await newService(client);
    expect(await statusOf(client)).toBe('INACTIVE');
    await setService(first, 'ACTIVE');
    expect(await statusOf(client)).toBe('ACTIVE');
    const second = await newService(client, 'ACTIVE');
    await setService(first, 'SUSPENDED');
    expect(await statusOf(client)).toBe('ACTIVE'); // the second one is still active
    ok(await t.gql(DELETE_SERVICE, { id: second }, admin));
    expect(await statusOf(client)).toBe('INACTIVE');
    const [entry] = await t.app.orm.em.fork().getConnection().execute(
      `select action, details from activity_log_entry where client_id = ? and action = 'client.status.follow' order by id desc limit 1`, [keyOf(client)]);
    expect(entry).toMatchObject({ action: 'client.status.follow', details: { from: 'active', to: 'inactive' } });
  });

  it('CL-5: moving a service moves the activity: the old owner becomes Inactive, the new one Active', async () => {
    const from = await newClient();
    const to = await newClient();
    const service = await newService(from, 'ACTIVE');
    await newService(to); // Pending: Inactive
    expect([await statusOf(from), await statusOf(to)]).toEqual(['ACTIVE', 'INACTIVE']);
    ok(await t.gql(MOVE_SERVICE, { id: service, to }, admin));
    expect([await statusOf(from), await statusOf(to)]).toEqual(['INACTIVE', 'ACTIVE']);
  });

  it('CL-5: an Active domain counts like an Active service', async () => {
    const client = await newClient();
    const domain = ok(await t.gql(CREATE_DOMAIN, { i: { clientId: client, name: `status-${++seq}-${Date.now()}.example`, status: 'ACTIVE' } }, admin)).createDomain.id;
    expect(await statusOf(client)).toBe('ACTIVE');
    ok(await t.gql(UPDATE_DOMAIN, { id: domain, i: { status: 'EXPIRED' } }, admin));
    expect(await statusOf(client)).toBe('INACTIVE');
  });

  it('CL-5: auto-update disabled or a Closed client: the status stays as staff set it', async () => {
    const pinned = await newClient({ statusAutoUpdateDisabled: true });
    await newService(pinned);
    expect(await statusOf(pinned)).toBe('ACTIVE');
    const closed = await newClient();
    ok(await t.gql(SET_CLIENT_STATUS, { id: closed, s: 'CLOSED' }, admin));
    await newService(closed, 'ACTIVE');
    expect(await statusOf(closed)).toBe('CLOSED');
    // Turning auto-update back on applies at the next service change.
    ok(await t.gql(UPDATE_CLIENT, { id: pinned, i: { statusAutoUpdateDisabled: false } }, admin));
    await newService(pinned);
    expect(await statusOf(pinned)).toBe('INACTIVE');
  });

  it('CL-5: the change is published as clientChanged STATUS_CHANGED after commit', async () => {
    const client = await newClient();
    const service = await newService(client);
    const ws = t.ws(admin);
    const events = await subscribed(() => nextEvents(ws, CLIENT_CHANGED, { id: client }, 1, 5000));
    await setService(service, 'ACTIVE');
    const [event] = await events.done;
    expect(event.clientChanged).toEqual({ clientId: client, change: 'STATUS_CHANGED', client: { status: 'ACTIVE' } });
  });
});
