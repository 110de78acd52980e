/**
 * SV-12 / SV-13 / AU-1: the daily run's cancellation steps. Each item's claim
 * (automation_claim) and its queued Terminate are one transaction, so a
 * second run of the date, or a run restarted after a crash, repeats nothing.
 * The Terminate goes through the module queue; a product without a module
 * ends the service at once.
 */
import { sql, claim, type StepContext } from './daily-run.context';
import { queueSystemCommandWithin } from '../provisioning/module-command.service';
import { completeOpenRequests } from './cancellation.service';
import { Service } from '../provisioning/service.entity';
import { endAddonsWithService } from '../provisioning/service-addon.service';
import { lockService } from '../provisioning/client-lock';

/** Statuses Terminate runs from. */
const TERMINABLE = `('pending', 'active', 'suspended', 'fraud')`;

/**
 * Requests due on the run's date: immediate ones made on or before it, the
 * others once the service's next due date has come. A client's cancellation
 * ends the service Cancelled, a staff-scheduled one Terminated. Requests whose
 * service ended otherwise (staff set its status) are completed first. With
 * CANCELLATION_AUTO_PROCESS off staff terminate by hand.
 */
export async function cancellationsStep(ctx: StepContext): Promise<number> {
  await ctx.em.transactional(async (em) => {
    const ended = await sql<{ service_id: number }>(em, `
      select distinct r.service_id from cancellation_request r join service s on s.id = r.service_id
      where r.status = 'open' and s.status in ('terminated', 'cancelled')`);
    for (const { service_id: serviceId } of ended) await completeOpenRequests(em, serviceId);
  });
  if (!ctx.settings.autoProcessCancellations) return 0;
  let count = 0;
  for (let after = 0; ; ) {
    const batch = await sql<{ id: number; service_id: number; scheduled_by_staff: boolean }>(ctx.em, `
      select r.id, r.service_id, r.scheduled_by_staff from cancellation_request r join service s on s.id = r.service_id
      where r.status = 'open' and r.id > ? and s.status in ${TERMINABLE}
        and ((r.type = 'immediate' and r.requested_on <= ?::date) or (r.type = 'end_of_billing_period' and s.next_due_date <= ?::date))
        and not exists (select 1 from automation_claim a where a.kind = 'cancellation' and a.subject_key = r.id)
      order by r.id limit ?`, [after, ctx.date, ctx.date, ctx.settings.batchSize]);
    if (!batch.length) return count;
    for (const request of batch) {
      after = request.id;
      const done = await terminateItem(ctx, 'cancellation', request.id, request.service_id, request.scheduled_by_staff ? {} : { cancelled: true });
      if (done) ctx.preview?.cancellations.push(request.id);
      if (done) count++;
    }
  }
}

/** SV-12: services of fixed-term products whose term (days after sign-up) has run out are terminated. */
export async function fixedTermStep(ctx: StepContext): Promise<number> {
  let count = 0;
  for (let after = 0; ; ) {
    const batch = await sql<{ id: number }>(ctx.em, `
      select s.id from service s join product p on p.id = s.product_id
      where p.auto_terminate_days is not null and s.status in ('active', 'suspended') and s.id > ?
        and s.registration_date + p.auto_terminate_days <= ?::date
        and not exists (select 1 from automation_claim a where a.kind = 'fixed_term' and a.subject_key = s.id)
      order by s.id limit ?`, [after, ctx.date, ctx.settings.batchSize]);
    if (!batch.length) return count;
    for (const { id } of batch) {
      after = id;
      const done = await terminateItem(ctx, 'fixed_term', id, id, {});
      if (done) ctx.preview?.fixedTermTerminations.push(id);
      if (done) count++;
    }
  }
}

/**
 * Claims `kind` on `subjectKey` and queues the service's Terminate in one
 * transaction. A service without a module ends at once, which completes its
 * open request. A service that cannot be terminated now (another command
 * running) is recorded as failed and tried again by the next run.
 */
async function terminateItem(ctx: StepContext, kind: string, subjectKey: number, serviceId: number, input: Record<string, unknown>): Promise<boolean> {
  try {
    return await ctx.em.transactional(async (em) => {
      // The service (after its client) before the claim, as a withdrawal locks it: a withdrawal that got it first has
      // committed by now and is seen here; one that comes later sees the claim and is refused.
      await lockService(em, serviceId);
      if (kind === 'cancellation' && !(await sql(em, `select 1 from cancellation_request where id = ? and status = 'open'`, [subjectKey])).length) return false;
      if (!(await claim(em, kind, subjectKey, '', ctx.runId))) return false;
      const job = await queueSystemCommandWithin(em, { em: ctx.deps.em.fork(), jobs: ctx.deps.jobs, config: ctx.deps.config }, serviceId, 'terminate', input);
      // A product without a module ended the service at once; a job's success does the same in followTerminateJob.
      if (!job) {
        await completeOpenRequests(em, serviceId);
        await endAddonsWithService(em, await em.findOneOrFail(Service, serviceId));
      }
      return true;
    });
  } catch (error) {
    await ctx.itemFailed(kind === 'cancellation' ? 'CancellationRequest' : 'Service', subjectKey, error);
    return false;
  }
}
