import { OptionalProps, Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';

/** Issue 4.2: whether line prices include tax. */
export enum TaxMode {
  EXCLUSIVE = 'exclusive',
  INCLUSIVE = 'inclusive',
}
registerEnumType(TaxMode, { name: 'TaxMode', description: 'EXCLUSIVE: prices are net, tax is added; INCLUSIVE: prices include tax, which is backed out' });

/** Issue 4.2: where tax is rounded to the minor unit. */
export enum TaxRounding {
  PER_LINE = 'per_line',
  PER_INVOICE = 'per_invoice',
}
registerEnumType(TaxRounding, { name: 'TaxRounding', description: 'PER_LINE: each line rounded, totals summed; PER_INVOICE: rounded once on the taxable total' });

/** Issue 4.4: when invoice numbers start again at 1. */
export enum InvoiceNumberReset {
  NEVER = 'never',
  YEARLY = 'yearly',
}
registerEnumType(InvoiceNumberReset, { name: 'InvoiceNumberReset' });

/** Billing settings of the operator; exactly one row (id 1). */
@ObjectType({ description: 'Issue 4.2/4.4: how tax is applied and invoices are numbered' })
@Entity()
export class BillingSettings {
  [OptionalProps]?: 'id' | 'taxMode' | 'taxRounding' | 'invoiceNumberFormat' | 'invoiceNumberReset' | 'autoApplyCredit' | 'updatedAt'
    | 'issuerName' | 'issuerAddress' | 'issuerEmail' | 'issuerTaxId' | 'invoiceFooter';

  @PrimaryKey({ autoincrement: false })
  id: number = 1;

  @Field(() => TaxMode)
  @Enum({ items: () => TaxMode, nativeEnumName: 'tax_mode', default: TaxMode.EXCLUSIVE })
  taxMode: TaxMode = TaxMode.EXCLUSIVE;

  @Field(() => TaxRounding)
  @Enum({ items: () => TaxRounding, nativeEnumName: 'tax_rounding', default: TaxRounding.PER_LINE })
  taxRounding: TaxRounding = TaxRounding.PER_LINE;

  /** Tokens {YEAR} {MONTH} {DAY} {NUMBER} / {NUMBER:n}; see invoice-number.ts. */
  @Field({ description: 'Tokens {YEAR} {MONTH} {DAY} (UTC) {NUMBER} {NUMBER:n}; other text is literal' })
  @Property({ length: 60, default: '{NUMBER}' })
  invoiceNumberFormat: string = '{NUMBER}';

  @Field(() => InvoiceNumberReset)
  @Enum({ items: () => InvoiceNumberReset, nativeEnumName: 'invoice_number_reset', default: InvoiceNumberReset.NEVER })
  invoiceNumberReset: InvoiceNumberReset = InvoiceNumberReset.NEVER;

  @Field({ description: 'CR-3: apply available credit automatically when an invoice is generated' })
  @Property({ default: true })
  autoApplyCredit: boolean = true;

  @Field({ description: 'Issue 4.4: the operator\'s name printed at the top of invoices' })
  @Property({ length: 200, default: '' })
  issuerName: string = '';

  @Field({ description: 'The operator\'s postal address, one line per line' })
  @Property({ type: 'text', default: '' })
  issuerAddress: string = '';

  @Field({ description: 'Contact email printed on invoices' })
  @Property({ length: 254, default: '' })
  issuerEmail: string = '';

  @Field({ description: 'The operator\'s VAT / tax number' })
  @Property({ length: 50, default: '' })
  issuerTaxId: string = '';

  @Field({ description: 'Free text at the foot of invoices, e.g. bank details or payment terms' })
  @Property({ type: 'text', default: '' })
  invoiceFooter: string = '';

  @Field()
  @Property({ defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
