/**
 * Issue 17.2: side effects of a unit of work (publishing events, enqueueing
 * jobs) run only once its transaction has committed, and never when it rolls
 * back. Services register them where the change happens, inside the
 * transaction, with afterCommit or publishOnCommit; nothing is threaded back
 * to the caller to be published by hand.
 *
 * MikroORM reports commit and rollback of the outermost transaction only
 * (afterTransactionCommit / afterTransactionRollback). For a nested
 * transaction (a savepoint) PostgreSQL itself tells whether it survived: an
 * effect registered inside one sets a transaction-local setting, which a
 * rollback to the savepoint undoes; just before the outer commit the setting
 * says which of those effects still count.
 */
import type { Configuration, EventSubscriber, MikroORM, TransactionEventArgs } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventBus, EventTopics, Topic } from './event-bus';
import { logger } from './logger';

/** A side effect; the bus is the event bus of the ORM the transaction ran on. */
type Effect = (events: EventBus) => unknown;

interface Pending {
  effect: Effect;
  /** Set when registered inside a savepoint: the effect counts only if this mark is still set at commit. */
  mark?: string;
}

const SETTING = 'hostbill.after_commit';
let marks = 0;

/** The effects waiting for each outermost transaction (keyed by its transaction object). */
const waiting = new WeakMap<object, Pending[]>();
/** The event bus of each ORM (keyed by its configuration, which every fork shares). */
const buses = new WeakMap<Configuration, EventBus>();

/** The outermost transaction of a (possibly nested) MikroORM transaction: MikroORM links a savepoint to its parent by a private symbol. */
function outermost(trx: object): object {
  for (;;) {
    const parent = Object.getOwnPropertySymbols(trx).find((symbol) => symbol.description === 'parentTransaction');
    if (!parent) return trx;
    trx = (trx as Record<symbol, object>)[parent];
  }
}

async function run(effects: readonly Effect[], events: EventBus): Promise<void> {
  for (const effect of effects) {
    try {
      await effect(events);
    } catch (error) {
      // The transaction has committed: a failing effect cannot undo it, and must not stop the others.
      logger.error({ err: error }, 'An after-commit effect failed');
    }
  }
}

function busOf(em: EntityManager): EventBus {
  const events = buses.get(em.config);
  if (!events) throw new Error('No event bus is installed on this ORM (installAfterCommit)');
  return events;
}

const subscriber: EventSubscriber = {
  async beforeTransactionCommit({ em, transaction }: TransactionEventArgs) {
    const pending = transaction && waiting.get(transaction);
    if (!pending?.some((p: Pending) => p.mark)) return;
    const rows = await em.getConnection().execute<{ marks: string | null }[]>(`select current_setting('${SETTING}', true) as marks`, [], 'all', transaction);
    const kept = rows[0]?.marks ?? '';
    waiting.set(transaction, pending.filter((p: Pending) => !p.mark || kept.includes(`,${p.mark},`)));
  },
  async afterTransactionCommit({ em, transaction }: TransactionEventArgs) {
    const pending = transaction && waiting.get(transaction);
    if (!pending) return;
    waiting.delete(transaction);
    await run(pending.map((p: Pending) => p.effect), busOf(em as EntityManager));
  },
  afterTransactionRollback({ transaction }: TransactionEventArgs) {
    if (transaction) waiting.delete(transaction);
  },
};

/** Makes afterCommit work on `orm`'s units of work, with `events` as the bus publishOnCommit publishes on. Call once at start-up. */
export function installAfterCommit(orm: MikroORM, events: EventBus): void {
  if (buses.has(orm.config)) throw new Error('installAfterCommit was called twice on this ORM');
  buses.set(orm.config, events);
  orm.em.getEventManager().registerSubscriber(subscriber);
}

/**
 * Runs `effect` once the transaction `em` works in has committed (in the
 * order registered; its failure is logged, the transaction stays committed),
 * and never when that transaction, or the nested one it was registered in,
 * rolls back. Outside a transaction it runs at once. The outermost commit
 * waits for the effects, so they have run when `em.transactional` returns.
 */
export async function afterCommit(em: EntityManager, effect: Effect): Promise<void> {
  const trx = em.getTransactionContext<object>();
  if (!trx) {
    await run([effect], busOf(em));
    return;
  }
  busOf(em); // fail inside the transaction, not silently after it
  const root = outermost(trx);
  const pending = waiting.get(root) ?? [];
  waiting.set(root, pending);
  if (trx === root) {
    pending.push({ effect });
    return;
  }
  const mark = String(++marks);
  await em.getConnection().execute(
    `select set_config('${SETTING}', coalesce(nullif(current_setting('${SETTING}', true), ''), ',') || ? || ',', true)`, [mark], 'all', trx,
  );
  pending.push({ effect, mark });
}

/** Publishes an event on the bus once the transaction `em` works in has committed (see afterCommit); outside a transaction at once. */
export function publishOnCommit<T extends Topic>(em: EntityManager, topic: T, payload: EventTopics[T]): Promise<void> {
  // PubSub's publish is typed per topic; for a generic topic TypeScript cannot pair the two, the signature above does.
  return afterCommit(em, (events) => (events.publish as (topic: T, payload: EventTopics[T]) => void)(topic, payload));
}
