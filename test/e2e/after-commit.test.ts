/**
 * Issue 17.2: side effects of a unit of work (event publishing, job
 * enqueueing) run only after its transaction commits, once, and never for a
 * rolled-back transaction or savepoint. Real PostgreSQL, the real Agenda
 * queue and the real event bus.
 */
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { initOrm } from '../../src/shared/orm';
import { entities } from '../../src/composition';
import { createEventBus, topic, type ClientChangedPayload, type EventBus } from '../../src/shared/event-bus';
import { afterCommit, installAfterCommit, publishOnCommit } from '../../src/shared/after-commit';
import { outcomeHook, type OutcomeHook } from '../../src/shared/outcome-hooks';
import { createJobQueue, type JobQueue } from '../../src/jobs/job-queue';
import { createTestDatabase } from '../support/database';
import { captureLog } from '../support/log-capture';

describe('after-commit side effects (issue 17.2)', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let orm: MikroORM;
  let bus: EventBus;
  let jobs: JobQueue;
  const received: ClientChangedPayload[] = [];
  let seq = 0;

  beforeAll(async () => {
    database = await createTestDatabase();
    orm = await initOrm(database.url, entities, { logger: () => {} });
    bus = createEventBus();
    installAfterCommit(orm, bus);
    bus.watch('CLIENT_CHANGED', (payload) => received.push(payload));
    // Enqueue only: no worker takes the jobs, so their rows stay to be counted.
    jobs = await createJobQueue({ databaseUrl: database.url, worker: false, pollMs: 60_000, stopTimeoutMs: 1_000, connectTimeoutMs: 5_000 });
    await jobs.start();
  });
  afterAll(async () => {
    await jobs.stop();
    await orm.close(true);
    await database.drop();
  });
  beforeEach(() => {
    received.length = 0;
  });

  /** A fresh job name per test, so the rows counted are this test's. */
  const jobName = () => `after-commit-test-${++seq}`;
  const queued = async (name: string) => {
    const [{ count }] = await orm.em.fork().getConnection().execute<{ count: string }[]>('select count(*)::text as count from agenda_jobs where name = ?', [name]);
    return Number(count);
  };
  const event = (clientId: number) => ({ change: 'UPDATED' as const, clientId, at: 'test' });
  /** What one unit of work does: an event and a job, both after commit. */
  const effects = async (em: EntityManager, clientId: number, name: string) => {
    await publishOnCommit(em, 'CLIENT_CHANGED', event(clientId));
    await afterCommit(em, () => jobs.now(name, { clientId }));
  };

  it('issue 17.2: a rolled-back transaction publishes nothing and enqueues nothing', async () => {
    const name = jobName();
    await expect(orm.em.fork().transactional(async (em) => {
      await effects(em, 1, name);
      throw new Error('roll back');
    })).rejects.toThrow('roll back');
    expect(received).toEqual([]);
    expect(await queued(name)).toBe(0);
  });

  it('issue 17.2: a committed transaction publishes and enqueues exactly once, after the commit and before transactional() returns', async () => {
    const name = jobName();
    await orm.em.fork().transactional(async (em) => {
      await effects(em, 2, name);
      await effects(em, 3, name);
      expect(received).toEqual([]); // not before the commit
      // Another connection does not see the job row before the commit either.
      expect(await queued(name)).toBe(0);
    });
    expect(received).toEqual([event(2), event(3)]);
    expect(await queued(name)).toBe(2);
  });

  it('issue 17.2: effects of a nested transaction run with the outer commit; those of a rolled-back savepoint never', async () => {
    const name = jobName();
    await orm.em.fork().transactional(async (outer) => {
      await effects(outer, 10, name);
      await outer.transactional(async (inner) => {
        await effects(inner, 11, name);
        // Two levels deep, released with its parent.
        await inner.transactional((deeper) => effects(deeper, 12, name));
      });
      await expect(outer.transactional(async (inner) => {
        await effects(inner, 13, name);
        throw new Error('roll back to the savepoint');
      })).rejects.toThrow('roll back to the savepoint');
      expect(received).toEqual([]); // a released savepoint is not a commit
      await effects(outer, 14, name);
    });
    expect(received.map((e) => e.clientId)).toEqual([10, 11, 12, 14]);
    expect(await queued(name)).toBe(4);
  });

  it('issue 17.2: a committed savepoint inside a rolled-back transaction publishes and enqueues nothing', async () => {
    const name = jobName();
    await expect(orm.em.fork().transactional(async (outer) => {
      await outer.transactional((inner) => effects(inner, 20, name));
      throw new Error('roll back');
    })).rejects.toThrow('roll back');
    // The next transaction on the same pool starts clean.
    await orm.em.fork().transactional((em) => effects(em, 21, name));
    expect(received.map((e) => e.clientId)).toEqual([21]);
    expect(await queued(name)).toBe(1);
  });

  it('issue 17.5: a misspelled topic, or a payload of another topic, does not compile', () => {
    // Never called: the compiler (tsc, and ts-jest before this file runs) checks these lines.
    const typeChecks = (em: EntityManager) => {
      // @ts-expect-error: no such topic
      void publishOnCommit(em, 'CLIENT_CHANGD', event(1));
      // @ts-expect-error: an invoice event on the client topic
      void publishOnCommit(em, 'CLIENT_CHANGED', { change: 'PAID', invoiceId: 1, clientId: 1, at: 'test' });
      // @ts-expect-error: no such topic
      bus.watch('INVOICE_CHANGD', () => undefined);
      // @ts-expect-error: no such topic
      bus.publish('SERVICE_CHANGD', { change: 'UPDATED', serviceId: 1, clientId: 1, status: 'active', at: 'test' });
      // @ts-expect-error: no such topic
      topic('CLIENTS_CHANGED');
    };
    expect(typeChecks).toBeInstanceOf(Function);
  });

  it('issue 17.2: outside a transaction an effect runs at once; a failing effect is logged and the others still run', async () => {
    await publishOnCommit(orm.em.fork(), 'CLIENT_CHANGED', event(30));
    expect(received).toEqual([event(30)]);
    const errors = captureLog('error');
    try {
      await orm.em.fork().transactional(async (em) => {
        await afterCommit(em, () => {
          throw new Error('effect failed');
        });
        await publishOnCommit(em, 'CLIENT_CHANGED', event(31));
      });
      expect(errors).toHaveBeenCalledWith({ err: expect.objectContaining({ message: 'effect failed' }) }, 'An after-commit effect failed');
    } finally {
      errors.mockRestore();
    }
    expect(received).toEqual([event(30), event(31)]);
  });

  describe('outcome hooks (issue 17: one mechanism with an in-transaction and an after-commit phase)', () => {
    /** Marks written by the effects, read on another connection. */
    const marks = async () => (await orm.em.fork().getConnection().execute<{ mark: string }[]>('select mark from outcome_hook_mark order by id')).map((row) => row.mark);
    const mark = (em: EntityManager, text: string) => em.getConnection().execute('insert into outcome_hook_mark (mark) values (?)', [text], 'run', em.getTransactionContext());
    let hook: OutcomeHook<string>;
    /** What each phase saw: whether it ran inside a transaction, and the marks already committed. */
    let seen: string[];

    beforeAll(() => orm.em.getConnection().execute('create table outcome_hook_mark (id serial primary key, mark text not null)'));
    beforeEach(async () => {
      await orm.em.getConnection().execute('truncate outcome_hook_mark');
      seen = [];
      hook = outcomeHook<string>();
      hook.inTransaction(async (em, outcome) => {
        seen.push(`within ${outcome} in transaction: ${em.isInTransaction()}`);
        await mark(em, `within ${outcome}`);
      });
      hook.afterCommit(async (em, outcome) => {
        seen.push(`after ${outcome} in transaction: ${em.isInTransaction()}, committed: ${(await marks()).join(', ')}`);
        await mark(em, `after ${outcome}`);
      });
    });

    it('issue 17: the in-transaction effects write in the outcome\'s transaction; the after-commit ones run once it committed, on their own unit of work', async () => {
      await orm.em.fork().transactional(async (em) => {
        await mark(em, 'outcome');
        await hook.run(em, 'paid');
        expect(seen).toEqual(['within paid in transaction: true']);
      });
      expect(seen).toEqual(['within paid in transaction: true', 'after paid in transaction: false, committed: outcome, within paid']);
      expect(await marks()).toEqual(['outcome', 'within paid', 'after paid']);
    });

    it('issue 17: a rolled-back outcome takes the in-transaction writes with it and runs no after-commit effect', async () => {
      await expect(orm.em.fork().transactional(async (em) => {
        await hook.run(em, 'paid');
        throw new Error('roll back');
      })).rejects.toThrow('roll back');
      expect(seen).toEqual(['within paid in transaction: true']);
      expect(await marks()).toEqual([]);
    });

    it('issue 17: an outcome reached outside a transaction gives the in-transaction effects one of their own, then runs the after-commit ones', async () => {
      await hook.run(orm.em.fork(), 'started');
      expect(seen).toEqual(['within started in transaction: true', 'after started in transaction: false, committed: within started']);
      expect(await marks()).toEqual(['within started', 'after started']);
    });
  });
});
