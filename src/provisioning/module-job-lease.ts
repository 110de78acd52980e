/**
 * Issue 11.3: leases on running module jobs. A worker that starts an attempt
 * takes a lease on the job (owner + expiry, in the database's clock) and renews
 * it while the module call runs. A worker that dies (kill -9, lost host) stops
 * renewing; once the lease ran out, another worker takes the job over and it
 * is retried, so no job stays RUNNING for ever. Only the holder of the lease
 * may record the attempt's outcome.
 */
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { ModuleJobStatus, type ModuleJob } from './module-job.entity';
import { logger } from '../shared/logger';

/** One attempt held by one worker: what must still be true of the job for the attempt's outcome to count. */
export interface Lease {
  owner: string;
  attempt: number;
}

const EXPIRES = `now() + ? * interval '1 millisecond'`;

/**
 * Starts the next attempt of a QUEUED or RETRYING job under a lease; undefined when the job is not
 * waiting to run. A retry is not started before its time: the queue may also run an older entry of
 * the job (one a dead worker held, once its lock timed out). Both times are this process's clock,
 * as the queue's are; the second of slack covers timer jitter.
 */
export async function claimJob(em: EntityManager, jobId: number, owner: string, leaseMs: number): Promise<Lease | undefined> {
  const rows: { attempts: number }[] = await em.getConnection().execute(
    `update module_job set status = ?, attempts = attempts + 1, next_run_at = null, lease_owner = ?, lease_expires_at = ${EXPIRES}, updated_at = now()
      where id = ? and status in (?, ?) and (next_run_at is null or next_run_at <= ?) returning attempts`,
    [ModuleJobStatus.RUNNING, owner, leaseMs, jobId, ModuleJobStatus.QUEUED, ModuleJobStatus.RETRYING, new Date(Date.now() + 1_000)],
  );
  return rows.length ? { owner, attempt: rows[0].attempts } : undefined;
}

export function holdsLease(job: ModuleJob, lease: Lease): boolean {
  return job.status === ModuleJobStatus.RUNNING && job.leaseOwner === lease.owner && job.attempts === lease.attempt;
}

/**
 * Renews the lease every third of its length until release(). `lost` aborts when
 * the job was taken away (marked failed by staff, or taken over after a renewal
 * came too late) or when renewals kept failing until the lease ran out.
 */
export function keepLease(orm: MikroORM, jobId: number, lease: Lease, leaseMs: number): { lost: AbortSignal; release(): void } {
  const lost = new AbortController();
  let expiresBy = Date.now() + leaseMs;
  let renewing = false;
  const renew = async () => {
    if (renewing || lost.signal.aborted) return;
    renewing = true;
    const sentAt = Date.now();
    try {
      const rows = await orm.em.fork().getConnection().execute(
        `update module_job set lease_expires_at = ${EXPIRES} where id = ? and status = ? and lease_owner = ? and attempts = ? returning id`,
        [leaseMs, jobId, ModuleJobStatus.RUNNING, lease.owner, lease.attempt],
      );
      if (rows.length) expiresBy = sentAt + leaseMs;
      else lost.abort();
    } catch (error) {
      logger.error({ err: error }, `Renewing the lease of module job ${jobId} failed`);
      if (Date.now() >= expiresBy) lost.abort();
    } finally {
      renewing = false;
    }
  };
  const timer = setInterval(() => void renew(), Math.max(10, Math.floor(leaseMs / 3)));
  return { lost: lost.signal, release: () => clearInterval(timer) };
}

export interface AbandonedJob {
  id: number;
  attempt: number;
  command: string;
  module: string | null;
  /** Since the attempt started. */
  runningMs: number;
}

/**
 * Takes over every RUNNING job whose lease ran out under a lease of `owner`, so
 * that exactly one worker records the lost attempt and retries the job. A job
 * without a lease was claimed by a worker from before leases existed: it counts
 * as abandoned once it has been running for `unleasedAfterMs`.
 */
export async function takeOverExpiredLeases(em: EntityManager, owner: string, leaseMs: number, unleasedAfterMs: number): Promise<AbandonedJob[]> {
  const rows: { id: number; attempts: number; command: string; module: string | null; running_ms: number }[] =
    await em.getConnection().execute(
      `update module_job j set lease_owner = ?, lease_expires_at = ${EXPIRES}
        where j.status = ?
          and (j.lease_expires_at < now() or (j.lease_expires_at is null and j.updated_at < now() - ? * interval '1 millisecond'))
        returning j.id, j.attempts, j.command,
          coalesce((select p.module from service s join product p on p.id = s.product_id where s.id = j.service_id),
                   (select d.registrar from domain d where d.id = j.domain_id)) as module,
          (extract(epoch from now() - j.updated_at) * 1000)::int as running_ms`,
      [owner, leaseMs, ModuleJobStatus.RUNNING, unleasedAfterMs],
    );
  return rows.map((r) => ({ id: r.id, attempt: r.attempts, command: r.command, module: r.module, runningMs: r.running_ms }));
}
