/**
 * Background jobs: Agenda 6 with its PostgreSQL backend on the application
 * database (tables agenda_jobs / agenda_logs, created by the backend at run
 * time and left out of the MikroORM schema, see shared/orm.ts skipTables).
 *
 * Agenda is an ES module. Node 20.19+ can require() it, but jest's module
 * runtime cannot, so it is loaded with a dynamic import(); under jest that
 * needs --experimental-vm-modules (set by the package.json "test" script).
 *
 * Agenda only executes; the rules (attempts, backoff, cancel) live in the
 * records the jobs work on (e.g. ModuleJob), so the queue stays replaceable.
 */
import type { Agenda } from 'agenda' with { 'resolution-mode': 'import' };

export type JobHandler = (data: Record<string, unknown>) => Promise<void>;

export interface JobQueue {
  /** Registers a handler; call before start(). */
  /**
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
  /** Enqueues a job to run as soon as a worker is free; returns the queue's job id. */
  now(name: string, data: Record<string, unknown>): Promise<string>;
  /** Enqueues a job to run at `when`; returns the queue's job id. */
  schedule(when: Date, name: string, data: Record<string, unknown>): Promise<string>;
  /** Removes a queued job that has not started; false when there was none to remove. */
  cancel(queueJobId: string): Promise<boolean>;
  /** Starts processing (unless the worker is disabled). */
  start(): Promise<void>;
  /** Stops processing, waits for running jobs and closes the queue's connections. */
  stop(): Promise<void>;
}

export interface JobQueueOptions {
  databaseUrl: string;
  /** False: this process only enqueues (another process runs the worker). */
  worker: boolean;
  /** How often the queue polls for due jobs, in ms (LISTEN/NOTIFY wakes it earlier). */
  pollMs: number;
  concurrency?: number;
}

export async function createJobQueue(options: JobQueueOptions): Promise<JobQueue> {
  const { Agenda: AgendaClass } = await import('agenda');
  const { PostgresBackend } = await import('@agendajs/postgres-backend');
  const backend = new PostgresBackend({ connectionString: options.databaseUrl });
  const agenda: Agenda = new AgendaClass({
    backend,
    processEvery: options.pollMs,
    defaultConcurrency: options.concurrency ?? 5,
    maxConcurrency: (options.concurrency ?? 5) * 4,
  });
  agenda.on('error', (error: unknown) => console.error('Job queue error', error));
  let started = false;
  const recurring = new Map<string, number>();
  return {
    define(name, handler, { lockLifetimeMs, everyMs, removeOnComplete }) {
      agenda.define(name, async (job) => handler((job.attrs.data ?? {}) as Record<string, unknown>), { lockLifetime: lockLifetimeMs, removeOnComplete });
      if (everyMs !== undefined) recurring.set(name, everyMs);
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
    async start() {
      await agenda.ready;
      if (options.worker) {
        for (const [name, everyMs] of recurring) {
          if (everyMs > 0) await agenda.every(everyMs, name, undefined, { skipImmediate: true });
          else await agenda.cancel({ name });
        }
        await agenda.start();
        started = true;
      }
    },
    async stop() {
      if (!started) {
        await backend.disconnect();
        return;
      }
      started = false;
      // Waits for running jobs, then closes the queue's connections (drain disconnects the backend).
      try {
        await agenda.drain({ timeout: 10_000, closeConnection: true });
      } catch {
        await agenda.stop(true);
      }
    },
  };
}
