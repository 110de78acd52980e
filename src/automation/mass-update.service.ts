/**
 * SV-10 mass update and SV-11 prorata invoice on a due-date change (issue
 * 16.7): staff change several services of one client in one transaction.
 *
 * - Each service goes through the staff edit (updateService) and, when asked,
 *   the staff module command (runModuleCommand, queued per service through
 *   the module queue once the transaction commits). Fields left out or null
 *   leave the services alone.
 * - SV-6: the suspension override (a date, never, or none) is written for
 *   each service as setAutoSuspensionOverride does for one.
 * - Every service's problems are collected, under `serviceIds.<i>`; any
 *   problem rolls the whole update back.
 * - SV-11: with createProrataInvoice, the due dates do not move; one invoice
 *   bills each service from its own next due date to the day before the new
 *   one, price × days / days in the cycle that ends on the new date
 *   (proration.ts, rounded half-up once). Paying it moves the due dates
 *   (prorataPaid, billing's paid hook).
 */
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../shared/context';
import { AppError, FieldProblems } from '../shared/errors';
import { globalId, toId } from '../shared/ids';
import { formatAmount } from '../shared/money';
import { Service } from '../provisioning/service.entity';
import { ServiceStatus } from '../provisioning/service-status';
import { checkPaymentMethod, updateService } from '../provisioning/service.service';
import { runModuleCommand } from '../provisioning/module-command.service';
import type { ModuleJob } from '../provisioning/module-job.entity';
import type { UpdateServiceInput } from '../provisioning/service.inputs';
import { Product } from '../catalog/product.entity';
import { InvoiceStatus, type Invoice } from '../billing/invoice.entity';
import { InvoiceLineType } from '../billing/invoice-line.entity';
import { LineSource, type StoredComputation } from '../billing/invoice-line-computation';
import { createInvoiceWithin } from '../billing/invoice.service';
import { addDays, CYCLE_MONTHS, printedDate } from '../catalog/cycle-dates';
import { prorate } from './proration';
import { sql } from './daily-run.context';
import { NEVER } from './daily-run.entity';
import { writeSuspensionOverride } from './automation.service';
import type { MassUpdateServicesInput } from './mass-update.inputs';
import { MassServiceUpdate } from './mass-update.types';

/** Only these are billed, so only these can be invoiced prorata (as SV-7 invoices early). */
export const INVOICEABLE = [ServiceStatus.PENDING, ServiceStatus.ACTIVE, ServiceStatus.SUSPENDED];

export async function massUpdateServices(ctx: RequestContext, input: MassUpdateServicesInput): Promise<MassServiceUpdate> {
  const problems = new FieldProblems();
  const ids = input.serviceIds.map((id, i) => problems.collect(() => toId(id, 'Service', `serviceIds.${i}`)));
  ids.forEach((id, i) => {
    if (id !== undefined && ids.indexOf(id) !== i) problems.add(`serviceIds.${i}`, `Service ${input.serviceIds[i]} is listed twice`, 'DUPLICATE_IN_INPUT');
  });
  const found = await ctx.em.find(Service, { id: { $in: ids.filter((id): id is number => id !== undefined) } });
  const byId = new Map(found.map((service) => [service.id, service]));
  ids.forEach((id, i) => {
    if (id !== undefined && !byId.has(id)) problems.add(`serviceIds.${i}`, `Service ${input.serviceIds[i]} does not exist`, 'REFERENCE_NOT_FOUND');
  });
  if (new Set(found.map((service) => service.client.id)).size > 1) problems.add('serviceIds', 'The services must all belong to one client', 'CONFLICTING_INPUT');
  const prorata = input.createProrataInvoice === true;
  if (prorata && input.nextDueDate == null) problems.add('createProrataInvoice', 'A prorata invoice needs the new next due date', 'CONFLICTING_INPUT');
  checkPaymentMethod(ctx, problems, input.paymentMethod);
  const override = input.suspensionOverride;
  if (override?.until != null && override.never === true) problems.add('suspensionOverride.never', 'Give a date or never, not both', 'CONFLICTING_INPUT');
  const fields: UpdateServiceInput = {
    recurringAmount: input.recurringAmount ?? undefined,
    billingCycle: input.billingCycle ?? undefined,
    status: input.status ?? undefined,
    paymentMethod: input.paymentMethod ?? undefined,
    // SV-11: with a prorata invoice the due dates wait for its payment.
    nextDueDate: prorata ? undefined : (input.nextDueDate ?? undefined),
  };
  const edits = Object.values(fields).some((value) => value !== undefined);
  if (!edits && !prorata && !override && !input.moduleCommand) problems.add('input', 'Give at least one field to change or a module command', 'VALUE_REQUIRED');
  problems.throwIfAny();
  const services = ids.map((id) => byId.get(id!)!);

  return ctx.em.transactional(async (em) => {
    const within: RequestContext = { ...ctx, em };
    const lines = [];
    const moduleJobs: ModuleJob[] = [];
    for (const [i, service] of services.entries()) {
      // Each service's problems are reported under its place in the list, prefixed with its id.
      const item = async <T>(work: () => Promise<T>): Promise<T | undefined> => {
        try {
          return await work();
        } catch (error) {
          if (!(error instanceof AppError) || !['BAD_USER_INPUT', 'CONFLICT'].includes(error.code)) throw error;
          for (const problem of error.details?.fields ?? [{ message: error.message, reason: error.details?.reason ?? 'CONFLICTING_INPUT' }]) {
            problems.add(`serviceIds.${i}`, `Service ${globalId('Service', service.id)}: ${problem.message}`, problem.reason!);
          }
          return undefined;
        }
      };
      if (edits) await item(() => updateService(within, service.id, fields));
      if (override) await writeSuspensionOverride(em, ctx, service, override.never ? NEVER : (override.until ?? undefined));
      if (prorata) {
        // As the edits above left it.
        const line = await item(async () => prorataLine(em, await em.findOneOrFail(Service, service.id), input.nextDueDate!));
        if (line) lines.push(line);
      }
      if (input.moduleCommand) {
        const job = await item(() => runModuleCommand(within, service.id, input.moduleCommand!, undefined));
        if (job) moduleJobs.push(job);
      }
    }
    problems.throwIfAny();
    let prorataInvoice: Invoice | undefined;
    if (lines.length) {
      prorataInvoice = await createInvoiceWithin(em, ctx, { clientId: services[0].client.id, lines });
      // Credit may have paid it whole when it was issued.
      if (prorataInvoice.status === InvoiceStatus.PAID) await prorataPaid(em, prorataInvoice);
    }
    const updated = new Map((await em.find(Service, { id: { $in: services.map((service) => service.id) } })).map((service) => [service.id, service]));
    return Object.assign(new MassServiceUpdate(), { services: services.map((service) => updated.get(service.id)!), prorataInvoice, moduleJobs });
  });
}

/** SV-11: the invoice line billing `service` from its next due date to the day before `newDueDate`. */
async function prorataLine(em: EntityManager, service: Service, newDueDate: string) {
  const problems = new FieldProblems();
  const due = service.nextDueDate;
  if (!INVOICEABLE.includes(service.status)) problems.add('createProrataInvoice', `A ${service.status} service is not invoiced`, 'CONFLICTING_INPUT');
  if (!due || !CYCLE_MONTHS[service.billingCycle]) problems.add('createProrataInvoice', 'The service is not billed per cycle (it has no next due date)', 'CONFLICTING_INPUT');
  else if (newDueDate <= due) problems.add('nextDueDate', `A prorata invoice bills forward: the new date must be after the service's next due date ${due}`, 'INVALID_DATE_RANGE');
  problems.throwIfAny();
  const price = BigInt(service.recurringMinor);
  // Nothing held before the new date: the prorated amount is the whole "debited" part, rounded once.
  const p = prorate({ oldPriceMinor: 0n, oldCycle: service.billingCycle, newPriceMinor: price, newCycle: service.billingCycle, nextDueDate: newDueDate, today: due! });
  const end = addDays(newDueDate, -1);
  const product = await em.findOneOrFail(Product, service.product.id);
  const computation: StoredComputation = {
    source: LineSource.PRORATA, priceMinor: String(price), cycle: service.billingCycle, periodStart: due!, periodEnd: end,
    days: p.daysLeft, daysInCycle: p.daysInNewCycle, rounding: 'rounded once, half-up to the minor unit',
    explanation: `${formatAmount(price, service.currency)} × ${p.daysLeft} / ${p.daysInNewCycle} days`,
  };
  return {
    description: `${product.name}${service.domain ? ` - ${service.domain}` : ''} (${printedDate(due!)} - ${printedDate(end)})`,
    amountMinor: p.amountMinor, type: InvoiceLineType.SERVICE, serviceId: service.id, computation,
  };
}

/**
 * SV-11, billing's paid hook (in the paying transaction): each service of a
 * paid prorata invoice moves to the new due date, once: only while it is
 * still due on the date the line billed from (staff may have moved it since).
 */
export async function prorataPaid(em: EntityManager, invoice: Invoice): Promise<void> {
  const lines = await sql<{ service_id: number; start: string; end: string }>(em, `
    select service_id, computation->>'periodStart' as start, computation->>'periodEnd' as end from invoice_line
    where invoice_id = ? and service_id is not null and computation->>'source' = ?`, [invoice.id, LineSource.PRORATA]);
  for (const line of lines) {
    const service = await em.findOne(Service, { id: line.service_id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (service?.nextDueDate === line.start) service.nextDueDate = addDays(line.end, 1);
  }
  await em.flush();
}
