import { idOf, keyOf } from '../support/ids';
import { StaffRole } from '../../src/auth/staff-user.entity';
import { errorOf, ok, startTestApp, type TestApp } from '../support/test-app';
import { createClient, uniqueEmail } from '../support/fixtures';
import { graphql } from '../generated';

const LOGIN_AS = graphql(`mutation ImpersonationLoginAs($c: ID!) { loginAsClient(clientId: $c) { token me { sessionId client { id email } impersonator { id } staff { id } } } }`);
const END = graphql(`mutation ImpersonationEnd { endImpersonation { sessionId staff { id email } client { id } } }`);
const ME = graphql(`query ImpersonationMe { me { sessionId staff { id } client { id } impersonator { id } permissions } }`);
const UPDATE_ME = graphql(`mutation ImpersonationUpdateMe($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id city } }`);
const CLIENT = graphql(`query ImpersonationClient($id: ID!) { client(id: $id) { id } }`);
const ADMIN_NOTES = graphql(`query ImpersonationAdminNotes($id: ID!) { client(id: $id) { adminNotes } }`);
const CLIENT_COUNT = graphql(`query ImpersonationClientCount { clients { totalCount } }`);
const LOGOUT = graphql(`mutation ImpersonationLogout { logout }`);
const CLOSE_CLIENT = graphql(`mutation ImpersonationCloseClient($id: ID!) { setClientStatus(id: $id, status: CLOSED) { id } }`);

describe('login as client', () => {
  let t: TestApp;
  let admin: string;
  let support: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.staffToken(StaffRole.ADMIN);
    support = await t.staffToken(StaffRole.SUPPORT);
  });
  afterAll(() => t.stop());

  const sql = async (query: string, params: unknown[] = []) => t.app.orm.em.fork().getConnection().execute(query, params);
  const newClient = () => createClient(t, admin, { firstName: 'Imp', lastName: 'Ersonated', email: uniqueEmail('imp'), password: 'client-password-1' });

  it('CL-9: staff obtain a token acting as the client that records the staff member and sees exactly the client\'s view', async () => {
    const c = await newClient();
    const other = await newClient();
    const staffMe = ok(await t.gql(ME, {}, support)).me!;
    const res = ok(await t.gql(LOGIN_AS, { c: c.id }, support)).loginAsClient;
    expect(res.me.client).toEqual({ id: c.id, email: c.email });
    expect(res.me.impersonator?.id).toBe(staffMe.staff!.id);
    expect(res.me.staff).toBeNull();
    const token = res.token;
    // The client's view: its own data, nothing of other clients, no staff operations or staff-only fields.
    expect(ok(await t.gql(CLIENT, { id: c.id }, token)).client!.id).toBe(c.id);
    expect(await t.gql(CLIENT, { id: other.id }, token)).toEqual({ status: 200, data: { client: null } });
    expect(errorOf(await t.gql(CLIENT_COUNT, {}, token)).code).toBe('FORBIDDEN');
    expect(errorOf(await t.gql(ADMIN_NOTES, { id: c.id }, token)).code).toBe('FORBIDDEN');
    expect(errorOf(await t.gql(LOGIN_AS, { c: other.id }, token)).code).toBe('FORBIDDEN');
    expect(ok(await t.gql(ME, {}, token)).me!.permissions).toHaveLength(8);
  });

  it('CL-9: actions while impersonating are attributed to the client and the staff member; start and end are logged', async () => {
    const c = await newClient();
    const adminId = keyOf(ok(await t.gql(ME, {}, admin)).me!.staff!.id);
    const { token } = ok(await t.gql(LOGIN_AS, { c: c.id }, admin)).loginAsClient;
    ok(await t.gql(UPDATE_ME, { i: { city: 'Utrecht' } }, token));
    const ended = ok(await t.gql(END, {}, token)).endImpersonation;
    expect(ended.staff?.id).toBe(idOf('Staff', adminId));
    expect(ended.client).toBeNull();
    const log = await sql(`select action, actor_type, actor_id, impersonator_staff_id from activity_log_entry where client_id = ? order by id`, [keyOf(c.id)]);
    const byAction = Object.fromEntries(log.map((r: any) => [r.action, r]));
    expect(byAction['auth.impersonation.start']).toMatchObject({ actor_type: 'staff', actor_id: adminId });
    expect(byAction['client.profile.update']).toMatchObject({ actor_type: 'client', actor_id: keyOf(c.id), impersonator_staff_id: adminId });
    expect(byAction['auth.impersonation.end']).toMatchObject({ actor_type: 'client', actor_id: keyOf(c.id), impersonator_staff_id: adminId });
    expect(log.map((r: any) => r.action).indexOf('auth.impersonation.end')).toBeGreaterThan(log.map((r: any) => r.action).indexOf('client.profile.update'));
  });

  it('CL-9: ending returns the staff member\'s own session; the impersonation token stops working', async () => {
    const c = await newClient();
    const staffMe = ok(await t.gql(ME, {}, admin)).me!;
    const { token } = ok(await t.gql(LOGIN_AS, { c: c.id }, admin)).loginAsClient;
    const ended = ok(await t.gql(END, {}, token)).endImpersonation;
    expect(ended.sessionId).toBe(staffMe.sessionId);
    expect((await t.gql(ME, {}, token)).data!.me).toBeNull();
    expect(ok(await t.gql(ME, {}, admin)).me!.staff?.id).toBe(staffMe.staff!.id);
  });

  it('CL-9: logging out of the staff session ends its impersonations too', async () => {
    const c = await newClient();
    const staff = await t.staffToken(StaffRole.SUPPORT);
    const { token } = ok(await t.gql(LOGIN_AS, { c: c.id }, staff)).loginAsClient;
    expect(ok(await t.gql(ME, {}, token)).me!.client?.id).toBe(c.id);
    ok(await t.gql(LOGOUT, {}, staff));
    expect((await t.gql(ME, {}, token)).data!.me).toBeNull();
  });

  it('CL-9: clients cannot impersonate; a client session cannot "end" an impersonation; unknown and closed clients are refused', async () => {
    const c = await newClient();
    const clientToken = await t.clientToken(c.email, 'client-password-1');
    expect(errorOf(await t.gql(LOGIN_AS, { c: c.id }, clientToken)).code).toBe('FORBIDDEN');
    expect(errorOf(await t.gql(END, {}, clientToken)).code).toBe('FORBIDDEN');
    expect(errorOf(await t.gql(END, {}, admin)).code).toBe('FORBIDDEN');
    expect(errorOf(await t.gql(LOGIN_AS, { c: idOf('Client', 99999999) }, admin)).code).toBe('NOT_FOUND');
    expect(errorOf(await t.gql(LOGIN_AS, { c: c.id })).code).toBe('UNAUTHENTICATED');
    ok(await t.gql(CLOSE_CLIENT, { id: c.id }, admin));
    expect(errorOf(await t.gql(LOGIN_AS, { c: c.id }, admin)).code).toBe('FORBIDDEN');
    expect(await sql(`select count(*)::int as n from auth_session where client_id = ? and impersonator_id is not null`, [keyOf(c.id)])).toEqual([{ n: 0 }]);
  });
});
