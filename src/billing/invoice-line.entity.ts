import { OptionalProps, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Money } from '../shared/money.types';
import { Service } from '../provisioning/service.entity';
import { Domain } from '../provisioning/domain.entity';
import type { Invoice } from './invoice.entity';

/** Issue 4.4: what a line bills. */
export enum InvoiceLineType {
  SERVICE = 'service',
  ADDON = 'addon',
  DOMAIN = 'domain',
  OTHER = 'other',
}
registerEnumType(InvoiceLineType, { name: 'InvoiceLineType' });

/** Issue 4.4: one line of an invoice, with the tax engine's result for it. */
@ObjectType()
@Entity()
export class InvoiceLine {
  [OptionalProps]?: 'type' | 'taxable' | 'netMinor' | 'tax1Minor' | 'tax2Minor' | 'totalMinor' | 'net' | 'tax1' | 'tax2' | 'total' | 'amount';

  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @ManyToOne('Invoice', { ref: true, deleteRule: 'cascade' })
  @Index()
  invoice!: Ref<Invoice>;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  position!: number;

  @Field(() => InvoiceLineType)
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

  @Field()
  @Property({ type: 'text' })
  description!: string;

  @Field()
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

  @Field(() => Money, { description: 'As entered (net when tax-exclusive, gross when inclusive)' })
  get amount(): Money { return Money.of(BigInt(this.amountMinor), this.currency); }

  @Field(() => Money) get net(): Money { return Money.of(BigInt(this.netMinor), this.currency); }
  @Field(() => Money) get tax1(): Money { return Money.of(BigInt(this.tax1Minor), this.currency); }
  @Field(() => Money) get tax2(): Money { return Money.of(BigInt(this.tax2Minor), this.currency); }
  @Field(() => Money) get total(): Money { return Money.of(BigInt(this.totalMinor), this.currency); }
}
