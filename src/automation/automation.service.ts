/**
 * Issue 16.1/16.2: what staff read and do about the daily run through the
 * API: the runs and their steps, the schedule with a warning when the day's
 * run is late or missed, a run started by hand, a preview, and the
 * suspension override (SV-6).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../shared/context';
import { badInput, conflict, notFound } from '../shared/errors';
import { toId } from '../shared/ids';
import { Money } from '../shared/money.types';
import { recordActivity } from '../activity/activity.service';
import { Client } from '../clients/client.entity';
import { Invoice } from '../billing/invoice.entity';
import { Service } from '../provisioning/service.entity';
import { Domain } from '../provisioning/domain.entity';
import type { SuspensionOverrideChange } from '../provisioning/suspension-override';
import { DailyRun, DailyRunError, DailyRunStatus, DailyRunTrigger, NEVER, SuspensionOverride } from './daily-run.entity';
import { CancellationRequest } from './cancellation-request.entity';
import type { AutomationDeps } from './daily-run.context';
import { localNow, previewDailyRun, runDailyRun } from './daily-run.service';
import { addDays } from '../catalog/cycle-dates';
import { PreviewError, type AutoSuspensionOverride, type DailyRunPreview, type DailyRunSchedule } from './automation.types';

/** A run starts late by this much at most before staff are warned. */
const GRACE_MINUTES = 30;

export const depsOf = (ctx: RequestContext): AutomationDeps => ({ em: ctx.em, config: ctx.config, jobs: ctx.jobs, modules: ctx.modules });

export function listDailyRuns(ctx: RequestContext, limit: number, date?: string): Promise<DailyRun[]> {
  if (!Number.isInteger(limit) || limit < 1 || limit > 200) throw badInput('limit', 'limit must be 1-200', 'OUT_OF_RANGE');
  return ctx.em.find(DailyRun, date ? { runDate: date } : {}, { orderBy: { id: 'desc' }, limit, populate: ['steps'] });
}

export function runErrors(ctx: RequestContext, run: DailyRun, limit: number): Promise<DailyRunError[]> {
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw badInput('limit', 'limit must be 1-1000', 'OUT_OF_RANGE');
  return ctx.em.find(DailyRunError, { run: run.id }, { orderBy: { id: 'asc' }, limit });
}

/**
 * The schedule and whether the day's run is late or missed: the run due
 * most recently (today's once its time has passed, else yesterday's) should
 * have completed within GRACE_MINUTES of its time.
 */
export async function dailyRunSchedule(ctx: RequestContext): Promise<DailyRunSchedule> {
  const settings = ctx.config.automation;
  const now = localNow(ctx);
  const [lastRun] = await ctx.em.find(DailyRun, {}, { orderBy: { id: 'desc' }, limit: 1 });
  const schedule: DailyRunSchedule = { enabled: settings.enabled, time: settings.time, timeZone: settings.timeZone, today: now.date, lastRun };
  if (!settings.enabled) return schedule;
  const dueDate = now.time >= settings.time ? now.date : addDays(now.date, -1);
  const [hours, minutes] = settings.time.split(':').map(Number);
  const [nowHours, nowMinutes] = now.time.split(':').map(Number);
  const minutesLate = (dueDate === now.date ? 0 : 24 * 60) + nowHours * 60 + nowMinutes - (hours * 60 + minutes);
  const runs = await ctx.em.find(DailyRun, { runDate: dueDate }, { orderBy: { id: 'desc' } });
  if (runs.some((run) => run.status === DailyRunStatus.COMPLETED) || minutesLate < GRACE_MINUTES) return schedule;
  const running = runs.find((run) => run.status === DailyRunStatus.RUNNING);
  schedule.warning = running
    ? { kind: 'LATE', date: dueDate, message: `The daily run of ${dueDate} started at ${running.startedAt.toISOString()} and has not finished` }
    : { kind: 'MISSED', date: dueDate, message: `No daily run has completed for ${dueDate} (due at ${settings.time} ${settings.timeZone})${runs.length ? '; its last run was interrupted' : ''}` };
  return schedule;
}

function checkDate(ctx: RequestContext, date: string | undefined): string {
  const today = localNow(ctx).date;
  if (date && date > today) throw badInput('date', `The daily run works for today (${today}) or an earlier date`, 'DATE_IN_FUTURE');
  return date ?? today;
}

/** Admins: runs the daily run now, for today or an earlier date (e.g. to catch up a missed day). */
export async function startDailyRun(ctx: RequestContext, date?: string): Promise<DailyRun> {
  const run = await runDailyRun(depsOf(ctx), checkDate(ctx, date), DailyRunTrigger.MANUAL);
  if (!run) throw conflict('date', 'A daily run is running already', 'RUN_IN_PROGRESS');
  recordActivity(ctx.em, ctx, { action: 'automation.dailyRun', targetType: 'DailyRun', targetId: String(run.id), details: { date: run.runDate } });
  await ctx.em.flush();
  return ctx.em.findOneOrFail(DailyRun, { id: run.id }, { populate: ['steps'] });
}

/** Staff: what a run on `date` would do now, changing nothing. */
export async function dailyRunPreview(ctx: RequestContext, date: string): Promise<DailyRunPreview> {
  const found = await previewDailyRun(depsOf(ctx), date);
  const ids = (keys: number[]) => [...new Set(keys)];
  const [clients, services, invoices, cancellations, domains] = await Promise.all([
    ctx.em.find(Client, { id: { $in: ids([...found.invoices.map((i) => i.clientKey), ...found.credit.map((c) => c.clientKey), ...found.clientStatuses.map((c) => c.clientKey)]) } }),
    ctx.em.find(Service, { id: { $in: ids([...found.invoices.flatMap((i) => i.lines.flatMap((l) => (l.serviceKey ? [l.serviceKey] : []))), ...found.suspensions, ...found.terminations, ...found.fixedTermTerminations]) } }),
    ctx.em.find(Invoice, { id: { $in: ids([...found.reminders.map((r) => r.invoiceKey), ...found.lateFees.map((f) => f.invoiceKey)]) } }),
    ctx.em.find(CancellationRequest, { id: { $in: found.cancellations } }),
    ctx.em.find(Domain, { id: { $in: ids([...found.domainRenewals, ...found.domainSyncs, ...found.invoices.flatMap((i) => i.lines.flatMap((l) => (l.domainKey ? [l.domainKey] : [])))]) } }),
  ]);
  const byId = <T extends { id: number }>(rows: T[]) => new Map(rows.map((row) => [row.id, row]));
  const client = byId(clients);
  const service = byId(services);
  const invoice = byId(invoices);
  const cancellation = byId(cancellations);
  const domain = byId(domains);
  return {
    date,
    invoices: found.invoices.map((i) => ({
      client: client.get(i.clientKey)!, dueDate: i.dueDate,
      subtotal: Money.of(i.subtotalMinor, i.currency), tax: Money.of(i.taxMinor, i.currency), total: Money.of(i.totalMinor, i.currency),
      lines: i.lines.map((l) => ({ service: l.serviceKey ? service.get(l.serviceKey) : undefined, domain: l.domainKey ? domain.get(l.domainKey) : undefined, description: l.description, amount: Money.of(l.amountMinor, i.currency) })),
    })),
    creditApplied: found.credit.map((c) => ({ client: client.get(c.clientKey)!, amount: Money.of(c.amountMinor, c.currency) })),
    reminders: found.reminders.map((r) => ({ invoice: invoice.get(r.invoiceKey)!, kind: r.kind })),
    lateFees: found.lateFees.map((f) => ({ invoice: invoice.get(f.invoiceKey)!, amount: Money.of(f.amountMinor, f.currency) })),
    cancellations: found.cancellations.map((key) => cancellation.get(key)!),
    suspensions: found.suspensions.map((key) => service.get(key)!),
    terminations: found.terminations.map((key) => service.get(key)!),
    fixedTermTerminations: found.fixedTermTerminations.map((key) => service.get(key)!),
    domainRenewals: found.domainRenewals.map((key) => domain.get(key)!),
    domainSyncs: found.domainSyncs.map((key) => domain.get(key)!),
    clientStatuses: found.clientStatuses.map((c) => ({ client: client.get(c.clientKey)!, status: c.status })),
    errors: found.errors.map((e) => Object.assign(new PreviewError(), e)),
  };
}

/** SV-6 staff: no suspension for non-payment before `until`; `never`: never; neither: the override is removed. */
export async function setAutoSuspensionOverride(ctx: RequestContext, rawServiceId: string, until?: string, never?: boolean): Promise<AutoSuspensionOverride> {
  const serviceId = toId(rawServiceId, 'Service', 'serviceId');
  if (until && never) throw badInput('never', 'Give a date or never, not both', 'CONFLICTING_INPUT');
  const service = await ctx.em.findOne(Service, { id: serviceId });
  if (!service) throw notFound('Service', serviceId);
  const date = never ? NEVER : until;
  await ctx.em.transactional((em) => writeSuspensionOverride(em, ctx, service, date));
  return { service, until: date && date !== NEVER ? date : undefined, never: date === NEVER };
}

/** SV-6, provisioning's suspensionOverrideSet hook: a staff edit of the service set its override (in the edit's transaction). */
export function overrideOnSave(em: EntityManager, { service, until, never, by }: SuspensionOverrideChange): Promise<void> {
  return writeSuspensionOverride(em, by, service, never ? NEVER : until);
}

/** SV-6: records the service's override (until `date`, NEVER for never; none without a date) in `em`'s transaction. */
export async function writeSuspensionOverride(em: EntityManager, ctx: Pick<RequestContext, 'viewer' | 'ip'>, service: Service, date: string | undefined): Promise<void> {
  const serviceId = service.id;
  if (date) await em.upsert(SuspensionOverride, { serviceId, until: date });
  else await em.nativeDelete(SuspensionOverride, { serviceId });
  recordActivity(em, ctx, { action: 'service.suspensionOverride', targetType: 'Service', targetId: String(serviceId), clientId: service.client.id, details: { until: date ?? null } });
}
