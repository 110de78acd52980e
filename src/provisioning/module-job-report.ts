/**
 * Issue 13.11/13.12: the one place where the end of a module command attempt
 * is logged and measured (module-command.jobs.ts calls it once the attempt's
 * result is stored). Info level for every outcome: a failed job is the
 * remote system's answer, shown to staff on the service; an internal fault
 * is logged as an error with its stack where it happens.
 */
import { logger } from '../shared/logger';
import { moduleJobDuration, moduleJobFailures } from '../shared/metrics';
import { ModuleJobStatus, type ModuleJob } from './module-job.entity';

export function reportModuleJobAttempt(job: ModuleJob, attempt: { module: string; attempt: number; durationMs: number; error?: string }): void {
  const labels = { module: attempt.module, command: job.command };
  moduleJobDuration.observe({ ...labels, outcome: job.status }, attempt.durationMs / 1000);
  if (job.status !== ModuleJobStatus.SUCCEEDED) moduleJobFailures.inc({ ...labels, code: job.errorCode ?? 'handed_back' });
  logger.info(
    {
      jobId: job.id,
      ...labels,
      attempt: attempt.attempt,
      status: job.status,
      durationMs: attempt.durationMs,
      ...(job.status === ModuleJobStatus.RETRYING ? { nextRunAt: job.nextRunAt } : {}),
      ...(attempt.error ? { errorCode: job.errorCode, error: attempt.error } : {}),
    },
    `Module job ${job.status}`,
  );
}
