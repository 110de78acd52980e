/**
 * AU-1 / DN-1 (issue 16.1): the daily run's domain steps. Each domain's claim
 * (automation_claim) and its queued registrar job are one transaction, so a
 * second run of the date, or a run restarted after a crash, queues nothing
 * again. The jobs run on the domain command path (retries, module log, queue
 * view); their results update the domain record when they succeed.
 *
 * Domains are not invoiced by the run yet: a domain with auto-renew is renewed
 * when its client has no overdue invoice and the domain itself no unpaid one.
 */
import { sql, claim, OPEN_INVOICE, type StepContext } from './daily-run.context';
import { queueDomainCommandWithin } from '../provisioning/domain-command.service';
import { ACTIVE_JOB_STATUSES } from '../provisioning/module-job.entity';

/** Domains a job runs on already are left to the next run (one command at a time per domain). */
const NO_ACTIVE_JOB = `not exists (select 1 from module_job j where j.domain_id = d.id and j.status in (${ACTIVE_JOB_STATUSES.map((s) => `'${s}'`).join(', ')}))`;

/** The domain's registrar server is enabled: its own (issue 15.1), or without one any server of its registrar module. */
const HAS_REGISTRAR_SERVER = `exists (select 1 from server s where s.enabled and (s.id = d.server_id or (d.server_id is null and s.module = d.registrar)))`;

/** Renews auto-renew domains expiring within DOMAIN_RENEW_DAYS_BEFORE_EXPIRY, once per expiry date (the claim's ref). */
export async function domainRenewalsStep(ctx: StepContext): Promise<number> {
  const days = ctx.settings.domainRenewDaysBeforeExpiry;
  if (!days) return 0;
  return queueForEach(ctx, 'domain_renew', 'renew', ctx.preview?.domainRenewals, (after) => sql<{ id: number; ref: string }>(ctx.em, `
    select d.id, d.expiry_date::text as ref from domain d
    where d.auto_renew and d.status in ('active', 'grace_period') and d.registrar is not null and d.id > ?
      and d.expiry_date is not null and d.expiry_date <= ?::date + ?::int
      and not exists (select 1 from invoice i where i.client_id = d.client_id and i.status in ${OPEN_INVOICE} and i.due_date < ?::date)
      and not exists (select 1 from invoice_line l join invoice i on i.id = l.invoice_id where l.domain_id = d.id and i.status in ${OPEN_INVOICE})
      and ${HAS_REGISTRAR_SERVER} and ${NO_ACTIVE_JOB}
      and not exists (select 1 from automation_claim a where a.kind = 'domain_renew' and a.subject_key = d.id and a.ref = d.expiry_date::text)
    order by d.id limit ?`, [after, ctx.date, days, ctx.date, ctx.settings.batchSize]));
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
  select: (after: number) => Promise<{ id: number; ref: string }[]>,
): Promise<number> {
  const outside = { em: ctx.deps.em.fork(), jobs: ctx.deps.jobs, config: ctx.deps.config, modules: ctx.deps.modules };
  let count = 0;
  for (let after = 0; ; ) {
    const batch = await select(after);
    if (!batch.length) return count;
    for (const { id, ref } of batch) {
      after = id;
      try {
        const done = await ctx.em.transactional(async (em) => {
          if (!(await claim(em, kind, id, ref, ctx.runId))) return false;
          await queueDomainCommandWithin(em, outside, id, command, command === 'renew' ? { years: 1 } : {});
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
