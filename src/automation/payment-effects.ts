/**
 * SV-3 / issue 16.4: what paying a renewal invoice does, in the transaction
 * that marked it Paid. Each invoiced due date moves its service's next due
 * date forward one cycle from that due date (once: advancedAt), and a service
 * suspended for non-payment (blank reason) with nothing else overdue is
 * unsuspended through the module queue once the payment has committed.
 */
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { logger } from '../shared/logger';
import type { Invoice } from '../billing/invoice.entity';
import { Service } from '../provisioning/service.entity';
import { ServiceStatus } from '../provisioning/service-status';
import { queueSystemCommandWithin } from '../provisioning/module-command.service';
import { CYCLE_MONTHS, nextDueDate } from './cycle-dates';
import { systemContextOf } from '../shared/system-context';
import { OPEN_INVOICE, sql } from './daily-run.context';
import { localNow } from './daily-run.service';
import { upgradePaid } from './upgrade.service';

/**
 * SV-8: a paid upgrade invoice changes its service (upgrade.service.ts); the
 * module's changePackage goes to this ORM's job queue after the payment commits.
 */
export async function upgradeInvoicePaid(em: EntityManager, invoice: Invoice): Promise<void> {
  const deps = systemContextOf(em);
  await upgradePaid(em, () => {
    if (!deps) throw new Error('No system context on this database (installSystemContext at start-up)');
    return { em: deps.em.fork(), jobs: deps.jobs, config: deps.config };
  }, invoice);
}

export async function renewalPaid(em: EntityManager, invoice: Invoice): Promise<void> {
  const deps = systemContextOf(em);
  const items = await sql<{ service_id: number; due: string }>(em, `
    update renewal_invoice_item set advanced_at = now() where invoice_id = ? and advanced_at is null
    returning service_id, to_char(due_date, 'YYYY-MM-DD') as due`, [invoice.id]);
  for (const item of items) {
    const service = await em.findOne(Service, { id: item.service_id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!service) continue;
    // Staff may have moved the due date meanwhile: then it stays where they put it.
    if (service.nextDueDate === item.due && CYCLE_MONTHS[service.billingCycle]) {
      service.nextDueDate = nextDueDate(item.due, service.billingCycle, service.registrationDate);
    }
    await em.flush();
    if (service.status !== ServiceStatus.SUSPENDED || service.suspensionReason?.trim() || !deps) continue;
    const today = localNow(deps).date;
    const [{ overdue }] = await sql<{ overdue: number }>(em, `
      select count(*)::int as overdue from invoice_line l join invoice i on i.id = l.invoice_id
      where l.service_id = ? and i.id <> ? and i.status in ${OPEN_INVOICE} and i.due_date < ?::date`, [service.id, invoice.id, today]);
    if (overdue) continue;
    try {
      await queueSystemCommandWithin(em, { em: deps.em.fork(), jobs: deps.jobs, config: deps.config }, service.id, 'unsuspend');
    } catch (error) {
      // The payment stands; staff see the service still suspended and unsuspend it by hand.
      logger.error({ err: error }, `Unsuspending service ${service.id} after invoice ${invoice.id} was paid failed`);
    }
  }
}
