import { AppError } from '../shared/errors';
import { InvoiceStatus } from './invoice.entity';

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
  if (!canTransition(from, to)) throw new AppError('CONFLICT', `An invoice cannot go from ${label(from)} to ${label(to)}`, 'status');
}

export const label = (status: InvoiceStatus) => status.toUpperCase();
