/**
 * AU-1 (issue 16.1): the daily run. One run at a time across every server
 * process (a PostgreSQL advisory lock held by the running process's session,
 * released by the database if that process dies). Every run is recorded with
 * its steps' counts and the items that failed; each step runs on its own, so
 * a failing step or item is recorded and the run goes on.
 */
import pg from 'pg';
import type { EntityManager } from '@mikro-orm/postgresql';
import { logger } from '../shared/logger';
import { localDateTime } from '../shared/clock';
import { AppError } from '../shared/errors';
import { DailyRun, DailyRunError, DailyRunStatus, DailyRunStep, DailyRunStepName, DailyRunStepStatus, DailyRunTrigger } from './daily-run.entity';
import type { AutomationDeps, PreviewCollector, StepContext } from './daily-run.context';
import { renewalInvoicesStep } from './renewal-invoices.step';
import { applyCreditStep, clientStatusStep, lateFeesStep, remindersStep, suspensionsStep, terminationsStep } from './overdue.steps';
import { cancellationsStep, fixedTermStep } from './cancellation.steps';
import { domainRenewalsStep, domainSyncStep } from './domain.steps';
import { updateRows } from '../shared/update-rows';

/** The steps in the order WHMCS runs them, which operators know. */
const STEPS: [DailyRunStepName, (ctx: StepContext) => Promise<number>][] = [
  [DailyRunStepName.RENEWAL_INVOICES, renewalInvoicesStep],
  [DailyRunStepName.APPLY_CREDIT, applyCreditStep],
  [DailyRunStepName.REMINDERS, remindersStep],
  [DailyRunStepName.LATE_FEES, lateFeesStep],
  [DailyRunStepName.CANCELLATIONS, cancellationsStep],
  [DailyRunStepName.SUSPENSIONS, suspensionsStep],
  [DailyRunStepName.TERMINATIONS, terminationsStep],
  [DailyRunStepName.FIXED_TERM_TERMINATIONS, fixedTermStep],
  [DailyRunStepName.DOMAIN_RENEWALS, domainRenewalsStep],
  [DailyRunStepName.DOMAIN_SYNC, domainSyncStep],
  [DailyRunStepName.CLIENT_STATUS, clientStatusStep],
];

/** PostgreSQL advisory lock of the daily run (any fixed 32-bit number, object 0). */
const RUN_LOCK_CLASS = 0x44524e31;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 2000);

/** The calendar date the clock shows in the run's time zone, and its time of day. */
export function localNow(deps: Pick<AutomationDeps, 'config'>): { date: string; time: string } {
  const { clock, timeZone } = deps.config.automation;
  return localDateTime(clock.now(), timeZone);
}

/**
 * Runs the daily run for `date` unless another process runs one now
 * (undefined then). Runs left RUNNING by a process that died are marked
 * INTERRUPTED; this run finishes their work (claims keep it from repeating).
 */
export async function runDailyRun(deps: AutomationDeps, date: string, trigger: DailyRunTrigger): Promise<DailyRun | undefined> {
  return holdingRunLock(deps, () => runLocked(deps, date, trigger));
}

/** The schedule's run: only when no run of `date` has completed, checked under the lock (so two processes never both run it). */
export async function runScheduled(deps: AutomationDeps, date: string): Promise<void> {
  await holdingRunLock(deps, async () => {
    const done = await deps.em.fork().count(DailyRun, { runDate: date, status: DailyRunStatus.COMPLETED });
    if (!done) await runLocked(deps, date, DailyRunTrigger.SCHEDULE);
  });
}

async function holdingRunLock<T>(deps: AutomationDeps, work: () => Promise<T>): Promise<T | undefined> {
  const session = new pg.Client({ connectionString: deps.em.config.get('clientUrl') });
  session.on('error', (error) => logger.error(`Daily run lock: connection lost (${error.message})`));
  await session.connect();
  try {
    const { rows } = await session.query<{ locked: boolean }>('select pg_try_advisory_lock($1::int, 0) as locked', [RUN_LOCK_CLASS]);
    if (!rows[0]?.locked) return undefined;
    return await work();
  } finally {
    await session.end().catch(() => undefined); // ending the session releases the lock
  }
}

async function runLocked(deps: AutomationDeps, date: string, trigger: DailyRunTrigger): Promise<DailyRun> {
  const em = deps.em.fork();
  await updateRows(em, DailyRun, { status: DailyRunStatus.RUNNING }, { status: DailyRunStatus.INTERRUPTED });
  const run = em.create(DailyRun, { runDate: date, trigger });
  await em.flush();
  logger.info(`Daily run ${run.id} for ${date} started`);
  for (const [position, [name, step]] of STEPS.entries()) {
    const record = em.create(DailyRunStep, { run, position: position + 1, name });
    await em.flush();
    let errors = 0;
    const ctx: StepContext = {
      deps, settings: deps.config.automation, date, em: deps.em.fork(), runId: run.id,
      itemFailed: async (subjectType, subjectKey, error) => {
        errors++;
        logger.warn(`Daily run ${run.id}, ${name}: ${subjectType} ${subjectKey} failed: ${messageOf(error)}`);
        const fork = deps.em.fork();
        fork.create(DailyRunError, { run: run.id, step: name, subjectType, subjectKey, message: messageOf(error) });
        await fork.flush();
      },
    };
    try {
      record.count = await step(ctx);
      record.status = DailyRunStepStatus.OK;
    } catch (error) {
      logger.error({ err: error }, `Daily run ${run.id}: step ${name} failed`);
      record.status = DailyRunStepStatus.FAILED;
      record.error = messageOf(error);
    }
    record.errorCount = errors;
    record.finishedAt = new Date();
    await em.flush();
  }
  run.status = DailyRunStatus.COMPLETED;
  run.finishedAt = new Date();
  await em.flush();
  logger.info(`Daily run ${run.id} for ${date} completed: ${run.steps.getItems().map((s) => `${s.name} ${s.count}${s.errorCount ? ` (${s.errorCount} failed)` : ''}`).join(', ')}`);
  return run;
}

/** Marker error that rolls the preview's transaction back. */
class PreviewRollback extends Error {}

/**
 * dailyRunPreview: the steps run for `date` inside one transaction that is
 * then rolled back; what they did is collected on the way. Effects after
 * commit (events, module jobs) are dropped with the rollback.
 */
export async function previewDailyRun(deps: AutomationDeps, date: string): Promise<PreviewCollector> {
  const preview: PreviewCollector = { invoices: [], credit: [], reminders: [], lateFees: [], cancellations: [], suspensions: [], terminations: [], fixedTermTerminations: [], domainRenewals: [], domainSyncs: [], clientStatuses: [], errors: [] };
  try {
    await deps.em.fork().transactional(async (em: EntityManager) => {
      for (const [name, step] of STEPS) {
        const itemFailed = async (subjectType: string, subjectKey: number, error: unknown) => {
          preview.errors.push({ step: name, subjectType, subjectKey, message: messageOf(error) });
        };
        // Each step in a savepoint: one that fails is reported and leaves nothing behind for the next.
        try {
          await em.transactional((savepoint) => step({ deps, settings: deps.config.automation, date, em: savepoint, preview, itemFailed }));
        } catch (error) {
          preview.errors.push({ step: name, subjectType: 'Step', subjectKey: 0, message: messageOf(error) });
        }
      }
      throw new PreviewRollback();
    });
  } catch (error) {
    if (!(error instanceof PreviewRollback)) throw error instanceof AppError ? error : new AppError('INTERNAL_SERVER_ERROR', 'The preview failed', undefined, { cause: error });
  }
  return preview;
}
