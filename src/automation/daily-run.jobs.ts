/**
 * AU-1: the schedule. Every DAILY_RUN_CHECK_MS one worker process (Agenda's
 * shared recurring record) checks whether the day's run is due: past
 * DAILY_RUN_TIME in DAILY_RUN_TIME_ZONE, with no completed run of that date.
 * A day the servers were down is covered by the next run: every step takes
 * what is due on or before its date.
 */
import type { JobQueue } from '../jobs/job-queue';
import { DailyRun, DailyRunStatus } from './daily-run.entity';
import type { AutomationDeps } from './daily-run.context';
import { localNow, runScheduled } from './daily-run.service';

export const DAILY_RUN_CHECK_JOB = 'daily-run-check';

export function defineDailyRunJobs(deps: AutomationDeps & { jobs: JobQueue }): void {
  const settings = deps.config.automation;
  deps.jobs.define(DAILY_RUN_CHECK_JOB, () => runIfDue(deps), {
    // Short: a worker killed during a run must not keep the shared record locked for long. A run outlasting
    // it is safe: the advisory lock, not this one, keeps a second process out of the run.
    lockLifetimeMs: Math.max(10_000, 5 * settings.checkMs),
    everyMs: settings.enabled ? settings.checkMs : 0,
  });
}

async function runIfDue(deps: AutomationDeps): Promise<void> {
  const { date, time } = localNow(deps);
  if (time < deps.config.automation.time) return;
  const done = await deps.em.fork().count(DailyRun, { runDate: date, status: DailyRunStatus.COMPLETED });
  if (!done) await runScheduled(deps, date);
}
