/**
 * Issue 17.2: the zone changes that follow outcomes recorded in other areas
 * are durable work, not after-commit effects a killed process or a cut
 * database connection loses. The transaction that records the outcome marks
 * the domain's zone (DnsZone.syncDueAt):
 * - a domain went live: its zone is to be created (DN-2);
 * - a spam filter's create or terminate succeeded: its MX records move (DN-4);
 * - a registration that wanted its zone first failed for good: the zone
 *   leaves the DNS server again (issue 15.3).
 * Right after the commit, and otherwise in the sweep every worker runs, a
 * worker claims the marked zone under a lease (the due time moved past the
 * call's time limit) and brings it in line with the domain's state by the
 * zone's status: CREATING or FAILED is created (adopting what an earlier
 * attempt made), ACTIVE gets its MX records set, REMOVING is removed. Each
 * sets the same records when run again. The mark is cleared unless the zone
 * was marked again meanwhile; a failure stays on the zone (lastError) and is
 * retried with backoff.
 */
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config';
import type { JobQueue } from '../jobs/job-queue';
import { isDatabaseUnavailable } from '../shared/database-availability';
import { afterCommit } from '../shared/after-commit';
import { AppError } from '../shared/errors';
import { logger } from '../shared/logger';
import { RELEASED_DOMAIN_STATUSES } from '../provisioning/domain.entity';
import type { DomainLiveOutcome, DomainLiveRunner } from '../provisioning/domain-live';
import { ModuleJobStatus } from '../provisioning/module-job.entity';
import type { ModuleJobOutcome } from '../provisioning/module-job-outcome';
import type { ModuleRegistry } from '../provisioning/module-registry';
import { backoffMs } from '../provisioning/module-command.jobs';
import { DnsZoneStatus } from './dns-zone.entity';
import { zoneServerOf, type ZoneScope } from './dns-module';
import { applyMailExchangers, createZoneForDomain, removeZoneForDomain } from './dns-zone.service';

/** A zone whose change kept failing is still retried, at least this often. */
const LONGEST_BACKOFF_MS = 3_600_000;
/** What a claim's lease adds to the module call's time limit (the database work around the call). */
const LEASE_SLACK_MS = 5_000;
/** Zones one sweep takes on. */
const SWEEP_BATCH = 100;

/** Marks, in `tx`, the zones the returned rows name, and brings them in line right after the commit. */
async function markAndSyncAfterCommit(tx: EntityManager, runner: DomainLiveRunner, rows: { id: number }[]): Promise<void> {
  for (const { id } of rows) await afterCommit(tx, () => syncZone({ em: tx.fork(), config: runner.config, modules: runner.modules }, id));
}

/**
 * DN-4, in the transaction that records a module job's outcome (registered in
 * src/composition.ts): a spam filter's succeeded create or terminate marks the
 * zone of its client's live domain for its MX records to be set.
 */
export async function markMailExchangers(tx: EntityManager, { job, service, moduleKind, runner }: ModuleJobOutcome): Promise<void> {
  if (moduleKind !== 'spamfilter' || job.status !== ModuleJobStatus.SUCCEEDED || !service.domain) return;
  if (job.command !== 'create' && job.command !== 'terminate') return;
  // Only the owner's own filter counts: another client's service naming the domain never touches its zone.
  const rows = await tx.execute<{ id: number }[]>(
    `update dns_zone z set sync_due_at = now(), sync_attempts = 0 from domain d
      where z.domain_id = d.id and d.name = ? and d.client_id = ? and d.status not in (${RELEASED_DOMAIN_STATUSES.map(() => '?').join(', ')}) and z.status = ?
      returning z.id`,
    [service.domain.toLowerCase(), service.client.id, ...RELEASED_DOMAIN_STATUSES, DnsZoneStatus.ACTIVE],
  );
  await markAndSyncAfterCommit(tx, runner, rows);
}

/**
 * DN-2, in the transaction that records that a domain went live (registered
 * in src/composition.ts): with DNS_ZONE_SERVER set, the domain gets a zone
 * record to be created on that server (one already there is left as it is).
 * A DNS_ZONE_SERVER that names no usable server is logged and leaves the
 * domain without a zone (staff create it by hand once it is fixed).
 */
export async function markZoneForLiveDomain(tx: EntityManager, { domain, runner }: DomainLiveOutcome): Promise<void> {
  if (!runner.config.dnsZoneServer) return;
  let serverId: number;
  try {
    serverId = (await zoneServerOf({ em: tx, config: runner.config, modules: runner.modules })).server.id;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    logger.warn(`Domain ${domain.name} is live but gets no DNS zone: ${error.message}`);
    return;
  }
  const rows = await tx.execute<{ id: number }[]>(
    `insert into dns_zone (domain_id, server_id, name, sync_due_at) values (?, ?, ?, now())
      on conflict (domain_id) do update set sync_due_at = now(), sync_attempts = 0 where dns_zone.status in (?, ?)
      returning id`,
    [domain.id, serverId, domain.name, DnsZoneStatus.CREATING, DnsZoneStatus.FAILED],
  );
  await markAndSyncAfterCommit(tx, runner, rows);
}

/** Issue 15.3, in the transaction that records that a registration failed for good: its zone is to leave the DNS server. */
export async function markZoneRemoval(scope: DomainLiveRunner & { em: EntityManager }, domainId: number): Promise<void> {
  const rows = await scope.em.execute<{ id: number }[]>(
    `update dns_zone set status = ?, sync_due_at = now(), sync_attempts = 0, updated_at = now() where domain_id = ? returning id`,
    [DnsZoneStatus.REMOVING, domainId],
  );
  await markAndSyncAfterCommit(scope.em, scope, rows);
}

/**
 * Brings a marked zone whose time has come in line with its domain, under a
 * lease; false when there was nothing to do (not marked, not due, or another
 * worker holds it). A failure is recorded on the zone and retried with
 * backoff; a lost database connection leaves the lease to run out, and the
 * sweep retries.
 */
export async function syncZone(scope: ZoneScope, zoneId: number): Promise<boolean> {
  const { moduleCommandTimeoutMs, moduleRetryBaseMs } = scope.config;
  const em = scope.em;
  let attempt: number | undefined;
  try {
    const claimed = await em.execute<{ attempts: number; status: DnsZoneStatus; domain_id: number }[]>(
      `update dns_zone set sync_due_at = now() + ? * interval '1 millisecond', sync_attempts = sync_attempts + 1
        where id = ? and sync_due_at <= now() returning sync_attempts as attempts, status, domain_id`,
      [moduleCommandTimeoutMs + LEASE_SLACK_MS, zoneId],
    );
    if (!claimed.length) return false;
    const { status, domain_id: domainId } = claimed[0];
    attempt = claimed[0].attempts;
    if (status === DnsZoneStatus.ACTIVE) await applyMailExchangers(scope, zoneId);
    else if (status === DnsZoneStatus.REMOVING) await removeZoneForDomain(scope, domainId);
    else await createZoneForDomain(scope, domainId);
    // Marked again meanwhile (the due time reset, the attempts back to 0): the mark stays for the next run.
    await em.execute(`update dns_zone set sync_due_at = null, sync_attempts = 0 where id = ? and sync_attempts = ? and sync_due_at > now()`, [zoneId, attempt]);
  } catch (error) {
    // Without the database the lease runs out and the sweep retries; the pools report the outage itself.
    if (isDatabaseUnavailable(error)) return false;
    if (attempt === undefined) throw error;
    const delayMs = Math.min(LONGEST_BACKOFF_MS, backoffMs(moduleRetryBaseMs, attempt));
    await em.execute(`update dns_zone set sync_due_at = now() + ? * interval '1 millisecond' where id = ? and sync_attempts = ?`, [delayMs, zoneId, attempt])
      .catch((failure: unknown) => { if (!isDatabaseUnavailable(failure)) throw failure; });
    logger.warn({ err: error }, `Bringing DNS zone ${zoneId} in line with its domain failed (attempt ${attempt}); retried in ${delayMs} ms`);
  }
  return true;
}

/** In worker processes, at start and every half module-job lease: every marked zone that is due is brought in line. */
export function defineDnsJobs({ orm, config, modules, jobs }: { orm: MikroORM; config: Config; modules: ModuleRegistry; jobs: JobQueue }): void {
  jobs.repeat('dns-zone-sync', Math.ceil(config.moduleJobLeaseMs / 2), async () => {
    try {
      const due = await orm.em.fork().execute<{ id: number }[]>(`select id from dns_zone where sync_due_at <= now() order by sync_due_at limit ${SWEEP_BATCH}`);
      for (const { id } of due) await syncZone({ em: orm.em.fork(), config, modules }, id);
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error; // retried by the next sweep
    }
  });
}
