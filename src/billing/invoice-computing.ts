/**
 * Issue 4.4: computing an invoice: its lines (parsed and checked), its tax
 * basis, its totals from the tax engine, and its addressee. No locks and no
 * events: the use cases call these inside their own transaction.
 *
 * Money: bigint minor units of the invoice's currency (= the client's).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { FieldProblems, badInput } from '../shared/errors';
import { amountInput, assertWithinMaxAmount, formatAmount, minorOf } from '../shared/money';
import { Client } from '../clients/client.entity';
import { ClientPayer } from '../clients/client-payer.entity';
import { Contact } from '../clients/contact.entity';
import { toId } from '../shared/ids';
import { Service } from '../provisioning/service.entity';
import { Domain } from '../provisioning/domain.entity';
import { Addon } from '../catalog/addon.entity';
import { TaxRule } from './tax-rule.entity';
import { calculateTax, type TaxMode, type TaxResult, type TaxRounding, type TaxRuleLike } from './tax';
import { getBillingSettings } from './billing.service';
import { Invoice, InvoiceAddress, InvoiceStatus } from './invoice.entity';
import { InvoiceLine, InvoiceLineType } from './invoice-line.entity';
import type { InvoiceLineInput } from './invoice.inputs';
import { taxRulesOfLine, type StoredComputation } from './invoice-line-computation';
import { readAll } from '../shared/reads';

/** A line with its amount already in minor units: what orders and renewals pass to createInvoiceWithin. */
export interface InvoiceLineDraft {
  description: string;
  amountMinor: bigint;
  taxable?: boolean;
  type?: InvoiceLineType;
  serviceId?: number;
  domainId?: number;
  addonId?: number;
  /** Issue 16.8: how the line was computed (tax rules are added when the invoice is computed). */
  computation?: StoredComputation;
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

export function parseLines(inputs: readonly InvoiceLineInput[], currency: string): InvoiceLineDraft[] {
  // Every line's problems at once, each at its path (lines.2.amount), so a form can mark them all.
  const problems = new FieldProblems();
  const lines = inputs.map((line, i) => {
    const amountMinor = problems.collect(() => amountInput(line.amount, currency, { field: `lines.${i}.amount`, label: `Line ${i + 1}: the amount`, allowed: 'any' }));
    const description = line.description.trim();
    if (!description) problems.add(`lines.${i}.description`, `Line ${i + 1}: the description must not be blank`, 'VALUE_REQUIRED');
    return {
      description,
      amountMinor: amountMinor ?? 0n,
      taxable: line.taxable ?? true,
      type: line.type,
      serviceId: line.serviceId != null ? toId(line.serviceId, 'Service', `lines.${i}.serviceId`) : undefined,
      domainId: line.domainId != null ? toId(line.domainId, 'Domain', `lines.${i}.domainId`) : undefined,
      addonId: line.addonId != null ? toId(line.addonId, 'Addon', `lines.${i}.addonId`) : undefined,
    };
  });
  problems.throwIfAny();
  return lines;
}

/** Checks each line's link (one at most, of the client) and settles its type. */
export async function checkLineLinks(em: EntityManager, clientId: number, lines: InvoiceLineDraft[]): Promise<InvoiceLineDraft[]> {
  const serviceIds = lines.flatMap((l) => (l.serviceId != null ? [l.serviceId] : []));
  const domainIds = lines.flatMap((l) => (l.domainId != null ? [l.domainId] : []));
  const addonIds = lines.flatMap((l) => (l.addonId != null ? [l.addonId] : []));
  const [services, domains, addons] = await readAll(em, [
    () => (serviceIds.length ? em.find(Service, { id: { $in: serviceIds } }, { fields: ['id', 'client'] }) : []),
    () => (domainIds.length ? em.find(Domain, { id: { $in: domainIds } }, { fields: ['id', 'client'] }) : []),
    () => (addonIds.length ? em.find(Addon, { id: { $in: addonIds } }, { fields: ['id'] }) : []),
  ]);
  // Every line's problems at once, as parseLines.
  const problems = new FieldProblems();
  const checked = lines.map((line, i) => {
    const links = [line.serviceId, line.domainId, line.addonId].filter((v) => v != null).length;
    if (links > 1) problems.add(`lines.${i}.serviceId`, `Line ${i + 1} links to more than one of service, domain and addon`, 'CONFLICTING_INPUT');
    if (line.serviceId != null && services.find((s) => s.id === line.serviceId)?.client.id !== clientId) {
      problems.add(`lines.${i}.serviceId`, `Line ${i + 1}: the service is not one of this client`, 'REFERENCE_NOT_FOUND');
    }
    if (line.domainId != null && domains.find((d) => d.id === line.domainId)?.client.id !== clientId) {
      problems.add(`lines.${i}.domainId`, `Line ${i + 1}: the domain is not one of this client`, 'REFERENCE_NOT_FOUND');
    }
    if (line.addonId != null && !addons.some((a) => a.id === line.addonId)) problems.add(`lines.${i}.addonId`, `Line ${i + 1}: the addon is not one of the catalog`, 'REFERENCE_NOT_FOUND');
    const implied = line.serviceId != null ? InvoiceLineType.SERVICE : line.domainId != null ? InvoiceLineType.DOMAIN : line.addonId != null ? InvoiceLineType.ADDON : InvoiceLineType.OTHER;
    if (line.type && line.type !== implied) problems.add(`lines.${i}.type`, `Line ${i + 1}: type ${line.type.toUpperCase()} needs ${line.type === InvoiceLineType.OTHER ? 'no link' : `a ${line.type}Id`}`, 'CONFLICTING_INPUT');
    if (line.description.length > 1000) problems.add(`lines.${i}.description`, `Line ${i + 1}: the description is at most 1000 characters`, 'VALUE_TOO_LONG');
    return { ...line, type: implied };
  });
  problems.throwIfAny();
  return checked;
}

export function checkDates(issueDate: string, dueDate: string): void {
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
  const [settings, rules] = await readAll(em, [() => getBillingSettings(em), () => em.find(TaxRule, {})]);
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
      if (line.entity.computation) line.entity.computation = { ...line.entity.computation, taxRules: taxRulesOfLine(result, line.taxable) };
    } else {
      const d = line.draft!;
      em.create(InvoiceLine, {
        invoice, position: i + 1, type: d.type ?? InvoiceLineType.OTHER, description: d.description, taxable: d.taxable ?? true,
        amountMinor: d.amountMinor, currency: invoice.currency, service: d.serviceId, domain: d.domainId, addonId: d.addonId, ...values,
        computation: d.computation && { ...d.computation, taxRules: taxRulesOfLine(result, d.taxable ?? true) },
      });
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

/**
 * Issue 14.1: the taxes and totals a new invoice of `client` with these lines
 * will have, computed exactly as recomputeInvoice computes them when it is
 * created (same tax basis), without writing anything: order previews.
 */
export async function totalsOfNewInvoice(em: EntityManager, client: Client, lines: readonly InvoiceLineDraft[]): Promise<TaxResult> {
  const basis = await taxBasisOf(em, Object.assign(new Invoice(), { status: InvoiceStatus.DRAFT }), client, true);
  return calculateTax({
    lines: lines.map((line) => ({ amount: line.amountMinor, taxable: line.taxable ?? true })),
    client: basis.address,
    rules: basis.rules,
    mode: basis.mode as TaxMode,
    rounding: basis.rounding as TaxRounding,
  });
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

export async function payerOf(em: EntityManager, clientId: number, payerId: number): Promise<ClientPayer> {
  const payer = await em.findOne(ClientPayer, { id: payerId });
  if (!payer || payer.client.id !== clientId) throw badInput('payerId', 'payerId is not a payer of this client', 'REFERENCE_NOT_FOUND');
  return payer;
}
