/**
 * DN-4 (issue 15.4, issue 17.2): the MX records that follow a spam filter are
 * durable work. The transaction that records a spam filter's succeeded create
 * or terminate also marks the domain's zone (DnsZone.mxSyncDueAt); setting the
 * records on the DNS server happens after the commit. A worker claims the
 * marked zone under a lease (the due time moved past the call's time limit),
 * sets the records from the domain's state (applyMailExchangers, so a second
 * run sets the same records) and clears the mark unless the zone was marked
 * again meanwhile. A failure stays on the zone (lastError) and is retried with
 * backoff; a process that died or lost its database connection right after
 * the commit leaves the mark, which the sweep of any worker finds.
 */
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config';
import type { JobQueue } from '../jobs/job-queue';
import { isDatabaseUnavailable } from '../shared/database-availability';
import { afterCommit } from '../shared/after-commit';
import { logger } from '../shared/logger';
import { RELEASED_DOMAIN_STATUSES } from '../provisioning/domain.entity';
import { ModuleJobStatus } from '../provisioning/module-job.entity';
import type { ModuleJobOutcome } from '../provisioning/module-job-outcome';
import type { ModuleRegistry } from '../provisioning/module-registry';
import { backoffMs } from '../provisioning/module-command.jobs';
import { DnsZoneStatus } from './dns-zone.entity';
import type { ZoneScope } from './dns-module';
import { applyMailExchangers } from './dns-zone.service';

/** A zone whose MX change kept failing is still retried, at least this often. */
const LONGEST_BACKOFF_MS = 3_600_000;
/** What a claim's lease adds to the module call's time limit (the database work around the call). */
const LEASE_SLACK_MS = 5_000;
/** Zones one sweep takes on. */
const SWEEP_BATCH = 100;


/**
 * In the transaction that records a module job's outcome (registered in
 * src/composition.ts): a spam filter's succeeded create or terminate marks
 * the zone of its client's live domain, and the zone's MX records are set
 * right after the commit (the sweep does it if that is cut short).
 */
export async function markMailExchangers(tx: EntityManager, { job, service, moduleKind, runner }: ModuleJobOutcome): Promise<void> {
  if (moduleKind !== 'spamfilter' || job.status !== ModuleJobStatus.SUCCEEDED || !service.domain) return;
  if (job.command !== 'create' && job.command !== 'terminate') return;
  // Only the owner's own filter counts: another client's service naming the domain never touches its zone.
  const rows = await tx.execute<{ id: number }[]>(
    `update dns_zone z set mx_sync_due_at = now(), mx_sync_attempts = 0 from domain d
      where z.domain_id = d.id and d.name = ? and d.client_id = ? and d.status not in (${RELEASED_DOMAIN_STATUSES.map(() => '?').join(', ')}) and z.status = ?
      returning z.id`,
    [service.domain.toLowerCase(), service.client.id, ...RELEASED_DOMAIN_STATUSES, DnsZoneStatus.ACTIVE],
  );
  for (const { id } of rows) await afterCommit(tx, () => syncMailExchangers({ em: tx.fork(), config: runner.config, modules: runner.modules }, id));
}

/**
 * Sets the MX records of a marked zone whose time has come, under a lease;
 * false when there was nothing to do (not marked, not due, or another worker
 * holds it). A failure is recorded on the zone and retried with backoff; a
 * lost database connection leaves the lease to run out, and the sweep retries.
 */
export async function syncMailExchangers(scope: ZoneScope, zoneId: number): Promise<boolean> {
  const { moduleCommandTimeoutMs, moduleRetryBaseMs } = scope.config;
  const em = scope.em;
  let attempt: number | undefined;
  try {
    // The lease outlasts the module call's time limit and the database work around it.
    const claimed = await em.execute<{ attempts: number }[]>(
      `update dns_zone set mx_sync_due_at = now() + ? * interval '1 millisecond', mx_sync_attempts = mx_sync_attempts + 1
        where id = ? and mx_sync_due_at <= now() returning mx_sync_attempts as attempts`,
      [moduleCommandTimeoutMs + LEASE_SLACK_MS, zoneId],
    );
    if (!claimed.length) return false;
    attempt = claimed[0].attempts;
    await applyMailExchangers(scope, zoneId);
    // Marked again meanwhile (the due time reset, the attempts back to 0): the mark stays for the next run.
    await em.execute(`update dns_zone set mx_sync_due_at = null, mx_sync_attempts = 0 where id = ? and mx_sync_attempts = ? and mx_sync_due_at > now()`, [zoneId, attempt]);
  } catch (error) {
    // Without the database the lease runs out and the sweep retries; the pools report the outage itself.
    if (isDatabaseUnavailable(error)) return false;
    if (attempt === undefined) throw error;
    const delayMs = Math.min(LONGEST_BACKOFF_MS, backoffMs(moduleRetryBaseMs, attempt));
    await em.execute(`update dns_zone set mx_sync_due_at = now() + ? * interval '1 millisecond' where id = ? and mx_sync_attempts = ?`, [delayMs, zoneId, attempt])
      .catch((failure: unknown) => { if (!isDatabaseUnavailable(failure)) throw failure; });
    logger.warn({ err: error }, `Setting the MX records of DNS zone ${zoneId} failed (attempt ${attempt}); retried in ${delayMs} ms`);
  }
  return true;
}

/** In worker processes, at start and every half module-job lease: sets the MX records of every marked zone that is due. */
export function defineDnsJobs({ orm, config, modules, jobs }: { orm: MikroORM; config: Config; modules: ModuleRegistry; jobs: JobQueue }): void {
  jobs.repeat('dns-mx-sync', Math.ceil(config.moduleJobLeaseMs / 2), async () => {
    try {
      const due = await orm.em.fork().execute<{ id: number }[]>(`select id from dns_zone where mx_sync_due_at <= now() order by mx_sync_due_at limit ${SWEEP_BATCH}`);
      for (const { id } of due) await syncMailExchangers({ em: orm.em.fork(), config, modules }, id);
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error; // retried by the next sweep
    }
  });
}
