import type { EntityManager } from '@mikro-orm/postgresql';
import { loaderById, loaderByParent, pagesByParent, readFieldColumns, readRows } from '../shared/batch-loaders';
import { Invoice } from './invoice.entity';
import { InvoiceLine } from './invoice-line.entity';
import { Transaction } from './transaction.entity';

// What lists of invoices and transactions read for the fields their selection asks (issue 12): the amounts' getters need their minor units and the currency.
readFieldColumns(Invoice, {
  always: ['currency'],
  fields: {
    client: [], payer: [], lines: [], transactions: [],
    subtotal: ['subtotalMinor'], tax1: ['tax1Minor'], tax2: ['tax2Minor'], total: ['totalMinor'],
    creditApplied: ['creditAppliedMinor'], amountPaid: ['amountPaidMinor'], amountRefunded: ['amountRefundedMinor'],
    balanceDue: ['status', 'totalMinor', 'creditAppliedMinor', 'amountPaidMinor'],
    overdue: ['status', 'dueDate'],
  },
});
readFieldColumns(Transaction, {
  always: ['currency'],
  fields: {
    invoice: [], client: [], refundOf: [], staff: ['staffId'],
    amount: ['amountMinor'], toClientCredit: ['creditMinor'], fromClientCredit: ['fromCreditMinor'], refunded: ['refundedMinor'],
    appliedToInvoice: ['kind', 'amountMinor', 'creditMinor', 'fromCreditMinor'],
  },
});

/** Per-request batch loaders of invoice relations (no N+1 on invoice and transaction lists). */
export function createBillingLoaders(em: EntityManager) {
  return {
    invoice: loaderById(em, Invoice),
    transaction: loaderById(em, Transaction),
    linesByInvoice: loaderByParent(
      (ids) => readRows(em, InvoiceLine, { invoice: { $in: ids } }, { position: 'asc' }),
      (line) => line.invoice.id,
    ),
    transactionsByInvoice: loaderByParent(
      (ids) => readRows(em, Transaction, { invoice: { $in: ids } }, { id: 'asc' }),
      (transaction) => transaction.invoice?.id,
    ),
    /** Newest first, as the root `invoices` and `transactions` lists. */
    invoicePagesByClient: pagesByParent(em, Invoice, 'client', { descending: true }),
    transactionPagesByClient: pagesByParent(em, Transaction, 'client', { descending: true }),
  };
}
