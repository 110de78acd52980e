/**
 * Issue 15.5: the emails of an invoice change, queued in the change's own
 * transaction: "invoice created" when it is issued (leaves Draft), "invoice
 * paid" when it becomes Paid. An invoice whose client was deleted gets none.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { formatAmount, minorOf } from '../shared/money';
import { queueMail } from '../mail/mail.service';
import type { MessageTypeName } from '../mail/templates';
import { Invoice, InvoiceStatus } from './invoice.entity';

/** `from`: the status before the change; undefined for a new invoice. */
export async function queueInvoiceMails(em: EntityManager, invoice: Invoice, from: InvoiceStatus | undefined): Promise<void> {
  const issued = (from === undefined || from === InvoiceStatus.DRAFT) && invoice.status !== InvoiceStatus.DRAFT;
  if (issued) await queueInvoiceMail(em, invoice, 'invoiceCreated');
  if (invoice.status === InvoiceStatus.PAID && from !== InvoiceStatus.PAID) await queueInvoiceMail(em, invoice, 'invoicePaid');
}

/** Queues a mail of `type` about `invoice` (number, total, currency, due date, plus `extra`); none when its client was deleted. */
export async function queueInvoiceMail(em: EntityManager, invoice: Invoice, type: MessageTypeName, extra: Record<string, string> = {}): Promise<void> {
  if (!invoice.client) return;
  await queueMail(em, invoice.client.id, type, {
    number: invoice.number ?? `#${invoice.id}`,
    total: formatAmount(minorOf(invoice.totalMinor), invoice.currency),
    currency: invoice.currency,
    dueDate: invoice.dueDate,
    ...extra,
  });
}
