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
   * timer that outlives the job.
   */
  define(name: string, handler: JobHandler, options: { lockLifetimeMs: number }): void;
  /** Registers a task this process runs every `everyMs` while its worker runs (at start, then periodically); call before start(). */
  repeat(name: string, everyMs: number, task: () => Promise<void>): void;
  /** Enqueues a job to run as soon as a worker is free; returns the queue's job id. */
  now(name: string, data: Record<string, unknown>): Promise<string>;
  /** Enqueues a job to run at `when`; returns the queue's job id. */
  schedule(when: Date, name: string, data: Record<string, unknown>): Promise<string>;
  /** Removes a job from the queue (one that has not started, or one whose worker died); false when there was none. */
  cancel(queueJobId: string): Promise<boolean>;
  /** Starts processing (unless the worker is disabled). */
  start(): Promise<void>;
  /**
   * Stops taking jobs, waits up to `stopTimeoutMs` for running ones, then has
   * the rest hand their work back (their `stopping` signal), and closes the
   * queue's connections.
   */
  stop(): Promise<void>;
}

export interface JobQueueOptions {
  databaseUrl: string;
  /** False: this process only enqueues (another process runs the worker). */
  worker: boolean;
  /** How often the queue polls for due jobs, in ms (LISTEN/NOTIFY wakes it earlier). */
  pollMs: number;
  /** How long a graceful stop waits for running jobs before they hand their work back. */
  stopTimeoutMs: number;
  concurrency?: number;
}

/** How long handlers get to hand their work back once told to. */
const HAND_BACK_MS = 5_000;

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
      console.error(`Periodic job ${name} failed`, error);
    } finally {
      tasksRunning.delete(name);
      wakeIfIdle();
    }
  };

  let started = false;
  return {
    define(name, handler, { lockLifetimeMs }) {
      agenda.define(name, async (job) => handler((job.attrs.data ?? {}) as Record<string, unknown>, stopping.signal), { lockLifetime: lockLifetimeMs });
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
    async start() {
      await agenda.ready;
      if (options.worker) {
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
        await backend.disconnect();
        return;
      }
      started = false;
      for (const timer of timers) clearInterval(timer);
      // Takes no new jobs and releases the ones fetched but not started; running ones go on.
      await agenda.stop(false);
      if (!(await idleWithin(options.stopTimeoutMs))) {
        stopping.abort();
        if (!(await idleWithin(HAND_BACK_MS))) console.error(`Job queue stopped with ${running.size} job(s) still running`);
      }
      await backend.disconnect();
    },
  };
}
