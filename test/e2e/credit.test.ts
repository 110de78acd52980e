import { StaffRole } from '../../src/auth/staff-user.entity';
import { errorOf, ok, startTestApp, type TestApp } from '../support/test-app';
import { idOf, keyOf } from '../support/ids';
import { graphql } from '../generated';

const CREATE = graphql(`mutation CreditCreateClient($i: CreateClientInput!) { createClient(input: $i) { id currency creditBalance { amount currency } } }`);
// The credit entry fields every operation below selects.
graphql(`fragment CreditEntryFields on CreditEntry { id kind description staff { id } createdAt amount { amount currency } balanceBefore { amount currency } balanceAfter { amount currency } }`);
const ADD = graphql(`mutation CreditAdd($i: CreditChangeInput!) { addCredit(input: $i) { ...CreditEntryFields } }`);
const REMOVE = graphql(`mutation CreditRemove($i: CreditChangeInput!) { removeCredit(input: $i) { ...CreditEntryFields } }`);
const ADJUST = graphql(`mutation CreditAdjust($i: CreditAdjustmentInput!) { adjustCreditBalance(input: $i) { ...CreditEntryFields } }`);
const LOG = graphql(`query CreditLog($c: ID!, $first: Int, $after: String) { creditLog(clientId: $c, first: $first, after: $after) {
  totalCount edges { node { ...CreditEntryFields } } pageInfo { hasNextPage endCursor } } }`);
const BALANCE = graphql(`query CreditBalance($id: ID!) { client(id: $id) { creditBalance { amount currency } } }`);

let seq = 0;
const uniqueEmail = () => `credit-${++seq}-${Date.now()}@example.com`;

describe('credit ledger', () => {
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
  const newClient = async (input: Record<string, unknown> = {}) => {
    const email = uniqueEmail();
    const client = ok(await t.gql(CREATE, { i: { firstName: 'Cred', lastName: 'It', email, password: 'client-password-1', ...input } }, admin)).createClient;
    return { ...client, email, token: () => t.clientToken(email, 'client-password-1') };
  };
  const balance = async (id: string) => ok(await t.gql(BALANCE, { id }, admin)).client!.creditBalance!.amount;
  const ledger = async (id: string) => (await sql(
    `select coalesce(sum(amount_minor), 0)::text as sum, count(*)::int as n, (select credit_balance_minor::text from client where id = ?) as balance from credit_entry where client_id = ?`,
    [keyOf(id), keyOf(id)],
  ))[0] as { sum: string; n: number; balance: string };

  it('CR-1: staff add credit with a description; it is added to the balance and shown in the credit log', async () => {
    const c = await newClient({ currency: 'EUR' });
    const entry = ok(await t.gql(ADD, { i: { clientId: c.id, amount: '12.50', description: 'Goodwill' } }, support)).addCredit;
    expect(entry).toMatchObject({ kind: 'ADD', description: 'Goodwill', amount: { amount: '12.50', currency: 'EUR' }, balanceBefore: { amount: '0.00' }, balanceAfter: { amount: '12.50' } });
    expect(entry.staff?.id).toEqual(expect.any(String));
    ok(await t.gql(ADD, { i: { clientId: c.id, amount: '0.01', description: 'Cent' } }, admin));
    expect(await balance(c.id)).toBe('12.51');
    const log = ok(await t.gql(LOG, { c: c.id }, admin)).creditLog;
    expect(log.totalCount).toBe(2);
    expect(log.edges.map((e: any) => e.node.amount.amount)).toEqual(['0.01', '12.50']); // newest first
    const activity = await sql(`select action from activity_log_entry where client_id = ? order by id`, [keyOf(c.id)]);
    expect(activity.map((a: any) => a.action)).toEqual(expect.arrayContaining(['credit.add']));
  });

  it('CR-1: amounts are exact in the client\'s currency (JPY has no decimals, BHD three)', async () => {
    const jpy = await newClient({ currency: 'JPY' });
    expect(ok(await t.gql(ADD, { i: { clientId: jpy.id, amount: '1500', description: 'yen' } }, admin)).addCredit.balanceAfter).toEqual({ amount: '1500', currency: 'JPY' });
    expect(errorOf(await t.gql(ADD, { i: { clientId: jpy.id, amount: '1.5', description: 'yen' } }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount' });
    const bhd = await newClient({ currency: 'BHD' });
    expect(ok(await t.gql(ADD, { i: { clientId: bhd.id, amount: '0.125', description: 'fils' } }, admin)).addCredit.balanceAfter.amount).toBe('0.125');
  });

  it('CR-1: negative, zero, over-precise or malformed amounts, unknown clients and blank descriptions are refused and change nothing', async () => {
    const c = await newClient({ currency: 'USD', openingCredit: '5.00' });
    const before = await ledger(c.id);
    const activityBefore = (await sql(`select count(*)::int as n from activity_log_entry`))[0].n;
    for (const amount of ['-1.00', '0', '0.00', '1.001', 'abc', '1e3', '']) {
      expect(errorOf(await t.gql(ADD, { i: { clientId: c.id, amount, description: 'x' } }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount' });
    }
    expect(errorOf(await t.gql(REMOVE, { i: { clientId: c.id, amount: '-1', description: 'x' } }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount' });
    expect(errorOf(await t.gql(ADD, { i: { clientId: c.id, amount: '1', description: '   ' } }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'description' });
    expect(errorOf(await t.gql(ADD, { i: { clientId: idOf('Client', 99999999), amount: '1', description: 'x' } }, admin)).code).toBe('NOT_FOUND');
    expect(errorOf(await t.gql(ADD, { i: { clientId: 'abc', amount: '1', description: 'x' } }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'clientId' });
    expect(await ledger(c.id)).toEqual(before);
    expect((await sql(`select count(*)::int as n from activity_log_entry`))[0].n).toBe(activityBefore);
  });

  it('CR-5: removing more credit than the balance is refused; the balance is never negative (also held by the database)', async () => {
    const c = await newClient({ currency: 'EUR' });
    ok(await t.gql(ADD, { i: { clientId: c.id, amount: '10.00', description: 'in' } }, admin));
    const removed = ok(await t.gql(REMOVE, { i: { clientId: c.id, amount: '3.33', description: 'out' } }, admin)).removeCredit;
    expect(removed).toMatchObject({ kind: 'REMOVE', amount: { amount: '-3.33' }, balanceBefore: { amount: '10.00' }, balanceAfter: { amount: '6.67' } });
    expect(errorOf(await t.gql(REMOVE, { i: { clientId: c.id, amount: '6.68', description: 'too much' } }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount' });
    expect(await balance(c.id)).toBe('6.67');
    await expect(sql(`update client set credit_balance_minor = -1 where id = ?`, [keyOf(c.id)])).rejects.toThrow(/client_credit_balance_not_negative/);
  });

  it('CR-2: a staff balance adjustment is a ledger entry recording who, when, the old and the new balance', async () => {
    const c = await newClient({ currency: 'EUR', openingCredit: '20.00' });
    const entry = ok(await t.gql(ADJUST, { i: { clientId: c.id, newBalance: '7.25', description: 'Correction' } }, admin)).adjustCreditBalance;
    expect(entry).toMatchObject({ kind: 'ADJUSTMENT', description: 'Correction', amount: { amount: '-12.75' }, balanceBefore: { amount: '20.00' }, balanceAfter: { amount: '7.25' } });
    expect(entry.staff?.id).toEqual(expect.any(String));
    expect(new Date(entry.createdAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    const up = ok(await t.gql(ADJUST, { i: { clientId: c.id, newBalance: '100', description: 'Up' } }, admin)).adjustCreditBalance;
    expect(up).toMatchObject({ amount: { amount: '92.75' }, balanceBefore: { amount: '7.25' }, balanceAfter: { amount: '100.00' } });
    expect(errorOf(await t.gql(ADJUST, { i: { clientId: c.id, newBalance: '-1', description: 'x' } }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newBalance' });
    expect(errorOf(await t.gql(ADJUST, { i: { clientId: c.id, newBalance: '1.999', description: 'x' } }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newBalance' });
    const l = await ledger(c.id);
    expect(l.sum).toBe('10000');
    expect(l.balance).toBe('10000');
    expect(l.n).toBe(3);
  });

  it('CR-5: under 50 concurrent credit mutations on one client the balance equals the sum and the ledger holds every entry', async () => {
    const c = await newClient({ currency: 'EUR' });
    const requests = Array.from({ length: 50 }, (_, i) =>
      i % 5 === 4
        ? t.gql(REMOVE, { i: { clientId: c.id, amount: '0.01', description: `out ${i}` } }, admin)
        : t.gql(ADD, { i: { clientId: c.id, amount: `${i + 1}.01`, description: `in ${i}` } }, admin),
    );
    const results = await Promise.all(requests);
    const succeeded = results.filter((r) => !r.errors);
    for (const r of results.filter((r) => r.errors)) expect(errorOf(r)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount' });
    let expected = 0n;
    for (const r of succeeded) {
      const data = r.data!;
      const e = 'addCredit' in data ? data.addCredit : data.removeCredit;
      expected += BigInt(e.amount.amount.replace('.', ''));
    }
    const l = await ledger(c.id);
    expect(l.n).toBe(succeeded.length);
    expect(succeeded.length).toBeGreaterThanOrEqual(40);
    expect(l.sum).toBe(expected.toString());
    expect(l.balance).toBe(expected.toString());
    // Every line's running balance is exact: each follows the previous one.
    const rows = await sql(`select amount_minor::text as a, balance_after_minor::text as b from credit_entry where client_id = ? order by id`, [keyOf(c.id)]);
    let running = 0n;
    for (const row of rows) {
      running += BigInt(row.a);
      expect(row.b).toBe(running.toString());
    }
    const allAdds = Array.from({ length: 50 }, (_, i) => t.gql(ADD, { i: { clientId: c.id, amount: '1.00', description: `burst ${i}` } }, admin));
    expect((await Promise.all(allAdds)).every((r) => !r.errors)).toBe(true);
    expect((await ledger(c.id)).balance).toBe((expected + 5000n).toString());
    expect((await ledger(c.id)).n).toBe(succeeded.length + 50);
  });

  it('CR-1: credit mutations are staff-only; a client reads only its own credit log', async () => {
    const a = await newClient();
    const b = await newClient();
    const tokenA = await a.token();
    expect(errorOf(await t.gql(ADD, { i: { clientId: a.id, amount: '1', description: 'self' } }, tokenA)).code).toBe('FORBIDDEN');
    expect(errorOf(await t.gql(ADJUST, { i: { clientId: a.id, newBalance: '100', description: 'self' } }, tokenA)).code).toBe('FORBIDDEN');
    ok(await t.gql(ADD, { i: { clientId: a.id, amount: '2', description: 'gift' } }, admin));
    expect(ok(await t.gql(LOG, { c: a.id }, tokenA)).creditLog.totalCount).toBe(1);
    expect(errorOf(await t.gql(LOG, { c: b.id }, tokenA))).toMatchObject({ code: 'NOT_FOUND', message: `Client ${b.id} not found` });
    expect(errorOf(await t.gql(LOG, { c: a.id })).code).toBe('UNAUTHENTICATED');
  });

  it('CR-1: the credit log is paginated', async () => {
    const c = await newClient();
    for (let i = 1; i <= 5; i++) ok(await t.gql(ADD, { i: { clientId: c.id, amount: String(i), description: `n${i}` } }, admin));
    const page1 = ok(await t.gql(LOG, { c: c.id, first: 2 }, admin)).creditLog;
    expect(page1.edges.map((e: any) => e.node.description)).toEqual(['n5', 'n4']);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = ok(await t.gql(LOG, { c: c.id, first: 2, after: page1.pageInfo.endCursor }, admin)).creditLog;
    expect(page2.edges.map((e: any) => e.node.description)).toEqual(['n3', 'n2']);
    expect(page2.totalCount).toBe(5);
  });
});
