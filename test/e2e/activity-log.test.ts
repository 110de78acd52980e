import { idOf, keyOf } from '../support/ids';
import { StaffRole } from '../../src/auth/staff-user.entity';
import { errorOf, ok, startTestApp, type GraphQLResponse, type Operation, type TestApp } from '../support/test-app';
import { captureLog } from '../support/log-capture';
import { graphql } from '../generated';

// The entry fields the log query selects.
graphql(`fragment ActivityLogEntryFields on ActivityLogEntry { id createdAt actorType staff { id } impersonator { id } action targetType targetId client { id } ip details }`);
const LOG = graphql(`query ActivityLogLog($f: ActivityFilter, $first: Int, $after: String, $last: Int, $before: String) {
  activityLog(filter: $f, first: $first, after: $after, last: $last, before: $before) {
    totalCount
    edges { cursor node { ...ActivityLogEntryFields } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  } }`);
const CREATE_CLIENT = graphql(`mutation ActivityLogCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }`);
const REGISTER = graphql(`mutation ActivityLogRegister($i: RegisterClientInput!) { registerClient(input: $i) { id } }`);
const UPDATE_CLIENT = graphql(`mutation ActivityLogUpdateClient($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id firstName } }`);
const UPDATE_ME = graphql(`mutation ActivityLogUpdateMe($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id city } }`);
const SET_STATUS = graphql(`mutation ActivityLogSetStatus($id: ID!, $s: ClientStatus!) { setClientStatus(id: $id, status: $s) { id status } }`);
const CREATE_GROUP = graphql(`mutation ActivityLogCreateGroup($i: ClientGroupInput!) { createClientGroup(input: $i) { id } }`);
const UPDATE_GROUP = graphql(`mutation ActivityLogUpdateGroup($id: ID!, $i: ClientGroupInput!) { updateClientGroup(id: $id, input: $i) { id } }`);
const DELETE_GROUP = graphql(`mutation ActivityLogDeleteGroup($id: ID!) { deleteClientGroup(id: $id) }`);
const CREATE_PROJECT = graphql(`mutation ActivityLogCreateProject($i: ProjectInput!) { createProject(input: $i) { id } }`);
const UPDATE_PROJECT = graphql(`mutation ActivityLogUpdateProject($id: ID!, $i: ProjectInput!) { updateProject(id: $id, input: $i) { id } }`);
const DELETE_PROJECT = graphql(`mutation ActivityLogDeleteProject($id: ID!) { deleteProject(id: $id) }`);
const UPDATE_SETTINGS = graphql(`mutation ActivityLogUpdateSettings($i: UpdateSettingsInput!) { updateSettings(input: $i) { requiredClientFields } }`);
const ME_STAFF = graphql(`query ActivityLogMeStaff { me { staff { id } } }`);
const CREATE_STAFF = graphql(`mutation ActivityLogCreateStaff($i: CreateStaffInput!) { createStaff(input: $i) { id } }`);
const NODE = graphql(`query ActivityLogNode($id: ID!) { node(id: $id) { __typename id } }`);
const SET_TLD = graphql(`mutation ActivityLogSetTld($i: TldPricingInput!) { setTldPricing(input: $i) { id } }`);
const CLIENT_GROUPS = graphql(`query ActivityLogClientGroups { clientGroups { id name } }`);
const REQUIRED_FIELDS = graphql(`query ActivityLogRequiredFields { requiredClientFields }`);

const STAFF_IP = '203.0.113.41';
const CLIENT_IP = '198.51.100.77';
let seq = 0;
const unique = (tag: string) => `${tag}-${++seq}-${Date.now()}`;

describe('activity log', () => {
  let t: TestApp;
  let admin: string;
  let adminId: string;
  let support: string;

  beforeAll(async () => {
    t = await startTestApp({ TRUST_PROXY: 'loopback' });
    admin = await t.staffToken(StaffRole.ADMIN);
    support = await t.staffToken(StaffRole.SUPPORT);
    adminId = ok(await t.gql(ME_STAFF, {}, admin)).me!.staff!.id;
  });
  afterAll(() => t.stop());

  const sql = async (query: string, params: unknown[] = []) => t.app.orm.em.fork().getConnection().execute(query, params);
  const maxEntryId = async () => Number((await sql(`select coalesce(max(id), 0) as id from activity_log_entry`))[0].id);
  /** Entries written since `sinceId`, oldest first, as the API shows them. */
  const entriesSince = async (sinceId: number) => {
    const conn = ok(await t.gql(LOG, { first: 100 }, support)).activityLog;
    return conn.edges.map((e: any) => e.node).filter((n: any) => keyOf(n.id) > sinceId).reverse();
  };
  const asStaff = <R, V>(query: Operation<R, V>, variables: V, token = admin) =>
    t.gql(query, variables, token, { 'x-forwarded-for': STAFF_IP });

  /** Runs one mutation and returns the single entry it wrote. */
  const onlyEntryOf = async (run: () => Promise<GraphQLResponse>) => {
    const since = await maxEntryId();
    const before = Date.now();
    ok(await run());
    const entries = await entriesSince(since);
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(new Date(entry.createdAt).getTime()).toBeGreaterThanOrEqual(before - 5000);
    expect(new Date(entry.createdAt).getTime()).toBeLessThanOrEqual(Date.now() + 5000);
    return entry;
  };
  const newClient = async () =>
    ok(await asStaff(CREATE_CLIENT, { i: { firstName: 'Log', lastName: 'Ged', email: `${unique('log')}@example.com` } })).createClient.id as string;

  it('CL-1/CL-4/CL-5/CL-11/CL-3: every staff mutation writes one entry with actor, action, target, time and IP', async () => {
    const staffActor = { actorType: 'STAFF', staff: { id: adminId }, ip: STAFF_IP, impersonator: null };

    let clientId = '';
    const created = await onlyEntryOf(async () => {
      const res = await asStaff(CREATE_CLIENT, { i: { firstName: 'A', lastName: 'B', email: `${unique('c')}@example.com`, openingCredit: '3.00' } });
      clientId = res.data?.createClient.id ?? '';
      return res;
    });
    expect(created).toMatchObject({ ...staffActor, action: 'client.create', targetType: 'Client', targetId: clientId, client: { id: clientId } });

    expect(await onlyEntryOf(() => asStaff(UPDATE_CLIENT, { id: clientId, i: { firstName: 'Changed', city: 'Breda' } }))).toMatchObject({
      ...staffActor, action: 'client.update', targetType: 'Client', targetId: clientId, client: { id: clientId },
      details: { changed: expect.arrayContaining(['firstName', 'city']) },
    });
    expect(await onlyEntryOf(() => asStaff(SET_STATUS, { id: clientId, s: 'INACTIVE' }))).toMatchObject({
      ...staffActor, action: 'client.status', targetId: clientId, client: { id: clientId }, details: { from: 'active', to: 'inactive' },
    });

    let groupId = '';
    const groupCreated = await onlyEntryOf(async () => {
      const res = await asStaff(CREATE_GROUP, { i: { name: unique('Group') } });
      groupId = res.data?.createClientGroup.id ?? '';
      return res;
    });
    expect(groupCreated).toMatchObject({ ...staffActor, action: 'clientGroup.create', targetType: 'ClientGroup', targetId: groupId, client: null });
    expect(await onlyEntryOf(() => asStaff(UPDATE_GROUP, { id: groupId, i: { name: unique('Group'), discountPercent: '5' } }))).toMatchObject({
      ...staffActor, action: 'clientGroup.update', targetType: 'ClientGroup', targetId: groupId,
    });
    expect(await onlyEntryOf(() => asStaff(DELETE_GROUP, { id: groupId }))).toMatchObject({
      ...staffActor, action: 'clientGroup.delete', targetType: 'ClientGroup', targetId: groupId,
    });

    let projectId = '';
    const projectCreated = await onlyEntryOf(async () => {
      const res = await asStaff(CREATE_PROJECT, { i: { name: unique('Project') } });
      projectId = res.data?.createProject.id ?? '';
      return res;
    });
    expect(projectCreated).toMatchObject({ ...staffActor, action: 'project.create', targetType: 'Project', targetId: projectId });
    expect(await onlyEntryOf(() => asStaff(UPDATE_PROJECT, { id: projectId, i: { name: unique('Project') } }))).toMatchObject({
      ...staffActor, action: 'project.update', targetType: 'Project', targetId: projectId,
    });
    expect(await onlyEntryOf(() => asStaff(DELETE_PROJECT, { id: projectId }))).toMatchObject({
      ...staffActor, action: 'project.delete', targetType: 'Project', targetId: projectId,
    });

    expect(await onlyEntryOf(() => asStaff(UPDATE_SETTINGS, { i: { requiredClientFields: [] } }))).toMatchObject({
      ...staffActor, action: 'settings.update', targetType: 'OperatorSettings',
    });
  });

  it('issue 13.3: a target id is the global id of an object node() finds (staff members as Staff); settings and domain prices, no single object, have none', async () => {
    const staff = await onlyEntryOf(() => asStaff(CREATE_STAFF,
      { i: { email: `${unique('staff')}@example.com`, firstName: 'New', lastName: 'Member', password: 'staff-password-123', role: 'SUPPORT' } }));
    expect(staff).toMatchObject({ action: 'staff.create', targetType: 'StaffUser' });
    expect(ok(await t.gql(NODE, { id: staff.targetId! }, admin)).node).toEqual({ __typename: 'Staff', id: staff.targetId });
    expect(await onlyEntryOf(() => asStaff(UPDATE_SETTINGS, { i: { requiredClientFields: [] } }))).toMatchObject({ targetType: 'OperatorSettings', targetId: null });
    const tld = await onlyEntryOf(() => asStaff(SET_TLD, { i: { tld: 'log', currency: 'EUR', prices: [{ years: 1, register: '5', renew: '5' }] } }));
    expect(tld).toMatchObject({ action: 'tld_pricing.set', targetType: 'TldPrice', targetId: null });
  });

  it('CL-4: client actions are logged with the client as actor: sign-up and profile edits', async () => {
    const email = `${unique('self')}@example.com`;
    let id = '';
    const registered = await onlyEntryOf(async () => {
      const res = await t.gql(REGISTER, { i: { firstName: 'S', lastName: 'U', email, password: 'client-password-1' } }, undefined, { 'x-forwarded-for': CLIENT_IP });
      id = res.data?.registerClient.id ?? '';
      return res;
    });
    expect(registered).toMatchObject({ actorType: 'CLIENT', staff: null, client: { id }, action: 'client.register', targetId: id, ip: CLIENT_IP });

    const token = await t.clientToken(email, 'client-password-1');
    const edited = await onlyEntryOf(() => t.gql(UPDATE_ME, { i: { city: 'Tilburg' } }, token, { 'x-forwarded-for': CLIENT_IP }));
    expect(edited).toMatchObject({ actorType: 'CLIENT', staff: null, client: { id }, action: 'client.profile.update', ip: CLIENT_IP });
  });

  it('CL-1/CL-4: entries never contain secrets (passwords, security answers)', async () => {
    const id = await newClient();
    const since = await maxEntryId();
    ok(await asStaff(UPDATE_CLIENT, { id, i: { password: 'Sup3r-Secret-Pass', securityAnswer: 'MyFirstPetRex', securityQuestion: 'Pet?' } }));
    const email = `${unique('secret')}@example.com`;
    ok(await t.gql(REGISTER, { i: { firstName: 'S', lastName: 'E', email, password: 'Register-Secret-9', securityAnswer: 'AnswerSecret42' } }));
    const token = await t.clientToken(email, 'Register-Secret-9');
    ok(await t.gql(UPDATE_ME, { i: { currentPassword: 'Register-Secret-9', newPassword: 'Another-Secret-7' } }, token));
    const rows = await sql(`select * from activity_log_entry where id > ?`, [since]);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    const text = JSON.stringify(rows);
    for (const secret of ['Sup3r-Secret-Pass', 'MyFirstPetRex', 'Register-Secret-9', 'AnswerSecret42', 'Another-Secret-7']) {
      expect(text.toLowerCase()).not.toContain(secret.toLowerCase());
    }
  });

  it('CL-1..CL-11: a rejected mutation writes no entry', async () => {
    const id = await newClient();
    const group = ok(await asStaff(CREATE_GROUP, { i: { name: unique('Taken') } })).createClientGroup.id;
    const clientEmail = `${unique('rej')}@example.com`;
    ok(await t.gql(REGISTER, { i: { firstName: 'R', lastName: 'J', email: clientEmail, password: 'client-password-1' } }));
    const clientToken = await t.clientToken(clientEmail, 'client-password-1');
    const groupName = ok(await t.gql(CLIENT_GROUPS, {}, admin)).clientGroups.find((g) => g.id === group)!.name;

    const attempts: [Operation<any, any>, Record<string, unknown>, string | undefined][] = [
      [CREATE_CLIENT, { i: { firstName: 'A', lastName: 'B', email: 'bad' } }, admin],
      [CREATE_CLIENT, { i: { firstName: 'A', lastName: 'B', email: `${unique('x')}@example.com`, openingCredit: '1.234' } }, admin],
      [CREATE_CLIENT, { i: { firstName: 'A', lastName: 'B', email: `${unique('x')}@example.com`, type: 'COMPANY' } }, admin],
      [CREATE_CLIENT, { i: { firstName: 'A', lastName: 'B', email: `${unique('x')}@example.com` } }, clientToken],
      [UPDATE_CLIENT, { id, i: { type: 'COMPANY' } }, admin],
      [UPDATE_CLIENT, { id: idOf('Client', 999999), i: { city: 'X' } }, admin],
      [SET_STATUS, { id: idOf('Client', 999999), s: 'CLOSED' }, admin],
      [SET_STATUS, { id, s: 'CLOSED' }, clientToken],
      [CREATE_GROUP, { i: { name: groupName } }, admin],
      [CREATE_GROUP, { i: { name: unique('G'), colour: 'blue' } }, admin],
      [CREATE_GROUP, { i: { name: unique('G') } }, support],
      [UPDATE_GROUP, { id: group, i: { name: unique('G'), discountPercent: '150' } }, admin],
      [DELETE_GROUP, { id: idOf('ClientGroup', 999999) }, admin],
      [DELETE_GROUP, { id: group }, support],
      [CREATE_PROJECT, { i: { name: unique('P'), defaultCurrency: 'XXX1' } }, admin],
      [UPDATE_PROJECT, { id: idOf('Project', 999999), i: { name: unique('P') } }, admin],
      [DELETE_PROJECT, { id: idOf('Project', 999999) }, support],
      [CREATE_PROJECT, { i: { name: unique('P'), defaultCurrency: 'CHF' } }, admin],
      [UPDATE_SETTINGS, { i: { requiredClientFields: ['CITY'] } }, support],
      [UPDATE_SETTINGS, { i: { requiredClientFields: ['NOPE'] } }, admin],
      [REGISTER, { i: { firstName: 'A', lastName: 'B', email: clientEmail, password: 'client-password-1' } }, undefined],
      [UPDATE_ME, { i: { newPassword: 'new-password-123', currentPassword: 'wrong-password' } }, clientToken],
    ];
    for (const [query, variables, token] of attempts) {
      const since = await maxEntryId();
      const res = await t.gql(query, variables, token);
      expect({ variables, failed: !!res.errors?.length }).toEqual({ variables, failed: true });
      expect({ variables, written: await maxEntryId() }).toEqual({ variables, written: since });
    }
  });

  describe('written in the same transaction as the change', () => {
    const failingAction = async (action: string | null) => {
      await sql(`drop trigger if exists fail_activity on activity_log_entry`);
      if (action === null) return;
      await sql(`create or replace function fail_activity() returns trigger language plpgsql as $$
        begin
          if new.action = '${action}' then raise exception 'activity log unavailable'; end if;
          return new;
        end $$`);
      await sql(`create trigger fail_activity before insert on activity_log_entry for each row execute function fail_activity()`);
    };
    let errorSpy: jest.SpyInstance;
    beforeEach(() => { errorSpy = captureLog('error'); });
    afterEach(async () => {
      errorSpy.mockRestore();
      await failingAction(null);
    });

    it('CL-1/CL-5/CL-11/CL-3: if the entry cannot be written, the change is rolled back (create, update, status, group, settings)', async () => {
      const id = await newClient();
      const clientRow = async () => (await sql(`select first_name, status, updated_at from client where id = ?`, [keyOf(id)]))[0];
      const before = await clientRow();

      await failingAction('client.update');
      expect(errorOf(await asStaff(UPDATE_CLIENT, { id, i: { firstName: 'Never' } })).code).toBe('INTERNAL_SERVER_ERROR');
      expect(await clientRow()).toEqual(before);

      await failingAction('client.status');
      expect(errorOf(await asStaff(SET_STATUS, { id, s: 'CLOSED' })).code).toBe('INTERNAL_SERVER_ERROR');
      expect(await clientRow()).toEqual(before);

      await failingAction('client.create');
      const email = `${unique('ghost')}@example.com`;
      expect(errorOf(await asStaff(CREATE_CLIENT, { i: { firstName: 'G', lastName: 'H', email, openingCredit: '9.00' } })).code).toBe('INTERNAL_SERVER_ERROR');
      expect((await sql(`select count(*)::int as n from client where email = ?`, [email]))[0].n).toBe(0);
      expect((await sql(`select count(*)::int as n from credit_entry where description = 'Opening credit' and client_id not in (select id from client)`))[0].n).toBe(0);

      await failingAction('clientGroup.create');
      const name = unique('Ghost group');
      expect(errorOf(await asStaff(CREATE_GROUP, { i: { name } })).code).toBe('INTERNAL_SERVER_ERROR');
      expect((await sql(`select count(*)::int as n from client_group where name = ?`, [name]))[0].n).toBe(0);

      await failingAction('settings.update');
      const settingsBefore = await sql(`select * from operator_settings`);
      expect(errorOf(await asStaff(UPDATE_SETTINGS, { i: { requiredClientFields: ['CITY'] } })).code).toBe('INTERNAL_SERVER_ERROR');
      expect(await sql(`select * from operator_settings`)).toEqual(settingsBefore);
      expect(ok(await t.gql(REQUIRED_FIELDS)).requiredClientFields).toEqual([]);
    });
  });

  describe('query', () => {
    it('CL-4: staff read the log newest first, filtered by client and by action', async () => {
      const a = await newClient();
      const b = await newClient();
      ok(await asStaff(UPDATE_CLIENT, { id: a, i: { city: 'One' } }));
      ok(await asStaff(UPDATE_CLIENT, { id: b, i: { city: 'Other' } }));
      ok(await asStaff(SET_STATUS, { id: a, s: 'INACTIVE' }));

      const forA = ok(await t.gql(LOG, { f: { clientId: a } }, support)).activityLog;
      expect(forA.totalCount).toBe(3);
      expect(forA.edges.map((e: any) => e.node.action)).toEqual(['client.status', 'client.update', 'client.create']);
      expect(forA.edges.every((e: any) => e.node.client?.id === a)).toBe(true);
      const ids = forA.edges.map((e: any) => keyOf(e.node.id));
      expect([...ids].sort((x, y) => y - x)).toEqual(ids);

      const updatesOfA = ok(await t.gql(LOG, { f: { clientId: a, action: 'client.update' } }, support)).activityLog;
      expect(updatesOfA.totalCount).toBe(1);
      expect(updatesOfA.edges[0].node).toMatchObject({ action: 'client.update', targetId: a });

      const allUpdates = ok(await t.gql(LOG, { f: { action: 'client.update' }, first: 100 }, support)).activityLog;
      expect(allUpdates.edges.map((e: any) => e.node.targetId)).toEqual(expect.arrayContaining([a, b]));
      expect(allUpdates.edges.every((e: any) => e.node.action === 'client.update')).toBe(true);
    });

    it('CL-6: the log pages forward and backward without gaps or duplicates', async () => {
      const id = await newClient();
      for (let i = 0; i < 6; i++) ok(await asStaff(UPDATE_CLIENT, { id, i: { city: `City ${i}` } }));
      const f = { clientId: id };
      const all = ok(await t.gql(LOG, { f, first: 100 }, support)).activityLog;
      expect(all.totalCount).toBe(7);
      const expected = all.edges.map((e: any) => e.node.id);

      const forward: string[] = [];
      let after: string | null | undefined;
      for (let guard = 0; guard < 10; guard++) {
        const page = ok(await t.gql(LOG, { f, first: 3, after }, support)).activityLog;
        forward.push(...page.edges.map((e: any) => e.node.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(forward).toEqual(expected);

      const backward: string[][] = [];
      let before: string | null | undefined;
      for (let guard = 0; guard < 10; guard++) {
        const page = ok(await t.gql(LOG, { f, last: 3, before }, support)).activityLog;
        backward.push(page.edges.map((e: any) => e.node.id));
        if (!page.pageInfo.hasPreviousPage) break;
        before = page.pageInfo.startCursor;
      }
      expect(backward.map((p) => p.length)).toEqual([3, 3, 1]);
      expect(backward.reverse().flat()).toEqual(expected);

      // A window between two cursors.
      const window = ok(await t.gql(LOG, { f, first: 100, after: all.edges[1].cursor, before: all.edges[4].cursor }, support)).activityLog;
      expect(window.edges.map((e: any) => e.node.id)).toEqual(expected.slice(2, 4));
    });

    it('CL-4: only staff read the log; bad filters are BAD_USER_INPUT', async () => {
      const email = `${unique('reader')}@example.com`;
      ok(await t.gql(REGISTER, { i: { firstName: 'R', lastName: 'D', email, password: 'client-password-1' } }));
      const token = await t.clientToken(email, 'client-password-1');
      expect(errorOf(await t.gql(LOG, {}, token)).code).toBe('FORBIDDEN');
      expect(errorOf(await t.gql(LOG, {})).code).toBe('UNAUTHENTICATED');
      expect(errorOf(await t.gql(LOG, { f: { clientId: 'abc' } }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'clientId' });
      const count = `query($first: Int) { activityLog(first: $first) { totalCount } }`;
      expect(errorOf(await t.gql(count, { first: 101 }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
      expect(errorOf(await t.gql(LOG, { before: 'junk' }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'before' });
    });
  });
});
