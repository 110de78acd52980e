import { OptionalProps, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Money } from '../shared/money.types';
import { Service } from '../provisioning/service.entity';
import { Domain } from '../provisioning/domain.entity';
import type { Invoice } from './invoice.entity';
import { InvoiceLineComputation, type StoredComputation } from './invoice-line-computation';

/** Issue 4.4: what a line bills. */
export enum InvoiceLineType {
  SERVICE = 'service',
  ADDON = 'addon',
  DOMAIN = 'domain',
  OTHER = 'other',
}
registerEnumType(InvoiceLineType, {
  name: 'InvoiceLineType',
  description: 'What an invoice line bills for.',
  valuesConfig: {
    SERVICE: { description: 'A service (hosting account or other product).' },
    ADDON: { description: 'An addon.' },
    DOMAIN: { description: 'A domain registration, transfer or renewal.' },
    OTHER: { description: 'Anything else, e.g. a manual charge or a discount.' },
  },
});

/** Issue 4.4: one line of an invoice, with the tax engine's result for it. */
@ObjectType({ description: 'One line of an invoice with its amounts. Amounts are in the invoice\'s currency.' })
@Entity()
export class InvoiceLine {
  [OptionalProps]?: 'type' | 'taxable' | 'netMinor' | 'tax1Minor' | 'tax2Minor' | 'totalMinor' | 'net' | 'tax1' | 'tax2' | 'total' | 'amount' | 'computed';

  @Field(() => ID, { description: 'Unique id of the line.' })
  @PrimaryKey()
  id!: number;

  @ManyToOne('Invoice', { ref: true, deleteRule: 'cascade' })
  @Index()
  invoice!: Ref<Invoice>;

  @Field(() => Int, { description: 'Order of the line on the invoice, from 1.' })
  @Property({ type: 'smallint' })
  position!: number;

  @Field(() => InvoiceLineType, { description: 'What the line bills for.' })
  @Enum({ items: () => InvoiceLineType, nativeEnumName: 'invoice_line_type', default: InvoiceLineType.OTHER })
  type: InvoiceLineType = InvoiceLineType.OTHER;

  @ManyToOne(() => Service, { ref: true, nullable: true, deleteRule: 'set null' })
  @Index()
  service?: Ref<Service>;

  @ManyToOne(() => Domain, { ref: true, nullable: true, deleteRule: 'set null' })
  @Index()
  domain?: Ref<Domain>;

  /** An addon of the catalog (checked when the line is written). */
  @Property({ nullable: true })
  addonId?: number;

  @Field({ description: 'Text of the line as printed on the invoice.' })
  @Property({ type: 'text' })
  description!: string;

  @Field({ description: 'False: no tax on this line.' })
  @Property({ default: true })
  taxable: boolean = true;

  /** As entered: net in exclusive mode, gross in inclusive mode. */
  @Property({ type: 'bigint' }) amountMinor!: bigint;
  @Property({ type: 'bigint', default: 0 }) netMinor: bigint = 0n;
  @Property({ type: 'bigint', default: 0 }) tax1Minor: bigint = 0n;
  @Property({ type: 'bigint', default: 0 }) tax2Minor: bigint = 0n;
  @Property({ type: 'bigint', default: 0 }) totalMinor: bigint = 0n;

  @Property({ length: 3 })
  currency!: string;

  /** Issue 16.8: how a generated line was computed; null for lines staff typed in. */
  @Property({ type: 'json', nullable: true })
  computation?: StoredComputation;

  @Field(() => InvoiceLineComputation, { name: 'computation', nullable: true, description: 'How the amount was computed (price, period, days, discount, tax rules); null for lines entered by hand.' })
  get computed(): InvoiceLineComputation | null {
    return this.computation ? InvoiceLineComputation.of(this.computation, this.currency) : null;
  }

  @Field(() => Money, { description: 'As entered (net when tax-exclusive, gross when inclusive)' })
  get amount(): Money { return Money.of(BigInt(this.amountMinor), this.currency); }

  @Field(() => Money, { description: 'The line\'s amount without tax.' }) get net(): Money { return Money.of(BigInt(this.netMinor), this.currency); }
  @Field(() => Money, { description: 'Level-1 tax on the line.' }) get tax1(): Money { return Money.of(BigInt(this.tax1Minor), this.currency); }
  @Field(() => Money, { description: 'Level-2 tax on the line.' }) get tax2(): Money { return Money.of(BigInt(this.tax2Minor), this.currency); }
  @Field(() => Money, { description: 'Net plus both taxes.' }) get total(): Money { return Money.of(BigInt(this.totalMinor), this.currency); }
}
