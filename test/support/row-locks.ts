/**
 * Lock-order tests: a third connection holds one row while two racing paths
 * start in a chosen order; the test waits until PostgreSQL shows each of them
 * waiting, then lets go. With an inconsistent lock order PostgreSQL reports
 * `deadlock detected` every time, instead of once in many runs.
 */
import type { MikroORM } from '@mikro-orm/postgresql';
import { waitFor } from './wait';

/** Holds the row of `table` whose `column` is `value` (FOR UPDATE) until `release`. */
export async function holdRow(orm: MikroORM, table: string, column: string, value: unknown): Promise<{ release(): Promise<void> }> {
  const holder = await orm.em.getConnection().getKnex().transaction();
  await holder.raw(`select 1 from ${table} where ${column} = ? for update`, [value as string]);
  return { release: async () => void (await holder.commit()) };
}

/** Waits until `count` sessions of this database wait for a lock; `what` names them in a timeout. */
export async function untilWaitingOnLocks(orm: MikroORM, count: number, what: string): Promise<void> {
  const waiting = async () => (await orm.em.fork().getConnection().execute(
    `select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`))[0].n as number;
  await waitFor(async () => (await waiting()) === count, { what });
}
