import { idOf, keyOf } from '../support/ids';
import { StaffRole, StaffUser } from '../../src/auth/staff-user.entity';
import { hashPassword } from '../../src/auth/passwords';
import { errorOf, ok, startTestApp, type TestApp } from '../support/test-app';
import { attackWhileProbingHealth, healthBudgetMs } from '../support/responsive';
import { graphql } from '../generated';
import type { ClientPermission, LoginRealm } from '../generated/graphql';

const LOGIN = graphql(`mutation SessionsAndStaffLogin($e: String!, $p: String!, $r: LoginRealm) { login(email: $e, password: $p, realm: $r) { token } }`);
const ME = graphql(`query SessionsAndStaffMe { me { sessionId } }`);
const UPDATE_PROFILE = graphql(`mutation SessionsAndStaffUpdateProfile($i: UpdateProfileInput!) { updateMyProfile(input: $i) { email } }`);
const CREATE_CONTACT = graphql(`mutation SessionsAndStaffCreateContact($c: ID!, $i: CreateContactInput!) { createContact(clientId: $c, input: $i) { id email subAccount { id } } }`);
const UPDATE_CONTACT = graphql(`mutation SessionsAndStaffUpdateContact($id: ID!, $i: UpdateContactInput!) { updateContact(id: $id, input: $i) { id email } }`);
const CHANGE_STAFF_PASSWORD = graphql(`mutation SessionsAndStaffChangeStaffPassword($i: ChangeStaffPasswordInput!) { changeStaffPassword(input: $i) { id } }`);
const DEACTIVATE = graphql(`mutation SessionsAndStaffDeactivate($id: ID!) { deactivateStaff(id: $id) { id active } }`);
const CREATE_CLIENT = graphql(`mutation SessionsAndStaffCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }`);
const UPDATE_CLIENT = graphql(`mutation SessionsAndStaffUpdateClient($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id } }`);
const UPDATE_CLIENT_USER = graphql(`mutation SessionsAndStaffUpdateClientUser($id: ID!, $i: UpdateClientUserInput!) { updateClientUser(id: $id, input: $i) { id } }`);
const ME_CLIENT_EMAIL = graphql(`query SessionsAndStaffMeClientEmail { me { client { email } } }`);
const ME_CLIENT_FIRST_NAME = graphql(`query SessionsAndStaffMeClientFirstName { me { client { firstName } } }`);
const ME_CLIENT_CITY = graphql(`query SessionsAndStaffMeClientCity { me { client { city } } }`);
const ME_CLIENT_PROFILE = graphql(`query SessionsAndStaffMeClientProfile { me { client { firstName city } } }`);
const ME_CLIENT_ACCOUNT = graphql(`query SessionsAndStaffMeClientAccount { me { client { id status currency } permissions } }`);
const ME_STAFF = graphql(`query SessionsAndStaffMeStaff { me { staff { id } } }`);
const CLIENT = graphql(`query SessionsAndStaffClient($id: ID!) { client(id: $id) { id } }`);
const CLIENT_NAME_PHONE = graphql(`query SessionsAndStaffClientNamePhone($id: ID!) { client(id: $id) { lastName phoneNumber } }`);
const CONTACT_CITY = graphql(`query SessionsAndStaffContactCity($id: ID!) { contact(id: $id) { city } }`);
const STAFF_MEMBERS = graphql(`query SessionsAndStaffMembers($first: Int, $after: String) { staffMembers(first: $first, after: $after) {
  totalCount edges { cursor node { __typename id email role active } } pageInfo { hasNextPage endCursor } } }`);
const LOGIN_AS_CLIENT = graphql(`mutation SessionsAndStaffLoginAsClient($id: ID!) { loginAsClient(clientId: $id) { token } }`);
const MERGE_CLIENTS = graphql(`mutation SessionsAndStaffMergeClients($k: ID!, $d: ID!) { mergeClients(keepId: $k, discardId: $d) { id } }`);
const DELETE_CLIENTS = graphql(`mutation SessionsAndStaffDeleteClients($ids: [ID!]!) { deleteClients(ids: $ids, confirm: true) }`);
const SESSION_CAP = 3;

let seq = 0;
const unique = (tag: string) => `${tag}-${++seq}-${Date.now()}@example.com`;

describe('issue 10.4: sessions, logins, sub-accounts and staff management', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp({ TRUST_PROXY: 'loopback', MAX_SESSIONS_PER_ACCOUNT: String(SESSION_CAP), LOGIN_MAX_FAILURES_PER_ACCOUNT_IP: '5' });
    admin = await t.staffToken(StaffRole.ADMIN);
  });
  afterAll(() => t.stop());

  const loginAs = async (email: string, password: string, realm?: LoginRealm, address = '127.0.0.1') => {
    const res = await t.gql(LOGIN, { e: email, p: password, r: realm }, undefined, { 'x-forwarded-for': address });
    return ok(res).login.token;
  };
  // Issue 13.4: a token that no longer works reads as nobody: `me` is null.
  const works = async (token: string) => (await t.gql(ME, {}, token)).data?.me != null;
  const newClient = async (password = 'client-password-1') => {
    const email = unique('client');
    const { id } = ok(await t.gql(CREATE_CLIENT, { i: { firstName: 'Ada', lastName: 'Lovelace', email, password, city: 'London' } }, admin)).createClient;
    return { id, email, password };
  };
  const newStaff = async (role: StaffRole, password = 'staff-password-1') => {
    const email = unique(`staff-${role}`);
    const em = t.app.orm.em.fork();
    const staff = em.create(StaffUser, { email, firstName: 'S', lastName: role, role, passwordHash: await hashPassword(password) });
    await em.flush();
    return { id: idOf('Staff', staff.id), email, password };
  };

  describe('sessions', () => {
    it('issue 10.4: a client\'s password change ends its other sessions and keeps the current one', async () => {
      const c = await newClient();
      const current = await loginAs(c.email, c.password);
      const other = await loginAs(c.email, c.password);
      ok(await t.gql(UPDATE_PROFILE, { i: { newPassword: 'new-client-password-2', currentPassword: c.password } }, current));
      expect(await works(current)).toBe(true);
      expect((await t.gql(ME, {}, other)).data!.me).toBeNull();
      expect(await loginAs(c.email, 'new-client-password-2')).toMatch(/^hb_/);
    });

    it('issue 10.4: staff setting a client\'s password end all of that client\'s sessions', async () => {
      const c = await newClient();
      const token = await loginAs(c.email, c.password);
      ok(await t.gql(UPDATE_CLIENT, { id: c.id, i: { password: 'set-by-staff-password' } }, admin));
      expect((await t.gql(ME, {}, token)).data!.me).toBeNull();
    });

    it('issue 10.4: changing the login email needs the current password; refused attempts change nothing', async () => {
      const c = await newClient();
      const token = await loginAs(c.email, c.password);
      const newEmail = unique('moved');
      const without = await t.gql(UPDATE_PROFILE, { i: { email: newEmail } }, token);
      expect(errorOf(without)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
      const wrong = await t.gql(UPDATE_PROFILE, { i: { email: newEmail, currentPassword: 'not-the-password' } }, token);
      expect(errorOf(wrong)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
      expect(ok(await t.gql(ME_CLIENT_EMAIL, {}, token)).me?.client?.email).toBe(c.email);

      expect(ok(await t.gql(UPDATE_PROFILE, { i: { email: newEmail, currentPassword: c.password } }, token)).updateMyProfile.email).toBe(newEmail);
      expect(await loginAs(newEmail, c.password)).toMatch(/^hb_/);
      // Other profile fields need no password.
      expect(ok(await t.gql(UPDATE_PROFILE, { i: { city: 'Paris' } }, token)).updateMyProfile.email).toBe(newEmail);
    });

    it('issue 10.4: live sessions per account are capped: parallel logins end the oldest sessions beyond the cap', async () => {
      const c = await newClient();
      const first = await loginAs(c.email, c.password);
      // Eight parallel logins from eight addresses (each within its own attempt limit), with /health asked meanwhile.
      const { responses, medianHealthMs, idleHealthMs } = await attackWhileProbingHealth(t.url, Array.from({ length: 8 }, (_, i) => ({
        query: LOGIN, variables: { e: c.email, p: c.password }, headers: { 'x-forwarded-for': `198.51.100.${i + 1}` },
      })));
      const tokens = responses.map((res) => ok(res).login.token as string);
      expect(medianHealthMs).toBeLessThan(healthBudgetMs(idleHealthMs));
      const live = await Promise.all([first, ...tokens].map(works));
      expect(live.filter(Boolean)).toHaveLength(SESSION_CAP);
      expect(live[0]).toBe(false);
      const [row] = await t.app.orm.em.getConnection().execute(
        `select count(*)::int as n from auth_session where client_id = ? and revoked_at is null and expires_at > now()`, [keyOf(c.id)]);
      expect(row.n).toBe(SESSION_CAP);

      // One more login: the oldest of the three ends.
      const newest = await loginAs(c.email, c.password);
      expect(await works(newest)).toBe(true);
      expect((await Promise.all([...tokens, newest].map(works))).filter(Boolean)).toHaveLength(SESSION_CAP);
    });
  });

  describe('sub-accounts', () => {
    /** A client with two sub-account contacts: one with `permissions`, the other without any. */
    const withSubAccounts = async (permissions: ClientPermission[]) => {
      const c = await newClient();
      const holder = await loginAs(c.email, c.password);
      const subAccount = (email: string, perms: ClientPermission[]) =>
        t.gql(CREATE_CONTACT, { c: c.id, i: { firstName: 'Sub', lastName: 'Account', email, subAccount: { password: 'sub-password-1', permissions: perms } } }, holder).then(ok);
      const userEmail = unique('user');
      const otherEmail = unique('other');
      const user = (await subAccount(userEmail, permissions)).createContact;
      const other = (await subAccount(otherEmail, [])).createContact;
      return { c, holder, user, other, userEmail, otherEmail, userToken: await loginAs(userEmail, 'sub-password-1') };
    };

    it('issue 10.4: a sub-account with CONTACTS cannot change another user\'s login email (nor its own); the holder can', async () => {
      const s = await withSubAccounts(['CONTACTS']);
      const hijack = unique('hijack');
      const { responses, medianHealthMs, idleHealthMs } = await attackWhileProbingHealth(t.url, [s.other, s.user].map((contact) => ({
        query: UPDATE_CONTACT, variables: { id: contact.id, i: { email: hijack } }, headers: { authorization: `Bearer ${s.userToken}` },
      })));
      for (const res of responses) expect(errorOf(res).code).toBe('FORBIDDEN');
      expect(medianHealthMs).toBeLessThan(healthBudgetMs(idleHealthMs));
      // Nothing changed: the other user still logs in with its email, the hijacker's address opens nothing.
      expect(await loginAs(s.otherEmail, 'sub-password-1')).toMatch(/^hb_/);
      expect(errorOf(await t.gql(LOGIN, { e: hijack, p: 'sub-password-1' })).code).toBe('UNAUTHENTICATED');
      expect(errorOf(await t.gql(UPDATE_CLIENT_USER, { id: s.other.subAccount!.id, i: { email: hijack } }, s.userToken)).code).toBe('FORBIDDEN');

      // CONTACTS still covers contacts without a login…
      const plain = ok(await t.gql(CREATE_CONTACT, { c: s.c.id, i: { firstName: 'Plain', lastName: 'Contact', email: unique('plain') } }, s.userToken)).createContact;
      expect(ok(await t.gql(UPDATE_CONTACT, { id: plain.id, i: { email: unique('plain-moved') } }, s.userToken)).updateContact.id).toBe(plain.id);
      // …and the account holder moves a login.
      const moved = unique('moved-user');
      ok(await t.gql(UPDATE_CONTACT, { id: s.other.id, i: { email: moved } }, s.holder));
      expect(await loginAs(moved, 'sub-password-1')).toMatch(/^hb_/);
    });

    it('issue 10.4: a sub-account without PROFILE cannot read the client profile, wherever the client is reached from', async () => {
      const s = await withSubAccounts(['INVOICES']);
      for (const read of [
        () => t.gql(ME_CLIENT_FIRST_NAME, {}, s.userToken),
        () => t.gql(ME_CLIENT_EMAIL, {}, s.userToken),
        () => t.gql(ME_CLIENT_CITY, {}, s.userToken),
        () => t.gql(CLIENT_NAME_PHONE, { id: s.c.id }, s.userToken),
      ]) {
        expect(errorOf(await read()).code).toBe('FORBIDDEN');
      }
      // The account itself stays reachable for the areas the login may use.
      expect(ok(await t.gql(ME_CLIENT_ACCOUNT, {}, s.userToken)).me).toMatchObject({ client: { id: s.c.id }, permissions: ['INVOICES'] });

      const profiled = await withSubAccounts(['PROFILE']);
      expect(ok(await t.gql(ME_CLIENT_PROFILE, {}, profiled.userToken)).me?.client).toEqual({ firstName: 'Ada', city: 'London' });
      expect(ok(await t.gql(ME_CLIENT_PROFILE, {}, s.holder)).me?.client).toEqual({ firstName: 'Ada', city: 'London' });
      // A contact's own address is not the client's profile.
      expect(ok(await t.gql(CONTACT_CITY, { id: s.user.id }, s.holder)).contact).toEqual({ city: null });
    });
  });

  describe('staff', () => {
    it('issue 10.4, 13.3: staff list staff page by page (support too); clients may not', async () => {
      const support = await newStaff(StaffRole.SUPPORT);
      const supportToken = await loginAs(support.email, support.password, 'STAFF');
      const seen = ok(await t.gql(STAFF_MEMBERS, { first: 100 }, supportToken)).staffMembers.edges.map((e) => e.node);
      expect(seen).toContainEqual({ __typename: 'Staff', id: support.id, email: support.email, role: 'SUPPORT', active: true });
      const client = await newClient();
      expect(errorOf(await t.gql(STAFF_MEMBERS, {}, await loginAs(client.email, client.password))).code).toBe('FORBIDDEN');

      const first = ok(await t.gql(STAFF_MEMBERS, { first: 1 }, admin)).staffMembers;
      expect(first.totalCount).toBeGreaterThanOrEqual(2);
      expect(first.edges).toHaveLength(1);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const rest = ok(await t.gql(STAFF_MEMBERS, { first: 100, after: first.pageInfo.endCursor }, admin)).staffMembers;
      expect(rest.edges.map((e) => e.node.email)).toContain(support.email);
      expect(rest.edges).toHaveLength(first.totalCount - 1);
    });

    it('issue 10.4: deactivating a staff member ends all its sessions (impersonations too) and its logins', async () => {
      const support = await newStaff(StaffRole.SUPPORT);
      const tokens = [await loginAs(support.email, support.password, 'STAFF'), await loginAs(support.email, support.password, 'STAFF')];
      const c = await newClient();
      const actingAsClient = ok(await t.gql(LOGIN_AS_CLIENT, { id: c.id }, tokens[0])).loginAsClient.token;

      expect(ok(await t.gql(DEACTIVATE, { id: support.id }, admin)).deactivateStaff).toEqual({ id: support.id, active: false });
      for (const token of [...tokens, actingAsClient]) expect((await t.gql(ME, {}, token)).data!.me).toBeNull();
      expect(errorOf(await t.gql(LOGIN, { e: support.email, p: support.password, r: 'STAFF' })).code).toBe('UNAUTHENTICATED');
      const [row] = await t.app.orm.em.getConnection().execute(`select count(*)::int as n from auth_session where (staff_id = ? or impersonator_id = ?) and revoked_at is null`, [keyOf(support.id), keyOf(support.id)]);
      expect(row.n).toBe(0);
    });

    it('issue 10.4: a staff member changes its own password with the current one; an admin changes anyone\'s; support nobody else\'s', async () => {
      const support = await newStaff(StaffRole.SUPPORT);
      const current = await loginAs(support.email, support.password, 'STAFF');
      const other = await loginAs(support.email, support.password, 'STAFF');
      expect(errorOf(await t.gql(CHANGE_STAFF_PASSWORD, { i: { newPassword: 'support-password-2' } }, current))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
      expect(errorOf(await t.gql(CHANGE_STAFF_PASSWORD, { i: { newPassword: 'support-password-2', currentPassword: 'wrong-password' } }, current))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
      expect(await works(other)).toBe(true);

      ok(await t.gql(CHANGE_STAFF_PASSWORD, { i: { newPassword: 'support-password-2', currentPassword: support.password } }, current));
      expect(await works(current)).toBe(true);
      expect((await t.gql(ME, {}, other)).data!.me).toBeNull();
      expect(errorOf(await t.gql(LOGIN, { e: support.email, p: support.password, r: 'STAFF' })).code).toBe('UNAUTHENTICATED');

      const colleague = await newStaff(StaffRole.SUPPORT);
      expect(errorOf(await t.gql(CHANGE_STAFF_PASSWORD, { i: { id: colleague.id, newPassword: 'taken-over-password' } }, current)).code).toBe('FORBIDDEN');
      expect(await loginAs(colleague.email, colleague.password, 'STAFF')).toMatch(/^hb_/);

      ok(await t.gql(CHANGE_STAFF_PASSWORD, { i: { id: support.id, newPassword: 'support-password-3' } }, admin));
      expect((await t.gql(ME, {}, current)).data!.me).toBeNull();
      expect(await loginAs(support.email, 'support-password-3', 'STAFF')).toMatch(/^hb_/);
    });

    it('issue 10.4: merging and deleting clients need the admin role (support gets FORBIDDEN)', async () => {
      const support = await newStaff(StaffRole.SUPPORT);
      const supportToken = await loginAs(support.email, support.password, 'STAFF');
      const [a, b] = [await newClient(), await newClient()];
      expect(errorOf(await t.gql(MERGE_CLIENTS, { k: a.id, d: b.id }, supportToken)).code).toBe('FORBIDDEN');
      expect(errorOf(await t.gql(DELETE_CLIENTS, { ids: [a.id] }, supportToken)).code).toBe('FORBIDDEN');
      expect(ok(await t.gql(CLIENT, { id: b.id }, admin)).client?.id).toBe(b.id);

      // A merged-away client's sessions end with it.
      const discarded = await loginAs(b.email, b.password);
      expect(ok(await t.gql(MERGE_CLIENTS, { k: a.id, d: b.id }, admin)).mergeClients.id).toBe(a.id);
      expect((await t.gql(ME, {}, discarded)).data!.me).toBeNull();
      expect(ok(await t.gql(DELETE_CLIENTS, { ids: [a.id] }, admin)).deleteClients).toEqual([a.id]);
    });

    it('issue 10.4: nobody deactivates itself, and two admins deactivating each other at once leave one active admin', async () => {
      const myId = ok(await t.gql(ME_STAFF, {}, admin)).me!.staff!.id;
      expect(errorOf(await t.gql(DEACTIVATE, { id: myId }, admin)).code).toBe('BAD_USER_INPUT');

      const [x, y] = [await newStaff(StaffRole.ADMIN), await newStaff(StaffRole.ADMIN)];
      const [xToken, yToken] = [await loginAs(x.email, x.password, 'STAFF'), await loginAs(y.email, y.password, 'STAFF')];
      // Leave x and y as the only active admins.
      const others = await t.app.orm.em.fork().find(StaffUser, { role: StaffRole.ADMIN, active: true, id: { $nin: [keyOf(x.id), keyOf(y.id)] } });
      for (const other of others) ok(await t.gql(DEACTIVATE, { id: idOf('Staff', other.id) }, xToken));

      const { responses, medianHealthMs, idleHealthMs } = await attackWhileProbingHealth(t.url, [
        { query: DEACTIVATE, variables: { id: y.id }, headers: { authorization: `Bearer ${xToken}` } },
        { query: DEACTIVATE, variables: { id: x.id }, headers: { authorization: `Bearer ${yToken}` } },
      ]);
      expect(responses.filter((res) => !res.errors)).toHaveLength(1);
      expect(['CONFLICT', 'UNAUTHENTICATED']).toContain(errorOf(responses.find((res) => res.errors)!).code);
      expect(medianHealthMs).toBeLessThan(healthBudgetMs(idleHealthMs));
      expect(await t.app.orm.em.fork().count(StaffUser, { role: StaffRole.ADMIN, active: true })).toBe(1);
    });
  });
});
