import { StaffRole } from '../../src/auth/staff-user.entity';
import { errorOf, ok, startTestApp, type TestApp } from '../support/test-app';
import { graphql } from '../generated';
import type { CreateClientInput, UpdateClientInput } from '../generated/graphql';

const CREATE_CLIENT = graphql(`mutation ClientMarksCreateClient($i: CreateClientInput!) { createClient(input: $i) { id email attitude verifiedPhone loginName } }`);
const UPDATE_CLIENT = graphql(`mutation ClientMarksUpdateClient($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id attitude verifiedPhone loginName } }`);
const REGISTER = graphql(`mutation ClientMarksRegister($i: RegisterClientInput!) { registerClient(input: $i) { id } }`);
const MARKS = graphql(`query ClientMarksClient($id: ID!) { client(id: $id) { id attitude verifiedPhone loginName } }`);
const MY_ATTITUDE = graphql(`query ClientMarksMyAttitude($id: ID!) { client(id: $id) { id attitude } }`);
const MY_VERIFIED_PHONE = graphql(`query ClientMarksMyVerifiedPhone($id: ID!) { client(id: $id) { id verifiedPhone } }`);
const MY_LOGIN_NAME = graphql(`query ClientMarksMyLoginName($id: ID!) { client(id: $id) { id loginName } }`);
const LOGIN = graphql(`mutation ClientMarksLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token me { client { id } } } }`);
const CREATE_USER = graphql(`mutation ClientMarksCreateUser($c: ID!, $i: CreateClientUserInput!) { createClientUser(clientId: $c, input: $i) { id } }`);
const UPDATE_PROFILE = graphql(`mutation ClientMarksUpdateProfile($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id } }`);

describe('CL-14: staff-only marks on a client', () => {
  let t: TestApp;
  let admin: string;
  let seq = 0;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.staffToken(StaffRole.ADMIN);
  });
  afterAll(() => t.stop());

  const email = (tag: string) => `${tag}-${++seq}-${Date.now()}@example.com`;
  const create = async (input: Partial<CreateClientInput> = {}) =>
    ok(await t.gql(CREATE_CLIENT, { i: { firstName: 'Mark', lastName: 'Ed', email: email('marks'), ...input } }, admin)).createClient;
  const rows = () => t.app.orm.em.fork().getConnection().execute(`select id, attitude, verified_phone, custom_login_name, updated_at from client order by id`);

  it('CL-14: staff set, read, change and clear the attitude, the verified phone and the login name; the login name is the email by default', async () => {
    const plain = await create();
    expect(plain).toMatchObject({ attitude: null, verifiedPhone: null, loginName: plain.email });

    const marked = await create({ attitude: 'VIP', verifiedPhone: '+351 21 000 0001', loginName: 'Ada.Lovelace' });
    expect(marked).toMatchObject({ attitude: 'VIP', verifiedPhone: '+351 21 000 0001', loginName: 'ada.lovelace' });
    expect(ok(await t.gql(MARKS, { id: marked.id }, admin)).client).toMatchObject({ attitude: 'VIP', loginName: 'ada.lovelace' });

    const changed = ok(await t.gql(UPDATE_CLIENT, { id: marked.id, i: { attitude: 'Problematic', verifiedPhone: null } }, admin)).updateClient;
    expect(changed).toMatchObject({ attitude: 'Problematic', verifiedPhone: null, loginName: 'ada.lovelace' });
    const cleared = ok(await t.gql(UPDATE_CLIENT, { id: marked.id, i: { attitude: null, loginName: null } }, admin)).updateClient;
    expect(cleared).toMatchObject({ attitude: null, loginName: marked.email });
  });

  it('CL-14: bad marks are BAD_USER_INPUT (all at once), a login name of another client is CONFLICT; nothing changes', async () => {
    const taken = await create({ loginName: `taken${seq}` });
    const client = await create({ attitude: 'VIP' });
    const before = await rows();
    const cases: [Partial<UpdateClientInput>, string, string[]][] = [
      [{ attitude: '', verifiedPhone: 'call me', loginName: 'no spaces' }, 'BAD_USER_INPUT', ['attitude', 'verifiedPhone', 'loginName']],
      [{ attitude: 'x'.repeat(51) }, 'BAD_USER_INPUT', ['attitude']],
      [{ loginName: 'ab' }, 'BAD_USER_INPUT', ['loginName']],
      [{ loginName: taken.loginName!.toUpperCase() }, 'CONFLICT', ['loginName']],
    ];
    for (const [i, code, fields] of cases) {
      const res = await t.gql(UPDATE_CLIENT, { id: client.id, i }, admin);
      expect(errorOf(res).code).toBe(code);
      const reported = (res.errors?.[0]?.extensions?.fields as { path: (string | number)[] }[] | undefined)?.map((p) => p.path.at(-1))
        ?? [errorOf(res).field?.split('.').at(-1)];
      expect(reported.sort()).toEqual([...fields].sort());
    }
    const res = await t.gql(CREATE_CLIENT, { i: { firstName: 'Dup', lastName: 'Name', email: email('dup'), loginName: taken.loginName } }, admin);
    expect(errorOf(res)).toMatchObject({ code: 'CONFLICT', field: 'loginName' });
    expect(await rows()).toEqual(before);
  });

  it('CL-14: one name claimed at once as a new client\'s email, another client\'s login name and a user\'s email: exactly one claim wins, every round', async () => {
    const holder = await create();
    const userOwner = await create();
    for (let round = 0; round < 6; round++) {
      const name = email('race');
      const [asEmail, asLoginName, asUserEmail] = await Promise.all([
        t.gql(CREATE_CLIENT, { i: { firstName: 'Race', lastName: 'Email', email: name } }, admin),
        t.gql(UPDATE_CLIENT, { id: holder.id, i: { loginName: name } }, admin),
        t.gql(CREATE_USER, { c: userOwner.id, i: { email: name, firstName: 'Race', lastName: 'User', password: 'race-password-1', permissions: [] } }, admin),
      ]);
      const answers = [asEmail, asLoginName, asUserEmail];
      expect(answers.filter((answer) => !answer.errors)).toHaveLength(1);
      for (const refused of answers.filter((answer) => answer.errors)) expect(refused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'VALUE_TAKEN' });
      const [{ n }] = await t.app.orm.em.fork().getConnection().execute(
        `select (select count(*) from client where email = ? or custom_login_name = ?) + (select count(*) from client_user where email = ?) as n`, [name, name, name]);
      expect(Number(n)).toBe(1);
      if (!asLoginName.errors) ok(await t.gql(UPDATE_CLIENT, { id: holder.id, i: { loginName: null } }, admin));
    }
  });

  it('CL-14: a client never sees its marks (each field is refused and null) nor sets them', async () => {
    const address = email('self');
    const { id } = ok(await t.gql(REGISTER, { i: { firstName: 'Self', lastName: 'Seen', email: address, password: 'client-password-1' } })).registerClient;
    ok(await t.gql(UPDATE_CLIENT, { id, i: { attitude: 'Problematic', verifiedPhone: '+49 30 1234567', loginName: `self${seq}` } }, admin));
    const token = await t.clientToken(address, 'client-password-1');
    const answers = [await t.gql(MY_ATTITUDE, { id }, token), await t.gql(MY_VERIFIED_PHONE, { id }, token), await t.gql(MY_LOGIN_NAME, { id }, token)];
    for (const res of answers) {
      expect(errorOf(res).code).toBe('FORBIDDEN');
      const seen = res.data?.client as Record<string, unknown> | null | undefined;
      expect(Object.entries(seen ?? {}).filter(([key, value]) => key !== 'id' && value != null)).toEqual([]);
    }
    const before = await rows();
    // The profile input has no such fields: the request is refused before it runs.
    const res = await t.gql(UPDATE_PROFILE, { i: { attitude: 'VIP' } as never }, token);
    expect(errorOf(res).code).toBe('BAD_USER_INPUT');
    // Staff-only mutation.
    expect(errorOf(await t.gql(UPDATE_CLIENT, { id, i: { attitude: 'VIP' } }, token)).code).toBe('FORBIDDEN');
    expect(await rows()).toEqual(before);
  });

  describe('CL-14: signing in with the login name', () => {
    const password = 'client-password-1';
    const login = (e: string, p = password) => t.gql(LOGIN, { e, p });

    it('CL-14: the client signs in with its login name in any case, as with its email; a wrong password is refused alike', async () => {
      const name = `Grace.H${++seq}`;
      const client = await create({ password, loginName: name });
      const byName = ok(await login(`  ${name.toUpperCase()} `)).login;
      expect(byName.me.client?.id).toBe(client.id);
      expect(ok(await login(client.email!)).login.me.client?.id).toBe(client.id);
      const wrong = await login(name.toLowerCase(), 'not-the-password');
      expect(errorOf(wrong).code).toBe('UNAUTHENTICATED');
      expect(wrong.errors?.[0]?.extensions?.reason).toBe('INVALID_CREDENTIALS');
      // Cleared: the name no longer signs in, the email still does.
      ok(await t.gql(UPDATE_CLIENT, { id: client.id, i: { loginName: null } }, admin));
      expect(errorOf(await login(name)).code).toBe('UNAUTHENTICATED');
      expect(ok(await login(client.email!)).login.me.client?.id).toBe(client.id);
    });

    it('CL-14: a login name names one login: another client\'s email or a user\'s email is CONFLICT, and no email may take a login name', async () => {
      const other = await create({ password });
      const holder = await create({ password, loginName: `holder${++seq}` });
      const user = `user-${seq}@example.com`;
      ok(await t.gql(CREATE_USER, { c: holder.id, i: { email: user, firstName: 'Us', lastName: 'Er', password, permissions: ['PROFILE'] } }, admin));
      const client = await create();
      const before = await rows();
      for (const loginName of [other.email!.toUpperCase(), user]) {
        expect(errorOf(await t.gql(UPDATE_CLIENT, { id: client.id, i: { loginName } }, admin))).toMatchObject({ code: 'CONFLICT', field: 'loginName' });
      }
      expect(await rows()).toEqual(before);
      // The other way round: the login name is taken as an email of a client or a user.
      const named = `named-${seq}@example.com`;
      ok(await t.gql(UPDATE_CLIENT, { id: client.id, i: { loginName: named } }, admin));
      expect(errorOf(await t.gql(CREATE_CLIENT, { i: { firstName: 'Dup', lastName: 'Mail', email: named } }, admin))).toMatchObject({ code: 'CONFLICT', field: 'email' });
      expect(errorOf(await t.gql(UPDATE_CLIENT, { id: other.id, i: { email: named } }, admin))).toMatchObject({ code: 'CONFLICT', field: 'email' });
      expect(errorOf(await t.gql(CREATE_USER, { c: holder.id, i: { email: named, firstName: 'Us', lastName: 'Er', password, permissions: ['PROFILE'] } }, admin)))
        .toMatchObject({ code: 'CONFLICT', field: 'email' });
    });

    it('CL-14: failures by login name and by email count against one account: the limit holds across both', async () => {
      const name = `throttled${++seq}`;
      const client = await create({ password, loginName: name });
      // LOGIN_MAX_FAILURES_PER_ACCOUNT_IP is 5 by default: three by name and two by email use it up.
      for (const e of [name, client.email!, name, client.email!, name]) {
        expect(errorOf(await login(e, 'not-the-password')).code).toBe('UNAUTHENTICATED');
      }
      expect(errorOf(await login(name)).code).toBe('RATE_LIMITED');
      expect(errorOf(await login(client.email!)).code).toBe('RATE_LIMITED');
    });
  });
});
