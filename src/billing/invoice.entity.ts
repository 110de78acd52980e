import { OptionalProps, Check, Collection, Entity, Enum, Index, ManyToOne, OneToMany, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { FinancialRecord } from '../clients/client-ownership';
import { ClientPayer } from '../clients/client-payer.entity';
import { CountryCodeScalar, CurrencyScalar } from '../shared/scalars';
import { Money } from '../shared/money.types';
import { InvoiceLine } from './invoice-line.entity';

/** The invoice statuses (issue 4.4). Overdue is a filter (unpaid past the due date), not a status, as in WHMCS. */
export enum InvoiceStatus {
  DRAFT = 'draft',
  UNPAID = 'unpaid',
  PAID = 'paid',
  CANCELLED = 'cancelled',
  REFUNDED = 'refunded',
  COLLECTIONS = 'collections',
  PAYMENT_PENDING = 'payment_pending',
}
registerEnumType(InvoiceStatus, {
  name: 'InvoiceStatus',
  description: 'Where an invoice is in its life. Overdue is not a status: see Invoice.overdue.',
  valuesConfig: {
    DRAFT: { description: 'Being prepared: no number, not visible to the client, no credit applied.' },
    UNPAID: { description: 'Issued and waiting for payment.' },
    PAID: { description: 'Fully paid (by payments and/or credit).' },
    CANCELLED: { description: 'Cancelled; applied credit went back to the client.' },
    REFUNDED: { description: 'Paid, then refunded in full.' },
    COLLECTIONS: { description: 'Unpaid and handed to collections.' },
    PAYMENT_PENDING: { description: 'A payment was started and is waiting for the gateway\'s confirmation.' },
  },
});

/** Who the invoice is addressed to, copied when it leaves Draft (payer, else billing contact, else client). */
@ObjectType({ description: 'The addressee of an invoice as it was when the invoice was issued; later profile changes do not alter it.' })
export class InvoiceAddress {
  @Field({ description: 'Person or company name.' }) name!: string;
  @Field({ nullable: true, description: 'Company name; null when none.' }) companyName?: string;
  @Field({ nullable: true, description: 'Email address; null when none.' }) email?: string;
  @Field({ nullable: true, description: 'First street address line.' }) address1?: string;
  @Field({ nullable: true, description: 'Second street address line.' }) address2?: string;
  @Field({ nullable: true, description: 'City or town.' }) city?: string;
  @Field({ nullable: true, description: 'State or province.' }) state?: string;
  @Field({ nullable: true, description: 'Postal code.' }) postcode?: string;
  @Field(() => CountryCodeScalar, { nullable: true, description: 'ISO 3166-1 alpha-2 country.' }) country?: string;
  @Field({ nullable: true, description: 'VAT or tax number of the addressee (a payer\'s); null when none.' }) taxId?: string;
}

/**
 * Issue 4.4: an invoice. Amounts are bigint minor units of `currency` (the
 * client's). Totals are always the tax engine's result for the lines
 * (recomputeInvoice). While it is open (or a Draft) the balance due is
 * total − credit applied − amount paid, which the database keeps from going
 * negative. Once Paid, Cancelled or Refunded nothing is due: a partial refund
 * of a Paid invoice gives money back without reopening it (issue 4.5).
 * A financial record: on client delete (CL-8) it is kept with `client` null
 * and the client's name and email copied onto it.
 */
@ObjectType({ description: 'An invoice to a client. Staff see every invoice; a client sees its own issued invoices, not drafts (its users need the INVOICES permission). Amounts are in the invoice\'s currency.' })
@Entity()
// Sort keys of the invoices list (orderBy), each with the id that breaks its ties (keyset pages).
@Index({ properties: ['issueDate', 'id'] })
@Index({ properties: ['datePaid', 'id'] })
@Index({ properties: ['totalMinor', 'id'] })
// Substring search (invoiceFilterWhere: ILIKE '%word%'): only a trigram index serves a leading wildcard.
// Its write cost: the bench's daily run (~52,000 invoices) took ~22-31 s without it, ~28-32 s with it.
@Index({ name: 'invoice_search_trgm', expression: 'create index "invoice_search_trgm" on "invoice" using gin ("number" gin_trgm_ops, "client_name" gin_trgm_ops)' })
@Check({ name: 'invoice_amounts_not_negative', expression: 'credit_applied_minor >= 0 and amount_paid_minor >= 0 and total_minor >= 0' })
@Check({ name: 'invoice_balance_not_negative', expression: 'credit_applied_minor + amount_paid_minor <= total_minor' })
export class Invoice extends FinancialRecord {
  [OptionalProps]?:
    | 'status' | 'subtotalMinor' | 'tax1Minor' | 'tax2Minor' | 'totalMinor' | 'creditAppliedMinor' | 'amountPaidMinor' | 'amountRefundedMinor'
    | 'createdAt' | 'updatedAt' | 'notes' | 'balanceDue' | 'subtotal' | 'tax1' | 'tax2' | 'total' | 'creditApplied' | 'amountPaid' | 'amountRefunded'
    | 'balanceDueMinor' | 'uncoveredMinor';

  @Field(() => ID, { description: 'Unique id of the invoice.' })
  @PrimaryKey()
  id!: number;

  @Field({ nullable: true, description: 'The invoice number printed on it, assigned when the invoice leaves Draft; null for a draft.' })
  @Property({ length: 80, nullable: true, unique: true })
  number?: string;

  @Field(() => InvoiceStatus, { description: 'Where the invoice is in its life.' })
  @Enum({ items: () => InvoiceStatus, nativeEnumName: 'invoice_status', default: InvoiceStatus.DRAFT })
  @Index()
  status: InvoiceStatus = InvoiceStatus.DRAFT;

  @Field(() => CurrencyScalar, { description: 'ISO 4217 currency of all amounts (the client\'s currency).' })
  @Property({ length: 3 })
  currency!: string;

  @ManyToOne(() => ClientPayer, { ref: true, nullable: true, deleteRule: 'set null' })
  payer?: Ref<ClientPayer>;

  @Field(() => InvoiceAddress, { nullable: true, description: 'Set when the invoice leaves Draft' })
  @Property({ type: 'json', nullable: true })
  addressedTo?: InvoiceAddress;

  @Field(() => LocalDateResolver, { description: 'Date of issue (YYYY-MM-DD).' })
  @Property({ type: 'date' })
  issueDate!: string;

  @Field(() => LocalDateResolver, { description: 'Date payment is due (YYYY-MM-DD).' })
  @Property({ type: 'date' })
  @Index()
  dueDate!: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the invoice became Paid; null while it is not.' })
  @Property({ nullable: true })
  datePaid?: Date;

  @Field({ nullable: true, description: 'Notes printed on the invoice; null when none.' })
  @Property({ type: 'text', nullable: true })
  notes?: string;

  /** SV-7: a renewal invoice bills items of one payment method. */
  @Field({ nullable: true, description: 'The payment gateway the invoice is meant to be paid through (a gateway module name, e.g. "stripe"); null when none was chosen.' })
  @Property({ length: 100, nullable: true })
  paymentMethod?: string;

  @Property({ type: 'bigint', default: 0 }) subtotalMinor: bigint = 0n;
  @Property({ type: 'bigint', default: 0 }) tax1Minor: bigint = 0n;
  @Property({ type: 'bigint', default: 0 }) tax2Minor: bigint = 0n;
  @Property({ type: 'bigint', default: 0 }) totalMinor: bigint = 0n;
  @Property({ type: 'bigint', default: 0 }) creditAppliedMinor: bigint = 0n;
  /**
   * Payments applied to this invoice less their refunds: the money kept
   * (overpayments went to credit). amountPaid + amountRefunded = what payments put on it.
   */
  @Property({ type: 'bigint', default: 0 }) amountPaidMinor: bigint = 0n;
  /** Refunds of this invoice's payments, to the gateway or to credit, whatever the status was. */
  @Property({ type: 'bigint', default: 0 }) amountRefundedMinor: bigint = 0n;

  @Field({ nullable: true, description: 'Name of the level-1 tax rule applied' })
  @Property({ nullable: true })
  tax1Name?: string;

  @Field({ nullable: true, description: 'Rate in percent of the level-1 tax' })
  @Property({ nullable: true })
  tax1Rate?: string;

  @Field({ nullable: true, description: 'Name of the level-2 tax rule applied; null when none.' })
  @Property({ nullable: true })
  tax2Name?: string;

  @Field({ nullable: true, description: 'Rate in percent of the level-2 tax; null when none.' })
  @Property({ nullable: true })
  tax2Rate?: string;

  /** Level 2 was compounded on level 1. With the rates, mode and rounding: the tax basis frozen once issued. */
  @Property({ nullable: true })
  tax2Compound?: boolean;

  /** Tax mode and rounding (billing settings) the amounts were computed with; null on invoices older than these columns. */
  @Property({ type: 'string', length: 20, nullable: true })
  taxMode?: string;

  @Property({ type: 'string', length: 20, nullable: true })
  taxRounding?: string;

  @Field({ description: 'When the invoice was created.' })
  @Property({ defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field({ description: 'When the invoice last changed.' })
  @Property({ defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @OneToMany(() => InvoiceLine, (line) => line.invoice, { orderBy: { position: 'asc' } })
  lines = new Collection<InvoiceLine>(this);

  private money(minor: bigint | number | string): Money {
    return Money.of(BigInt(minor), this.currency);
  }

  @Field(() => Money, { description: 'Sum of the net line amounts' })
  get subtotal(): Money { return this.money(this.subtotalMinor); }

  @Field(() => Money, { description: 'Total level-1 tax.' })
  get tax1(): Money { return this.money(this.tax1Minor); }

  @Field(() => Money, { description: 'Total level-2 tax.' })
  get tax2(): Money { return this.money(this.tax2Minor); }

  @Field(() => Money, { description: 'Subtotal plus both taxes.' })
  get total(): Money { return this.money(this.totalMinor); }

  @Field(() => Money, { description: 'Client credit applied to this invoice.' })
  get creditApplied(): Money { return this.money(this.creditAppliedMinor); }

  @Field(() => Money, { description: 'Payments applied to this invoice, less refunds: the money kept' })
  get amountPaid(): Money { return this.money(this.amountPaidMinor); }

  @Field(() => Money, { description: 'Refunded of this invoice\'s payments, through the gateway or as client credit.' })
  get amountRefunded(): Money { return this.money(this.amountRefundedMinor); }

  /**
   * total − credit applied − amount paid, whatever the status. On an open
   * invoice it is the balance due; on a Paid one, what was refunded after it
   * was paid (given back, not owed).
   */
  get uncoveredMinor(): bigint {
    return BigInt(this.totalMinor) - BigInt(this.creditAppliedMinor) - BigInt(this.amountPaidMinor);
  }

  get balanceDueMinor(): bigint {
    return this.status === InvoiceStatus.DRAFT || isOpen(this.status) ? this.uncoveredMinor : 0n;
  }

  @Field(() => Money, { description: 'total − credit applied − amount paid while Draft or open; zero when Paid (refunds do not reopen it), Cancelled or Refunded' })
  get balanceDue(): Money { return this.money(this.balanceDueMinor); }
}

/** Statuses in which an invoice still waits for money. */
export const OPEN_STATUSES: readonly InvoiceStatus[] = [InvoiceStatus.UNPAID, InvoiceStatus.PAYMENT_PENDING, InvoiceStatus.COLLECTIONS];
export const isOpen = (status: InvoiceStatus) => OPEN_STATUSES.includes(status);
