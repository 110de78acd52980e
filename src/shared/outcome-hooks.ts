/**
 * Issue 17: hooks on domain outcomes. The area that records an outcome (an
 * invoice became Paid, a module job moved on) runs what higher areas
 * registered for it in src/composition.ts, without importing them (the layers
 * of test/import-cycles.test.ts). Every hook has the same two phases:
 * - in the transaction that records the outcome: the effect's writes commit
 *   or roll back with the outcome (mind the lock order of the caller);
 * - after that transaction committed: the effect works on a unit of work of
 *   its own; its failure is logged and does not undo the outcome, and a
 *   rollback drops it (src/shared/after-commit.ts).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterCommit } from './after-commit';

export type OutcomeEffect<O> = (em: EntityManager, outcome: O) => Promise<void>;

export interface OutcomeHook<O> {
  /** Registers `effect` to run inside the transaction that records the outcome. */
  inTransaction(effect: OutcomeEffect<O>): void;
  /** Registers `effect` to run once that transaction committed, on a fresh EntityManager fork. */
  afterCommit(effect: OutcomeEffect<O>): void;
  /**
   * Called where the outcome is recorded: runs the in-transaction effects in
   * `em`'s transaction (in one of their own when `em` is in none) and
   * schedules the after-commit ones on it, each phase in registration order.
   */
  run(em: EntityManager, outcome: O): Promise<void>;
}

export function outcomeHook<O>(): OutcomeHook<O> {
  const within: OutcomeEffect<O>[] = [];
  const afterwards: OutcomeEffect<O>[] = [];
  const runWithin = async (em: EntityManager, outcome: O) => {
    for (const effect of within) await effect(em, outcome);
  };
  return {
    inTransaction: (effect) => void within.push(effect),
    afterCommit: (effect) => void afterwards.push(effect),
    async run(em, outcome) {
      if (within.length) await (em.isInTransaction() ? runWithin(em, outcome) : em.transactional((tx) => runWithin(tx, outcome)));
      for (const effect of afterwards) await afterCommit(em, () => effect(em.fork(), outcome));
    },
  };
}
