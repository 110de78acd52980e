import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, MaxLength, ValidateNested } from '../shared/validators';
import { GraphQLISODateTime } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { CurrencyScalar } from '../shared/scalars';
import { InvoiceStatus } from './invoice.entity';
import { InvoiceLineType } from './invoice-line.entity';
import { TransactionKind } from './transaction.entity';
import { AmountRangeInput, DateRangeInput } from '../shared/filters';
import { OrderByInput } from '../shared/pagination';

/** Issue 4.4: one line; what it bills is a service, an addon, a domain or nothing. */
@InputType({ description: 'One line of an invoice.' })
export class InvoiceLineInput {
  @Field({ description: 'Text of the line as printed (1-1000 characters).' })
  @Length(1, 1000)
  description!: string;

  @Field({ description: 'Decimal string in the invoice currency, at most its decimals (net when tax-exclusive, gross when inclusive); may be negative for a discount' })
  amount!: string;

  @Field({ nullable: true, defaultValue: true, description: 'False: no tax on this line. Default true.' })
  taxable?: boolean;

  @Field(() => InvoiceLineType, { nullable: true, description: 'Defaults from the id given (serviceId → SERVICE …), else OTHER' })
  type?: InvoiceLineType;

  @Field(() => ID, { nullable: true, description: 'Id of the service the line bills for, one of the client\'s.' })
  serviceId?: string;

  @Field(() => ID, { nullable: true, description: 'Id of the domain the line bills for, one of the client\'s.' })
  domainId?: string;

  @Field(() => ID, { nullable: true, description: 'Id of the addon the line bills for.' })
  addonId?: string;
}

@InputType({ description: 'A new invoice. It is issued (Unpaid, numbered, credit applied) unless draft is true.' })
export class CreateInvoiceInput {
  @Field(() => ID, { description: 'Id of the client invoiced.' })
  clientId!: string;

  @Field(() => CurrencyScalar, { nullable: true, description: 'Must be the client\'s currency when given' })
  currency?: string;

  @Field(() => ID, { nullable: true, description: 'Id of one of the client\'s payers to address the invoice to. Default: the billing contact, else the client.' })
  payerId?: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Default today (UTC)' })
  issueDate?: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Default the issue date' })
  dueDate?: string;

  @Field({ nullable: true, description: 'Notes printed on the invoice (up to 5000 characters).' })
  @IsOptional()
  @MaxLength(5000)
  notes?: string;

  @Field(() => [InvoiceLineInput], { description: 'The lines, in order (1-500).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  lines!: InvoiceLineInput[];

  @Field({ nullable: true, defaultValue: false, description: 'Keep it a Draft (no number, no credit applied)' })
  draft?: boolean;

  @Field({ nullable: true, description: 'Apply available client credit when the invoice is issued. Default: the billing setting autoApplyCredit.' })
  applyCredit?: boolean;
}

/** Draft or Unpaid only; left-out fields keep their value; `lines` replaces all lines. */
@InputType({ description: 'Changes to a Draft or Unpaid invoice; fields left out keep their value.' })
export class UpdateInvoiceInput {
  @Field(() => ID, { nullable: true, description: 'Id of one of the client\'s payers to address the invoice to.' })
  payerId?: string;

  @Field({ nullable: true, description: 'true removes the payer' })
  clearPayer?: boolean;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date of issue (YYYY-MM-DD).' })
  issueDate?: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date payment is due (YYYY-MM-DD).' })
  dueDate?: string;

  @Field({ nullable: true, description: 'Notes printed on the invoice.' })
  @IsOptional()
  @MaxLength(5000)
  notes?: string;

  @Field(() => [InvoiceLineInput], { nullable: true, description: 'Replaces all lines (1-500); the totals are computed again.' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  lines?: InvoiceLineInput[];
}

@InputType({ description: 'Criteria for the invoice list; an invoice must match all given ones.' })
export class InvoiceFilter {
  @Field(() => ID, { nullable: true, description: 'Only invoices of this client.' })
  clientId?: string;

  @Field(() => [InvoiceStatus], { nullable: true, description: 'Only invoices with one of these statuses.' })
  status?: InvoiceStatus[];

  @Field({ nullable: true, description: 'Open (Unpaid, Payment Pending, Collections) and past the due date' })
  overdue?: boolean;

  @Field(() => DateRangeInput, { nullable: true, description: 'Issued on a date in this range' })
  issueDate?: DateRangeInput;

  @Field(() => DateRangeInput, { nullable: true, description: 'Due on a date in this range' })
  dueDate?: DateRangeInput;

  @Field(() => DateRangeInput, { nullable: true, description: 'Paid in full on a date (UTC) in this range' })
  paidDate?: DateRangeInput;

  @Field(() => AmountRangeInput, { nullable: true, description: 'Total (taxes included) in this range, in the range\'s currency' })
  total?: AmountRangeInput;

  @Field({ nullable: true, description: 'Part of the invoice number (any case)' })
  @IsOptional()
  @MaxLength(80)
  number?: string;

  @Field({ nullable: true, description: "Words that each match the invoice number or the client's first, last or company name (or the name kept for a deleted client)" })
  @IsOptional()
  @MaxLength(200)
  search?: string;
}

/** What invoices can be sorted by; the values are Invoice properties. */
export enum InvoiceOrderField {
  NUMBER = 'number',
  ISSUE_DATE = 'issueDate',
  DUE_DATE = 'dueDate',
  PAID_DATE = 'datePaid',
  TOTAL = 'totalMinor',
  STATUS = 'status',
  CREATED_AT = 'createdAt',
}
registerEnumType(InvoiceOrderField, {
  name: 'InvoiceOrderField',
  description: 'What invoices can be sorted by',
  valuesConfig: {
    NUMBER: { description: 'The invoice number, as text; drafts (no number yet) come last ascending' },
    ISSUE_DATE: { description: 'The issue date' },
    DUE_DATE: { description: 'The due date' },
    PAID_DATE: { description: 'When the invoice was paid in full; unpaid ones come last ascending' },
    TOTAL: { description: 'The total in minor units; compare within one currency (filter by total.currency)' },
    STATUS: { description: 'The status, in lifecycle order: Draft, Unpaid, Paid, Cancelled, Refunded, Collections, Payment Pending' },
    CREATED_AT: { description: 'When the invoice was created' },
  },
});

export const InvoiceOrder = OrderByInput(InvoiceOrderField, 'Invoice', 'invoices');
export type InvoiceOrder = InstanceType<typeof InvoiceOrder>;

/** Issue 4.5: addInvoicePayment(invoiceId, amount, gateway, transactionId, date). */
@InputType({ description: 'A payment received for an invoice.' })
export class AddInvoicePaymentInput {
  @Field(() => ID, { description: 'Id of the invoice paid.' })
  invoiceId!: string;

  @Field({ description: 'Positive decimal in the invoice currency' })
  amount!: string;

  @Field(() => CurrencyScalar, { nullable: true, description: 'When given, must be the invoice currency' })
  currency?: string;

  @Field({ description: 'Name of the payment gateway or method, e.g. "stripe" or "bank".' })
  @Length(1, 100)
  gateway!: string;

  @Field({ description: 'The gateway\'s transaction id; a retry with the same id and amount returns the first transaction' })
  @Length(1, 255)
  transactionId!: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Default now' })
  date?: Date;

  @Field({
    nullable: true,
    defaultValue: false,
    description: 'Accept a payment that exceeds the balance due by more than the invoice total (the excess becomes client credit). Without it such a payment is refused as a probable typing error.',
  })
  allowOverpayment?: boolean;
}

@InputType({ description: 'How a manual payment of the whole balance due is recorded.' })
export class MarkInvoicePaidInput {
  @Field({ nullable: true, defaultValue: 'manual', description: 'Name of the payment method recorded; default "manual".' })
  @IsOptional()
  @Length(1, 100)
  gateway?: string;

  @Field({ nullable: true, description: 'Default a generated id' })
  @IsOptional()
  @Length(1, 255)
  transactionId?: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the payment was made; default now.' })
  date?: Date;
}

@InputType({ description: 'A refund of (part of) a payment.' })
export class RefundTransactionInput {
  @Field(() => ID, { description: 'The payment (our id) to refund' })
  paymentId!: string;

  @Field({ nullable: true, description: 'Default: all that is still refundable' })
  amount?: string;

  @Field({
    nullable: true,
    defaultValue: false,
    description: 'Give it back as client credit instead of through the gateway (only the part of the payment that paid the invoice)',
  })
  toCredit?: boolean;

  @Field({ nullable: true, description: 'The gateway\'s refund id: a retry with the same id returns the first refund; default generated' })
  @IsOptional()
  @Length(1, 255)
  transactionId?: string;
}

/** Issue 4.5: the transactions list; every given field narrows it. */
@InputType({ description: 'Criteria for the transaction list; a transaction must match all given ones.' })
export class TransactionFilter {
  @Field(() => ID, { nullable: true, description: 'Clients may pass only their own id' })
  clientId?: string;

  @Field(() => ID, { nullable: true, description: 'Only transactions of this invoice.' })
  invoiceId?: string;

  @Field({ nullable: true, description: 'Exact gateway name; refunds to credit have gateway "credit"' })
  @IsOptional()
  @Length(1, 100)
  gateway?: string;

  @Field(() => TransactionKind, { nullable: true, description: 'Only payments or only refunds.' })
  kind?: TransactionKind;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Transaction date from this instant (inclusive)' })
  dateFrom?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Transaction date before this instant (exclusive)' })
  dateTo?: Date;

  @Field({ nullable: true, description: "Part of the gateway's transaction id (any case)" })
  @IsOptional()
  @MaxLength(255)
  search?: string;
}

/** What transactions can be sorted by; the values are Transaction properties. */
export enum TransactionOrderField {
  DATE = 'date',
  AMOUNT = 'amountMinor',
  GATEWAY = 'gateway',
  TRANSACTION_ID = 'transactionId',
  CREATED_AT = 'createdAt',
}
registerEnumType(TransactionOrderField, {
  name: 'TransactionOrderField',
  description: 'What transactions can be sorted by',
  valuesConfig: {
    DATE: { description: 'The transaction date' },
    AMOUNT: { description: 'The amount in minor units (refunds negative); compare within one currency' },
    GATEWAY: { description: 'The gateway name, alphabetically' },
    TRANSACTION_ID: { description: "The gateway's transaction id, alphabetically" },
    CREATED_AT: { description: 'When the transaction was recorded' },
  },
});

export const TransactionOrder = OrderByInput(TransactionOrderField, 'Transaction', 'transactions');
export type TransactionOrder = InstanceType<typeof TransactionOrder>;
