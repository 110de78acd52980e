/**
 * Issue 15.5: the emails of an invoice change, queued in the change's own
 * transaction: "invoice created" when it is issued (leaves Draft), "invoice
 * paid" when it becomes Paid. An invoice whose client was deleted gets none.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { formatAmount, minorOf } from '../shared/money';
import { queueMail, queueMails, type MailDraft } from '../mail/mail.service';
import type { MessageTypeName } from '../mail/templates';
import { Invoice, InvoiceStatus } from './invoice.entity';

/** `from`: the status before the change; undefined for a new invoice. */
export async function queueInvoiceMails(em: EntityManager, invoice: Invoice, from: InvoiceStatus | undefined): Promise<void> {
  const issued = (from === undefined || from === InvoiceStatus.DRAFT) && invoice.status !== InvoiceStatus.DRAFT;
  if (issued) await queueInvoiceMail(em, invoice, 'invoiceCreated');
  if (invoice.status === InvoiceStatus.PAID && from !== InvoiceStatus.PAID) await queueInvoiceMail(em, invoice, 'invoicePaid');
}

/** What an invoice mail says about the invoice. */
export interface InvoiceMailFacts {
  id: number;
  number?: string | null;
  totalMinor: bigint;
  currency: string;
  /** YYYY-MM-DD. */
  dueDate: string;
}

/** The template variables of an invoice mail: number, total, currency, due date. */
export function invoiceMailVariables(invoice: InvoiceMailFacts): Record<string, string> {
  return {
    number: invoice.number ?? `#${invoice.id}`,
    total: formatAmount(invoice.totalMinor, invoice.currency),
    currency: invoice.currency,
    dueDate: invoice.dueDate,
  };
}

/** Queues a mail of `type` about `invoice` (its variables plus `extra`); none when its client was deleted. */
export async function queueInvoiceMail(em: EntityManager, invoice: Invoice, type: MessageTypeName, extra: Record<string, string> = {}): Promise<void> {
  if (!invoice.client) return;
  const facts = { id: invoice.id, number: invoice.number, totalMinor: minorOf(invoice.totalMinor), currency: invoice.currency, dueDate: invoice.dueDate };
  await queueMail(em, invoice.client.id, type, { ...invoiceMailVariables(facts), ...extra });
}

/**
 * Set-based queueInvoiceMail for a batch (the daily run): one query reads the
 * invoices `invoiceIds`, one insert queues their mails (see queueMails).
 */
export async function queueInvoiceMailsByIds(em: EntityManager, invoiceIds: number[], type: MessageTypeName, extra: Record<string, string> = {}): Promise<void> {
  if (!invoiceIds.length) return;
  const invoices = await em.getConnection().execute<{ id: number; number: string | null; client_id: number; total_minor: string; currency: string; due_date: string }[]>(`
    select i.id, i.number, i.client_id, i.total_minor::text as total_minor, i.currency, to_char(i.due_date, 'YYYY-MM-DD') as due_date
    from invoice i where i.id in (select jsonb_array_elements_text(?::jsonb)::int) and i.client_id is not null order by i.id`,
  [JSON.stringify(invoiceIds)], 'all', em.getTransactionContext());
  const drafts: MailDraft[] = invoices.map((invoice) => ({
    clientId: invoice.client_id,
    variables: { ...invoiceMailVariables({ ...invoice, totalMinor: BigInt(invoice.total_minor), dueDate: invoice.due_date }), ...extra },
  }));
  await queueMails(em, type, drafts);
}
