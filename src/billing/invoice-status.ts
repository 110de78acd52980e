import { AppError, badInput, conflict } from '../shared/errors';
import { InvoiceStatus, isOpen, OPEN_STATUSES, type Invoice } from './invoice.entity';

/**
 * Issue 4.4 (STYLE rule 4): the invoice lifecycle as one table. An illegal
 * transition is one lookup and one coded error (CONFLICT on `status`).
 */
export const INVOICE_TRANSITIONS: Readonly<Record<InvoiceStatus, readonly InvoiceStatus[]>> = {
  [InvoiceStatus.DRAFT]: [InvoiceStatus.UNPAID, InvoiceStatus.CANCELLED],
  [InvoiceStatus.UNPAID]: [InvoiceStatus.PAID, InvoiceStatus.CANCELLED, InvoiceStatus.COLLECTIONS, InvoiceStatus.PAYMENT_PENDING],
  [InvoiceStatus.PAYMENT_PENDING]: [InvoiceStatus.PAID, InvoiceStatus.UNPAID, InvoiceStatus.CANCELLED],
  [InvoiceStatus.COLLECTIONS]: [InvoiceStatus.PAID, InvoiceStatus.UNPAID, InvoiceStatus.CANCELLED],
  // Back to Unpaid when applied credit is taken off again (CR-4).
  [InvoiceStatus.PAID]: [InvoiceStatus.REFUNDED, InvoiceStatus.UNPAID],
  [InvoiceStatus.CANCELLED]: [],
  [InvoiceStatus.REFUNDED]: [],
};

export const canTransition = (from: InvoiceStatus, to: InvoiceStatus) => INVOICE_TRANSITIONS[from].includes(to);

export function assertTransition(from: InvoiceStatus, to: InvoiceStatus): void {
  if (!canTransition(from, to)) throw new AppError('CONFLICT', `An invoice cannot go from ${label(from)} to ${label(to)}`, 'status', undefined, { reason: 'INVALID_STATUS_TRANSITION' });
}

/**
 * Issue 17.4: the one way an invoice's status changes: along the table
 * (CONFLICT otherwise). Becoming Paid dates the payment; going back to an
 * open status takes that date away again.
 */
export function moveInvoiceTo(invoice: Invoice, to: InvoiceStatus): void {
  assertTransition(invoice.status, to);
  invoice.status = to;
  if (to === InvoiceStatus.PAID) invoice.datePaid = new Date();
  else if (isOpen(to)) invoice.datePaid = undefined;
}

export const label = (status: InvoiceStatus) => status.toUpperCase();

/** The statuses that follow from money or a decision with effects, and the mutation that sets each. */
const SET_BY: Partial<Record<InvoiceStatus, string>> = {
  [InvoiceStatus.PAID]: 'markInvoicePaid or addInvoicePayment',
  [InvoiceStatus.CANCELLED]: 'cancelInvoice',
  [InvoiceStatus.REFUNDED]: 'refundTransaction',
};

/**
 * Issue 4.4: setInvoiceStatus only moves an issued invoice between the open
 * statuses (Unpaid, Payment Pending, Collections), along the table. Another
 * target is bad input naming its own mutation; a move the table or the
 * invoice's status forbids is CONFLICT.
 */
export function assertManualTarget(to: InvoiceStatus): void {
  if (isOpen(to)) return;
  if (to === InvoiceStatus.DRAFT) throw badInput('status', 'An issued invoice never goes back to DRAFT', 'INVALID_STATUS_TRANSITION');
  throw badInput('status', `${label(to)} is set by ${SET_BY[to]}, not by setInvoiceStatus`, 'INVALID_STATUS_TRANSITION');
}

export function assertManualTransition(from: InvoiceStatus, to: InvoiceStatus): void {
  if (from === InvoiceStatus.DRAFT) throw conflict('status', 'This invoice is a DRAFT: issue it with publishInvoice first', 'INVOICE_IS_DRAFT');
  if (!isOpen(from)) throw conflict('status', `Only an open invoice (${OPEN_STATUSES.map(label).join(', ')}) changes status by hand; this one is ${label(from)}`, 'INVOICE_NOT_OPEN');
  assertTransition(from, to);
}
