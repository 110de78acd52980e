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
import { ServiceAddon } from '../provisioning/service-addon.entity';
import { ServiceStatus } from '../provisioning/service-status';
import { queueSystemCommandWithin } from '../provisioning/module-command.service';
import { queueDomainCommandWithin } from '../provisioning/domain-command.service';
import { CYCLE_MONTHS, nextDueDate } from '../catalog/cycle-dates';
import { systemContextOf, type SystemContext } from '../shared/system-context';
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
    return { ...deps, em: deps.em.fork() };
  }, invoice);
}

export async function renewalPaid(em: EntityManager, invoice: Invoice): Promise<void> {
  const deps = systemContextOf(em);
  await advanceAddons(em, invoice);
  await renewPaidDomains(em, invoice, deps);
  const items = await sql<{ service_id: number; due: string }>(em, `
    update renewal_invoice_item set advanced_at = now() where invoice_id = ? and advanced_at is null
    returning service_id, to_char(due_date, 'YYYY-MM-DD') as due`, [invoice.id]);
  for (const item of items) {
    const service = await em.findOne(Service, { id: item.service_id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!service) continue;
    advancePaidDueDate(service, item.due);
    await em.flush();
    if (service.status !== ServiceStatus.SUSPENDED || service.suspensionReason?.trim() || !deps) continue;
    const today = localNow(deps).date;
    const [{ overdue }] = await sql<{ overdue: number }>(em, `
      select count(*)::int as overdue from invoice_line l join invoice i on i.id = l.invoice_id
      where l.service_id = ? and i.id <> ? and i.status in ${OPEN_INVOICE} and i.due_date < ?::date`, [service.id, invoice.id, today]);
    if (overdue) continue;
    try {
      await queueSystemCommandWithin(em, { ...deps, em: deps.em.fork() }, service.id, 'unsuspend');
    } catch (error) {
      // The payment stands; staff see the service still suspended and unsuspend it by hand.
      logger.error({ err: error }, `Unsuspending service ${service.id} after invoice ${invoice.id} was paid failed`);
    }
  }
}

/**
 * A paid due date moves the service's or addon's next due date one cycle
 * forward from it. Staff may have moved the due date meanwhile: then it stays
 * where they put it.
 */
function advancePaidDueDate(record: Service | ServiceAddon, paidDue: string): void {
  if (record.nextDueDate === paidDue && CYCLE_MONTHS[record.billingCycle]) record.nextDueDate = nextDueDate(paidDue, record.billingCycle, record.registrationDate);
}

/** SV-4: each addon due date the invoice paid moves the addon's next due date one cycle forward, once (as for services). */
async function advanceAddons(em: EntityManager, invoice: Invoice): Promise<void> {
  const items = await sql<{ service_addon_id: number; due: string }>(em, `
    update renewal_invoice_addon set advanced_at = now() where invoice_id = ? and advanced_at is null
    returning service_addon_id, to_char(due_date, 'YYYY-MM-DD') as due`, [invoice.id]);
  for (const item of items) {
    const addon = await em.findOne(ServiceAddon, { id: item.service_addon_id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (addon) advancePaidDueDate(addon, item.due);
  }
  await em.flush();
}

/**
 * DN-1: a paid domain renewal queues the registrar's renew (as WHMCS renews
 * on payment), in a savepoint of the payment's transaction. A renew that
 * cannot be queued now (no enabled registrar server, a command running) is
 * queued by the next daily run (DOMAIN_RENEWALS); the payment stands.
 */
async function renewPaidDomains(em: EntityManager, invoice: Invoice, deps: SystemContext | undefined): Promise<void> {
  const paid = await sql<{ domain_id: number; expiry: string; years: number }>(em, `
    update renewal_invoice_domain set paid_at = now() where invoice_id = ? and paid_at is null
    returning domain_id, expiry_date::text as expiry, years`, [invoice.id]);
  if (!deps) return;
  for (const row of paid) {
    try {
      await em.transactional(async (inner) => {
        await queueDomainCommandWithin(inner, { ...deps, em: deps.em.fork() }, row.domain_id, 'renew', { years: row.years });
        await sql(inner, 'update renewal_invoice_domain set renew_queued_at = now() where domain_id = ? and expiry_date = ?::date', [row.domain_id, row.expiry]);
      });
    } catch (error) {
      logger.warn({ err: error }, `Renewing domain ${row.domain_id} after invoice ${invoice.id} was paid is left to the next daily run`);
    }
  }
}
