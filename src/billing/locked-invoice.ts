/**
 * Issues 4.4-4.7: the unit of work of every change to an invoice. It runs in
 * ONE transaction that locks the client row, then the invoice row (always in
 * that order, so two operations cannot deadlock); credit moves through the
 * credit ledger in that same transaction (addCreditEntryLocked). Each change
 * publishes one INVOICE_CHANGED event once the transaction has committed.
 */
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../shared/context';
import type { InvoiceChange } from '../shared/event-bus';
import { publishOnCommit } from '../shared/after-commit';
import { outcomeHook } from '../shared/outcome-hooks';
import { conflict, notFound } from '../shared/errors';
import { isNotVisible } from '../shared/global-ids';
import { minorOf } from '../shared/money';
import { ClientPermission } from '../auth/client-permission';
import { Client } from '../clients/client.entity';
import { assertCanAccessClient } from '../auth/client-access';
import { CreditEntryKind } from '../credit/credit-entry.entity';
import { addCreditEntryLocked } from '../credit/credit.service';
import { assignInvoiceNumber } from './invoice-number';
import { moveInvoiceTo } from './invoice-status';
import { Invoice, InvoiceStatus, isOpen } from './invoice.entity';
import { addresseeOf } from './invoice-computing';
import { queueInvoiceMails } from './invoice-mails';

export const staffIdOf = (ctx: Pick<RequestContext, 'viewer'>) => (ctx.viewer?.kind === 'staff' ? ctx.viewer.staffId : undefined);

/** The change an invoice's new status names; any other change is UPDATED. */
const CHANGE_OF_STATUS: Partial<Record<InvoiceStatus, InvoiceChange>> = {
  [InvoiceStatus.PAID]: 'PAID',
  [InvoiceStatus.CANCELLED]: 'CANCELLED',
  [InvoiceStatus.REFUNDED]: 'REFUNDED',
};

/**
 * Issue 13.7: the one event of one change to `invoice`, published once the
 * transaction has committed. `from` is its status before the change
 * (undefined: it was just created); a move to Paid, Cancelled or Refunded
 * names the change, anything else is UPDATED.
 */
export async function publishInvoiceChanged(em: EntityManager, invoice: Invoice, from: InvoiceStatus | undefined): Promise<void> {
  if (invoice.status === InvoiceStatus.PAID && from !== InvoiceStatus.PAID) {
    await em.flush();
    await invoicePaid.run(em, invoice);
  }
  await queueInvoiceMails(em, invoice, from);
  const change = from === undefined ? 'CREATED' : (from !== invoice.status && CHANGE_OF_STATUS[invoice.status]) || 'UPDATED';
  return publishOnCommit(em, 'INVOICE_CHANGED', { change, invoiceId: invoice.id, clientId: invoice.client?.id ?? null, at: new Date().toISOString() });
}

/** The outcome hook of an invoice becoming Paid (src/shared/outcome-hooks.ts): other areas register on it in src/composition.ts (SV-3: renewals move due dates, services unsuspend). */
export const invoicePaid = outcomeHook<Invoice>();

export const lockClient = (em: EntityManager, id: number) => em.findOne(Client, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });

/**
 * Locks the invoice's client (when it has one), then the invoice: the one
 * lock order of this module. Retries once if a merge moved the invoice between the two reads.
 * A service or domain the invoice bills may have moved to another client
 * since (SV-15); paying the invoice changes it (renewals, unsuspension), so
 * its client is locked too, all of them in id order (src/provisioning/client-lock.ts):
 * locked after the invoice's client, it would wait for a move between the two
 * clients that waits for the invoice's client (a deadlock).
 */
export async function lockInvoice(em: EntityManager, invoiceId: number): Promise<{ invoice: Invoice; client: Client | null }> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const rows = await em.getConnection().execute<{ client_id: number | null; moved_to: number[] }[]>(
      `select i.client_id, array(
         select distinct coalesce(s.client_id, d.client_id) from invoice_line l
         left join service s on s.id = l.service_id left join domain d on d.id = l.domain_id
         where l.invoice_id = i.id and coalesce(s.client_id, d.client_id) <> i.client_id) as moved_to
       from invoice i where i.id = ?`, [invoiceId], 'all', em.getTransactionContext(),
    );
    if (!rows.length) throw notFound('Invoice', invoiceId);
    const { client_id: clientId, moved_to: movedTo } = rows[0];
    if (clientId != null && movedTo.length) {
      await em.getConnection().execute(
        `select 1 from client where id in (${[clientId, ...movedTo].map(() => '?').join(', ')}) order by id for update`,
        [clientId, ...movedTo], 'all', em.getTransactionContext(),
      );
    }
    const client = clientId != null ? await lockClient(em, clientId) : null;
    const invoice = await em.findOne(Invoice, { id: invoiceId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!invoice) throw notFound('Invoice', invoiceId);
    if ((invoice.client?.id ?? null) === (client?.id ?? null)) return { invoice, client };
  }
  throw conflict('invoiceId', 'The invoice changed owner at the same time; try again', 'CONCURRENT_CHANGE');
}

/** Contexts of the server acting on its own behalf (e.g. a verified payment gateway callback): no viewer, every invoice. */
const systemContexts = new WeakSet<object>();
export function asSystem<T extends object>(ctx: T): T {
  systemContexts.add(ctx);
  return ctx;
}

/** A client viewer sees only its own issued invoices, with the INVOICES permission. */
export function assertCanSeeInvoice(ctx: RequestContext, invoice: Invoice): void {
  if (ctx.viewer?.kind === 'staff' || systemContexts.has(ctx)) return;
  if (!invoice.client) throw notFound('Invoice', invoice.id);
  assertCanAccessClient(ctx, invoice.client.id, ClientPermission.INVOICES, ['Invoice', invoice.id]);
  if (invoice.status === InvoiceStatus.DRAFT) throw notFound('Invoice', invoice.id);
}

/** An invoice another record names (a credit entry), if the viewer may see it; else null. */
export async function invoiceReference(ctx: RequestContext, id: number | null | undefined): Promise<Invoice | null> {
  const invoice = id == null ? undefined : await ctx.loaders.billing.invoice.load(id);
  if (!invoice) return null;
  try {
    assertCanSeeInvoice(ctx, invoice);
    return invoice;
  } catch (error) {
    if (isNotVisible(error)) return null;
    throw error;
  }
}

export function markPaidIfSettled(invoice: Invoice): void {
  if (isOpen(invoice.status) && invoice.balanceDueMinor === 0n) moveInvoiceTo(invoice, InvoiceStatus.PAID);
}

/** Applies credit to a locked open invoice of a locked client (CR-3/CR-4); marks it Paid when settled. */
export function applyCreditLocked(em: EntityManager, ctx: Pick<RequestContext, 'viewer' | 'ip'>, client: Client, invoice: Invoice, amount: bigint): void {
  if (amount <= 0n) return;
  invoice.creditAppliedMinor = minorOf(invoice.creditAppliedMinor) + amount;
  addCreditEntryLocked(em, ctx, client, CreditEntryKind.INVOICE_APPLIED, -amount, `Applied to invoice ${invoice.number ?? `#${invoice.id}`}`, invoice.id);
  markPaidIfSettled(invoice);
}

/** Moves a Draft out of Draft inside the caller's transaction: number, addressee, then (CR-3) credit. */
export async function issueLocked(em: EntityManager, ctx: Pick<RequestContext, 'viewer' | 'ip'>, client: Client, invoice: Invoice, applyCredit: boolean): Promise<void> {
  moveInvoiceTo(invoice, InvoiceStatus.UNPAID);
  invoice.addressedTo = await addresseeOf(em, invoice, client);
  const assigned = await assignInvoiceNumber(em, new Date(`${invoice.issueDate}T00:00:00Z`));
  invoice.number = assigned.number;
  if (applyCredit) applyCreditLocked(em, ctx, client, invoice, minBig(minorOf(client.creditBalanceMinor), invoice.balanceDueMinor));
  markPaidIfSettled(invoice);
}

export const minBig = (a: bigint, b: bigint) => (a < b ? a : b);

/** Runs `work` on the locked client and invoice in one transaction; `from` is the invoice's status before the work. */
export async function withLockedInvoice<T>(
  ctx: RequestContext,
  invoiceId: number,
  work: (em: EntityManager, locked: { invoice: Invoice; client: Client | null; from: InvoiceStatus }) => Promise<T>,
): Promise<T> {
  return ctx.em.transactional(async (em) => {
    const locked = await lockInvoice(em, invoiceId);
    assertCanSeeInvoice(ctx, locked.invoice);
    const value = await work(em, { ...locked, from: locked.invoice.status });
    await em.flush();
    return value;
  });
}
