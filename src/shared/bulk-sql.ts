/**
 * Statements whose parameters are large (the multi-row JSON of a batch
 * insert), sent to PostgreSQL apart from the text, as a bind message.
 * MikroORM's `execute` inlines every parameter into the text first, escaping
 * it character by character in JavaScript: for the megabytes of one batch of
 * the daily run that cost more CPU and garbage than the insert itself
 * (issue 16.3: half of the run's CPU time was garbage collection).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlStatements } from './orm';

/** Runs `text` (`?` placeholders) in the transaction `em` works in, if any; counted like the ORM's statements. */
export async function bulkSql<T = Record<string, unknown>>(em: EntityManager, text: string, params: unknown[]): Promise<T[]> {
  const query = em.getConnection().getKnex().raw(text, params as never[]);
  const trx = em.getTransactionContext();
  if (trx) query.transacting(trx);
  sqlStatements.count++;
  const result: { rows: T[] } = await query;
  return result.rows;
}
