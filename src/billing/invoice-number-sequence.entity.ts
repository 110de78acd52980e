import { OptionalProps, Check, Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Issue 4.4: the counter behind gapless invoice numbers, one row per period
 * ("all" when numbers never reset, the year when they reset yearly). Only
 * assignInvoiceNumber (invoice-number.ts) changes it, inside the transaction
 * that moves an invoice out of Draft.
 */
@Entity()
@Check({ name: 'invoice_number_sequence_last_not_negative', expression: 'last_number >= 0' })
export class InvoiceNumberSequence {
  [OptionalProps]?: 'lastNumber' | 'lastIssueDate';

  @PrimaryKey({ length: 10 })
  period!: string;

  @Property({ type: 'integer', default: 0 })
  lastNumber: number = 0;

  /** Issue date of the last invoice numbered from this row: with yearly numbers, no later invoice may be dated before it. */
  @Property({ type: 'date', nullable: true })
  lastIssueDate?: string;
}
