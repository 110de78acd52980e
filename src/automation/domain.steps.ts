/**
 * AU-1 / DN-1 (issue 16.1): the daily run's domain steps. Each domain's claim
 * (automation_claim) and its queued registrar job are one transaction, so a
 * second run of the date, or a run restarted after a crash, queues nothing
 * again. The jobs run on the domain command path (retries, module log, queue
 * view); their results update the domain record when they succeed.
 *
 * Domains are renewed only once paid for: the renewal invoices step invoices
 * auto-renew domains before they expire, and paying queues the renew
 * (payment-effects.ts); this step queues the renews a payment could not
 * queue then (no enabled registrar server, another command running).
 */
import { sql, claim, type StepContext } from './daily-run.context';
import { queueDomainCommandWithin } from '../provisioning/domain-command.service';
import { ACTIVE_JOB_STATUSES } from '../provisioning/module-job.entity';

/** Domains a job runs on already are left to the next run (one command at a time per domain). */
const NO_ACTIVE_JOB = `not exists (select 1 from module_job j where j.domain_id = d.id and j.status in (${ACTIVE_JOB_STATUSES.map((s) => `'${s}'`).join(', ')}))`;

/** The domain's registrar server is enabled: its own (issue 15.1), or without one any server of its registrar module. */
const HAS_REGISTRAR_SERVER = `exists (select 1 from server s where s.enabled and (s.id = d.server_id or (d.server_id is null and s.module = d.registrar)))`;

/** Queues the registrar's renew of paid domain renewals whose renew is not queued yet, once per expiry date (the claim's ref). */
export async function domainRenewalsStep(ctx: StepContext): Promise<number> {
  return queueForEach(ctx, 'domain_renew', 'renew', ctx.preview?.domainRenewals, (after) => sql<{ id: number; ref: string; years: number }>(ctx.em, `
    select d.id, r.expiry_date::text as ref, r.years from renewal_invoice_domain r join domain d on d.id = r.domain_id
    where r.paid_at is not null and r.renew_queued_at is null and d.registrar is not null and d.id > ?
      and ${HAS_REGISTRAR_SERVER} and ${NO_ACTIVE_JOB}
      and not exists (select 1 from automation_claim a where a.kind = 'domain_renew' and a.subject_key = d.id and a.ref = r.expiry_date::text)
    order by d.id limit ?`, [after, ctx.settings.batchSize]));
}

/** Syncs Active and Pending Transfer domains with their registrar, at most once per day (the claim's ref is the run date). */
export async function domainSyncStep(ctx: StepContext): Promise<number> {
  return queueForEach(ctx, 'domain_sync', 'sync', ctx.preview?.domainSyncs, (after) => sql<{ id: number; ref: string }>(ctx.em, `
    select d.id, ?::text as ref from domain d
    where d.status in ('active', 'pending_transfer') and d.registrar is not null and d.id > ?
      and ${HAS_REGISTRAR_SERVER} and ${NO_ACTIVE_JOB}
      and not exists (select 1 from automation_claim a where a.kind = 'domain_sync' and a.subject_key = d.id and a.ref = ?)
    order by d.id limit ?`, [ctx.date, after, ctx.date, ctx.settings.batchSize]));
}

/** Claims and queues `command` for every domain `select` finds, batch after batch (ordered by id, after the last one seen). */
async function queueForEach(
  ctx: StepContext, kind: string, command: 'renew' | 'sync', collect: number[] | undefined,
  select: (after: number) => Promise<{ id: number; ref: string; years?: number }[]>,
): Promise<number> {
  const outside = { em: ctx.deps.em.fork(), jobs: ctx.deps.jobs, config: ctx.deps.config, modules: ctx.deps.modules };
  let count = 0;
  for (let after = 0; ; ) {
    const batch = await select(after);
    if (!batch.length) return count;
    for (const { id, ref, years } of batch) {
      after = id;
      try {
        const done = await ctx.em.transactional(async (em) => {
          if (!(await claim(em, kind, id, ref, ctx.runId))) return false;
          await queueDomainCommandWithin(em, outside, id, command, command === 'renew' ? { years } : {});
          if (command === 'renew') await sql(em, 'update renewal_invoice_domain set renew_queued_at = now() where domain_id = ? and expiry_date = ?::date', [id, ref]);
          return true;
        });
        if (done) {
          count++;
          collect?.push(id);
        }
      } catch (error) {
        await ctx.itemFailed('Domain', id, error);
      }
    }
  }
}
