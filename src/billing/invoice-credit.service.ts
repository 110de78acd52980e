/**
 * CR-4 / issue 4.6: client credit applied to invoices by hand, and taken off
 * again, each in the invoice's unit of work (locked-invoice.ts).
 */
import type { RequestContext } from '../shared/context';
import { badInput, conflict, FieldProblems, notFound } from '../shared/errors';
import { amountInput, formatAmount, minorOf } from '../shared/money';
import { recordActivity } from '../activity/activity.service';
import { CreditEntryKind } from '../credit/credit-entry.entity';
import { addCreditEntryLocked } from '../credit/credit.service';
import { label, moveInvoiceTo } from './invoice-status';
import { Invoice, InvoiceStatus, isOpen } from './invoice.entity';
import { applyCreditLocked, assertCanSeeInvoice, minBig, publishInvoiceChanged, withLockedInvoice } from './locked-invoice';

/**
 * CR-4 / issue 4.6: applies credit by hand — staff, or the owning client
 * (INVOICES permission). Limited by the client's balance and the amount due;
 * `amount` left out applies as much as both allow.
 */
export async function applyCredit(ctx: RequestContext, invoiceId: number, amountText?: string): Promise<Invoice> {
  const probe = await ctx.em.findOne(Invoice, { id: invoiceId });
  if (!probe) throw notFound('Invoice', invoiceId);
  assertCanSeeInvoice(ctx, probe);
  let amount: bigint | undefined;
  if (amountText != null) amount = amountInput(amountText, probe.currency);
  return withLockedInvoice(ctx, invoiceId, async (em, { invoice, client, from }) => {
    if (!isOpen(invoice.status)) throw conflict('status', `Credit applies only to unpaid invoices; this one is ${label(invoice.status)}`, 'INVOICE_NOT_OPEN');
    if (!client) throw conflict('invoiceId', 'The invoice\'s client was deleted', 'CLIENT_DELETED');
    const balance = minorOf(client.creditBalanceMinor);
    const due = invoice.balanceDueMinor;
    const value = amount ?? minBig(balance, due);
    // Both limits at once (issue 13.5): the client's credit and the amount due.
    const problems = new FieldProblems();
    if (balance <= 0n) problems.add('amount', 'The client has no credit', 'INSUFFICIENT_CREDIT');
    else if (value > balance) problems.add('amount', `The amount exceeds the credit balance of ${formatAmount(balance, client.currency)}`, 'INSUFFICIENT_CREDIT');
    if (value > due) problems.add('amount', `The amount exceeds the balance due of ${formatAmount(due, invoice.currency)}`, 'EXCEEDS_BALANCE_DUE');
    problems.throwIfAny();
    applyCreditLocked(em, ctx, client, invoice, value);
    await publishInvoiceChanged(em, invoice, from);
    recordActivity(em, ctx, { action: 'invoice.applyCredit', targetType: 'Invoice', targetId: String(invoiceId), clientId: client.id, details: { amountMinor: value.toString() } });
    return invoice;
  });
}

/**
 * CR-4: staff take applied credit off an invoice again (back to the client's
 * balance); a Paid invoice becomes Unpaid. Refused on a Paid invoice refunded
 * in part: reopening it would make the refunded money due again (refunding
 * the rest instead returns the credit, see refundTransaction).
 */
export async function removeAppliedCredit(ctx: RequestContext, invoiceId: number, amountText?: string): Promise<Invoice> {
  const probe = await ctx.em.findOne(Invoice, { id: invoiceId });
  if (!probe) throw notFound('Invoice', invoiceId);
  let amount: bigint | undefined;
  if (amountText != null) amount = amountInput(amountText, probe.currency);
  return withLockedInvoice(ctx, invoiceId, async (em, { invoice, client, from }) => {
    if (!isOpen(invoice.status) && invoice.status !== InvoiceStatus.PAID) throw conflict('status', `Not on a ${label(invoice.status)} invoice`, 'INVOICE_NOT_OPEN');
    if (!client) throw conflict('invoiceId', 'The invoice\'s client was deleted', 'CLIENT_DELETED');
    if (invoice.status === InvoiceStatus.PAID && invoice.uncoveredMinor > 0n) {
      throw conflict('invoiceId', 'This paid invoice was partly refunded: taking credit off would make the refunded amount due again; refunding the remaining payments returns the credit instead', 'PARTLY_REFUNDED');
    }
    const applied = minorOf(invoice.creditAppliedMinor);
    const value = amount ?? applied;
    if (value <= 0n) throw badInput('amount', 'No credit is applied to this invoice', 'CREDIT_NOT_APPLIED');
    if (value > applied) throw badInput('amount', `At most ${formatAmount(applied, invoice.currency)} of credit is applied`, 'CREDIT_NOT_APPLIED');
    invoice.creditAppliedMinor = applied - value;
    addCreditEntryLocked(em, ctx, client, CreditEntryKind.INVOICE_REMOVED, value, `Removed from invoice ${invoice.number ?? `#${invoiceId}`}`, invoiceId);
    if (invoice.status === InvoiceStatus.PAID && invoice.uncoveredMinor > 0n) moveInvoiceTo(invoice, InvoiceStatus.UNPAID);
    await publishInvoiceChanged(em, invoice, from);
    recordActivity(em, ctx, { action: 'invoice.removeCredit', targetType: 'Invoice', targetId: String(invoiceId), clientId: client.id, details: { amountMinor: value.toString() } });
    return invoice;
  });
}
