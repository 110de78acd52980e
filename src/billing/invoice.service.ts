/**
 * Issues 4.4-4.8: the invoice lifecycle: create, read and list, staff edits,
 * issue, cancel and status moves. Payments and refunds live in
 * invoice-payment.service.ts, credit in invoice-credit.service.ts, computing
 * in invoice-computing.ts, the lock order and the events in locked-invoice.ts.
 */
import { raw, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../shared/context';
import { AppError, badInput, conflict, notFound } from '../shared/errors';
import { minorOf } from '../shared/money';
import { ID_DESC, keysetPage, pageOrder, type Connection, type PageArgs, type OrderBy } from '../shared/pagination';
import { readPage } from '../shared/batch-loaders';
import { amountRangeCondition, contains, dateRangeCondition, instantRangeCondition, words } from '../shared/filters';
import { recordActivity } from '../activity/activity.service';
import { ClientPermission } from '../auth/client-permission';
import { Client } from '../clients/client.entity';
import { ClientPayer } from '../clients/client-payer.entity';
import { assertCanAccessClient } from '../auth/client-access';
import { toId } from '../shared/ids';
import { financialRecords } from '../clients/client-ownership';
import { CreditEntryKind } from '../credit/credit-entry.entity';
import { addCreditEntryLocked } from '../credit/credit.service';
import { getBillingSettings } from './billing.service';
import { assertManualTarget, assertManualTransition, assertTransition, label, moveInvoiceTo } from './invoice-status';
import { Invoice, InvoiceStatus, OPEN_STATUSES } from './invoice.entity';
import { Transaction } from './transaction.entity';
import type { CreateInvoiceInput, InvoiceFilter, InvoiceOrder, UpdateInvoiceInput } from './invoice.inputs';
import { localToday } from '../shared/clock';
import { checkDates, checkLineLinks, parseLines, payerOf, addresseeOf, recomputeInvoice, type InvoiceDraft } from './invoice-computing';
import { assertCanSeeInvoice, issueLocked, lockClient, markPaidIfSettled, publishInvoiceChanged, withLockedInvoice } from './locked-invoice';

// ---------------------------------------------------------------- create / read

/**
 * CR-3: creates an invoice inside the caller's transaction (`em` is its
 * transactional fork). Locks the client first. Unless `draft`, the invoice is
 * issued (Unpaid, numbered) and, when `applyCredit`, available credit is
 * applied — covering it whole marks it Paid. Its one CREATED event goes
 * out when the caller's transaction commits.
 */
export async function createInvoiceWithin(
  em: EntityManager,
  ctx: Pick<RequestContext, 'viewer' | 'ip' | 'config'>,
  draft: InvoiceDraft,
  options: { applyCredit?: boolean } = {},
): Promise<Invoice> {
  const client = await lockClient(em, draft.clientId);
  if (!client) throw notFound('Client', draft.clientId);
  const lines = await checkLineLinks(em, client.id, draft.lines);
  if (!lines.length) throw badInput('lines', 'An invoice needs at least one line', 'VALUE_REQUIRED');
  const payer = draft.payerId != null ? await payerOf(em, client.id, draft.payerId) : undefined;
  // The operator's day by the server's clock (injected, so the daily run and tests share one calendar).
  const issueDate = draft.issueDate ?? localToday(ctx.config.automation);
  const dueDate = draft.dueDate ?? issueDate;
  checkDates(issueDate, dueDate);
  const settings = await getBillingSettings(em);
  const invoice = em.create(Invoice, { client, currency: client.currency, issueDate, dueDate, notes: draft.notes?.trim() || undefined, payer });
  await recomputeInvoice(em, invoice, client, lines);
  await em.flush();
  if (!draft.draft) await issueLocked(em, ctx, client, invoice, options.applyCredit ?? settings.autoApplyCredit);
  await em.flush();
  recordActivity(em, ctx, {
    action: 'invoice.create', targetType: 'Invoice', targetId: String(invoice.id), clientId: client.id,
    details: { number: invoice.number, status: invoice.status, totalMinor: String(invoice.totalMinor), creditAppliedMinor: String(invoice.creditAppliedMinor) },
  });
  await publishInvoiceChanged(em, invoice, undefined);
  return invoice;
}

/** Issue 4.4: staff create an invoice (CR-3 applies credit unless turned off). */
export async function createInvoice(ctx: RequestContext, input: CreateInvoiceInput): Promise<Invoice> {
  const clientId = toId(input.clientId, 'Client', 'clientId');
  const client = await ctx.em.findOne(Client, { id: clientId }, { fields: ['id', 'currency'] });
  if (!client) throw notFound('Client', clientId);
  if (input.currency && input.currency !== client.currency) throw badInput('currency', `The client is billed in ${client.currency}`, 'CURRENCY_MISMATCH');
  const draft: InvoiceDraft = {
    clientId, payerId: input.payerId != null ? toId(input.payerId, 'ClientPayer', 'payerId') : undefined,
    issueDate: input.issueDate, dueDate: input.dueDate, notes: input.notes, draft: input.draft ?? false,
    lines: parseLines(input.lines, client.currency),
  };
  return ctx.em.transactional((em) => createInvoiceWithin(em, ctx, draft, { applyCredit: input.applyCredit ?? undefined }));
}

export async function getInvoice(ctx: RequestContext, id: number): Promise<Invoice> {
  const invoice = await ctx.em.findOne(Invoice, { id });
  if (!invoice) throw notFound('Invoice', id);
  assertCanSeeInvoice(ctx, invoice);
  return invoice;
}

/** Issue 4.4: invoices, newest first. Clients see their own issued ones (INVOICES permission). */
export async function listInvoices(ctx: RequestContext, filter: InvoiceFilter | undefined, args: PageArgs, orderBy?: InvoiceOrder, withTotal = true, fields?: readonly string[]): Promise<Connection<Invoice>> {
  const page = keysetPage(args, pageOrder(orderBy, ID_DESC));
  const where: FilterQuery<Invoice> & Record<string, unknown> = {};
  if (ctx.viewer?.kind === 'client') {
    const own = ctx.viewer.clientId;
    if (filter?.clientId != null) assertCanAccessClient(ctx, toId(filter.clientId, 'Client', 'clientId')); // another client's id: NOT_FOUND, as for a missing one
    assertCanAccessClient(ctx, own, ClientPermission.INVOICES);
    where.client = own;
    where.status = { $ne: InvoiceStatus.DRAFT };
  } else if (filter?.clientId != null) {
    where.client = toId(filter.clientId, 'Client', 'clientId');
  }
  const statuses = filter?.status?.length ? filter.status : undefined;
  if (filter?.overdue) {
    const open = statuses ? OPEN_STATUSES.filter((s) => statuses.includes(s)) : [...OPEN_STATUSES];
    where.status = { $in: open };
    where.dueDate = { $lt: localToday(ctx.config.automation) };
  } else if (statuses) {
    where.status = ctx.viewer?.kind === 'client' ? { $in: statuses.filter((s) => s !== InvoiceStatus.DRAFT) } : { $in: statuses };
  }
  Object.assign(where, invoiceFilterWhere(filter));
  return readPage(ctx.em, Invoice, where as FilterQuery<Invoice>, page, withTotal, fields);
}

/** The date, amount, number and search conditions of an invoice filter (issue 13.6). */
function invoiceFilterWhere(filter: InvoiceFilter | undefined): FilterQuery<Invoice> {
  const and: FilterQuery<Invoice>[] = [];
  const issueDate = dateRangeCondition(filter?.issueDate, 'issueDate');
  if (issueDate) and.push({ issueDate });
  const dueDate = dateRangeCondition(filter?.dueDate, 'dueDate');
  if (dueDate) and.push({ dueDate });
  const datePaid = instantRangeCondition(filter?.paidDate, 'paidDate');
  if (datePaid) and.push({ datePaid });
  const total = amountRangeCondition(filter?.total, 'total');
  if (total) and.push({ currency: total.currency, totalMinor: total.minor } as FilterQuery<Invoice>);
  if (filter?.number) and.push({ number: { $ilike: contains(filter.number) } });
  for (const word of words(filter?.search)) and.push({ id: { $in: invoicesMatching(contains(word)) } });
  return and.length ? { $and: and } : {};
}

/**
 * The ids of the invoices whose number, client name (kept when the client was
 * deleted) or client's first, last or company name matches `pattern` (ILIKE).
 * A union rather than one OR over invoice and its client: each part is served
 * by a trigram index (invoice_search_trgm, client_search_trgm), an OR across
 * the join only by reading every invoice.
 */
const invoicesMatching = (pattern: string) => raw(
  `(select i.id from invoice i where i.number ilike ? or i.client_name ilike ?
    union all select i.id from invoice i join client c on c.id = i.client_id where c.first_name ilike ? or c.last_name ilike ? or c.company_name ilike ?)`,
  [pattern, pattern, pattern, pattern, pattern],
);

/** A client's invoices under the client, the same ones `invoices` lists for it (a client never sees drafts). */
export function clientInvoicesPage(ctx: RequestContext, clientId: number, args: PageArgs, withTotal: boolean, orderBy?: OrderBy, fields?: readonly string[]): Promise<Connection<Invoice>> {
  assertCanAccessClient(ctx, clientId, ClientPermission.INVOICES);
  const where: FilterQuery<Invoice> = ctx.viewer?.kind === 'client' ? { status: { $ne: InvoiceStatus.DRAFT } } : {};
  return ctx.loaders.billing.invoicePagesByClient(clientId, args, where, withTotal, pageOrder(orderBy, ID_DESC), fields);
}

// ---------------------------------------------------------------- staff edits

const EDITABLE = [InvoiceStatus.DRAFT, InvoiceStatus.UNPAID];

/** Issue 4.4: staff edit a Draft or Unpaid invoice; lines are replaced and everything recomputed. */
export async function updateInvoice(ctx: RequestContext, id: number, input: UpdateInvoiceInput): Promise<Invoice> {
  const probe = await ctx.em.findOne(Invoice, { id }, { fields: ['id', 'currency'] });
  if (!probe) throw notFound('Invoice', id);
  const parsed = input.lines ? parseLines(input.lines, probe.currency) : undefined;
  return withLockedInvoice(ctx, id, async (em, { invoice, client, from }) => {
    if (!EDITABLE.includes(invoice.status)) throw conflict('status', `Only Draft or Unpaid invoices can be edited; this one is ${label(invoice.status)}`, 'INVOICE_NOT_EDITABLE');
    if (!client) throw conflict('id', 'The invoice\'s client was deleted', 'CLIENT_DELETED');
    const payerBefore = invoice.payer?.id;
    if (input.clearPayer) invoice.payer = undefined;
    else if (input.payerId != null) invoice.payer = em.getReference(ClientPayer, (await payerOf(em, client.id, toId(input.payerId, 'ClientPayer', 'payerId'))).id, { wrapped: true });
    const readdressed = invoice.payer?.id !== payerBefore;
    if (input.issueDate != null) invoice.issueDate = input.issueDate;
    if (input.dueDate != null) invoice.dueDate = input.dueDate;
    checkDates(invoice.issueDate, invoice.dueDate);
    if (input.notes != null) invoice.notes = input.notes.trim() || undefined;
    // Issue 11.12: only new lines or a new addressee change amounts; a new addressee is a new tax determination.
    if (readdressed && invoice.status !== InvoiceStatus.DRAFT) invoice.addressedTo = await addresseeOf(em, invoice, client);
    if (parsed || readdressed) await recomputeInvoice(em, invoice, client, parsed ? await checkLineLinks(em, client.id, parsed) : undefined, readdressed);
    markPaidIfSettled(invoice);
    await publishInvoiceChanged(em, invoice, from);
    recordActivity(em, ctx, { action: 'invoice.update', targetType: 'Invoice', targetId: String(id), clientId: client.id, details: { ...input, lines: input.lines?.length } });
    return invoice;
  });
}

/** Issue 4.4: Draft → Unpaid; assigns the number (gapless) and (CR-3) applies credit unless turned off. */
export async function publishInvoice(ctx: RequestContext, id: number, applyCredit?: boolean): Promise<Invoice> {
  return withLockedInvoice(ctx, id, async (em, { invoice, client, from }) => {
    if (!client) throw conflict('id', 'The invoice\'s client was deleted', 'CLIENT_DELETED');
    const settings = await getBillingSettings(em);
    await issueLocked(em, ctx, client, invoice, applyCredit ?? settings.autoApplyCredit);
    await publishInvoiceChanged(em, invoice, from);
    recordActivity(em, ctx, { action: 'invoice.publish', targetType: 'Invoice', targetId: String(id), clientId: client.id, details: { number: invoice.number } });
    return invoice;
  });
}

/** Issue 4.4: cancels a Draft or open invoice. Applied credit goes back to the client; paid money must be refunded first. */
export async function cancelInvoice(ctx: RequestContext, id: number): Promise<Invoice> {
  return withLockedInvoice(ctx, id, (em, locked) => cancelInvoiceLocked(em, ctx, locked));
}

/** Cancels an invoice locked with lockInvoice inside the caller's transaction (also cancelling an order, issue 14.3). */
export async function cancelInvoiceLocked(em: EntityManager, ctx: RequestContext, { invoice, client, from }: { invoice: Invoice; client: Client | null; from: InvoiceStatus }): Promise<Invoice> {
  const id = invoice.id;
  assertTransition(invoice.status, InvoiceStatus.CANCELLED);
  if (minorOf(invoice.amountPaidMinor) > 0n) throw conflict('status', 'Payments were recorded on this invoice: refund them first', 'INVOICE_HAS_PAYMENTS');
  const credit = minorOf(invoice.creditAppliedMinor);
  if (credit > 0n && client) {
    addCreditEntryLocked(em, ctx, client, CreditEntryKind.INVOICE_REMOVED, credit, `Invoice ${invoice.number ?? `#${id}`} cancelled`, id);
    invoice.creditAppliedMinor = 0n;
  }
  moveInvoiceTo(invoice, InvoiceStatus.CANCELLED);
  await publishInvoiceChanged(em, invoice, from);
  recordActivity(em, ctx, { action: 'invoice.cancel', targetType: 'Invoice', targetId: String(id), clientId: client?.id, details: { creditReturnedMinor: credit.toString() } });
  return invoice;
}

/**
 * Issue 4.4: staff move an issued invoice between Unpaid, Payment Pending and
 * Collections (the transition table decides which moves are legal); the note
 * goes to the activity log. Amounts do not change: an open invoice takes
 * payments and credit in any of the three.
 */
export async function setInvoiceStatus(ctx: RequestContext, id: number, status: InvoiceStatus, note?: string): Promise<Invoice> {
  assertManualTarget(status);
  const text = note?.trim() || undefined;
  if (text && text.length > 1000) throw badInput('note', 'note is at most 1000 characters', 'VALUE_TOO_LONG');
  return withLockedInvoice(ctx, id, async (em, { invoice, client, from }) => {
    assertManualTransition(from, status);
    moveInvoiceTo(invoice, status);
    await publishInvoiceChanged(em, invoice, from);
    recordActivity(em, ctx, { action: 'invoice.setStatus', targetType: 'Invoice', targetId: String(id), clientId: client?.id, details: { from, to: status, note: text } });
    return invoice;
  });
}

/** For the invoiceChanged subscription: may this viewer see events of this client's invoices? */
export function canWatchInvoicesOf(ctx: RequestContext, clientId: number | null): boolean {
  try {
    if (ctx.viewer?.kind === 'staff') return true;
    if (clientId == null) return false;
    assertCanAccessClient(ctx, clientId, ClientPermission.INVOICES);
    return true;
  } catch (error) {
    if (error instanceof AppError) return false;
    throw error;
  }
}

// ---------------------------------------------------------------- merge and delete (issue 4.8)

/** CL-7 moves invoices and transactions to the survivor; CL-8 keeps them (financial records) with the client's name and email. */
export const invoiceOwnedRecords = financialRecords('invoices', [Invoice, Transaction]);
