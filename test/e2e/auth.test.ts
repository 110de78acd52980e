import { getMetadataStorage } from 'type-graphql';
import { StaffRole } from '../../src/auth/staff-user.entity';
import { resolvers } from '../../src/composition';
import { errorOf, ok, startTestApp, type TestApp } from '../support/test-app';
import { graphql } from '../generated';

const LOGIN = graphql(`mutation AuthLogin($e: String!, $p: String!, $r: LoginRealm) { login(email: $e, password: $p, realm: $r) { token me { staff { email role } client { email } } } }`);
const REGISTER = graphql(`mutation AuthRegister($i: RegisterClientInput!) { registerClient(input: $i) { id } }`);
const ME_ROLE = graphql(`query AuthMeRole { me { staff { role } client { id } } }`);
const ME_CLIENT = graphql(`query AuthMeClient { me { client { id } } }`);
const ME_SESSION = graphql(`query AuthMeSession { me { sessionId } }`);
const SET_CLIENT_STATUS = graphql(`mutation AuthSetClientStatus($id: ID!, $s: ClientStatus!) { setClientStatus(id: $id, status: $s) { status } }`);
const LOGOUT = graphql(`mutation AuthLogout { logout }`);
const CLIENT_COUNT = graphql(`query AuthClientCount { clients { totalCount } }`);
const CREATE_STAFF = graphql(`mutation AuthCreateStaff($i: CreateStaffInput!) { createStaff(input: $i) { role } }`);

describe('auth', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES_PER_ACCOUNT_IP: '3', LOGIN_MAX_FAILURES_PER_IP: '8', TRUST_PROXY: 'loopback' });
  });
  afterAll(() => t.stop());

  const register = async (email: string, password = 'client-password-1') => {
    return ok(await t.gql(REGISTER, { i: { firstName: 'Cli', lastName: 'Ent', email, password } })).registerClient.id;
  };

  it('staff log in with the STAFF realm and the token identifies them over HTTP', async () => {
    const token = await t.staffToken(StaffRole.SUPPORT);
    expect(ok(await t.gql(ME_ROLE, {}, token)).me).toEqual({ staff: { role: 'SUPPORT' }, client: null });
  });

  it('a client logs in; a wrong password is UNAUTHENTICATED and reveals nothing', async () => {
    await register('login-ok@example.com');
    const { login } = ok(await t.gql(LOGIN, { e: 'Login-OK@example.com', p: 'client-password-1' }));
    expect(login.me.client?.email).toBe('login-ok@example.com');
    expect(login.token).toMatch(/^hb_/);

    const wrong = await t.gql(LOGIN, { e: 'login-ok@example.com', p: 'nope-nope-nope' });
    const unknown = await t.gql(LOGIN, { e: 'nobody@example.com', p: 'nope-nope-nope' });
    expect(errorOf(wrong)).toMatchObject({ code: 'UNAUTHENTICATED', message: 'Invalid email or password' });
    expect(errorOf(unknown)).toMatchObject({ code: 'UNAUTHENTICATED', message: 'Invalid email or password' });
    // A client password does not open the staff realm.
    expect(errorOf(await t.gql(LOGIN, { e: 'login-ok@example.com', p: 'client-password-1', r: 'STAFF' })).code).toBe('UNAUTHENTICATED');
  });

  it('passwords are stored as argon2id hashes', async () => {
    await register('hash@example.com', 'hash-password-1');
    const [row] = await t.app.orm.em.getConnection().execute(`select password_hash from client where email = 'hash@example.com'`);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.password_hash).not.toContain('hash-password-1');
  });

  it('failed logins are rate-limited per account and address; the right password is refused while locked', async () => {
    await register('target@example.com', 'target-password-1');
    for (let i = 0; i < 3; i++) {
      expect(errorOf(await t.gql(LOGIN, { e: 'target@example.com', p: `guess-${i}` })).code).toBe('UNAUTHENTICATED');
    }
    const right = await t.gql(LOGIN, { e: 'target@example.com', p: 'target-password-1' });
    expect(errorOf(right).code).toBe('RATE_LIMITED');
  });

  it('issue 10.2: aliases in one request do not multiply password guesses (refused before any is tried)', async () => {
    await register('aliased@example.com', 'aliased-password-1');
    const aliases = [1, 2, 3, 4, 5].map((i) => `a${i}: login(email: "aliased@example.com", password: "guess-${i}") { token }`).join('\n');
    const res = await t.gql(`mutation { ${aliases} }`, {}, undefined, { 'x-forwarded-for': '198.51.100.7' });
    expect(res.errors).toHaveLength(1);
    expect(errorOf(res).code).toBe('BAD_USER_INPUT');
    const [row] = await t.app.orm.em.getConnection().execute(`select count(*)::int as n from login_throttle where key like '%aliased@example.com%'`);
    expect(row.n).toBe(0);
  });

  it('failed logins are rate-limited per IP across accounts', async () => {
    const ip = { 'x-forwarded-for': '203.0.113.9' };
    // Spread over accounts so the per-account limit (3) is never reached, only the per-IP one (8).
    for (let i = 0; i < 8; i++) {
      const res = await t.gql(LOGIN, { e: `ip-victim-${i % 4}@example.com`, p: 'wrong-password' }, undefined, ip);
      expect(errorOf(res).code).toBe('UNAUTHENTICATED');
    }
    expect(errorOf(await t.gql(LOGIN, { e: 'fresh@example.com', p: 'wrong-password' }, undefined, ip)).code).toBe('RATE_LIMITED');
    // Another address is not affected.
    const other = await t.gql(LOGIN, { e: 'fresh@example.com', p: 'wrong-password' }, undefined, { 'x-forwarded-for': '203.0.113.10' });
    expect(errorOf(other).code).toBe('UNAUTHENTICATED');
  });

  it('CL-5: a Closed client cannot log in and its open sessions stop working', async () => {
    const id = await register('closing@example.com');
    const clientToken = await t.clientToken('closing@example.com', 'client-password-1');
    const staff = await t.staffToken();
    expect(ok(await t.gql(SET_CLIENT_STATUS, { id, s: 'CLOSED' }, staff)).setClientStatus.status).toBe('CLOSED');

    expect(await t.gql(ME_CLIENT, {}, clientToken)).toEqual({ status: 200, data: { me: null } });
    expect(errorOf(await t.gql(LOGIN, { e: 'closing@example.com', p: 'client-password-1' })).code).toBe('FORBIDDEN');

    ok(await t.gql(SET_CLIENT_STATUS, { id, s: 'INACTIVE' }, staff));
    expect(ok(await t.gql(LOGIN, { e: 'closing@example.com', p: 'client-password-1' })).login.token).toMatch(/^hb_/);
  });

  it('logout ends the session of the token', async () => {
    const token = await t.staffToken();
    expect(ok(await t.gql(LOGOUT, {}, token)).logout).toBe(true);
    expect(await t.gql(ME_SESSION, {}, token)).toEqual({ status: 200, data: { me: null } });
  });

  it('no token → UNAUTHENTICATED; a client token on staff operations → FORBIDDEN; support on admin operations → FORBIDDEN', async () => {
    expect(errorOf(await t.gql(CLIENT_COUNT)).code).toBe('UNAUTHENTICATED');
    await register('plain@example.com');
    const clientToken = await t.clientToken('plain@example.com', 'client-password-1');
    expect(errorOf(await t.gql(CLIENT_COUNT, {}, clientToken)).code).toBe('FORBIDDEN');
    const support = await t.staffToken(StaffRole.SUPPORT);
    const staffInput = { email: 'x@example.com', firstName: 'X', lastName: 'Y', password: 'long-enough-pass', role: 'SUPPORT' } as const;
    expect(errorOf(await t.gql(CREATE_STAFF, { i: staffInput }, support)).code).toBe('FORBIDDEN');
    const admin = await t.staffToken(StaffRole.ADMIN);
    expect(ok(await t.gql(CREATE_STAFF, { i: staffInput }, admin)).createStaff.role).toBe('SUPPORT');
  });

  it('every query, mutation and subscription declares who may call it', () => {
    // `me` answers null without a login (issue 13.4).
    const PUBLIC = new Set(['login', 'registerClient', 'requiredClientFields', 'catalog', 'tldPrices', 'me']);
    const storage = getMetadataStorage();
    const roots = [...storage.queries, ...storage.mutations, ...storage.subscriptions].filter((r) =>
      (resolvers as readonly unknown[]).includes(r.target),
    );
    expect(roots.length).toBeGreaterThan(10);
    const undeclared = roots
      .filter((r) => !PUBLIC.has(r.schemaName))
      .filter((r) => !storage.authorizedFields.some((a) => a.target === r.target && a.fieldName === r.methodName))
      .map((r) => r.schemaName);
    expect(undeclared).toEqual([]);
  });
});
