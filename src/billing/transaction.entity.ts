import { OptionalProps, Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from 'type-graphql';
import { FinancialRecord } from '../clients/client-ownership';
import { Money } from '../shared/money.types';
import { Invoice } from './invoice.entity';

export enum TransactionKind {
  PAYMENT = 'payment',
  REFUND = 'refund',
}
registerEnumType(TransactionKind, {
  name: 'TransactionKind',
  description: 'Whether money came in or went back.',
  valuesConfig: {
    PAYMENT: { description: 'Money received for an invoice.' },
    REFUND: { description: 'Money given back for a payment, through the gateway or as client credit.' },
  },
});

/**
 * Issue 4.5: money received for an invoice (PAYMENT, positive) or given back
 * (REFUND, negative, referencing the payment). Unique per (gateway,
 * transactionId), which makes retried gateway callbacks idempotent.
 * Income: kept when the client is deleted (CL-8), with its name and email.
 */
@ObjectType({ description: 'A payment or refund: income, kept when its client is deleted. Staff see all; a client its own (users need the INVOICES permission).' })
@Entity({ tableName: 'payment_transaction' })
// The transactions list sorted by date (orderBy), ties by id (keyset pages).
@Index({ properties: ['date', 'id'] })
// Substring search (listTransactions: ILIKE '%word%'): only a trigram index serves a leading wildcard.
@Index({ name: 'payment_transaction_search_trgm', expression: 'create index "payment_transaction_search_trgm" on "payment_transaction" using gin ("transaction_id" gin_trgm_ops)' })
@Unique({ name: 'payment_transaction_gateway_id_unique', properties: ['gateway', 'transactionId'] })
@Check({ name: 'payment_transaction_sign', expression: `(kind = 'payment' and amount_minor > 0) or (kind = 'refund' and amount_minor < 0)` })
@Check({ name: 'payment_transaction_amounts', expression: 'credit_minor >= 0 and refunded_minor >= 0 and from_credit_minor >= 0' })
export class Transaction extends FinancialRecord {
  [OptionalProps]?: 'createdAt' | 'creditMinor' | 'fromCreditMinor' | 'appliedToInvoice' | 'fromClientCredit' | 'refundedMinor' | 'toCredit' | 'amount' | 'toClientCredit' | 'refunded' | 'clientId';

  @Field(() => ID, { description: 'Unique id of the transaction.' })
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Invoice, { ref: true, nullable: true })
  @Index()
  invoice?: Ref<Invoice>;

  @Field(() => TransactionKind, { description: 'Payment or refund.' })
  @Enum({ items: () => TransactionKind, nativeEnumName: 'transaction_kind' })
  kind!: TransactionKind;

  @Field({ description: 'Name of the payment gateway or method; "credit" for a refund to client credit.' })
  @Property({ length: 100 })
  gateway!: string;

  @Field({ description: 'The gateway\'s id; unique per gateway' })
  @Property({ length: 255 })
  transactionId!: string;

  /** Signed minor units: payments positive, refunds negative. */
  @Property({ type: 'bigint' })
  amountMinor!: bigint;

  /** Payment: the part that exceeded the balance and went to credit (CR-4). Refund: the part given back as credit. */
  @Property({ type: 'bigint', default: 0 })
  creditMinor: bigint = 0n;

  /** Refund through the gateway: the part that gave back an overpayment, taken back from the client's credit. */
  @Property({ type: 'bigint', default: 0 })
  fromCreditMinor: bigint = 0n;

  /** Payment: how much of it was refunded so far. */
  @Property({ type: 'bigint', default: 0 })
  refundedMinor: bigint = 0n;

  @Field({ description: 'Refund: given back as client credit instead of through the gateway' })
  @Property({ default: false })
  toCredit: boolean = false;

  @Property({ length: 3 })
  currency!: string;

  @ManyToOne(() => Transaction, { ref: true, nullable: true })
  refundOf?: Ref<Transaction>;

  @Field(() => GraphQLISODateTime, { description: 'When the money moved.' })
  @Property()
  date!: Date;

  @Property({ nullable: true })
  staffId?: number;

  @Field({ description: 'When it was recorded.' })
  @Property({ defaultRaw: 'now()' })
  createdAt: Date = new Date();

  get clientId(): number | undefined { return this.client?.id; }

  @Field(() => Money, { description: 'Payments positive, refunds negative' })
  get amount(): Money { return Money.of(BigInt(this.amountMinor), this.currency); }

  @Field(() => Money, { description: 'Payment: the overpaid part that became client credit. Refund: the part given back as credit.' })
  get toClientCredit(): Money { return Money.of(BigInt(this.creditMinor), this.currency); }

  @Field(() => Money, { description: 'Refund through the gateway: the part that gave back an overpayment, taken from the client\'s credit' })
  get fromClientCredit(): Money { return Money.of(BigInt(this.fromCreditMinor), this.currency); }

  @Field(() => Money, { description: 'What this transaction changed the invoice\'s amount paid by: the payment less what went to credit, or minus the refunded part that had paid the invoice' })
  get appliedToInvoice(): Money { return Money.of(appliedToInvoiceMinor(this), this.currency); }

  @Field(() => Money, { description: 'Payment: refunded so far' })
  get refunded(): Money { return Money.of(BigInt(this.refundedMinor), this.currency); }
}

/** The part of a transaction that counted towards its invoice's amount paid; the PDF's payments table adds up to it. */
export function appliedToInvoiceMinor(t: Pick<Transaction, 'kind' | 'amountMinor' | 'creditMinor' | 'fromCreditMinor'>): bigint {
  const amount = BigInt(t.amountMinor);
  return t.kind === TransactionKind.PAYMENT ? amount - BigInt(t.creditMinor) : amount + BigInt(t.fromCreditMinor);
}
