/**
 * Issue 10.2: the login counters' statements on several rows lock them in key
 * order, so parallel attempts and refusals never deadlock. A clean-clone CI run
 * once answered one of 20 parallel password guesses with a 500: PostgreSQL's
 * `deadlock detected` between an attempt counting [account + address, address]
 * and a refusal giving both back in table order. Here the deadlock's
 * interleaving is forced on a real PostgreSQL with a third connection holding
 * a row; with the old statements it is reported every time.
 */
import type { Knex, MikroORM } from '@mikro-orm/postgresql';
import { initOrm } from '../../src/shared/orm';
import { entities } from '../../src/composition';
import { countAttempts, giveBack, passwordAttemptSucceeded } from '../../src/auth/login-throttle.service';
import type { Config } from '../../src/config';
import { createTestDatabase } from '../support/database';
import { holdRow, untilWaitingOnLocks } from '../support/row-locks';

describe('issue 10.2: login throttling rows are locked in key order', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let orm: MikroORM;
  let knex: Knex;
  const pair = 'account-address:client:locks@example.com|203.0.113.0/32';
  const address = 'address:203.0.113.0/32';

  beforeAll(async () => {
    database = await createTestDatabase();
    orm = await initOrm(database.url, entities, { logger: () => {} });
    knex = orm.em.getConnection().getKnex();
  });
  afterAll(async () => {
    await orm.close(true);
    await database.drop();
  });

  const attemptsOf = async (key: string) => (await knex('login_throttle').where({ key }).first('attempts'))?.attempts;

  it.each([
    ['the address row', address, [pair, address]],
    ['the account + address row', pair, [address, pair]],
  ])('issue 10.2: with %s held, a refusal giving both counts back and an attempt counting both finish (no deadlock)', async (_, held, attemptKeys) => {
    await knex('login_throttle').delete();
    await countAttempts(orm.em.fork(), [pair, address], 900);
    // The account + address row now lies after the address row in the table: a statement that locks rows in
    // table order takes the address row first, one in key order the other row first.
    await knex.raw(`update login_throttle set attempts = attempts where key = ?`, [pair]);
    await knex.raw(`analyze login_throttle`); // small-table statistics: the planner reads the table in table order
    const order = await knex.raw(`select (select ctid from login_throttle where key = ?) > (select ctid from login_throttle where key = ?) as after`, [pair, address]);
    expect(order.rows[0].after).toBe(true);

    // Another attempt holds one row for a moment…
    const holder = await holdRow(orm, 'login_throttle', 'key', held);
    // …while a refusal gives back both counts and, after it, another attempt counts both.
    const refusal = giveBack(orm.em.fork(), [pair, address]);
    await untilWaitingOnLocks(orm, 1, 'the refusal to wait on the held row');
    const attempt = countAttempts(orm.em.fork(), attemptKeys, 900);
    await untilWaitingOnLocks(orm, 2, 'the attempt to wait too');
    await holder.release();

    const outcomes = await Promise.allSettled([refusal, attempt]);
    expect(outcomes.map((outcome) => outcome.status === 'rejected' ? String(outcome.reason) : 'done')).toEqual(['done', 'done']);
    // 1 counted, 1 given back, 1 counted.
    expect(await attemptsOf(pair)).toBe(1);
    expect(await attemptsOf(address)).toBe(1);
  });

  it('issue 10.2: a successful login\'s cleanup of expired rows skips rows another statement holds instead of waiting for them', async () => {
    const expired = 'address:198.51.100.0/32';
    await countAttempts(orm.em.fork(), [expired], 900);
    await knex.raw(`update login_throttle set window_ends_at = now() - interval '1 minute'`);
    const holder = await holdRow(orm, 'login_throttle', 'key', expired);
    try {
      const success = passwordAttemptSucceeded(orm.em.fork(), { loginKnownAddressDays: 90 } as Config,
        { account: 'client:locks@example.com', block: '203.0.113.0/32', countedOnAccount: false });
      let timer: NodeJS.Timeout | undefined;
      // A window in which the cleanup must not wait on the held row.
      const stillWaiting = new Promise((resolve) => { timer = setTimeout(() => resolve('still waiting'), 3000); });
      expect(await Promise.race([success.then(() => 'done'), stillWaiting])).toBe('done');
      clearTimeout(timer);
    } finally {
      await holder.release();
    }
    // The held row stays for a later cleanup; the others went.
    expect(await attemptsOf(expired)).toBe(1);
    expect(await attemptsOf(pair)).toBeUndefined();
    expect(await attemptsOf(address)).toBeUndefined();
  });
});
