/**
 * Issue 4.5: payments and refunds of invoices, each in the invoice's unit of
 * work (locked-invoice.ts); a retry with the same gateway transaction id
 * answers like the first request.
 */
import { randomUUID } from 'node:crypto';
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../shared/context';
import { badInput, conflict, FieldProblems, notFound } from '../shared/errors';
import { amountInput, formatAmount, minorOf } from '../shared/money';
import { recordActivity } from '../activity/activity.service';
import { globalId, toId } from '../shared/ids';
import { CreditEntryKind } from '../credit/credit-entry.entity';
import { addCreditEntryLocked } from '../credit/credit.service';
import { queueStaffAlert } from '../mail/mail.service';
import { label, moveInvoiceTo } from './invoice-status';
import { Invoice, InvoiceStatus, isOpen } from './invoice.entity';
import { Transaction, TransactionKind } from './transaction.entity';
import type { AddInvoicePaymentInput, MarkInvoicePaidInput, RefundTransactionInput } from './invoice.inputs';
import { assertCanSeeInvoice, markPaidIfSettled, minBig, publishInvoiceChanged, staffIdOf, withLockedInvoice } from './locked-invoice';

function checkCurrency(invoice: { currency: string }, currency?: string): void {
  if (currency != null && currency !== invoice.currency) throw badInput('currency', `The invoice is in ${invoice.currency}`, 'CURRENCY_MISMATCH');
}

const sameTransaction = (existing: Transaction, invoiceId: number, amount: bigint, kind: TransactionKind) =>
  existing.invoice?.id === invoiceId && minorOf(existing.amountMinor) === amount && existing.kind === kind;

const DUPLICATE_ID = 'This gateway transaction id was recorded already with other details';

/** The first transaction with this gateway id, or undefined; CONFLICT when it differs from the retry. */
async function existingTransaction(em: EntityManager, gateway: string, transactionId: string, invoiceId: number, amount: bigint, kind: TransactionKind) {
  const existing = await em.findOne(Transaction, { gateway, transactionId }, { refresh: true });
  if (!existing) return undefined;
  if (!sameTransaction(existing, invoiceId, amount, kind)) throw conflict('transactionId', DUPLICATE_ID, 'DUPLICATE_TRANSACTION_ID');
  return existing;
}

/**
 * Issue 4.5: records a payment. Partial payments reduce the balance (still
 * Unpaid); the payment that settles it marks it Paid; any excess becomes
 * client credit (CR-4), all in one transaction. A payment on an invoice that
 * is Paid already goes to credit whole (the money was received). A retry with
 * the same gateway and transaction id and the same amount returns the first
 * transaction and changes nothing; other details → CONFLICT.
 * `gateway`: a payment a gateway captured. Whatever became of the invoice
 * since checkout (cancelled, paid in full another way), the money was taken:
 * when the invoice can no longer take it, it is recorded against the invoice
 * and goes to credit whole (CR-4, as WHMCS credits overpayments), and staff
 * are alerted to refund it or let it be used.
 */
export async function addInvoicePayment(ctx: RequestContext, input: AddInvoicePaymentInput, mode: 'payment' | 'balance' | 'gateway' = 'payment'): Promise<Transaction> {
  const amountIsBalance = mode === 'balance';
  const invoiceId = toId(input.invoiceId, 'Invoice', 'invoiceId');
  const gateway = input.gateway.trim();
  const transactionId = input.transactionId.trim();
  // Issue 13.5: every problem of the payment in one answer, the amount against the balance (under the invoice's lock) included.
  const problems = new FieldProblems();
  if (!gateway) problems.add('gateway', 'gateway must not be blank', 'VALUE_REQUIRED');
  if (!transactionId) problems.add('transactionId', 'transactionId must not be blank', 'VALUE_REQUIRED');
  const probe = await ctx.em.findOne(Invoice, { id: invoiceId });
  if (!probe) {
    problems.throwIfAny();
    throw notFound('Invoice', invoiceId);
  }
  assertCanSeeInvoice(ctx, probe);
  problems.collect(() => checkCurrency(probe, input.currency));
  let amount = amountIsBalance ? 0n : problems.collect(() => amountInput(input.amount, probe.currency));
  if (!amountIsBalance && amount !== undefined && problems.none()) {
    const first = await existingTransaction(ctx.em, gateway, transactionId, invoiceId, amount, TransactionKind.PAYMENT);
    if (first) return first;
  }
  try {
    return await withLockedInvoice(ctx, invoiceId, async (em, { invoice, client, from }) => {
      if (amountIsBalance && isOpen(invoice.status)) {
        amount = invoice.balanceDueMinor;
      } else if (!amountIsBalance && amount !== undefined && problems.none()) {
        const first = await existingTransaction(em, gateway, transactionId, invoiceId, amount, TransactionKind.PAYMENT);
        if (first) return first;
      }
      const open = isOpen(invoice.status);
      const takesPayments = open || mode === 'gateway' || (!amountIsBalance && invoice.status === InvoiceStatus.PAID);
      // Only an open invoice's balance is due (a Draft has one, but is not payable yet).
      const due = open ? invoice.balanceDueMinor : 0n;
      const applied = minBig(amount ?? 0n, due > 0n ? due : 0n);
      const excess = (amount ?? 0n) - applied;
      if (takesPayments && amount !== undefined) {
        // Issue 11.12: paying the invoice twice over is plausible (a duplicate payment); more is probably a typing error.
        if (excess > minorOf(invoice.totalMinor) && !input.allowOverpayment) {
          problems.add('amount', `The payment exceeds the balance due of ${formatAmount(due > 0n ? due : 0n, invoice.currency)} by more than the invoice total; set allowOverpayment to record it anyway (the excess becomes credit)`, 'EXCEEDS_BALANCE_DUE');
        } else if (excess > 0n && !client && mode !== 'gateway') {
          problems.add('amount', 'The amount exceeds the balance and the client was deleted: the excess cannot become credit', 'CLIENT_DELETED');
        }
      }
      problems.throwIfAny();
      if (!takesPayments) {
        throw conflict('status', amountIsBalance
          ? `Only an unpaid invoice can be marked paid; this one is ${label(invoice.status)}`
          : `A ${label(invoice.status)} invoice takes no payments`, 'INVOICE_NOT_OPEN');
      }
      invoice.amountPaidMinor = minorOf(invoice.amountPaidMinor) + applied;
      const payment = em.create(Transaction, {
        client: client ?? undefined, clientName: invoice.clientName, clientEmail: invoice.clientEmail, invoice, kind: TransactionKind.PAYMENT,
        gateway, transactionId, amountMinor: amount!, creditMinor: excess, currency: invoice.currency, date: input.date ?? new Date(), staffId: staffIdOf(ctx),
      });
      // A gateway's money for a deleted client's invoice is recorded all the same (the gateway retries until it is):
      // its excess stays on the payment, nobody's credit, for staff to refund.
      if (excess > 0n && client) {
        addCreditEntryLocked(em, ctx, client!, CreditEntryKind.OVERPAYMENT, excess, `Overpayment of invoice ${invoice.number ?? `#${invoiceId}`} (${gateway} ${transactionId})`, invoiceId);
      }
      markPaidIfSettled(invoice);
      await publishInvoiceChanged(em, invoice, from);
      await em.flush();
      recordActivity(em, ctx, {
        action: amountIsBalance ? 'invoice.markPaid' : 'invoice.payment', targetType: 'Invoice', targetId: String(invoiceId), clientId: client?.id,
        details: { transactionId: payment.id, gateway, gatewayTransactionId: transactionId, amountMinor: amount!.toString(), toCreditMinor: excess.toString(), invoiceStatus: invoice.status },
      });
      if (mode === 'gateway' && excess > 0n && (!open || !client)) {
        const alert = { invoice: invoice.number ?? `#${invoiceId}`, status: label(invoice.status), gateway, transactionId, amount: formatAmount(excess, invoice.currency), currency: invoice.currency };
        if (client) await queueStaffAlert(em, client.id, 'paymentToCredit', { ...alert, client: `${client.firstName} ${client.lastName} <${client.email}>` });
        else await queueStaffAlert(em, null, 'paymentOfDeletedClient', { ...alert, client: `${invoice.clientName ?? ''} <${invoice.clientEmail ?? ''}>` });
      }
      return payment;
    });
  } catch (error) {
    // A concurrent request recorded the same gateway id first: answer like a retry.
    if (error instanceof UniqueConstraintViolationException) {
      const existing = await ctx.em.fork().findOne(Transaction, { gateway, transactionId });
      if (existing && sameTransaction(existing, invoiceId, amount!, TransactionKind.PAYMENT)) return existing;
      throw conflict('transactionId', DUPLICATE_ID, 'DUPLICATE_TRANSACTION_ID');
    }
    throw error;
  }
}

/** Issue 4.4: staff mark an invoice paid: a manual transaction for the whole balance. */
export async function markInvoicePaid(ctx: RequestContext, id: number, input: MarkInvoicePaidInput = {}): Promise<Invoice> {
  await addInvoicePayment(ctx, {
    invoiceId: globalId('Invoice', id), amount: '0', gateway: input.gateway ?? 'manual', transactionId: input.transactionId ?? `manual-${id}-${randomUUID()}`, date: input.date,
  }, 'balance');
  return ctx.em.findOneOrFail(Invoice, { id }, { refresh: true });
}

/**
 * Issue 14.2: gives (part of) a payment back through its gateway module, before
 * the refund is recorded under the returned refund id; undefined when the
 * payment's gateway refunds nothing itself. src/payments provides it (composition.ts).
 */
export type GatewayRefund = (ctx: RequestContext, payment: Transaction, amount: bigint, idempotencyKey: string) => Promise<string | undefined>;
let refundAtGateway: GatewayRefund = async () => undefined;
export function useGatewayRefunds(refund: GatewayRefund): void {
  refundAtGateway = refund;
}

/**
 * Issue 4.5: refunds (part of) a payment — through the gateway (a negative
 * transaction referencing it) or as client credit. The refund lowers
 * amountPaid and raises amountRefunded. On an open invoice the refunded
 * money is due again; a Paid invoice stays Paid (nothing becomes due) until
 * every payment is refunded: then applied credit goes back to the client
 * and the invoice becomes Refunded.
 * Issue 11.12: through the gateway the whole payment is refundable, its
 * overpaid part (which went to credit) first: that credit is taken back, and
 * the refund is refused while the client has spent it. As credit only the
 * part that paid the invoice is refundable (the rest is credit already).
 * A retry with the same gateway refund id returns the first refund.
 */
export async function refundTransaction(ctx: RequestContext, input: RefundTransactionInput): Promise<Transaction> {
  const paymentId = toId(input.paymentId, 'Transaction', 'paymentId');
  const probe = await ctx.em.findOne(Transaction, { id: paymentId });
  if (!probe || probe.kind !== TransactionKind.PAYMENT) throw notFound('Transaction', paymentId);
  if (!probe.invoice) throw conflict('paymentId', 'This payment belongs to no invoice', 'PAYMENT_WITHOUT_INVOICE');
  const invoiceId = probe.invoice.id;
  let amount: bigint | undefined;
  if (input.amount != null) amount = amountInput(input.amount, probe.currency);
  let gatewayRefundId = input.transactionId?.trim();
  const toCredit = input.toCredit ?? false;
  if (!toCredit && !gatewayRefundId) {
    // Issue 14.2: no network call inside the invoice's transaction; the gateway refunds first, its refund id makes the record idempotent.
    const value = amount ?? minorOf(probe.amountMinor) - minorOf(probe.refundedMinor);
    if (value > 0n) gatewayRefundId = await refundAtGateway(ctx, probe, value, `refund-${paymentId}-${minorOf(probe.refundedMinor)}-${value}`);
    if (gatewayRefundId) amount = value;
  }
  const refundGateway = toCredit ? 'credit' : probe.gateway;
  const firstRefund = async (em: EntityManager) => {
    if (!gatewayRefundId) return undefined;
    const existing = await em.findOne(Transaction, { gateway: refundGateway, transactionId: gatewayRefundId }, { refresh: true });
    if (!existing) return undefined;
    const same = existing.kind === TransactionKind.REFUND && existing.refundOf?.id === paymentId && (amount === undefined || -minorOf(existing.amountMinor) === amount);
    if (!same) throw conflict('transactionId', DUPLICATE_ID, 'DUPLICATE_TRANSACTION_ID');
    return existing;
  };
  const first = await firstRefund(ctx.em);
  if (first) return first;
  return withLockedInvoice(ctx, invoiceId, async (em, { invoice, client, from }) => {
    const retried = await firstRefund(em);
    if (retried) return retried;
    const payment = await em.findOneOrFail(Transaction, { id: paymentId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    const paid = minorOf(payment.amountMinor);
    const overpaid = minorOf(payment.creditMinor);
    const refunded = minorOf(payment.refundedMinor);
    const [{ sum }] = await em.getConnection().execute<{ sum: string }[]>(
      'select coalesce(sum(from_credit_minor), 0)::text as sum from payment_transaction where refund_of_id = ?', [paymentId], 'all', em.getTransactionContext());
    const overpaidRefunded = BigInt(sum);
    const overpaidLeft = toCredit ? 0n : overpaid - overpaidRefunded;
    const paidInvoiceLeft = paid - overpaid - (refunded - overpaidRefunded);
    const refundable = overpaidLeft + paidInvoiceLeft;
    const value = amount ?? refundable;
    if (refundable <= 0n) throw conflict('paymentId', 'Nothing of this payment is left to refund', 'NOTHING_TO_REFUND');
    if (value > refundable) throw badInput('amount', `At most ${formatAmount(refundable, payment.currency)} of this payment can be refunded${toCredit && overpaid > 0n ? ' as credit (its overpaid part is credit already)' : ''}`, 'REFUND_EXCEEDS_PAYMENT');
    const fromCredit = minBig(value, overpaidLeft);
    const fromInvoice = value - fromCredit;
    const name = invoice.number ?? `#${invoiceId}`;
    // A deleted client's overpaid part is nobody's credit any more: it is only given back.
    if (fromCredit > 0n && client) {
      const balance = minorOf(client.creditBalanceMinor);
      if (balance < fromCredit) {
        throw conflict('amount', `${formatAmount(fromCredit, payment.currency)} of this refund gives back the overpayment, which went to credit, but the client has only ${formatAmount(balance, client.currency)} of credit left: it was spent`, 'INSUFFICIENT_CREDIT');
      }
      addCreditEntryLocked(em, ctx, client, CreditEntryKind.OVERPAYMENT_REFUNDED, -fromCredit, `Overpayment refunded through ${payment.gateway} (payment ${payment.transactionId}, invoice ${name})`, invoiceId);
    }
    if (toCredit && !client) throw badInput('toCredit', 'The client was deleted: there is no credit to refund to', 'CLIENT_DELETED');
    payment.refundedMinor = refunded + value;
    invoice.amountPaidMinor = minorOf(invoice.amountPaidMinor) - fromInvoice;
    invoice.amountRefundedMinor = minorOf(invoice.amountRefundedMinor) + fromInvoice;
    const refund = em.create(Transaction, {
      client: client ?? undefined, clientName: invoice.clientName, clientEmail: invoice.clientEmail, invoice, kind: TransactionKind.REFUND,
      gateway: refundGateway, transactionId: gatewayRefundId || `refund-${paymentId}-${randomUUID()}`, amountMinor: -value,
      creditMinor: toCredit ? value : 0n, fromCreditMinor: fromCredit, toCredit, currency: payment.currency, refundOf: payment, date: new Date(), staffId: staffIdOf(ctx),
    });
    if (toCredit) addCreditEntryLocked(em, ctx, client!, CreditEntryKind.REFUND, value, `Refund of payment ${payment.gateway} ${payment.transactionId} (invoice ${name})`, invoiceId);
    if (fromInvoice > 0n && invoice.status === InvoiceStatus.PAID && minorOf(invoice.amountPaidMinor) === 0n) {
      const credit = minorOf(invoice.creditAppliedMinor);
      if (credit > 0n && client) {
        addCreditEntryLocked(em, ctx, client, CreditEntryKind.INVOICE_REMOVED, credit, `Invoice ${name} refunded: applied credit returned`, invoiceId);
        invoice.creditAppliedMinor = 0n;
      }
      if (credit === 0n || client) moveInvoiceTo(invoice, InvoiceStatus.REFUNDED);
    }
    await publishInvoiceChanged(em, invoice, from);
    await em.flush();
    recordActivity(em, ctx, {
      action: 'invoice.refund', targetType: 'Invoice', targetId: String(invoiceId), clientId: client?.id,
      details: { paymentId, refundId: refund.id, amountMinor: value.toString(), fromCreditMinor: fromCredit.toString(), toCredit },
    });
    return refund;
  }).catch(async (error) => {
    // A concurrent retry recorded the same refund id first: answer like a retry.
    if (error instanceof UniqueConstraintViolationException) return (await firstRefund(ctx.em.fork())) ?? Promise.reject(conflict('transactionId', DUPLICATE_ID, 'DUPLICATE_TRANSACTION_ID'));
    throw error;
  });
}
