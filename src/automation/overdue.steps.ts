/**
 * AU-1: the steps after the renewal invoices, in WHMCS's order: credit,
 * reminders, late fees, suspensions, terminations, client statuses. Each
 * item's effect and its claim (automation_claim) are one transaction, so a
 * second run of the date, or a run restarted after a crash, repeats nothing.
 */
import { SYSTEM_ACTOR, recordActivity } from '../activity/activity.service';
import { publishOnCommit } from '../shared/after-commit';
import { currencyDecimals, divideRoundHalfUp, formatAmount, minorOf, parseScaled } from '../shared/money';
import type { EntityManager } from '@mikro-orm/postgresql';
import { InvoiceStatus } from '../billing/invoice.entity';
import { queueInvoiceMailsByIds } from '../billing/invoice-mails';
import { queueMails } from '../mail/mail.service';
import type { MessageTypeName } from '../mail/templates';
import { InvoiceLine, InvoiceLineType } from '../billing/invoice-line.entity';
import { LineSource, type StoredComputation } from '../billing/invoice-line-computation';
import { recomputeInvoice } from '../billing/invoice-computing';
import { applyCreditLocked, lockInvoice, minBig, publishInvoiceChanged } from '../billing/locked-invoice';
import { getBillingSettings } from '../billing/billing.service';
import { queueSystemCommandWithin } from '../provisioning/module-command.service';
import { Service } from '../provisioning/service.entity';
import { endAddonsWithService } from '../provisioning/service-addon.service';
import { claim, OPEN_INVOICE, sql, type StepContext } from './daily-run.context';

/** The invoices the renewal step made: of services, of addons and of domains (an invoice may hold all three). */
const RENEWAL_INVOICE_IDS = `select invoice_id from renewal_invoice_item union select invoice_id from renewal_invoice_addon union select invoice_id from renewal_invoice_domain`;

/**
 * CR-3: client credit applied to the renewal invoices the run created (each
 * invoice once), unless the operator turned autoApplyCredit off.
 */
export async function applyCreditStep(ctx: StepContext): Promise<number> {
  const { autoApplyCredit } = await getBillingSettings(ctx.em);
  const candidates = !autoApplyCredit ? [] : await sql<{ invoice_id: number }>(ctx.em, `
    select r.invoice_id from (${RENEWAL_INVOICE_IDS}) r
    join invoice i on i.id = r.invoice_id join client c on c.id = i.client_id
    where i.status = 'unpaid' and c.credit_balance_minor > 0
      and not exists (select 1 from automation_claim a where a.kind = 'credit' and a.subject_key = r.invoice_id and a.ref = '')
    order by r.invoice_id`);
  let applied = 0;
  for (const { invoice_id: invoiceId } of candidates) {
    try {
      const amount = await ctx.em.transactional(async (em) => {
        if (!(await claim(em, 'credit', invoiceId, '', ctx.runId))) return 0n;
        const { invoice, client } = await lockInvoice(em, invoiceId);
        if (!client || invoice.status !== InvoiceStatus.UNPAID) return 0n;
        const from = invoice.status;
        const credit = minBig(minorOf(client.creditBalanceMinor), invoice.balanceDueMinor);
        applyCreditLocked(em, SYSTEM_ACTOR, client, invoice, credit);
        await publishInvoiceChanged(em, invoice, from);
        await em.flush();
        ctx.preview?.credit.push({ invoiceKey: invoiceId, clientKey: client.id, amountMinor: credit, currency: invoice.currency });
        return credit;
      });
      if (amount > 0n) applied++;
    } catch (error) {
      await ctx.itemFailed('Invoice', invoiceId, error);
    }
  }
  // Credit added later (or the setting turned on later) is applied by hand (CR-4): the run looks at each of its invoices once.
  await sql(ctx.em, `
    insert into automation_claim (kind, subject_key, ref, run_id)
    select 'credit', r.invoice_id, '', ?::int from (${RENEWAL_INVOICE_IDS}) r
    where not exists (select 1 from automation_claim a where a.kind = 'credit' and a.subject_key = r.invoice_id and a.ref = '')
    on conflict do nothing`, [ctx.runId ?? null]);
  return applied;
}

/**
 * AU-1 / AU-2: a reminder before the due date, then the 1st, 2nd and 3rd
 * overdue notices (clients with overdue notices off get none). An invoice
 * found late gets only the highest notice due, never several at once.
 */
export async function remindersStep(ctx: StepContext): Promise<number> {
  let count = 0;
  const before = ctx.settings.reminderDaysBeforeDue;
  if (before > 0) {
    count += await claimWithMails(ctx, 'invoiceReminder', {}, (em) => sql<{ subject_key: number }>(em, `
      insert into automation_claim (kind, subject_key, ref, run_id)
      select 'reminder', i.id, 'before_due', ?::int from invoice i
      where i.status in ${OPEN_INVOICE} and i.due_date > ?::date and i.due_date - ?::int <= ?::date and i.issue_date <= i.due_date - ?::int
        and not exists (select 1 from automation_claim a where a.kind = 'reminder' and a.subject_key = i.id and a.ref = 'before_due')
      order by i.id limit ?
      on conflict do nothing returning subject_key`, [ctx.runId ?? null, ctx.date, before, ctx.date, before, ctx.settings.batchSize]), 'BEFORE_DUE');
  }
  for (const level of [3, 2, 1]) {
    const days = ctx.settings.overdueReminderDays[level - 1];
    if (!days) continue;
    count += await claimWithMails(ctx, 'overdueNotice', { level: String(level) }, (em) => sql<{ subject_key: number }>(em, `
      insert into automation_claim (kind, subject_key, ref, run_id)
      select 'overdue_reminder', i.id, ?, ?::int from invoice i join client c on c.id = i.client_id
      where i.status in ${OPEN_INVOICE} and i.due_date + ?::int <= ?::date and not c.overdue_notices_disabled
        and not exists (select 1 from automation_claim a where a.kind = 'overdue_reminder' and a.subject_key = i.id and a.ref >= ?)
      order by i.id limit ?
      on conflict do nothing returning subject_key`, [String(level), ctx.runId ?? null, days, ctx.date, String(level), ctx.settings.batchSize]), `OVERDUE_${level}`);
  }
  return count;
}

/**
 * Claims invoices a batch at a time (`claimBatch` claims at most a batch and
 * returns what it claimed) and queues a mail of `type` about each, set-based:
 * the claims and their mails are one transaction, so a second run finds the
 * claims and sends nothing again. Returns how many it claimed.
 */
async function claimWithMails(
  ctx: StepContext, type: MessageTypeName, extra: Record<string, string>, claimBatch: (em: EntityManager) => Promise<{ subject_key: number }[]>, kind: string,
): Promise<number> {
  let count = 0;
  for (;;) {
    const rows = await ctx.em.transactional(async (em) => {
      const claimed = await claimBatch(em);
      await queueInvoiceMailsByIds(em, claimed.map((row) => row.subject_key), type, extra);
      return claimed;
    });
    if (!rows.length) return count;
    for (const row of rows) ctx.preview?.reminders.push({ invoiceKey: row.subject_key, kind });
    count += rows.length;
  }
}

/** The late fee on an invoice total: a percentage (at least the minimum) or a fixed amount, in the invoice's currency. */
export function lateFeeMinor(settings: StepContext['settings'], totalMinor: bigint, currency: string): bigint {
  const scale = 10n ** BigInt(currencyDecimals(currency));
  const amount = (text: string) => divideRoundHalfUp(parseScaled(text, 4)! * scale, 10_000n);
  if ('amount' in settings.lateFee) return amount(settings.lateFee.amount);
  const percent = divideRoundHalfUp(totalMinor * parseScaled(settings.lateFee.percent, 4)!, 100n * 10_000n);
  const minimum = amount(settings.lateFeeMinimum);
  return percent > minimum ? percent : minimum;
}

/** Issue 16.8: how lateFeeMinor computed the fee. */
function lateFeeComputation(settings: StepContext['settings'], totalMinor: bigint, currency: string): StoredComputation {
  if ('amount' in settings.lateFee) return { source: LineSource.LATE_FEE, explanation: `Fixed late fee of ${settings.lateFee.amount} ${currency}`, taxRules: [] };
  return {
    source: LineSource.LATE_FEE, rounding: 'half-up to the minor unit', taxRules: [],
    explanation: `${settings.lateFee.percent}% of the invoice total ${formatAmount(totalMinor, currency)}, at least ${settings.lateFeeMinimum} ${currency}`,
  };
}

/** AU-1: a late fee line on each Unpaid invoice overdue for the configured days; late-fee exempt clients are skipped. */
export async function lateFeesStep(ctx: StepContext): Promise<number> {
  const days = ctx.settings.lateFeeDays;
  if (!days) return 0;
  const candidates = await sql<{ id: number }>(ctx.em, `
    select i.id from invoice i join client c on c.id = i.client_id
    where i.status = 'unpaid' and i.due_date + ?::int <= ?::date and not c.late_fee_exempt
      and not exists (select 1 from automation_claim a where a.kind = 'late_fee' and a.subject_key = i.id)
    order by i.id`, [days, ctx.date]);
  let added = 0;
  for (const { id } of candidates) {
    try {
      const done = await ctx.em.transactional(async (em) => {
        const { invoice, client } = await lockInvoice(em, id);
        if (!client || invoice.status !== InvoiceStatus.UNPAID) return false;
        const fee = lateFeeMinor(ctx.settings, minorOf(invoice.totalMinor), invoice.currency);
        if (fee <= 0n || !(await claim(em, 'late_fee', id, '', ctx.runId))) return false;
        const position = (await em.count(InvoiceLine, { invoice: id })) + 1;
        // Not taxed: a late fee is a charge for paying late, not a supply.
        em.create(InvoiceLine, {
          invoice, position, type: InvoiceLineType.OTHER, description: `Late fee (due ${invoice.dueDate})`, taxable: false, amountMinor: fee, currency: invoice.currency,
          computation: lateFeeComputation(ctx.settings, minorOf(invoice.totalMinor), invoice.currency),
        });
        await em.flush();
        await recomputeInvoice(em, invoice, client);
        recordActivity(em, SYSTEM_ACTOR, { action: 'invoice.lateFee', targetType: 'Invoice', targetId: String(id), clientId: client.id, details: { amountMinor: fee.toString() } });
        await publishInvoiceChanged(em, invoice, invoice.status);
        ctx.preview?.lateFees.push({ invoiceKey: id, amountMinor: fee, currency: invoice.currency });
        return true;
      });
      if (done) added++;
    } catch (error) {
      await ctx.itemFailed('Invoice', id, error);
    }
  }
  return added;
}

/**
 * Services with an open invoice due `days` ago or longer, not held back by a
 * suspension override (SV-6), each with its oldest such invoice.
 */
async function overdueServices(ctx: StepContext, kind: string, days: number, statuses: string[], afterId: number) {
  return sql<{ service_id: number; invoice_id: number }>(ctx.em, `
    select s.id as service_id, min(i.id) as invoice_id from service s
    join invoice_line l on l.service_id = s.id join invoice i on i.id = l.invoice_id
    left join suspension_override o on o.service_id = s.id
    where s.status::text in (select jsonb_array_elements_text(?::jsonb)) and s.id > ?
      and i.status in ${OPEN_INVOICE} and i.due_date + ?::int <= ?::date
      and (o.until is null or o.until <= ?::date)
      and not exists (select 1 from automation_claim a where a.kind = ? and a.subject_key = s.id and a.ref = i.id::text)
    group by s.id order by s.id limit ?`, [JSON.stringify(statuses), afterId, days, ctx.date, ctx.date, kind, ctx.settings.batchSize]);
}

/** Runs `command` through the module queue for every overdue service; the claim names the overdue invoice. */
async function overdueCommandStep(ctx: StepContext, kind: 'suspend' | 'terminate', days: number, statuses: string[], collect: number[] | undefined): Promise<number> {
  if (!days) return 0;
  let count = 0;
  for (let after = 0; ; ) {
    const batch = await overdueServices(ctx, kind, days, statuses, after);
    if (!batch.length) return count;
    for (const { service_id: serviceId, invoice_id: invoiceId } of batch) {
      after = serviceId;
      try {
        const done = await ctx.em.transactional(async (em) => {
          if (!(await claim(em, kind, serviceId, String(invoiceId), ctx.runId))) return false;
          // SV-3: a blank reason marks a suspension for non-payment (paying unsuspends it).
          const job = await queueSystemCommandWithin(em, { em: ctx.deps.em.fork(), jobs: ctx.deps.jobs, config: ctx.deps.config }, serviceId, kind, kind === 'suspend' ? { reason: '' } : {});
          // SV-14: a service without a module is terminated at once, its addons with it (a job's success: followTerminateJob).
          if (kind === 'terminate' && !job) await endAddonsWithService(em, await em.findOneOrFail(Service, serviceId));
          // Read as plain rows: entities loaded here would pile up in the step's EntityManager, item after item.
          const [facts] = await sql<{ client_id: number; product: string; domain: string | null; invoice: string }>(em, `
            select s.client_id, p.name as product, s.domain, coalesce(i.number, '#' || i.id) as invoice
            from service s join product p on p.id = s.product_id, invoice i where s.id = ? and i.id = ?`, [serviceId, invoiceId]);
          await queueMails(em, kind === 'suspend' ? 'serviceSuspended' : 'serviceTerminated', [{
            clientId: facts.client_id, variables: { product: facts.product, domain: facts.domain ?? '-', invoice: facts.invoice },
          }]);
          return true;
        });
        if (done) {
          count++;
          collect?.push(serviceId);
        }
      } catch (error) {
        await ctx.itemFailed('Service', serviceId, error);
      }
    }
  }
}

/** AU-1 / SV-6: suspend Active services overdue for the configured days, unless overridden. */
export const suspensionsStep = (ctx: StepContext) => overdueCommandStep(ctx, 'suspend', ctx.settings.suspendDaysOverdue, ['active'], ctx.preview?.suspensions);

/** AU-1: terminate Active or Suspended services overdue for the configured days. */
export const terminationsStep = (ctx: StepContext) => overdueCommandStep(ctx, 'terminate', ctx.settings.terminateDaysOverdue, ['active', 'suspended'], ctx.preview?.terminations);

/** CL-5: client statuses follow their services (unless auto-update is off or the client is Closed), in one statement. */
export async function clientStatusStep(ctx: StepContext): Promise<number> {
  return ctx.em.transactional(async (em) => {
    const changed = await sql<{ id: number; status: string; previous: string }>(em, `
      update client c set status = x.status, updated_at = now()
      from (
        select c2.id, c2.status as previous,
          (case when exists (select 1 from service s where s.client_id = c2.id and s.status = 'active')
                  or exists (select 1 from domain d where d.client_id = c2.id and d.status = 'active')
                then 'active' else 'inactive' end)::client_status as status
        from client c2 where not c2.status_auto_update_disabled and c2.status <> 'closed'
      ) x
      where x.id = c.id and c.status <> x.status
      returning c.id, c.status, x.previous`);
    for (const row of changed) {
      recordActivity(em, SYSTEM_ACTOR, { action: 'client.status.follow', targetType: 'Client', targetId: String(row.id), clientId: row.id, details: { from: row.previous, to: row.status } });
      await publishOnCommit(em, 'CLIENT_CHANGED', { change: 'STATUS_CHANGED', clientId: row.id, at: new Date().toISOString() });
      ctx.preview?.clientStatuses.push({ clientKey: row.id, status: row.status });
    }
    await em.flush();
    return changed.length;
  });
}
