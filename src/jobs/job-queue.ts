/**
 * Background jobs: Agenda 6 with its PostgreSQL backend on the application
 * database (tables agenda_jobs / agenda_logs, created by the backend at run
 * time and left out of the MikroORM schema, see shared/orm.ts skipTables), or
 * on MongoDB when the operator asks for it (mongo-job-store.ts, issue 16.9).
 *
 * Agenda is an ES module. Node 20.19+ can require() it, but jest's module
 * runtime cannot, so it is loaded with a dynamic import(); under jest that
 * needs --experimental-vm-modules (jest.config.js adds it).
 *
 * Agenda only executes; the rules (attempts, backoff, cancel) live in the
 * records the jobs work on (e.g. ModuleJob), so the queue stays replaceable.
 */
import type { Agenda, AgendaBackend, NotificationChannel } from 'agenda' with { 'resolution-mode': 'import' };
import pg from 'pg';
import { isDatabaseUnavailable, withTimeout } from '../shared/database-availability';
import { logger } from '../shared/logger';
import { mongoJobStore } from './mongo-job-store';
import { outageLog } from './outage-log';

/** Advisory lock key for creating the job queue's schema (any constant that no other lock in this database uses). */
const SCHEMA_LOCK_KEY = 7_305_117_001;

/**
 * Runs one job. `stopping` is aborted when a graceful stop has waited its time
 * for running jobs: the handler then hands its work back (to be run again by
 * another worker) and returns at once.
 */
export type JobHandler = (data: Record<string, unknown>, stopping: AbortSignal) => Promise<void>;

export interface JobQueue {
  /**
   * Registers a handler; call before start().
   * `lockLifetimeMs`: how long a running job keeps its lock; a job still running
   * after it is considered dead. Agenda checks it every half lifetime with a
   * timer that outlives the job, so it also bounds how long a stop lingers.
   * `everyMs`: also run it every so many ms in worker processes, as one shared
   * record (Agenda's "single" job: one row per name, locked by the worker that
   * runs it), so several workers run it once per interval; a worker's start
   * sets its next run one interval ahead; 0 removes that record.
   * `removeOnComplete`: drop a finished one-off job's record.
   */
  define(name: string, handler: JobHandler, options: { lockLifetimeMs: number; everyMs?: number; removeOnComplete?: boolean }): void;
  /** Registers a task this process runs every `everyMs` while its worker runs (at start, then periodically); call before start(). */
  repeat(name: string, everyMs: number, task: () => Promise<void>): void;
  /** Enqueues a job to run as soon as a worker is free; returns the queue's job id. */
  now(name: string, data: Record<string, unknown>): Promise<string>;
  /** Enqueues a job to run at `when`; returns the queue's job id. */
  schedule(when: Date, name: string, data: Record<string, unknown>): Promise<string>;
  /** Removes a job from the queue (one that has not started, or one whose worker died); false when there was none. */
  cancel(queueJobId: string): Promise<boolean>;
  /** Which of these queue job ids are still to run or running (not finished, not removed). */
  unfinished(queueJobIds: string[]): Promise<Set<string>>;
  /** Starts processing (unless the worker is disabled). */
  start(): Promise<void>;
  /**
   * Stops taking jobs, waits up to `stopTimeoutMs` for running ones, then has
   * the rest hand their work back (their `stopping` signal), and closes the
   * queue's connections.
   */
  stop(): Promise<void>;
  /** 'ok' when the queue reaches its database within `timeoutMs` and, with a worker, listens for new jobs; else what is wrong. */
  status(timeoutMs: number): Promise<string>;
}

export interface JobQueueOptions {
  databaseUrl: string;
  /** False: this process only enqueues (another process runs the worker). */
  worker: boolean;
  /** How often the queue polls for due jobs, in ms (LISTEN/NOTIFY wakes it earlier). */
  pollMs: number;
  /** How long a graceful stop waits for running jobs before they hand their work back. */
  stopTimeoutMs: number;
  /** Longest wait for a database connection (ms). */
  connectTimeoutMs: number;
  concurrency?: number;
  /** Issue 16.9: keep the jobs in this MongoDB database instead of PostgreSQL (databaseUrl). */
  mongoUrl?: string;
}

/** Where Agenda keeps its jobs, and how to reach and close that store. */
export interface JobStore {
  backend: AgendaBackend;
  /** Wakes workers for new jobs at once; without one they find them by polling. */
  notificationChannel?: NotificationChannel & { state: string };
  /** Resolves when the store answers. */
  ping(): Promise<void>;
  /** Closes the store's connections, once Agenda has stopped. */
  close(): Promise<void>;
  /** True for an error that says the store cannot be reached (not a fault of the job). */
  isOutage(error: unknown): boolean;
  /** Logs such an error once per outage. */
  report(error: unknown): void;
}

/** How long handlers get to hand their work back once told to. */
const HAND_BACK_MS = 5_000;

export async function createJobQueue(options: JobQueueOptions): Promise<JobQueue> {
  const { Agenda: AgendaClass } = await import('agenda');
  const store = options.mongoUrl ? await mongoJobStore(options.mongoUrl, options.connectTimeoutMs) : await postgresJobStore(options);
  const agenda: Agenda = new AgendaClass({
    backend: store.backend,
    notificationChannel: store.notificationChannel,
    processEvery: options.pollMs,
    defaultConcurrency: options.concurrency ?? 5,
    maxConcurrency: (options.concurrency ?? 5) * 4,
  });
  agenda.on('error', (error: unknown) => (store.isOutage(error) ? store.report(error) : logger.error({ err: error }, 'Job queue error')));
  return queueOn(agenda, store, options);
}

/** Agenda's PostgreSQL backend on the application database, with our own pool and LISTEN channel. */
async function postgresJobStore(options: JobQueueOptions): Promise<JobStore> {
  const { PostgresBackend, PostgresNotificationChannel } = await import('@agendajs/postgres-backend');
  // Issue 11.1: our own pool and LISTEN channel, so that both have an error handler (the backend's had none: a
  // connection the database dropped ended the process with "Unhandled 'error' event") and connects are bounded.
  const pool = new pg.Pool({ connectionString: options.databaseUrl, connectionTimeoutMillis: options.connectTimeoutMs, keepAlive: true });
  const outage = outageLog();
  pool.on('error', outage.report); // an idle connection dropped: the pool discards it and connects anew on next use
  pool.on('connect', (client) => {
    outage.recovered();
    // Also while checked out: the pool hands a new connection over with no error listener until the taker adds its
    // own, and a termination arriving in the same read as the connection's readiness fell into that gap.
    client.on('error', outage.report);
  });
  /**
   * Connecting creates the backend's tables, functions and indexes with CREATE ... IF NOT EXISTS, which two
   * processes starting at once on a new database still race on (a unique violation in pg_proc ended one of
   * them). A session advisory lock lets one process create them while the other waits.
   */
  class SerialSchemaBackend extends PostgresBackend {
    override async connect(): Promise<void> {
      const lock = await pool.connect();
      try {
        await lock.query('select pg_advisory_lock($1)', [SCHEMA_LOCK_KEY]);
        await super.connect();
      } finally {
        await lock.query('select pg_advisory_unlock($1)', [SCHEMA_LOCK_KEY]).catch(() => undefined);
        lock.release();
      }
    }
  }
  const backend = new SerialSchemaBackend({ pool, disableNotifications: true });

  /**
   * The backend's LISTEN channel with two leaks of @agendajs/postgres-backend 3.0.6 closed. It reconnects by
   * itself (every 100 ms while the database is away), but a LISTEN that failed after its connection was taken
   * from the pool kept that connection checked out for good, and a reconnect under way when the queue stopped
   * finished afterwards; either way pool.end() never returned. Once disconnected, this channel stays closed.
   */
  class StoppableChannel extends PostgresNotificationChannel {
    private closed = false;
    override async connect(): Promise<void> {
      if (this.closed) return;
      try {
        await super.connect();
      } catch (error) {
        // `listenClient` is private to the package; it is the connection the failed LISTEN was sent on.
        const self = this as unknown as { listenClient?: pg.PoolClient };
        try {
          self.listenClient?.release(true);
        } catch {
          // already given back
        }
        self.listenClient = undefined;
        throw error;
      }
      if (this.closed) await super.disconnect();
    }
    override async disconnect(): Promise<void> {
      this.closed = true;
      await super.disconnect();
    }
    protected override scheduleReconnect(): void {
      if (!this.closed) super.scheduleReconnect();
    }
  }
  const channel = new StoppableChannel({ pool });
  channel.on('error', outage.report);
  return {
    backend,
    notificationChannel: channel,
    isOutage: isDatabaseUnavailable,
    report: outage.report,
    async ping() {
      await pool.query('select 1');
    },
    // agenda.stop() has closed the LISTEN channel. pool.end() resolves before its connections have finished
    // closing: the database stopping next may still end them, which is no longer news.
    async close() {
      outage.mute();
      await pool.end();
    },
  };
}

/** The JobQueue on a configured Agenda, whichever store keeps its jobs. */
function queueOn(agenda: Agenda, store: JobStore, options: JobQueueOptions): JobQueue {
  // What is running: jobs between Agenda's 'start' and 'complete' (after which Agenda has saved
  // the job's final state), and periodic tasks. A stop waits for both.
  const running = new Set<string>();
  const tasksRunning = new Set<string>();
  const idleWaiters = new Set<() => void>();
  const idle = () => !running.size && !tasksRunning.size;
  const wakeIfIdle = () => {
    if (idle()) for (const wake of idleWaiters) wake();
  };
  /** True when nothing runs any more, false when `ms` passed first. */
  const idleWithin = (ms: number) =>
    new Promise<boolean>((resolve) => {
      if (idle()) return resolve(true);
      const done = (isIdle: boolean) => {
        clearTimeout(timer);
        idleWaiters.delete(wake);
        resolve(isIdle);
      };
      const wake = () => done(true);
      const timer = setTimeout(() => done(false), ms);
      idleWaiters.add(wake);
    });
  const idOf = (job: { attrs: { _id?: unknown } }) => String(job.attrs._id);
  agenda.on('start', (job) => running.add(idOf(job)));
  agenda.on('complete', (job) => {
    running.delete(idOf(job));
    wakeIfIdle();
  });

  const stopping = new AbortController();
  const tasks: { name: string; everyMs: number; task: () => Promise<void> }[] = [];
  const timers: NodeJS.Timeout[] = [];
  const runTask = async ({ name, task }: (typeof tasks)[number]) => {
    if (tasksRunning.has(name) || stopping.signal.aborted) return; // never two runs of one task at once
    tasksRunning.add(name);
    try {
      await task();
    } catch (error) {
      logger.error({ err: error }, `Periodic job ${name} failed`);
    } finally {
      tasksRunning.delete(name);
      wakeIfIdle();
    }
  };

  let started = false;

  const recurring = new Map<string, number>();
  return {
    define(name, handler, { lockLifetimeMs, everyMs, removeOnComplete }) {
      agenda.define(name, async (job) => handler((job.attrs.data ?? {}) as Record<string, unknown>, stopping.signal), { lockLifetime: lockLifetimeMs, removeOnComplete });
      if (everyMs !== undefined) recurring.set(name, everyMs);
    },
    repeat(name, everyMs, task) {
      tasks.push({ name, everyMs, task });
    },
    async now(name, data) {
      const job = await agenda.now(name, data);
      return String(job.attrs._id);
    },
    async schedule(when, name, data) {
      const job = await agenda.schedule(when, name, data);
      return String(job.attrs._id);
    },
    async cancel(queueJobId) {
      return (await agenda.cancel({ id: queueJobId })) > 0;
    },
    async unfinished(queueJobIds) {
      if (!queueJobIds.length) return new Set();
      const { jobs } = await agenda.queryJobs({ ids: queueJobIds });
      return new Set(jobs.filter((job) => job.state !== 'completed' && job.state !== 'failed').map((job) => String(job._id)));
    },
    async start() {
      await agenda.ready;
      if (options.worker) {
        for (const [name, everyMs] of recurring) {
          if (everyMs > 0) await agenda.every(everyMs, name, undefined, { skipImmediate: true });
          else await agenda.cancel({ name });
        }
        await agenda.start();
        started = true;
        for (const task of tasks) {
          void runTask(task);
          timers.push(setInterval(() => void runTask(task), task.everyMs));
        }
      }
    },
    async stop() {
      if (!started) {
        await store.close();
        return;
      }
      started = false;
      for (const timer of timers) clearInterval(timer);
      // Takes no new jobs and releases the ones fetched but not started; running ones go on.
      await agenda.stop(false);
      if (!(await idleWithin(options.stopTimeoutMs))) {
        stopping.abort();
        if (!(await idleWithin(HAND_BACK_MS))) logger.error(`Job queue stopped with ${running.size} job(s) still running`);
      }
      await store.close();
    },
    async status(timeoutMs) {
      try {
        await withTimeout(store.ping(), timeoutMs);
      } catch {
        return 'unreachable';
      }
      const channel = store.notificationChannel;
      const listening = !started || !channel || channel.state === 'connected';
      return listening ? 'ok' : 'not listening for new jobs';
    },
  };
}
