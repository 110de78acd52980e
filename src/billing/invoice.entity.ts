import { OptionalProps, Check, Collection, Entity, Enum, Index, ManyToOne, OneToMany, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { FinancialRecord } from '../clients/client-ownership';
import { ClientPayer } from '../clients/client-payer.entity';
import { CountryCodeScalar, CurrencyScalar } from '../shared/scalars';
import { Money } from '../shared/money.types';
import { InvoiceLine } from './invoice-line.entity';
import { todayUtc } from '../shared/dates';

/** Issue 4.4 / FIELD-NOTES "Statuses": Overdue is a filter, not a status. */
export enum InvoiceStatus {
  DRAFT = 'draft',
  UNPAID = 'unpaid',
  PAID = 'paid',
  CANCELLED = 'cancelled',
  REFUNDED = 'refunded',
  COLLECTIONS = 'collections',
  PAYMENT_PENDING = 'payment_pending',
}
registerEnumType(InvoiceStatus, { name: 'InvoiceStatus' });

/** Who the invoice is addressed to, copied when it leaves Draft (payer, else billing contact, else client). */
@ObjectType({ description: 'Issue 4.4: the addressee as it was when the invoice was issued' })
export class InvoiceAddress {
  @Field() name!: string;
  @Field({ nullable: true }) companyName?: string;
  @Field({ nullable: true }) email?: string;
  @Field({ nullable: true }) address1?: string;
  @Field({ nullable: true }) address2?: string;
  @Field({ nullable: true }) city?: string;
  @Field({ nullable: true }) state?: string;
  @Field({ nullable: true }) postcode?: string;
  @Field(() => CountryCodeScalar, { nullable: true }) country?: string;
  @Field({ nullable: true }) taxId?: string;
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
@ObjectType()
@Entity()
// Sort keys of the invoices list (orderBy), each with the id that breaks its ties (keyset pages).
@Index({ properties: ['issueDate', 'id'] })
@Index({ properties: ['datePaid', 'id'] })
@Index({ properties: ['totalMinor', 'id'] })
@Check({ name: 'invoice_amounts_not_negative', expression: 'credit_applied_minor >= 0 and amount_paid_minor >= 0 and total_minor >= 0' })
@Check({ name: 'invoice_balance_not_negative', expression: 'credit_applied_minor + amount_paid_minor <= total_minor' })
export class Invoice extends FinancialRecord {
  [OptionalProps]?:
    | 'status' | 'subtotalMinor' | 'tax1Minor' | 'tax2Minor' | 'totalMinor' | 'creditAppliedMinor' | 'amountPaidMinor' | 'amountRefundedMinor'
    | 'createdAt' | 'updatedAt' | 'notes' | 'balanceDue' | 'subtotal' | 'tax1' | 'tax2' | 'total' | 'creditApplied' | 'amountPaid' | 'amountRefunded' | 'overdue'
    | 'balanceDueMinor' | 'uncoveredMinor';

  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @Field({ nullable: true, description: 'Issue 4.4: the human number, assigned when the invoice leaves Draft' })
  @Property({ length: 80, nullable: true, unique: true })
  number?: string;

  @Field(() => InvoiceStatus)
  @Enum({ items: () => InvoiceStatus, nativeEnumName: 'invoice_status', default: InvoiceStatus.DRAFT })
  @Index()
  status: InvoiceStatus = InvoiceStatus.DRAFT;

  @Field(() => CurrencyScalar)
  @Property({ length: 3 })
  currency!: string;

  @ManyToOne(() => ClientPayer, { ref: true, nullable: true, deleteRule: 'set null' })
  payer?: Ref<ClientPayer>;

  @Field(() => InvoiceAddress, { nullable: true, description: 'Set when the invoice leaves Draft' })
  @Property({ type: 'json', nullable: true })
  addressedTo?: InvoiceAddress;

  @Field(() => LocalDateResolver)
  @Property({ type: 'date' })
  issueDate!: string;

  @Field(() => LocalDateResolver)
  @Property({ type: 'date' })
  @Index()
  dueDate!: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Property({ nullable: true })
  datePaid?: Date;

  @Field({ nullable: true })
  @Property({ type: 'text', nullable: true })
  notes?: string;

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

  @Field({ nullable: true })
  @Property({ nullable: true })
  tax2Name?: string;

  @Field({ nullable: true })
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

  @Field()
  @Property({ defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field()
  @Property({ defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @OneToMany(() => InvoiceLine, (line) => line.invoice, { orderBy: { position: 'asc' } })
  lines = new Collection<InvoiceLine>(this);

  private money(minor: bigint | number | string): Money {
    return Money.of(BigInt(minor), this.currency);
  }

  @Field(() => Money, { description: 'Sum of the net line amounts' })
  get subtotal(): Money { return this.money(this.subtotalMinor); }

  @Field(() => Money)
  get tax1(): Money { return this.money(this.tax1Minor); }

  @Field(() => Money)
  get tax2(): Money { return this.money(this.tax2Minor); }

  @Field(() => Money)
  get total(): Money { return this.money(this.totalMinor); }

  @Field(() => Money, { description: 'CR-3/CR-4: client credit applied to this invoice' })
  get creditApplied(): Money { return this.money(this.creditAppliedMinor); }

  @Field(() => Money, { description: 'Payments applied to this invoice, less refunds: the money kept' })
  get amountPaid(): Money { return this.money(this.amountPaidMinor); }

  @Field(() => Money, { description: 'Issue 4.5: refunded of this invoice\'s payments (to the gateway or to credit)' })
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

  @Field({ description: 'Unpaid (or Payment Pending / Collections) and past its due date (UTC)' })
  get overdue(): boolean {
    return isOpen(this.status) && this.dueDate < todayUtc();
  }
}

/** Statuses in which an invoice still waits for money. */
export const OPEN_STATUSES: readonly InvoiceStatus[] = [InvoiceStatus.UNPAID, InvoiceStatus.PAYMENT_PENDING, InvoiceStatus.COLLECTIONS];
export const isOpen = (status: InvoiceStatus) => OPEN_STATUSES.includes(status);
