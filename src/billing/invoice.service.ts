/**
 * Issues 4.4-4.8: invoices, payments, refunds and credit application.
 *
 * Money: bigint minor units of the invoice's currency (= the client's).
 * Concurrency: every change to an invoice's balance runs in ONE transaction
 * that locks the client row, then the invoice row (always in that order, so
 * two operations cannot deadlock); credit moves through the credit ledger in
 * that same transaction (addCreditEntryLocked). Events are published after commit.
 */
import { randomUUID } from 'node:crypto';
import { LockMode, UniqueConstraintViolationException, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../shared/context';
import type { InvoiceChange } from '../shared/event-bus';
import { AppError, FieldProblems, badInput, conflict, notFound } from '../shared/errors';
import { assertWithinMaxAmount, formatAmount, parseAmount, minorOf } from '../shared/money';
import { ID_DESC, keysetOrderBy, keysetPage, keysetWhere, pageOrder, toConnection, type Connection, type PageArgs, type OrderBy } from '../shared/pagination';
import { amountRangeCondition, contains, dateRangeCondition, instantRangeCondition, words } from '../shared/filters';
import { recordActivity } from '../activity/activity.service';
import { ClientPermission } from '../auth/client-permission';
import { Client } from '../clients/client.entity';
import { ClientPayer } from '../clients/client-payer.entity';
import { Contact } from '../clients/contact.entity';
import { assertCanAccessClient } from '../auth/client-access';
import { toId } from '../shared/ids';
import { registerFinancialRecords } from '../clients/client-ownership';
import { CreditEntryKind } from '../credit/credit-entry.entity';
import { addCreditEntryLocked } from '../credit/credit.service';
import { Service } from '../provisioning/service.entity';
import { Domain } from '../provisioning/domain.entity';
import { Addon } from '../catalog/addon.entity';
import { TaxRule } from './tax-rule.entity';
import { calculateTax, type TaxMode, type TaxRounding, type TaxRuleLike } from './tax';
import { getBillingSettings } from './billing.service';
import { assignInvoiceNumber } from './invoice-number';
import { assertManualTarget, assertManualTransition, assertTransition, label } from './invoice-status';
import { Invoice, InvoiceAddress, InvoiceStatus, isOpen, OPEN_STATUSES } from './invoice.entity';
import { InvoiceLine, InvoiceLineType } from './invoice-line.entity';
import { Transaction, TransactionKind } from './transaction.entity';
import type { AddInvoicePaymentInput, CreateInvoiceInput, InvoiceFilter, InvoiceLineInput, InvoiceOrder, MarkInvoicePaidInput, RefundTransactionInput, UpdateInvoiceInput } from './invoice.inputs';
import { todayUtc } from '../shared/dates';

// ---------------------------------------------------------------- helpers

const staffIdOf = (ctx: Pick<RequestContext, 'viewer'>) => (ctx.viewer?.kind === 'staff' ? ctx.viewer.staffId : undefined);

/** A line with its amount already in minor units: what orders and renewals pass to createInvoiceWithin. */
export interface InvoiceLineDraft {
  description: string;
  amountMinor: bigint;
  taxable?: boolean;
  type?: InvoiceLineType;
  serviceId?: number;
  domainId?: number;
  addonId?: number;
}

export interface InvoiceDraft {
  clientId: number;
  payerId?: number;
  issueDate?: string;
  dueDate?: string;
  notes?: string;
  lines: InvoiceLineDraft[];
  /** Keep it a Draft: no number, no credit. */
  draft?: boolean;
}

/** Events to publish once the caller's transaction has committed. */
export type PendingInvoiceEvent = { invoiceId: number; clientId: number | null; change: InvoiceChange };

export function publishInvoiceEvents(ctx: Pick<RequestContext, 'events'>, events: readonly PendingInvoiceEvent[]): void {
  const at = new Date().toISOString();
  for (const event of events) ctx.events.publish('INVOICE_CHANGED', { ...event, at });
}

function parseLines(inputs: readonly InvoiceLineInput[], currency: string): InvoiceLineDraft[] {
  // Every line's problems at once, each at its path (lines.2.amount), so a form can mark them all.
  const problems = new FieldProblems();
  const lines = inputs.map((line, i) => {
    const amountMinor = parseAmount(line.amount, currency, `lines.${i}.amount`);
    if (amountMinor === undefined) problems.add(`lines.${i}.amount`, `Line ${i + 1}: the amount must be a decimal amount with at most the decimals of ${currency}`, 'INVALID_AMOUNT');
    const description = line.description.trim();
    if (!description) problems.add(`lines.${i}.description`, `Line ${i + 1}: the description must not be blank`, 'VALUE_REQUIRED');
    return {
      description,
      amountMinor: amountMinor ?? 0n,
      taxable: line.taxable ?? true,
      type: line.type,
      serviceId: line.serviceId != null ? toId(line.serviceId, `lines.${i}.serviceId`) : undefined,
      domainId: line.domainId != null ? toId(line.domainId, `lines.${i}.domainId`) : undefined,
      addonId: line.addonId != null ? toId(line.addonId, `lines.${i}.addonId`) : undefined,
    };
  });
  problems.throwIfAny();
  return lines;
}

/** Checks each line's link (one at most, of the client) and settles its type. */
async function checkLineLinks(em: EntityManager, clientId: number, lines: InvoiceLineDraft[]): Promise<InvoiceLineDraft[]> {
  const serviceIds = lines.flatMap((l) => (l.serviceId != null ? [l.serviceId] : []));
  const domainIds = lines.flatMap((l) => (l.domainId != null ? [l.domainId] : []));
  const addonIds = lines.flatMap((l) => (l.addonId != null ? [l.addonId] : []));
  const [services, domains, addons] = await Promise.all([
    serviceIds.length ? em.find(Service, { id: { $in: serviceIds } }, { fields: ['id', 'client'] }) : [],
    domainIds.length ? em.find(Domain, { id: { $in: domainIds } }, { fields: ['id', 'client'] }) : [],
    addonIds.length ? em.find(Addon, { id: { $in: addonIds } }, { fields: ['id'] }) : [],
  ]);
  return lines.map((line, i) => {
    const links = [line.serviceId, line.domainId, line.addonId].filter((v) => v != null).length;
    if (links > 1) throw badInput(`lines.${i}.serviceId`, `Line ${i + 1} links to more than one of service, domain and addon`, 'CONFLICTING_INPUT');
    if (line.serviceId != null && services.find((s) => s.id === line.serviceId)?.client.id !== clientId) {
      throw badInput(`lines.${i}.serviceId`, `Line ${i + 1}: the service is not one of this client`, 'REFERENCE_NOT_FOUND');
    }
    if (line.domainId != null && domains.find((d) => d.id === line.domainId)?.client.id !== clientId) {
      throw badInput(`lines.${i}.domainId`, `Line ${i + 1}: the domain is not one of this client`, 'REFERENCE_NOT_FOUND');
    }
    if (line.addonId != null && !addons.some((a) => a.id === line.addonId)) throw badInput(`lines.${i}.addonId`, `Line ${i + 1}: the addon is not one of the catalog`, 'REFERENCE_NOT_FOUND');
    const implied = line.serviceId != null ? InvoiceLineType.SERVICE : line.domainId != null ? InvoiceLineType.DOMAIN : line.addonId != null ? InvoiceLineType.ADDON : InvoiceLineType.OTHER;
    if (line.type && line.type !== implied) throw badInput(`lines.${i}.type`, `Line ${i + 1}: type ${line.type.toUpperCase()} needs ${line.type === InvoiceLineType.OTHER ? 'no link' : `a ${line.type}Id`}`, 'CONFLICTING_INPUT');
    if (line.description.length > 1000) throw badInput(`lines.${i}.description`, `Line ${i + 1}: the description is at most 1000 characters`, 'VALUE_TOO_LONG');
    return { ...line, type: implied };
  });
}

function checkDates(issueDate: string, dueDate: string): void {
  if (dueDate < issueDate) throw badInput('dueDate', 'The due date cannot be before the issue date', 'INVALID_DATE_RANGE');
}

/** The rules, mode and rounding an invoice's taxes are computed with, and the address they apply to. */
interface TaxBasis {
  rules: TaxRuleLike[];
  mode: string;
  rounding: string;
  address: { country?: string | null; state?: string | null; taxExempt?: boolean };
}

/**
 * Issue 11.12: the tax basis of an invoice. A Draft (or an issued invoice
 * being re-addressed) takes today's rules, mode and rounding for the address
 * of its addressee — the payer when one is chosen. An issued invoice keeps
 * the basis it was issued with: rules, settings or addresses changing later
 * never change its amounts, even when staff correct its lines.
 */
async function taxBasisOf(em: EntityManager, invoice: Invoice, client: Client | null, current: boolean): Promise<TaxBasis> {
  if (!current && invoice.status !== InvoiceStatus.DRAFT && invoice.taxMode && invoice.taxRounding) {
    const frozen: TaxRuleLike[] = [];
    if (invoice.tax1Name != null && invoice.tax1Rate != null) frozen.push({ name: invoice.tax1Name, level: 1, rate: invoice.tax1Rate });
    if (invoice.tax2Name != null && invoice.tax2Rate != null) frozen.push({ name: invoice.tax2Name, level: 2, rate: invoice.tax2Rate, compound: invoice.tax2Compound ?? false });
    return { rules: frozen, mode: invoice.taxMode, rounding: invoice.taxRounding, address: {} };
  }
  const [settings, rules] = await Promise.all([getBillingSettings(em), em.find(TaxRule, {})]);
  // Issued before the basis was stored: today's rules, but still for the addressee it names.
  const named = !current && invoice.status !== InvoiceStatus.DRAFT ? invoice.addressedTo : undefined;
  const addressee = named ?? (client ? await addresseeOf(em, invoice, client) : invoice.addressedTo);
  return {
    rules, mode: `${settings.taxMode}`, rounding: `${settings.taxRounding}`,
    address: { country: addressee?.country, state: addressee?.state, taxExempt: client?.taxExempt },
  };
}

/**
 * The one function that computes an invoice (issue 4.4): replaces its lines
 * with `lines` (when given) and sets every total from the tax engine on the
 * invoice's tax basis (taxBasisOf; `currentBasis` re-derives it for an issued invoice).
 */
export async function recomputeInvoice(em: EntityManager, invoice: Invoice, client: Client | null, lines?: InvoiceLineDraft[], currentBasis = false): Promise<void> {
  const basis = await taxBasisOf(em, invoice, client, currentBasis);
  let current: { amountMinor: bigint; taxable: boolean; entity?: InvoiceLine; draft?: InvoiceLineDraft }[];
  if (lines) {
    if (invoice.id) await em.nativeDelete(InvoiceLine, { invoice: invoice.id });
    current = lines.map((draft) => ({ amountMinor: draft.amountMinor, taxable: draft.taxable ?? true, draft }));
  } else {
    const existing = await em.find(InvoiceLine, { invoice }, { orderBy: { position: 'asc' } });
    current = existing.map((entity) => ({ amountMinor: minorOf(entity.amountMinor), taxable: entity.taxable, entity }));
  }
  const result = calculateTax({
    lines: current.map((l) => ({ amount: l.amountMinor, taxable: l.taxable })),
    client: basis.address,
    rules: basis.rules,
    mode: basis.mode as TaxMode,
    rounding: basis.rounding as TaxRounding,
  });
  if (result.total < 0n) throw badInput('lines', 'The invoice total cannot be negative', 'NEGATIVE_TOTAL');
  for (const [name, sum] of Object.entries({ subtotal: result.subtotal, tax1: result.tax1, tax2: result.tax2, total: result.total })) {
    assertWithinMaxAmount(sum, invoice.currency, 'lines', `The invoice ${name}`);
  }
  current.forEach((line, i) => {
    const r = result.lines[i];
    const values = { netMinor: r.net, tax1Minor: r.tax1, tax2Minor: r.tax2, totalMinor: r.total };
    if (line.entity) {
      Object.assign(line.entity, values);
    } else {
      const d = line.draft!;
      em.create(InvoiceLine, {
        invoice, position: i + 1, type: d.type ?? InvoiceLineType.OTHER, description: d.description, taxable: d.taxable ?? true,
        amountMinor: d.amountMinor, currency: invoice.currency, service: d.serviceId, domain: d.domainId, addonId: d.addonId, ...values,
      } as never);
    }
  });
  invoice.subtotalMinor = result.subtotal;
  invoice.tax1Minor = result.tax1;
  invoice.tax2Minor = result.tax2;
  invoice.totalMinor = result.total;
  invoice.tax1Name = result.level1?.name ?? undefined;
  invoice.tax1Rate = result.level1 ? String(result.level1.rate) : undefined;
  invoice.tax2Name = result.level2?.name ?? undefined;
  invoice.tax2Rate = result.level2 ? String(result.level2.rate) : undefined;
  invoice.tax2Compound = result.level2 ? Boolean(result.level2.compound) : undefined;
  invoice.taxMode = basis.mode;
  invoice.taxRounding = basis.rounding;
  if (minorOf(invoice.creditAppliedMinor) + minorOf(invoice.amountPaidMinor) > result.total) {
    throw badInput('lines', `The new total ${formatAmount(result.total, invoice.currency)} is less than what was paid or applied already`, 'TOTAL_BELOW_PAID');
  }
}

/** Issue 4.4: who an invoice is addressed to: its payer, else the billing contact, else the client. */
export async function addresseeOf(em: EntityManager, invoice: Invoice, client: Client): Promise<InvoiceAddress> {
  const address = (source: Partial<InvoiceAddress>) => Object.assign(new InvoiceAddress(), source);
  if (invoice.payer) {
    const p = await em.findOneOrFail(ClientPayer, { id: invoice.payer.id });
    return address({ name: p.name, companyName: p.type === 'company' ? p.name : undefined, email: p.email ?? client.email, taxId: p.taxId,
      address1: p.address1, address2: p.address2, city: p.city, state: p.state, postcode: p.postcode, country: p.country });
  }
  if (client.billingContact) {
    const c = await em.findOne(Contact, { id: client.billingContact.id });
    if (c) {
      return address({ name: `${c.firstName} ${c.lastName}`.trim(), companyName: c.companyName, email: c.email,
        address1: c.address1, address2: c.address2, city: c.city, state: c.state, postcode: c.postcode, country: c.country });
    }
  }
  return address({ name: `${client.firstName} ${client.lastName}`.trim(), companyName: client.companyName, email: client.email,
    address1: client.address1, address2: client.address2, city: client.city, state: client.state, postcode: client.postcode, country: client.country });
}

async function payerOf(em: EntityManager, clientId: number, payerId: number): Promise<ClientPayer> {
  const payer = await em.findOne(ClientPayer, { id: payerId });
  if (!payer || payer.client.id !== clientId) throw badInput('payerId', 'payerId is not a payer of this client', 'REFERENCE_NOT_FOUND');
  return payer;
}

const lockClient = (em: EntityManager, id: number) => em.findOne(Client, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });

/**
 * Locks the invoice's client (when it has one), then the invoice: the one
 * lock order of this module. Retries once if a merge moved the invoice between the two reads.
 */
async function lockInvoice(em: EntityManager, invoiceId: number): Promise<{ invoice: Invoice; client: Client | null }> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const rows = await em.getConnection().execute<{ client_id: number | null }[]>(
      'select client_id from invoice where id = ?', [invoiceId], 'all', em.getTransactionContext(),
    );
    if (!rows.length) throw notFound('Invoice', invoiceId);
    const clientId = rows[0].client_id;
    const client = clientId != null ? await lockClient(em, clientId) : null;
    const invoice = await em.findOne(Invoice, { id: invoiceId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!invoice) throw notFound('Invoice', invoiceId);
    if ((invoice.client?.id ?? null) === (client?.id ?? null)) return { invoice, client };
  }
  throw conflict('invoiceId', 'The invoice changed owner at the same time; try again', 'CONCURRENT_CHANGE');
}

/** A client viewer sees only its own issued invoices, with the INVOICES permission. */
function assertCanSeeInvoice(ctx: RequestContext, invoice: Invoice): void {
  if (ctx.viewer?.kind === 'staff') return;
  if (!invoice.client) throw notFound('Invoice', invoice.id);
  assertCanAccessClient(ctx, invoice.client.id, ClientPermission.INVOICES, ['Invoice', invoice.id]);
  if (invoice.status === InvoiceStatus.DRAFT) throw notFound('Invoice', invoice.id);
}

function markPaidIfSettled(invoice: Invoice, events: PendingInvoiceEvent[]): void {
  if (isOpen(invoice.status) && invoice.balanceDueMinor === 0n) {
    assertTransition(invoice.status, InvoiceStatus.PAID);
    invoice.status = InvoiceStatus.PAID;
    invoice.datePaid = new Date();
    events.push({ invoiceId: invoice.id, clientId: invoice.client?.id ?? null, change: 'PAID' });
  }
}

/** Applies credit to a locked open invoice of a locked client (CR-3/CR-4); marks it Paid when settled. */
function applyCreditLocked(em: EntityManager, ctx: Pick<RequestContext, 'viewer' | 'ip'>, client: Client, invoice: Invoice, amount: bigint, events: PendingInvoiceEvent[]): void {
  if (amount <= 0n) return;
  invoice.creditAppliedMinor = minorOf(invoice.creditAppliedMinor) + amount;
  addCreditEntryLocked(em, ctx, client, CreditEntryKind.INVOICE_APPLIED, -amount, `Applied to invoice ${invoice.number ?? `#${invoice.id}`}`, invoice.id);
  markPaidIfSettled(invoice, events);
}

/** Moves a Draft out of Draft inside the caller's transaction: number, addressee, then (CR-3) credit. */
async function issueLocked(em: EntityManager, ctx: Pick<RequestContext, 'viewer' | 'ip'>, client: Client, invoice: Invoice, applyCredit: boolean, events: PendingInvoiceEvent[]): Promise<void> {
  assertTransition(invoice.status, InvoiceStatus.UNPAID);
  invoice.status = InvoiceStatus.UNPAID;
  invoice.addressedTo = await addresseeOf(em, invoice, client);
  const assigned = await assignInvoiceNumber(em, new Date(`${invoice.issueDate}T00:00:00Z`));
  invoice.number = assigned.number;
  if (applyCredit) applyCreditLocked(em, ctx, client, invoice, minBig(minorOf(client.creditBalanceMinor), invoice.balanceDueMinor), events);
  markPaidIfSettled(invoice, events);
}

const minBig = (a: bigint, b: bigint) => (a < b ? a : b);

// ---------------------------------------------------------------- create / read

/**
 * CR-3: creates an invoice inside the caller's transaction (`em` is its
 * transactional fork). Locks the client first. Unless `draft`, the invoice is
 * issued (Unpaid, numbered) and, when `applyCredit`, available credit is
 * applied — covering it whole marks it Paid. Returns the invoice and the
 * events the caller publishes after commit (publishInvoiceEvents).
 */
export async function createInvoiceWithin(
  em: EntityManager,
  ctx: Pick<RequestContext, 'viewer' | 'ip'>,
  draft: InvoiceDraft,
  options: { applyCredit?: boolean } = {},
): Promise<{ invoice: Invoice; events: PendingInvoiceEvent[] }> {
  const client = await lockClient(em, draft.clientId);
  if (!client) throw notFound('Client', draft.clientId);
  const lines = await checkLineLinks(em, client.id, draft.lines);
  if (!lines.length) throw badInput('lines', 'An invoice needs at least one line', 'VALUE_REQUIRED');
  const payer = draft.payerId != null ? await payerOf(em, client.id, draft.payerId) : undefined;
  const issueDate = draft.issueDate ?? todayUtc();
  const dueDate = draft.dueDate ?? issueDate;
  checkDates(issueDate, dueDate);
  const settings = await getBillingSettings(em);
  const invoice = em.create(Invoice, { client, currency: client.currency, issueDate, dueDate, notes: draft.notes?.trim() || undefined, payer });
  await recomputeInvoice(em, invoice, client, lines);
  await em.flush();
  const events: PendingInvoiceEvent[] = [{ invoiceId: invoice.id, clientId: client.id, change: 'CREATED' }];
  if (!draft.draft) await issueLocked(em, ctx, client, invoice, options.applyCredit ?? settings.autoApplyCredit, events);
  await em.flush();
  recordActivity(em, ctx, {
    action: 'invoice.create', targetType: 'Invoice', targetId: String(invoice.id), clientId: client.id,
    details: { number: invoice.number, status: invoice.status, totalMinor: String(invoice.totalMinor), creditAppliedMinor: String(invoice.creditAppliedMinor) },
  });
  return { invoice, events };
}

/** Issue 4.4: staff create an invoice (CR-3 applies credit unless turned off). */
export async function createInvoice(ctx: RequestContext, input: CreateInvoiceInput): Promise<Invoice> {
  const clientId = toId(input.clientId, 'clientId');
  const client = await ctx.em.findOne(Client, { id: clientId }, { fields: ['id', 'currency'] });
  if (!client) throw notFound('Client', clientId);
  if (input.currency && input.currency !== client.currency) throw badInput('currency', `The client is billed in ${client.currency}`, 'CURRENCY_MISMATCH');
  const draft: InvoiceDraft = {
    clientId, payerId: input.payerId != null ? toId(input.payerId, 'payerId') : undefined,
    issueDate: input.issueDate, dueDate: input.dueDate, notes: input.notes, draft: input.draft ?? false,
    lines: parseLines(input.lines, client.currency),
  };
  const { invoice, events } = await ctx.em.transactional((em) => createInvoiceWithin(em, ctx, draft, { applyCredit: input.applyCredit ?? undefined }));
  publishInvoiceEvents(ctx, events);
  return invoice;
}

export async function getInvoice(ctx: RequestContext, id: number): Promise<Invoice> {
  const invoice = await ctx.em.findOne(Invoice, { id });
  if (!invoice) throw notFound('Invoice', id);
  assertCanSeeInvoice(ctx, invoice);
  return invoice;
}

/** Issue 4.4: invoices, newest first. Clients see their own issued ones (INVOICES permission). */
export async function listInvoices(ctx: RequestContext, filter: InvoiceFilter | undefined, args: PageArgs, orderBy?: InvoiceOrder): Promise<Connection<Invoice>> {
  const page = keysetPage(args, pageOrder(orderBy, ID_DESC));
  const where: FilterQuery<Invoice> & Record<string, unknown> = {};
  if (ctx.viewer?.kind === 'client') {
    const own = ctx.viewer.clientId;
    if (filter?.clientId != null) assertCanAccessClient(ctx, toId(filter.clientId, 'clientId')); // another client's id: NOT_FOUND, as for a missing one
    assertCanAccessClient(ctx, own, ClientPermission.INVOICES);
    where.client = own;
    where.status = { $ne: InvoiceStatus.DRAFT };
  } else if (filter?.clientId != null) {
    where.client = toId(filter.clientId, 'clientId');
  }
  const statuses = filter?.status?.length ? filter.status : undefined;
  if (filter?.overdue) {
    const open = statuses ? OPEN_STATUSES.filter((s) => statuses.includes(s)) : [...OPEN_STATUSES];
    where.status = { $in: open };
    where.dueDate = { $lt: todayUtc() };
  } else if (statuses) {
    where.status = ctx.viewer?.kind === 'client' ? { $in: statuses.filter((s) => s !== InvoiceStatus.DRAFT) } : { $in: statuses };
  }
  Object.assign(where, invoiceFilterWhere(filter));
  const [rows, total] = await Promise.all([
    ctx.em.find(Invoice, { $and: [where, keysetWhere(page)] } as FilterQuery<Invoice>, { orderBy: keysetOrderBy(page), limit: page.limit + 1 }),
    ctx.em.count(Invoice, where as FilterQuery<Invoice>),
  ]);
  return toConnection(rows, page, total);
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
  for (const word of words(filter?.search)) {
    const like = { $ilike: contains(word) };
    and.push({ $or: [{ number: like }, { clientName: like }, { client: { $or: [{ firstName: like }, { lastName: like }, { companyName: like }] } }] });
  }
  return and.length ? { $and: and } : {};
}

/** A client's invoices under the client, the same ones `invoices` lists for it (a client never sees drafts). */
export function clientInvoicesPage(ctx: RequestContext, clientId: number, args: PageArgs, withTotal: boolean, orderBy?: OrderBy): Promise<Connection<Invoice>> {
  assertCanAccessClient(ctx, clientId, ClientPermission.INVOICES);
  const where: FilterQuery<Invoice> = ctx.viewer?.kind === 'client' ? { status: { $ne: InvoiceStatus.DRAFT } } : {};
  return ctx.loaders.billing.invoicePagesByClient(clientId, args, where, withTotal, pageOrder(orderBy, ID_DESC));
}

// ---------------------------------------------------------------- staff edits

/** Runs `work` on the locked client and invoice in one transaction, then publishes its events. */
async function withLockedInvoice<T>(
  ctx: RequestContext,
  invoiceId: number,
  work: (em: EntityManager, locked: { invoice: Invoice; client: Client | null }, events: PendingInvoiceEvent[]) => Promise<T>,
): Promise<T> {
  const events: PendingInvoiceEvent[] = [];
  const result = await ctx.em.transactional(async (em) => {
    const locked = await lockInvoice(em, invoiceId);
    assertCanSeeInvoice(ctx, locked.invoice);
    const value = await work(em, locked, events);
    await em.flush();
    return value;
  });
  publishInvoiceEvents(ctx, events);
  return result;
}

const EDITABLE = [InvoiceStatus.DRAFT, InvoiceStatus.UNPAID];

/** Issue 4.4: staff edit a Draft or Unpaid invoice; lines are replaced and everything recomputed. */
export async function updateInvoice(ctx: RequestContext, id: number, input: UpdateInvoiceInput): Promise<Invoice> {
  const probe = await ctx.em.findOne(Invoice, { id }, { fields: ['id', 'currency'] });
  if (!probe) throw notFound('Invoice', id);
  const parsed = input.lines ? parseLines(input.lines, probe.currency) : undefined;
  return withLockedInvoice(ctx, id, async (em, { invoice, client }, events) => {
    if (!EDITABLE.includes(invoice.status)) throw conflict('status', `Only Draft or Unpaid invoices can be edited; this one is ${label(invoice.status)}`, 'INVOICE_NOT_EDITABLE');
    if (!client) throw conflict('id', 'The invoice\'s client was deleted', 'CLIENT_DELETED');
    const payerBefore = invoice.payer?.id;
    if (input.clearPayer) invoice.payer = undefined;
    else if (input.payerId != null) invoice.payer = em.getReference(ClientPayer, (await payerOf(em, client.id, toId(input.payerId, 'payerId'))).id) as never;
    const readdressed = invoice.payer?.id !== payerBefore;
    if (input.issueDate != null) invoice.issueDate = input.issueDate;
    if (input.dueDate != null) invoice.dueDate = input.dueDate;
    checkDates(invoice.issueDate, invoice.dueDate);
    if (input.notes != null) invoice.notes = input.notes.trim() || undefined;
    // Issue 11.12: only new lines or a new addressee change amounts; a new addressee is a new tax determination.
    if (readdressed && invoice.status !== InvoiceStatus.DRAFT) invoice.addressedTo = await addresseeOf(em, invoice, client);
    if (parsed || readdressed) await recomputeInvoice(em, invoice, client, parsed ? await checkLineLinks(em, client.id, parsed) : undefined, readdressed);
    events.push({ invoiceId: invoice.id, clientId: client.id, change: 'UPDATED' });
    markPaidIfSettled(invoice, events);
    recordActivity(em, ctx, { action: 'invoice.update', targetType: 'Invoice', targetId: String(id), clientId: client.id, details: { ...input, lines: input.lines?.length } });
    return invoice;
  });
}

/** Issue 4.4: Draft → Unpaid; assigns the number (gapless) and (CR-3) applies credit unless turned off. */
export async function publishInvoice(ctx: RequestContext, id: number, applyCredit?: boolean): Promise<Invoice> {
  return withLockedInvoice(ctx, id, async (em, { invoice, client }, events) => {
    if (!client) throw conflict('id', 'The invoice\'s client was deleted', 'CLIENT_DELETED');
    const settings = await getBillingSettings(em);
    await issueLocked(em, ctx, client, invoice, applyCredit ?? settings.autoApplyCredit, events);
    events.unshift({ invoiceId: id, clientId: client.id, change: 'UPDATED' });
    recordActivity(em, ctx, { action: 'invoice.publish', targetType: 'Invoice', targetId: String(id), clientId: client.id, details: { number: invoice.number } });
    return invoice;
  });
}

/** Issue 4.4: cancels a Draft or open invoice. Applied credit goes back to the client; paid money must be refunded first. */
export async function cancelInvoice(ctx: RequestContext, id: number): Promise<Invoice> {
  return withLockedInvoice(ctx, id, async (em, { invoice, client }, events) => {
    assertTransition(invoice.status, InvoiceStatus.CANCELLED);
    if (minorOf(invoice.amountPaidMinor) > 0n) throw conflict('status', 'Payments were recorded on this invoice: refund them first', 'INVOICE_HAS_PAYMENTS');
    const credit = minorOf(invoice.creditAppliedMinor);
    if (credit > 0n && client) {
      addCreditEntryLocked(em, ctx, client, CreditEntryKind.INVOICE_REMOVED, credit, `Invoice ${invoice.number ?? `#${id}`} cancelled`, id);
      invoice.creditAppliedMinor = 0n;
    }
    invoice.status = InvoiceStatus.CANCELLED;
    events.push({ invoiceId: id, clientId: client?.id ?? null, change: 'CANCELLED' });
    recordActivity(em, ctx, { action: 'invoice.cancel', targetType: 'Invoice', targetId: String(id), clientId: client?.id, details: { creditReturnedMinor: credit.toString() } });
    return invoice;
  });
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
  return withLockedInvoice(ctx, id, async (em, { invoice, client }, events) => {
    const from = invoice.status;
    assertManualTransition(from, status);
    invoice.status = status;
    events.push({ invoiceId: id, clientId: client?.id ?? null, change: 'UPDATED' });
    recordActivity(em, ctx, { action: 'invoice.setStatus', targetType: 'Invoice', targetId: String(id), clientId: client?.id, details: { from, to: status, note: text } });
    return invoice;
  });
}

// ---------------------------------------------------------------- payments

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
 */
export async function addInvoicePayment(ctx: RequestContext, input: AddInvoicePaymentInput, amountIsBalance = false): Promise<Transaction> {
  const invoiceId = toId(input.invoiceId, 'invoiceId');
  const gateway = input.gateway.trim();
  const transactionId = input.transactionId.trim();
  if (!gateway) throw badInput('gateway', 'gateway must not be blank', 'VALUE_REQUIRED');
  if (!transactionId) throw badInput('transactionId', 'transactionId must not be blank', 'VALUE_REQUIRED');
  const probe = await ctx.em.findOne(Invoice, { id: invoiceId });
  if (!probe) throw notFound('Invoice', invoiceId);
  assertCanSeeInvoice(ctx, probe);
  checkCurrency(probe, input.currency);
  let amount = 0n;
  if (!amountIsBalance) {
    const parsed = parseAmount(input.amount, probe.currency);
    if (parsed === undefined) throw badInput('amount', `amount must be a decimal amount with at most the decimals of ${probe.currency}`, 'INVALID_AMOUNT');
    if (parsed <= 0n) throw badInput('amount', 'amount must be positive', 'INVALID_AMOUNT');
    amount = parsed;
    const first = await existingTransaction(ctx.em, gateway, transactionId, invoiceId, amount, TransactionKind.PAYMENT);
    if (first) return first;
  }
  try {
    return await withLockedInvoice(ctx, invoiceId, async (em, { invoice, client }, events) => {
      if (amountIsBalance) {
        if (!isOpen(invoice.status)) throw conflict('status', `Only an unpaid invoice can be marked paid; this one is ${label(invoice.status)}`, 'INVOICE_NOT_OPEN');
        amount = invoice.balanceDueMinor;
      } else {
        const first = await existingTransaction(em, gateway, transactionId, invoiceId, amount, TransactionKind.PAYMENT);
        if (first) return first;
      }
      if (!isOpen(invoice.status) && invoice.status !== InvoiceStatus.PAID) {
        throw conflict('status', `A ${label(invoice.status)} invoice takes no payments`, 'INVOICE_NOT_OPEN');
      }
      const due = invoice.balanceDueMinor;
      const applied = minBig(amount, due > 0n ? due : 0n);
      const excess = amount - applied;
      // Issue 11.12: paying the invoice twice over is plausible (a duplicate payment); more is probably a typing error.
      if (excess > minorOf(invoice.totalMinor) && !input.allowOverpayment) {
        throw badInput('amount', `The payment exceeds the balance due of ${formatAmount(due > 0n ? due : 0n, invoice.currency)} by more than the invoice total; set allowOverpayment to record it anyway (the excess becomes credit)`, 'EXCEEDS_BALANCE_DUE');
      }
      if (excess > 0n && !client) throw badInput('amount', 'The amount exceeds the balance and the client was deleted: the excess cannot become credit', 'CLIENT_DELETED');
      invoice.amountPaidMinor = minorOf(invoice.amountPaidMinor) + applied;
      const payment = em.create(Transaction, {
        client: client ?? undefined, clientName: invoice.clientName, clientEmail: invoice.clientEmail, invoice, kind: TransactionKind.PAYMENT,
        gateway, transactionId, amountMinor: amount, creditMinor: excess, currency: invoice.currency, date: input.date ?? new Date(), staffId: staffIdOf(ctx),
      });
      if (excess > 0n) {
        addCreditEntryLocked(em, ctx, client!, CreditEntryKind.OVERPAYMENT, excess, `Overpayment of invoice ${invoice.number ?? `#${invoiceId}`} (${gateway} ${transactionId})`, invoiceId);
      }
      events.push({ invoiceId, clientId: client?.id ?? null, change: 'UPDATED' });
      markPaidIfSettled(invoice, events);
      await em.flush();
      recordActivity(em, ctx, {
        action: amountIsBalance ? 'invoice.markPaid' : 'invoice.payment', targetType: 'Invoice', targetId: String(invoiceId), clientId: client?.id,
        details: { transactionId: payment.id, gateway, gatewayTransactionId: transactionId, amountMinor: amount.toString(), toCreditMinor: excess.toString() },
      });
      return payment;
    });
  } catch (error) {
    // A concurrent request recorded the same gateway id first: answer like a retry.
    if (error instanceof UniqueConstraintViolationException) {
      const existing = await ctx.em.fork().findOne(Transaction, { gateway, transactionId });
      if (existing && sameTransaction(existing, invoiceId, amount, TransactionKind.PAYMENT)) return existing;
      throw conflict('transactionId', DUPLICATE_ID, 'DUPLICATE_TRANSACTION_ID');
    }
    throw error;
  }
}

/** Issue 4.4: staff mark an invoice paid: a manual transaction for the whole balance. */
export async function markInvoicePaid(ctx: RequestContext, id: number, input: MarkInvoicePaidInput = {}): Promise<Invoice> {
  await addInvoicePayment(ctx, {
    invoiceId: String(id), amount: '0', gateway: input.gateway ?? 'manual', transactionId: input.transactionId ?? `manual-${id}-${randomUUID()}`, date: input.date,
  }, true);
  return ctx.em.findOneOrFail(Invoice, { id }, { refresh: true });
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
  const paymentId = toId(input.paymentId, 'paymentId');
  const probe = await ctx.em.findOne(Transaction, { id: paymentId });
  if (!probe || probe.kind !== TransactionKind.PAYMENT) throw notFound('Payment', paymentId);
  if (!probe.invoice) throw conflict('paymentId', 'This payment belongs to no invoice', 'PAYMENT_WITHOUT_INVOICE');
  const invoiceId = probe.invoice.id;
  let amount: bigint | undefined;
  if (input.amount != null) {
    amount = parseAmount(input.amount, probe.currency);
    if (amount === undefined) throw badInput('amount', `amount must be a decimal amount with at most the decimals of ${probe.currency}`, 'INVALID_AMOUNT');
    if (amount <= 0n) throw badInput('amount', 'amount must be positive', 'INVALID_AMOUNT');
  }
  const gatewayRefundId = input.transactionId?.trim();
  const toCredit = input.toCredit ?? false;
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
  return withLockedInvoice(ctx, invoiceId, async (em, { invoice, client }, events) => {
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
    if (fromCredit > 0n) {
      if (!client) throw conflict('paymentId', 'The client was deleted: the overpaid part of this payment is no longer anyone\'s credit to take back', 'CLIENT_DELETED');
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
    events.push({ invoiceId, clientId: client?.id ?? null, change: 'UPDATED' });
    if (fromInvoice > 0n && invoice.status === InvoiceStatus.PAID && minorOf(invoice.amountPaidMinor) === 0n) {
      const credit = minorOf(invoice.creditAppliedMinor);
      if (credit > 0n && client) {
        addCreditEntryLocked(em, ctx, client, CreditEntryKind.INVOICE_REMOVED, credit, `Invoice ${name} refunded: applied credit returned`, invoiceId);
        invoice.creditAppliedMinor = 0n;
      }
      if (credit === 0n || client) {
        assertTransition(invoice.status, InvoiceStatus.REFUNDED);
        invoice.status = InvoiceStatus.REFUNDED;
        events.push({ invoiceId, clientId: client?.id ?? null, change: 'REFUNDED' });
      }
    }
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

// ---------------------------------------------------------------- credit

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
  if (amountText != null) {
    amount = parseAmount(amountText, probe.currency);
    if (amount === undefined) throw badInput('amount', `amount must be a decimal amount with at most the decimals of ${probe.currency}`, 'INVALID_AMOUNT');
    if (amount <= 0n) throw badInput('amount', 'amount must be positive', 'INVALID_AMOUNT');
  }
  return withLockedInvoice(ctx, invoiceId, async (em, { invoice, client }, events) => {
    if (!isOpen(invoice.status)) throw conflict('status', `Credit applies only to unpaid invoices; this one is ${label(invoice.status)}`, 'INVOICE_NOT_OPEN');
    if (!client) throw conflict('invoiceId', 'The invoice\'s client was deleted', 'CLIENT_DELETED');
    const balance = minorOf(client.creditBalanceMinor);
    const due = invoice.balanceDueMinor;
    if (balance <= 0n) throw badInput('amount', 'The client has no credit', 'INSUFFICIENT_CREDIT');
    const value = amount ?? minBig(balance, due);
    if (value > balance) throw badInput('amount', `The amount exceeds the credit balance of ${formatAmount(balance, client.currency)}`, 'INSUFFICIENT_CREDIT');
    if (value > due) throw badInput('amount', `The amount exceeds the balance due of ${formatAmount(due, invoice.currency)}`, 'EXCEEDS_BALANCE_DUE');
    events.push({ invoiceId, clientId: client.id, change: 'UPDATED' });
    applyCreditLocked(em, ctx, client, invoice, value, events);
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
  if (amountText != null) {
    amount = parseAmount(amountText, probe.currency);
    if (amount === undefined) throw badInput('amount', `amount must be a decimal amount with at most the decimals of ${probe.currency}`, 'INVALID_AMOUNT');
    if (amount <= 0n) throw badInput('amount', 'amount must be positive', 'INVALID_AMOUNT');
  }
  return withLockedInvoice(ctx, invoiceId, async (em, { invoice, client }, events) => {
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
    if (invoice.status === InvoiceStatus.PAID && invoice.uncoveredMinor > 0n) {
      assertTransition(invoice.status, InvoiceStatus.UNPAID);
      invoice.status = InvoiceStatus.UNPAID;
      invoice.datePaid = undefined;
    }
    events.push({ invoiceId, clientId: client.id, change: 'UPDATED' });
    recordActivity(em, ctx, { action: 'invoice.removeCredit', targetType: 'Invoice', targetId: String(invoiceId), clientId: client.id, details: { amountMinor: value.toString() } });
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
registerFinancialRecords('invoices', [Invoice, Transaction]);
