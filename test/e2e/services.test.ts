import { idOf, keyOf } from '../support/ids';
import { StaffRole } from '../../src/auth/staff-user.entity';
import { errorOf, ok, startTestApp, type Operation, type TestApp } from '../support/test-app';
import { localToday } from '../../src/shared/clock';
import { clientWithLogin, createServer, uniqueEmail } from '../support/fixtures';
import { graphql } from '../generated';
import type { CreateProductInput, CreateServerInput, CreateServiceInput } from '../generated/graphql';

graphql(`fragment ServicesServiceFields on Service { id domain username status billingCycle registrationDate nextDueDate suspensionReason terminationDate passwordSet
  firstPaymentAmount { amount currency } recurringAmount { amount currency } client { id } product { id name } }`);
const CREATE_PRODUCT = graphql(`mutation ServicesCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id name type module productOptions serverGroup { id } } }`);
const UPDATE_PRODUCT = graphql(`mutation ServicesUpdateProduct($id: ID!, $i: UpdateProductInput!) { updateProduct(id: $id, input: $i) { id module productOptions } }`);
const PRODUCTS = graphql(`query ServicesProducts { products { id } }`);
const CREATE_GROUP = graphql(`mutation ServicesCreateServerGroup($i: ServerGroupInput!) { createServerGroup(input: $i) { id } }`);
const UPDATE_SERVER = graphql(`mutation ServicesUpdateServer($id: ID!, $i: UpdateServerInput!) { updateServer(id: $id, input: $i) { id } }`);
const DELETE_SERVER = graphql(`mutation ServicesDeleteServer($id: ID!) { deleteServer(id: $id) }`);
const CREATE = graphql(`mutation ServicesCreate($i: CreateServiceInput!) { createService(input: $i) { ...ServicesServiceFields server { id } adminNotes moduleData } }`);
const UPDATE = graphql(`mutation ServicesUpdate($id: ID!, $i: UpdateServiceInput!) { updateService(id: $id, input: $i) { ...ServicesServiceFields } }`);
const MOVE = graphql(`mutation ServicesMove($id: ID!, $to: ID!) { moveService(id: $id, toClientId: $to) { id client { id } } }`);
const DELETE = graphql(`mutation ServicesDelete($id: ID!) { deleteService(id: $id) }`);
const GET = graphql(`query ServicesGet($id: ID!) { service(id: $id) { ...ServicesServiceFields } }`);
const GET_SERVER = graphql(`query ServicesGetServer($id: ID!) { service(id: $id) { id server { id } } }`);
const LIST = graphql(`query ServicesList($f: ServiceFilter, $first: Int, $after: String) {
  services(filter: $f, first: $first, after: $after) { totalCount edges { node { id domain status client { id } } } pageInfo { hasNextPage endCursor } } }`);
const CLIENT_SERVICES = graphql(`query ServicesOfClient($id: ID!) { client(id: $id) { id services { edges { node { id domain } } } } }`);
const ACTIVITY = graphql(`query ServicesActivity($c: ID) { activityLog(first: 50, filter: { clientId: $c }) { edges { node { action details } } } }`);
const CREATE_DOMAIN = graphql(`mutation ServicesCreateDomain($i: CreateDomainInput!) { createDomain(input: $i) { id } }`);
const MERGE_CLIENTS = graphql(`mutation ServicesMergeClients($k: ID!, $d: ID!) { mergeClients(keepId: $k, discardId: $d) { id } }`);
const DELETE_CLIENTS = graphql(`mutation ServicesDeleteClients($ids: [ID!]!) { deleteClients(ids: $ids, confirm: true) }`);

const PLESK_SETTINGS = { username: 'admin', password: 'plesk-secret-pw' };

describe('services (issue #5 point 4)', () => {
  let t: TestApp;
  let admin: string;
  let support: string;
  let seq = 0;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.staffToken(StaffRole.ADMIN);
    support = await t.staffToken(StaffRole.SUPPORT);
  });
  afterAll(() => t.stop());

  const sql = async (query: string, params: unknown[] = []) => t.app.orm.em.fork().getConnection().execute(query, params);
  const snapshot = async () => ({
    services: await sql('select * from service order by id'),
    products: await sql('select * from product order by id'),
    activity: (await sql('select count(*)::int as n from activity_log_entry'))[0].n,
  });
  const rejected = async <R, V>(query: Operation<R, V>, variables: V, token = admin) => {
    const before = await snapshot();
    const error = errorOf(await t.gql(query, variables, token));
    expect(await snapshot()).toEqual(before);
    return error;
  };

  const newClient = (currency = 'EUR') => clientWithLogin(t, admin, { firstName: 'S', lastName: `V${++seq}`, email: uniqueEmail('svc'), currency });
  const server = (extra: Partial<CreateServerInput> = {}) =>
    createServer(t, admin, { name: `plesk-${++seq}`, module: 'plesk', hostname: 'panel.example.net', settings: PLESK_SETTINGS, ...extra });
  const product = async (extra: Partial<CreateProductInput> = {}) =>
    ok(await t.gql(CREATE_PRODUCT, { i: { name: `Hosting ${++seq}`, type: 'HOSTING', module: 'plesk', productOptions: { planName: 'Default' }, ...extra } }, admin)).createProduct;
  const service = async (clientId: string, productId: string, extra: Partial<CreateServiceInput> = {}) =>
    ok(await t.gql(CREATE, { i: { clientId, productId, billingCycle: 'MONTHLY', recurringAmount: '9.99', ...extra } }, support)).createService;

  let owner: { id: string; token: string };
  let other: { id: string; token: string };
  let hosting: { id: string };
  let serverId: string;

  beforeAll(async () => {
    owner = await newClient();
    other = await newClient();
    hosting = await product();
    serverId = await server();
  });

  describe('products (minimal)', () => {
    it('validates productOptions against the module\'s productOptionsSchema', async () => {
      const created = await product();
      expect(created).toMatchObject({ type: 'HOSTING', module: 'plesk', productOptions: { planName: 'Default' } });
      expect(await rejected(CREATE_PRODUCT, { i: { name: 'X', type: 'HOSTING', module: 'plesk', productOptions: {} } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'planName' });
      expect(await rejected(CREATE_PRODUCT, { i: { name: 'X', type: 'HOSTING', module: 'nope' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'module' });
      expect(await rejected(CREATE_PRODUCT, { i: { name: 'X', type: 'OTHER', productOptions: { a: 1 } } })).toMatchObject({ field: 'productOptions' });
      // The options the other module does not take are named (issue 13.5).
      expect(await rejected(UPDATE_PRODUCT, { id: created.id, i: { module: 'spam-filter' } })).toMatchObject({ field: 'planName' });
      expect(ok(await t.gql(UPDATE_PRODUCT, { id: created.id, i: { module: 'spam-filter', productOptions: { incoming: true } } }, admin)).updateProduct.module).toBe('spam-filter');
    });

    it('only admins change products', async () => {
      expect((await rejected(CREATE_PRODUCT, { i: { name: 'X', type: 'OTHER' } }, support)).code).toBe('FORBIDDEN');
      const products = (await sql('select id from product order by id')).map((row) => idOf('Product', row.id));
      expect(ok(await t.gql(PRODUCTS, {}, support)).products.map((p) => p.id).sort()).toEqual(products.sort());
      expect(products).toContain(hosting.id);
    });
  });

  it('SV-2: staff add a service by hand with amounts in the client\'s currency and an encrypted password', async () => {
    const created = await service(owner.id, hosting.id, { serverId, domain: 'ada.example', username: 'ada', password: 'svc-secret-pass', firstPaymentAmount: '19.99', nextDueDate: '2030-01-01' });
    expect(created).toMatchObject({
      status: 'PENDING', billingCycle: 'MONTHLY', domain: 'ada.example', username: 'ada', passwordSet: true,
      firstPaymentAmount: { amount: '19.99', currency: 'EUR' }, recurringAmount: { amount: '9.99', currency: 'EUR' },
      nextDueDate: '2030-01-01', client: { id: owner.id }, server: { id: serverId }, moduleData: {},
    });
    expect(created.registrationDate).toBe(localToday(t.config.automation));
    const [row] = await sql('select * from service where id = ?', [keyOf(created.id)]);
    expect(JSON.stringify(row)).not.toContain('svc-secret-pass');
    expect(row.first_payment_minor).toBe('1999');
  });

  it.each<[string, Partial<CreateServiceInput>, string, string]>([
    ['unknown client', { clientId: idOf('Client', 999999) }, 'BAD_USER_INPUT', 'clientId'],
    ['unknown product', { productId: idOf('Product', 999999) }, 'BAD_USER_INPUT', 'productId'],
    ['unknown server', { serverId: idOf('Server', 999999) }, 'BAD_USER_INPUT', 'serverId'],
    ['bad amount', { recurringAmount: '1.999' }, 'BAD_USER_INPUT', 'recurringAmount'],
    ['negative amount', { recurringAmount: '-5' }, 'BAD_USER_INPUT', 'recurringAmount'],
    ['amounts on a free service', { billingCycle: 'FREE' }, 'BAD_USER_INPUT', 'billingCycle'],
    ['bad date', { nextDueDate: '2030-13-45' }, 'BAD_USER_INPUT', 'nextDueDate'],
    ['a suspension reason on an active service', { status: 'ACTIVE', suspensionReason: 'x' }, 'BAD_USER_INPUT', 'suspensionReason'],
  ])('createService rejects %s and changes nothing', async (_title, override, code, field) => {
    const error = await rejected(CREATE, { i: { clientId: owner.id, productId: hosting.id, billingCycle: 'MONTHLY', recurringAmount: '9.99', ...override } });
    expect(error).toMatchObject({ code, field });
  });

  it('createService rejects a server of another module', async () => {
    const spam = await createServer(t, admin, { name: `spam-${++seq}`, module: 'spam-filter', hostname: 'spam.example.net', settings: { username: 'u', password: 'p', defaultDestination: 'mx.example.net' } });
    expect(await rejected(CREATE, { i: { clientId: owner.id, productId: hosting.id, billingCycle: 'MONTHLY', serverId: spam } })).toMatchObject({ field: 'serverId' });
  });

  it('pickServer through the database: a product with a server group places services by its fill strategy', async () => {
    const least = ok(await t.gql(CREATE_GROUP, { i: { name: `least-${++seq}`, fillStrategy: 'LEAST_FULL' } }, admin)).createServerGroup.id;
    const a = await server({ groupId: least, maxAccounts: 2 });
    const b = await server({ groupId: least, maxAccounts: 4 });
    const grouped = await product({ serverGroupId: least });
    const placed: string[] = [];
    for (let i = 0; i < 6; i++) placed.push((await service(owner.id, grouped.id)).server!.id);
    // shares: a 0/2 b 0/4 → a; a 1/2 b 0/4 → b; a 1/2 b 1/4 → b; a 1/2 b 2/4 → a (tie on share, fewer: a); a full → b, b.
    expect(placed).toEqual([a, b, b, a, b, b]);
    expect(await rejected(CREATE, { i: { clientId: owner.id, productId: grouped.id, billingCycle: 'MONTHLY' } })).toMatchObject({ code: 'CONFLICT', field: 'serverId' });

    const fill = ok(await t.gql(CREATE_GROUP, { i: { name: `fill-${++seq}`, fillStrategy: 'FILL_UNTIL_FULL' } }, admin)).createServerGroup.id;
    const c = await server({ groupId: fill, maxAccounts: 2 });
    const d = await server({ groupId: fill, maxAccounts: 2 });
    const e = await server({ groupId: fill, maxAccounts: 2 });
    ok(await t.gql(UPDATE_SERVER, { id: d, i: { enabled: false } }, admin));
    const filled = await product({ serverGroupId: fill });
    const order: string[] = [];
    for (let i = 0; i < 3; i++) order.push((await service(owner.id, filled.id)).server!.id);
    expect(order).toEqual([c, c, e]);
    // A terminated service frees its place.
    const first = (await sql('select id from service where server_id = ? order by id limit 1', [keyOf(c)]))[0].id;
    ok(await t.gql(UPDATE, { id: idOf('Service', first), i: { status: 'TERMINATED' } }, support));
    expect((await service(owner.id, filled.id)).server).toEqual({ id: c });
  });

  it('pickServer under concurrency: 8 simultaneous creates never take more places than the group has', async () => {
    const group = ok(await t.gql(CREATE_GROUP, { i: { name: `race-${++seq}`, fillStrategy: 'LEAST_FULL' } }, admin)).createServerGroup.id;
    const a = await server({ groupId: group, maxAccounts: 2 });
    const b = await server({ groupId: group, maxAccounts: 1 });
    const grouped = await product({ serverGroupId: group });
    const results = await Promise.all(Array.from({ length: 8 }, () =>
      t.gql(CREATE, { i: { clientId: owner.id, productId: grouped.id, billingCycle: 'MONTHLY', recurringAmount: '9.99' } }, support)));
    const placed = results.filter((r) => !r.errors).map((r) => ok(r).createService.server!.id).sort();
    expect(placed).toEqual([a, a, b].sort());
    expect(results.filter((r) => r.errors).map((r) => errorOf(r).code)).toEqual(Array(5).fill('CONFLICT'));
  });

  it('SV-1: staff list, search and filter services across clients; a client sees only its own', async () => {
    const mine = await service(owner.id, hosting.id, { domain: `find-me-${seq}.example`, status: 'ACTIVE' });
    const theirs = await service(other.id, hosting.id, { domain: `theirs-${seq}.example` });

    const bySearch = ok(await t.gql(LIST, { f: { search: `find-me-${seq}` } }, support)).services;
    expect(bySearch.edges.map((e) => e.node.id)).toEqual([mine.id]);
    const byClient = ok(await t.gql(LIST, { f: { clientId: other.id } }, support)).services;
    expect(byClient.edges.map((e) => e.node.id)).toEqual([theirs.id]);
    const byStatus = ok(await t.gql(LIST, { f: { status: ['ACTIVE'], productId: hosting.id } }, support)).services;
    expect(byStatus.edges.every((e) => e.node.status === 'ACTIVE')).toBe(true);
    expect(byStatus.edges.map((e) => e.node.id)).toContain(mine.id);
    // On this server so far: the service SV-2's test added by hand.
    const byServer = ok(await t.gql(LIST, { f: { serverId } }, support)).services;
    expect(byServer.edges.map((e) => e.node.domain)).toEqual(['ada.example']);
    expect(byServer.totalCount).toBe(1);

    const page1 = ok(await t.gql(LIST, { first: 2 }, support)).services;
    const page2 = ok(await t.gql(LIST, { first: 2, after: page1.pageInfo.endCursor }, support)).services;
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const firstFour = ok(await t.gql(LIST, { first: 4 }, support)).services.edges.map((e) => e.node.id);
    expect([...page1.edges, ...page2.edges].map((e) => e.node.id)).toEqual(firstFour);
    expect(new Set(firstFour).size).toBe(4);

    const asOwner = ok(await t.gql(LIST, { f: { clientId: other.id } }, owner.token)).services;
    expect(new Set(asOwner.edges.map((e) => e.node.client?.id))).toEqual(new Set([owner.id]));
    expect(asOwner.edges.map((e) => e.node.id)).toContain(mine.id);
    expect(ok(await t.gql(GET, { id: mine.id }, owner.token)).service).toMatchObject({ id: mine.id, domain: mine.domain, client: { id: owner.id } });
    expect(await t.gql(GET, { id: theirs.id }, owner.token)).toEqual({ status: 200, data: { service: null } });
    expect(errorOf(await t.gql(GET_SERVER, { id: mine.id }, owner.token)).code).toBe('FORBIDDEN');
    expect(errorOf(await t.gql(UPDATE, { id: mine.id, i: { domain: 'x.example' } }, owner.token)).code).toBe('FORBIDDEN');

    expect(ok(await t.gql(CLIENT_SERVICES, { id: other.id }, support)).client).toEqual({ id: other.id, services: { edges: [{ node: { id: theirs.id, domain: theirs.domain } }] } });
  });

  it('SV-2: edit and save; status only along the staff transitions', async () => {
    const svc = await service(owner.id, hosting.id, { status: 'ACTIVE' });
    const suspended = ok(await t.gql(UPDATE, { id: svc.id, i: { status: 'SUSPENDED', suspensionReason: 'Abuse', recurringAmount: '12.50', billingCycle: 'ANNUALLY', nextDueDate: '2031-05-01' } }, support)).updateService;
    expect(suspended).toMatchObject({ status: 'SUSPENDED', suspensionReason: 'Abuse', recurringAmount: { amount: '12.50' }, billingCycle: 'ANNUALLY', nextDueDate: '2031-05-01' });
    const active = ok(await t.gql(UPDATE, { id: svc.id, i: { status: 'ACTIVE' } }, support)).updateService;
    expect(active).toMatchObject({ status: 'ACTIVE', suspensionReason: null });
    expect(await rejected(UPDATE, { id: svc.id, i: { status: 'PENDING' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
    expect(await rejected(UPDATE, { id: svc.id, i: { terminationDate: '2030-01-01' } })).toMatchObject({ field: 'terminationDate' });
    const cancelled = ok(await t.gql(UPDATE, { id: svc.id, i: { status: 'CANCELLED' } }, support)).updateService;
    expect(cancelled.terminationDate).toBe(localToday(t.config.automation));
    expect(await rejected(UPDATE, { id: svc.id, i: { status: 'ACTIVE' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
    const log = JSON.stringify(ok(await t.gql(ACTIVITY, { c: owner.id }, admin)).activityLog);
    expect(log).toContain('service.update');
  });

  it('SV-15: moves a service to another client with an activity entry on both; same or missing client is refused', async () => {
    const svc = await service(owner.id, hosting.id, { password: 'move-secret' });
    const moved = ok(await t.gql(MOVE, { id: svc.id, to: other.id }, support)).moveService;
    expect(moved.client.id).toBe(other.id);
    const [row] = await sql('select client_id, server_id, status from service where id = ?', [keyOf(svc.id)]);
    expect(idOf('Client', row.client_id)).toBe(other.id);
    expect(row.status).toBe('pending');
    for (const clientId of [owner.id, other.id]) {
      const log = ok(await t.gql(ACTIVITY, { c: clientId }, admin)).activityLog.edges.map((e) => e.node.action);
      expect(log).toContain(clientId === owner.id ? 'service.move.out' : 'service.move.in');
    }
    expect(await rejected(MOVE, { id: svc.id, to: other.id })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'toClientId' });
    expect(await rejected(MOVE, { id: svc.id, to: idOf('Client', 999999) })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'toClientId' });
    const usd = await newClient('USD');
    expect(await rejected(MOVE, { id: svc.id, to: usd.id })).toMatchObject({ field: 'toClientId' });
    expect(errorOf(await t.gql(MOVE, { id: svc.id, to: owner.id }, other.token)).code).toBe('FORBIDDEN');
  });

  it('SV-16: deletes the record only (admin); support may not', async () => {
    const svc = await service(owner.id, hosting.id, { serverId });
    expect((await rejected(DELETE, { id: svc.id }, support)).code).toBe('FORBIDDEN');
    expect(ok(await t.gql(DELETE, { id: svc.id }, admin)).deleteService).toBe(svc.id);
    expect(await t.gql(GET, { id: svc.id }, admin)).toEqual({ status: 200, data: { service: null } });
    const log = ok(await t.gql(ACTIVITY, { c: owner.id }, admin)).activityLog.edges.map((e) => e.node.action);
    expect(log).toContain('service.delete');
    expect(errorOf(await t.gql(DELETE, { id: svc.id }, admin)).code).toBe('NOT_FOUND');
  });

  it('a server with services cannot be deleted', async () => {
    expect(errorOf(await t.gql(DELETE_SERVER, { id: serverId }, admin)).code).toBe('CONFLICT');
  });

  it('CL-7/CL-8: merging clients moves services and domains; deleting a client removes its records', async () => {
    const keep = await newClient();
    const discard = await newClient();
    const svc = await service(discard.id, hosting.id);
    const dom = ok(await t.gql(CREATE_DOMAIN, { i: { clientId: discard.id, name: `merge-${seq}-${process.pid}.example` } }, admin)).createDomain;
    ok(await t.gql(MERGE_CLIENTS, { k: keep.id, d: discard.id }, admin));
    expect(idOf('Client', (await sql('select client_id from service where id = ?', [keyOf(svc.id)]))[0].client_id)).toBe(keep.id);
    expect(idOf('Client', (await sql('select client_id from domain where id = ?', [keyOf(dom.id)]))[0].client_id)).toBe(keep.id);
    ok(await t.gql(DELETE_CLIENTS, { ids: [keep.id] }, admin));
    expect(await sql('select id from service where id = ?', [keyOf(svc.id)])).toEqual([]);
    expect(await sql('select id from domain where id = ?', [keyOf(dom.id)])).toEqual([]);
  });

  it('passwords never appear in responses or the activity log', async () => {
    const everything = JSON.stringify(await sql('select * from activity_log_entry')) + JSON.stringify(await sql('select * from service'));
    for (const secret of ['svc-secret-pass', 'move-secret', 'plesk-secret-pw']) expect(everything).not.toContain(secret);
  });
});
