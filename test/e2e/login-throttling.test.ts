import { StaffRole, StaffUser } from '../../src/auth/staff-user.entity';
import { hashPassword } from '../../src/auth/passwords';
import { errorOf, ok, startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app';
import { attackWhileProbingHealth, healthBudgetMs, type WireRequest } from '../support/responsive';
import { graphql } from '../generated';
import type { LoginRealm } from '../generated/graphql';

const LOGIN = graphql(`mutation LoginThrottlingLogin($e: String!, $p: String!, $r: LoginRealm) { login(email: $e, password: $p, realm: $r) { token } }`);
const REGISTER = graphql(`mutation LoginThrottlingRegister($i: RegisterClientInput!) { registerClient(input: $i) { id } }`);
const CHANGE_PASSWORD = graphql(`mutation LoginThrottlingChangePassword($c: String!) { updateMyProfile(input: { newPassword: "taken-over-password", currentPassword: $c }) { id } }`);

const PER_ACCOUNT_ADDRESS = 5;
const PER_ACCOUNT = 8;
const REGISTRATIONS = 3;

/** How many responses carry each error code ('OK' for success). */
const codesOf = (responses: GraphQLResponse[]) =>
  responses.reduce<Record<string, number>>((counts, res) => {
    const code = res.errors?.length ? errorOf(res).code ?? '?' : 'OK';
    counts[code] = (counts[code] ?? 0) + 1;
    return counts;
  }, {});

describe('issue 10.2: login and sign-up throttling under concurrency', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      TRUST_PROXY: 'loopback',
      LOGIN_MAX_FAILURES_PER_ACCOUNT_IP: String(PER_ACCOUNT_ADDRESS),
      LOGIN_MAX_FAILURES_PER_ACCOUNT: String(PER_ACCOUNT),
      LOGIN_MAX_FAILURES_PER_IP: '1000',
      REGISTRATIONS_PER_IP: String(REGISTRATIONS),
    });
    // A running server is warm: the first burst below should not measure the JIT compiling the login path
    // or the connection pool opening its connections.
    await Promise.all(Array.from({ length: 40 }, (_, i) => login(`warm-up-${i % 8}@example.com`, `warm-up-${i}`, `198.51.100.${200 + (i % 8)}`)));
  });
  afterAll(() => t.stop());

  const from = (address: string) => ({ 'x-forwarded-for': address });
  let signUps = 0;
  /** Signs up from an address of its own, so these sign-ups stay clear of the sign-up limit. */
  const register = async (email: string, password: string) => {
    ok(await t.gql(REGISTER, { i: { firstName: 'Tar', lastName: 'Get', email, password } }, undefined, from(`192.0.2.${++signUps}`)));
  };
  const login = (email: string, password: string, address: string, realm?: LoginRealm) => t.gql(LOGIN, { e: email, p: password, r: realm }, undefined, from(address));
  const loginRequest = (email: string, password: string, address: string): WireRequest => ({ query: LOGIN, variables: { e: email, p: password }, headers: from(address) });

  it('issue 10.2: 100 parallel wrong passwords for one account: at most the limit are checked, the rest RATE_LIMITED; /health stays fast', async () => {
    await register('parallel@example.com', 'parallel-password-1');
    const { responses: result, medianHealthMs, idleHealthMs } = await attackWhileProbingHealth(t.url,
      Array.from({ length: 100 }, (_, i) => loginRequest('parallel@example.com', `wrong-guess-${i}`, '203.0.113.10')));
    expect(codesOf(result)).toEqual({ UNAUTHENTICATED: PER_ACCOUNT_ADDRESS, RATE_LIMITED: 100 - PER_ACCOUNT_ADDRESS });
    const limited = result.find((res) => errorOf(res).code === 'RATE_LIMITED')!;
    expect(limited.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);
    expect(medianHealthMs).toBeLessThan(healthBudgetMs(idleHealthMs));
  });

  it('issue 10.2: the right password among 40 parallel guesses is not found', async () => {
    await register('needle@example.com', 'needle-password-1');
    const guesses = Array.from({ length: 39 }, (_, i) => `haystack-${i}`).concat('needle-password-1');
    const { responses: result, medianHealthMs, idleHealthMs } = await attackWhileProbingHealth(t.url,
      guesses.map((guess) => loginRequest('needle@example.com', guess, '203.0.113.20')));
    expect(result.filter((res) => res.data?.login?.token)).toEqual([]);
    expect(codesOf(result).UNAUTHENTICATED).toBeLessThanOrEqual(PER_ACCOUNT_ADDRESS);
    expect(medianHealthMs).toBeLessThan(healthBudgetMs(idleHealthMs));
    // The password was right all along: the owner gets in from another address.
    expect(ok(await login('needle@example.com', 'needle-password-1', '198.51.100.20')).login.token).toMatch(/^hb_/);
  });

  it('issue 10.2: wrong passwords from one address no longer lock an admin out: other addresses still log in', async () => {
    const em = t.app.orm.em.fork();
    em.create(StaffUser, { email: 'chief@example.com', firstName: 'Chief', lastName: 'Admin', role: StaffRole.ADMIN, passwordHash: await hashPassword('chief-password-1') });
    await em.flush();
    for (let i = 0; i < PER_ACCOUNT_ADDRESS; i++) {
      expect(errorOf(await login('chief@example.com', `wrong-${i}`, '203.0.113.30', 'STAFF')).code).toBe('UNAUTHENTICATED');
    }
    expect(errorOf(await login('chief@example.com', 'chief-password-1', '203.0.113.30', 'STAFF')).code).toBe('RATE_LIMITED');
    expect(ok(await login('chief@example.com', 'chief-password-1', '198.51.100.30', 'STAFF')).login.token).toMatch(/^hb_/);
  });

  it('issue 10.2: failures from many addresses slow the account down, but the owner still gets in from an address it logged in from', async () => {
    await register('owner@example.com', 'owner-password-1');
    // The owner's usual place: an IPv6 network.
    expect(ok(await login('owner@example.com', 'owner-password-1', '2001:db8:aaaa:1::10')).login.token).toBeDefined();

    // A botnet: 40 addresses, 3 guesses each, all at once.
    const attack = Array.from({ length: 40 }, (_, i) => `198.18.${i}.1`).flatMap((address) =>
      [1, 2, 3].map((n) => loginRequest('owner@example.com', `botnet-guess-${n}`, address)));
    const { responses: result, medianHealthMs, idleHealthMs } = await attackWhileProbingHealth(t.url, attack);
    const codes = codesOf(result);
    // Past PER_ACCOUNT counted failures each further guess must wait (1 s, 2 s, …): a handful at most get through in this burst.
    expect(codes.UNAUTHENTICATED).toBeGreaterThanOrEqual(PER_ACCOUNT);
    expect(codes.UNAUTHENTICATED).toBeLessThanOrEqual(PER_ACCOUNT + 2);
    expect(codes.RATE_LIMITED).toBe(result.length - codes.UNAUTHENTICATED);
    expect(medianHealthMs).toBeLessThan(healthBudgetMs(idleHealthMs));

    // On a slow machine the burst can outlast its last wait: one more guess keeps the account slowed down now.
    await login('owner@example.com', 'botnet-guess-4', '198.18.99.1');
    // A new address, even with the right password, is told to wait (slowed down, not locked)…
    const elsewhere = await login('owner@example.com', 'owner-password-1', '192.0.2.99');
    expect(errorOf(elsewhere).code).toBe('RATE_LIMITED');
    expect(elsewhere.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);
    // …while the owner's known network (any address of its /64) gets straight in.
    expect(ok(await login('owner@example.com', 'owner-password-1', '2001:db8:aaaa:1:ffff::77')).login.token).toMatch(/^hb_/);
  });

  it('issue 10.2: IPv6 addresses in one /64 share a counter, the next /64 has its own; IPv4-mapped counts as IPv4', async () => {
    await register('v6@example.com', 'v6-password-1');
    for (let i = 1; i <= PER_ACCOUNT_ADDRESS; i++) {
      expect(errorOf(await login('v6@example.com', 'wrong-password', `2001:db8:1:2::${i}`)).code).toBe('UNAUTHENTICATED');
    }
    expect(errorOf(await login('v6@example.com', 'wrong-password', '2001:db8:1:2:ffff:ffff:ffff:ffff')).code).toBe('RATE_LIMITED');
    expect(errorOf(await login('v6@example.com', 'wrong-password', '2001:db8:1:3::1')).code).toBe('UNAUTHENTICATED');

    await register('v4@example.com', 'v4-password-1');
    for (let i = 0; i < PER_ACCOUNT_ADDRESS; i++) {
      expect(errorOf(await login('v4@example.com', 'wrong-password', i % 2 ? '192.0.2.7' : '::ffff:192.0.2.7')).code).toBe('UNAUTHENTICATED');
    }
    expect(errorOf(await login('v4@example.com', 'wrong-password', '192.0.2.7')).code).toBe('RATE_LIMITED');
  });

  it('issue 10.2: registerClient is limited per address (parallel sign-ups included, IPv6 per /64)', async () => {
    const signUp = (i: number, address: string): WireRequest =>
      ({ query: REGISTER, variables: { i: { firstName: 'Mass', lastName: `Signup${i}`, email: `mass-${i}@example.com`, password: 'mass-password-1' } }, headers: from(address) });
    const { responses: result, medianHealthMs, idleHealthMs } = await attackWhileProbingHealth(t.url,
      Array.from({ length: 12 }, (_, i) => signUp(i, `2001:db8:5:5::${i + 1}`)));
    expect(codesOf(result)).toEqual({ OK: REGISTRATIONS, RATE_LIMITED: 12 - REGISTRATIONS });
    expect(medianHealthMs).toBeLessThan(healthBudgetMs(idleHealthMs));
    const [row] = await t.app.orm.em.getConnection().execute(`select count(*)::int as n from client where email like 'mass-%'`);
    expect(row.n).toBe(REGISTRATIONS);
    // Another network signs up as usual.
    const other = signUp(100, '2001:db8:5:6::1');
    expect(ok(await t.gql(other.query, other.variables, undefined, other.headers)).registerClient.id).toBeDefined();
  });

  it('issue 10.2: one login or sign-up per operation: aliases and fragments are refused before any password is checked', async () => {
    await register('alias@example.com', 'alias-password-1');
    const sessionsBefore = await t.app.orm.em.getConnection().execute(`select count(*)::int as n from auth_session`);
    const attempts = [
      `mutation { a: login(email: "alias@example.com", password: "alias-password-1") { token } b: login(email: "alias@example.com", password: "alias-password-1") { token } }`,
      `mutation { ...twice } fragment twice on Mutation { a: login(email: "alias@example.com", password: "x-guess-1") { token } ... on Mutation { b: login(email: "alias@example.com", password: "x-guess-2") { token } } }`,
      `mutation { login(email: "alias@example.com", password: "alias-password-1") { token } registerClient(input: { firstName: "A", lastName: "B", email: "alias-2@example.com", password: "alias-password-2" }) { id } }`,
    ];
    for (const query of attempts) {
      const res = await t.gql(query, {}, undefined, from('203.0.113.60'));
      expect(res.data).toBeUndefined();
      expect(errorOf(res).code).toBe('BAD_USER_INPUT');
    }
    const sessionsAfter = await t.app.orm.em.getConnection().execute(`select count(*)::int as n from auth_session`);
    expect(sessionsAfter[0].n).toBe(sessionsBefore[0].n);
    const [counted] = await t.app.orm.em.getConnection().execute(`select count(*)::int as n from login_throttle where key like '%alias@example.com%'`);
    expect(counted.n).toBe(0);
  });

  it('issue 10.2: guessing the current password through updateMyProfile counts like logins', async () => {
    await register('stolen@example.com', 'stolen-password-1');
    const token = ok(await login('stolen@example.com', 'stolen-password-1', '203.0.113.70')).login.token;
    const change = (current: string) =>
      t.gql(CHANGE_PASSWORD, { c: current }, token, from('203.0.113.70'));
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => change(`guess-${i}`)));
    expect(codesOf(results)).toEqual({ BAD_USER_INPUT: PER_ACCOUNT_ADDRESS, RATE_LIMITED: 20 - PER_ACCOUNT_ADDRESS });
    expect(errorOf(await change('stolen-password-1')).code).toBe('RATE_LIMITED');
  });
});
