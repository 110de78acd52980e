/**
 * Issue 15.5: the emails of an invoice change, queued in the change's own
 * transaction: "invoice created" when it is issued (leaves Draft), "invoice
 * paid" when it becomes Paid. An invoice whose client was deleted gets none.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { formatAmount, minorOf } from '../shared/money';
import { queueMail } from '../mail/mail.service';
import { Invoice, InvoiceStatus } from './invoice.entity';

/** `from`: the status before the change; undefined for a new invoice. */
export async function queueInvoiceMails(em: EntityManager, invoice: Invoice, from: InvoiceStatus | undefined): Promise<void> {
  if (!invoice.client) return;
  const variables = () => ({
    number: invoice.number ?? `#${invoice.id}`,
    total: formatAmount(minorOf(invoice.totalMinor), invoice.currency),
    currency: invoice.currency,
    dueDate: invoice.dueDate,
  });
  const issued = (from === undefined || from === InvoiceStatus.DRAFT) && invoice.status !== InvoiceStatus.DRAFT;
  if (issued) await queueMail(em, invoice.client.id, 'invoiceCreated', variables());
  if (invoice.status === InvoiceStatus.PAID && from !== InvoiceStatus.PAID) await queueMail(em, invoice.client.id, 'invoicePaid', variables());
}
