import { OptionalProps, Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';

/** Issue 4.2: whether line prices include tax. */
export enum TaxMode {
  EXCLUSIVE = 'exclusive',
  INCLUSIVE = 'inclusive',
}
registerEnumType(TaxMode, {
  name: 'TaxMode',
  description: 'Whether line prices include tax.',
  valuesConfig: {
    EXCLUSIVE: { description: 'Prices are net; tax is added on top.' },
    INCLUSIVE: { description: 'Prices include tax, which is backed out of them.' },
  },
});

/** Issue 4.2: where tax is rounded to the minor unit. */
export enum TaxRounding {
  PER_LINE = 'per_line',
  PER_INVOICE = 'per_invoice',
}
registerEnumType(TaxRounding, {
  name: 'TaxRounding',
  description: 'Where tax is rounded to the currency\'s minor unit.',
  valuesConfig: {
    PER_LINE: { description: 'Each line\'s tax is rounded, then the lines are summed.' },
    PER_INVOICE: { description: 'Tax is rounded once, on the taxable total.' },
  },
});

/** Issue 4.4: when invoice numbers start again at 1. */
export enum InvoiceNumberReset {
  NEVER = 'never',
  YEARLY = 'yearly',
}
registerEnumType(InvoiceNumberReset, {
  name: 'InvoiceNumberReset',
  description: 'When the {NUMBER} counter of invoice numbers starts again at 1.',
  valuesConfig: {
    NEVER: { description: 'Never: numbers keep counting up.' },
    YEARLY: { description: 'On 1 January (UTC) of each year.' },
  },
});

/** Billing settings of the operator; exactly one row (id 1). */
@ObjectType({ description: 'How the operator applies tax, numbers invoices and prints them. Staff read them; admins change them.' })
@Entity()
export class BillingSettings {
  [OptionalProps]?: 'id' | 'taxMode' | 'taxRounding' | 'invoiceNumberFormat' | 'invoiceNumberReset' | 'autoApplyCredit' | 'updatedAt'
    | 'issuerName' | 'issuerAddress' | 'issuerEmail' | 'issuerTaxId' | 'invoiceFooter';

  @PrimaryKey({ autoincrement: false })
  id: number = 1;

  @Field(() => TaxMode, { description: 'Whether line prices include tax.' })
  @Enum({ items: () => TaxMode, nativeEnumName: 'tax_mode', default: TaxMode.EXCLUSIVE })
  taxMode: TaxMode = TaxMode.EXCLUSIVE;

  @Field(() => TaxRounding, { description: 'Where tax is rounded.' })
  @Enum({ items: () => TaxRounding, nativeEnumName: 'tax_rounding', default: TaxRounding.PER_LINE })
  taxRounding: TaxRounding = TaxRounding.PER_LINE;

  /** Tokens {YEAR} {MONTH} {DAY} {NUMBER} / {NUMBER:n}; see invoice-number.ts. */
  @Field({ description: 'Tokens {YEAR} {MONTH} {DAY} (UTC) {NUMBER} {NUMBER:n}; other text is literal' })
  @Property({ length: 60, default: '{NUMBER}' })
  invoiceNumberFormat: string = '{NUMBER}';

  @Field(() => InvoiceNumberReset, { description: 'When the invoice number counter starts again at 1.' })
  @Enum({ items: () => InvoiceNumberReset, nativeEnumName: 'invoice_number_reset', default: InvoiceNumberReset.NEVER })
  invoiceNumberReset: InvoiceNumberReset = InvoiceNumberReset.NEVER;

  @Field({ description: 'True: available client credit is applied automatically when an invoice is issued (by staff, for an order or by the daily run).' })
  @Property({ default: true })
  autoApplyCredit: boolean = true;

  @Field({ description: 'The operator\'s name printed at the top of invoices.' })
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

  @Field({ description: 'When the settings last changed.' })
  @Property({ defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
