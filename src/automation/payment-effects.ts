/**
 * What paying an invoice does in automation, in the transaction that marked
 * it Paid. SV-3 / issue 16.4: renewals. Each invoiced due date moves its service's next due
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
import { lockClients } from '../provisioning/client-lock';
import { queueDomainCommandWithin } from '../provisioning/domain-command.service';
import { CYCLE_MONTHS, nextDueDate } from '../catalog/cycle-dates';
import { systemContextOf, type SystemContext } from '../shared/system-context';
import { OPEN_INVOICE, sql } from './daily-run.context';
import { localNow } from './daily-run.service';
import { upgradePaid } from './upgrade.service';
import { prorataPaid } from './mass-update.service';
import { OrderItemKind, OrderItemStatus } from '../orders/order.entity';
import { LineSource } from '../billing/invoice-line-computation';

/** One thing a paid invoice paid for, as PAID_FOR finds (and, for renewals, claims) it. */
interface PaidFor {
  kind: 'service' | 'addon' | 'domain' | 'upgrade' | 'prorata';
  id: number;
  /** The invoiced due date (services, addons) or expiry date (domains). */
  due: string | null;
  years: number | null;
}

/**
 * Everything of automation's a paid invoice paid for, in one statement: it
 * claims the renewal rows (advancedAt / paidAt, so each due date moves once)
 * and tells whether an upgrade or a prorata line is among them, so paying
 * an ordinary invoice costs one statement here.
 */
const PAID_FOR = `
  with services as (
    update renewal_invoice_item set advanced_at = now() where invoice_id = ? and advanced_at is null
    returning 'service' as kind, service_id as id, to_char(due_date, 'YYYY-MM-DD') as due, null::int as years
  ), addons as (
    update renewal_invoice_addon set advanced_at = now() where invoice_id = ? and advanced_at is null
    returning 'addon' as kind, service_addon_id as id, to_char(due_date, 'YYYY-MM-DD') as due, null::int as years
  ), domains as (
    update renewal_invoice_domain set paid_at = now() where invoice_id = ? and paid_at is null
    returning 'domain' as kind, domain_id as id, expiry_date::text as due, years
  )
  select * from services union all select * from addons union all select * from domains
  union all (select 'upgrade', id, null, null from order_item where invoice_id = ? and kind = '${OrderItemKind.UPGRADE}' and status = '${OrderItemStatus.PENDING}' limit 1)
  union all (select 'prorata', id, null, null from invoice_line where invoice_id = ? and service_id is not null and computation->>'source' = '${LineSource.PRORATA}' limit 1)`;

/**
 * Billing's invoicePaid hook, in the paying transaction: SV-3 renewals
 * (services, addons, domains), SV-8 upgrades, SV-11 prorata due-date moves.
 */
export async function invoicePaidEffects(em: EntityManager, invoice: Invoice): Promise<void> {
  const paid = await sql<PaidFor>(em, PAID_FOR, Array(5).fill(invoice.id));
  // Each kind in id order (RETURNING has no order), services and domains before addons: the lock order (src/provisioning/client-lock.ts).
  const of = (kind: PaidFor['kind']) => paid.filter((row) => row.kind === kind).sort((x, y) => x.id - y.id);
  const deps = systemContextOf(em);
  await lockOwners(em, of('service'), of('domain'));
  await advanceServices(em, invoice, of('service'), deps);
  await renewPaidDomains(em, invoice, of('domain'), deps);
  await advanceAddons(em, of('addon'));
  if (of('upgrade').length) await upgradePaid(em, () => {
    if (!deps) throw new Error('No system context on this database (installSystemContext at start-up)');
    return { ...deps, em: deps.em.fork() };
  }, invoice);
  if (of('prorata').length) await prorataPaid(em, invoice);
}

/**
 * SV-15: a paid service or domain may have moved to another client (its
 * invoice stays with the old owner). Their clients, in id order, are locked
 * before them (src/provisioning/client-lock.ts); lockInvoice has taken them
 * already, with the invoice's client, for payments through billing:
 * unsuspending a service or renewing a domain locks its client, which after
 * the service would wait for a staff edit that holds the client and waits for
 * the service (a deadlock).
 */
async function lockOwners(em: EntityManager, services: PaidFor[], domains: PaidFor[]): Promise<void> {
  if (!services.length && !domains.length) return;
  const owners = await sql<{ client_id: number }>(em, `
    select client_id from service where id in (select jsonb_array_elements_text(?::jsonb)::int)
    union select client_id from domain where id in (select jsonb_array_elements_text(?::jsonb)::int)`,
  [JSON.stringify(services.map((row) => row.id)), JSON.stringify(domains.map((row) => row.id))]);
  if (owners.length) await lockClients(em, owners.map((row) => row.client_id));
}

/** SV-3: each paid due date moves its service forward; a service suspended for non-payment with nothing else overdue is unsuspended. */
async function advanceServices(em: EntityManager, invoice: Invoice, items: PaidFor[], deps: SystemContext | undefined): Promise<void> {
  for (const item of items) {
    const service = await em.findOne(Service, { id: item.id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!service) continue;
    advancePaidDueDate(service, item.due!);
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
async function advanceAddons(em: EntityManager, items: PaidFor[]): Promise<void> {
  for (const item of items) {
    const addon = await em.findOne(ServiceAddon, { id: item.id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (addon) advancePaidDueDate(addon, item.due!);
  }
  await em.flush();
}

/**
 * DN-1: a paid domain renewal queues the registrar's renew (as WHMCS renews
 * on payment), in a savepoint of the payment's transaction. A renew that
 * cannot be queued now (no enabled registrar server, a command running) is
 * queued by the next daily run (DOMAIN_RENEWALS); the payment stands.
 */
async function renewPaidDomains(em: EntityManager, invoice: Invoice, paid: PaidFor[], deps: SystemContext | undefined): Promise<void> {
  if (!deps) return;
  for (const row of paid) {
    try {
      await em.transactional(async (inner) => {
        await queueDomainCommandWithin(inner, { ...deps, em: deps.em.fork() }, row.id, 'renew', { years: row.years! });
        await sql(inner, 'update renewal_invoice_domain set renew_queued_at = now() where domain_id = ? and expiry_date = ?::date', [row.id, row.due]);
      });
    } catch (error) {
      logger.warn({ err: error }, `Renewing domain ${row.id} after invoice ${invoice.id} was paid is left to the next daily run`);
    }
  }
}
