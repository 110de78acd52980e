/**
 * Issue 4 point 4: invoice PDFs, for the viewer's own access rules
 * (getInvoice) or for a short-lived signed link that frontends can put in a
 * plain <a href>, where no Authorization header can be sent.
 */
import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../shared/context';
import { AppError, forbidden, notFound } from '../shared/errors';
import { Client } from '../clients/client.entity';
import { getBillingSettings } from './billing.service';
import { Currency } from '../currency/currency.entity';
import { Invoice, type InvoiceAddress } from './invoice.entity';
import { InvoiceLine } from './invoice-line.entity';
import { appliedToInvoiceMinor, Transaction } from './transaction.entity';
import { getInvoice } from './invoice.service';
import { addresseeOf } from './invoice-computing';
import { renderInvoicePdf, type InvoicePdfData } from './invoice-pdf';
import { minorOf } from '../shared/money';
import { globalId } from '../shared/ids';

/** The HTTP route that serves the PDFs (server.ts mounts it; links point at it). */
export const INVOICE_PDF_PATH = '/invoices/:id/pdf';
export const INVOICE_PDF_LINK_LIFETIME_SECONDS = 5 * 60;

export interface InvoicePdf {
  /** ASCII only, safe inside a quoted Content-Disposition filename. */
  filename: string;
  content: Buffer;
}

export interface DownloadLink {
  url: string;
  expiresAt: Date;
}

/** The query parameters of a signed link, as received. */
export interface SignedLinkParams {
  expires: string;
  signature: string;
}


/** Staff, the owning client and sub-accounts with INVOICES; clients never get drafts (getInvoice's rules). */
export async function invoicePdfForViewer(ctx: RequestContext, invoiceId: number): Promise<InvoicePdf> {
  return invoicePdf(ctx.em, await getInvoice(ctx, invoiceId));
}

/** A valid, unexpired signature for this invoice id is the authorization: it was issued to someone who could read it. */
export async function invoicePdfForLink(ctx: RequestContext, invoiceId: number, link: SignedLinkParams): Promise<InvoicePdf> {
  if (!isValidLink(secretsKeyOf(ctx), invoiceId, link)) throw forbidden('This download link is invalid or has expired: create a new one', 'LINK_EXPIRED');
  const invoice = await ctx.em.findOne(Invoice, { id: invoiceId });
  if (!invoice) throw notFound('Invoice', invoiceId);
  return invoicePdf(ctx.em, invoice);
}

/** A link to the PDF, valid for five minutes, for whoever may read the invoice. */
export async function createInvoicePdfLink(ctx: RequestContext, invoiceId: number): Promise<DownloadLink> {
  await getInvoice(ctx, invoiceId);
  const expires = Math.floor(Date.now() / 1000) + INVOICE_PDF_LINK_LIFETIME_SECONDS;
  const query = new URLSearchParams({ expires: String(expires), signature: invoicePdfLinkSignature(secretsKeyOf(ctx), invoiceId, expires) });
  return { url: `${INVOICE_PDF_PATH.replace(':id', globalId('Invoice', invoiceId))}?${query}`, expiresAt: new Date(expires * 1000) };
}

/**
 * base64url HMAC-SHA256 of "<invoiceId>.<expires>" (Unix seconds) under a key
 * derived from the secrets key (HKDF), so links never use that key itself.
 */
export function invoicePdfLinkSignature(secretsKey: Buffer, invoiceId: number, expires: number): string {
  const key = Buffer.from(hkdfSync('sha256', secretsKey, Buffer.alloc(0), 'invoice-pdf-links', 32));
  return createHmac('sha256', key).update(`${invoiceId}.${expires}`).digest('base64url');
}

function secretsKeyOf(ctx: Pick<RequestContext, 'config'>): Buffer {
  const secretsKey = ctx.config.secretsKey;
  if (!secretsKey) throw new AppError('INTERNAL_SERVER_ERROR', 'Secrets at rest are not configured');
  return secretsKey;
}

const SIGNATURE = /^[A-Za-z0-9_-]{43}$/;

function isValidLink(secretsKey: Buffer, invoiceId: number, link: SignedLinkParams): boolean {
  // Compared as canonical text: base64 decoding ignores stray characters and the unused low bits of the last one.
  if (!/^\d{1,12}$/.test(link.expires) || !SIGNATURE.test(link.signature)) return false;
  const expected = Buffer.from(invoicePdfLinkSignature(secretsKey, invoiceId, Number(link.expires)));
  const signed = timingSafeEqual(expected, Buffer.from(link.signature));
  return signed && Number(link.expires) * 1000 > Date.now();
}

async function invoicePdf(em: EntityManager, invoice: Invoice): Promise<InvoicePdf> {
  const [settings, currency, lines, transactions, addressee] = await Promise.all([
    getBillingSettings(em),
    em.findOne(Currency, { code: invoice.currency }),
    em.find(InvoiceLine, { invoice: invoice.id }, { orderBy: { position: 'asc' } }),
    em.find(Transaction, { invoice: invoice.id }, { orderBy: { date: 'asc', id: 'asc' } }),
    invoice.addressedTo ? Promise.resolve(invoice.addressedTo) : currentAddressee(em, invoice),
  ]);
  const data: InvoicePdfData = {
    issuer: { name: settings.issuerName, address: settings.issuerAddress, email: settings.issuerEmail, taxId: settings.issuerTaxId, footer: settings.invoiceFooter },
    currency: { code: invoice.currency, prefix: currency?.prefix ?? '', suffix: currency?.suffix ?? '' },
    invoice: {
      id: invoice.id,
      number: invoice.number ?? undefined,
      status: invoice.status,
      issueDate: invoice.issueDate,
      dueDate: invoice.dueDate,
      datePaid: invoice.datePaid ?? undefined,
      notes: invoice.notes ?? undefined,
      subtotalMinor: minorOf(invoice.subtotalMinor),
      tax1Name: invoice.tax1Name ?? undefined,
      tax1Rate: invoice.tax1Rate ?? undefined,
      tax1Minor: minorOf(invoice.tax1Minor),
      tax2Name: invoice.tax2Name ?? undefined,
      tax2Rate: invoice.tax2Rate ?? undefined,
      tax2Minor: minorOf(invoice.tax2Minor),
      totalMinor: minorOf(invoice.totalMinor),
      creditAppliedMinor: minorOf(invoice.creditAppliedMinor),
      amountPaidMinor: minorOf(invoice.amountPaidMinor),
      amountRefundedMinor: minorOf(invoice.amountRefundedMinor),
      balanceDueMinor: invoice.balanceDueMinor,
    },
    addressee,
    lines: lines.map((line) => ({
      description: line.description,
      netMinor: minorOf(line.netMinor),
      taxMinor: minorOf(line.tax1Minor) + minorOf(line.tax2Minor),
      totalMinor: minorOf(line.totalMinor),
    })),
    transactions: transactions.map((t) => ({
      date: t.date, kind: t.kind, gateway: t.gateway, transactionId: t.transactionId, amountMinor: minorOf(t.amountMinor),
      appliedMinor: appliedToInvoiceMinor(t),
    })),
  };
  return { filename: pdfFilename(invoice), content: await renderInvoicePdf(data) };
}

/** A Draft has no snapshot yet: it is addressed as it would be if issued now (or to the name kept after CL-8 deletion). */
async function currentAddressee(em: EntityManager, invoice: Invoice): Promise<InvoiceAddress> {
  const client = invoice.client ? await em.findOne(Client, { id: invoice.client.id }) : null;
  if (!client) return { name: invoice.clientName ?? '', email: invoice.clientEmail ?? undefined };
  return addresseeOf(em, invoice, client);
}

/** invoice-<number>.pdf or invoice-draft-<id>.pdf; anything outside [A-Za-z0-9._-] becomes "-". */
function pdfFilename(invoice: Invoice): string {
  const name = invoice.number ? invoice.number : `draft-${globalId('Invoice', invoice.id)}`;
  return `invoice-${name.replace(/[^A-Za-z0-9._-]+/g, '-')}.pdf`;
}
