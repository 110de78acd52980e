import { OptionalProps, Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Client } from '../clients/client.entity';
import { Product } from '../catalog/product.entity';
import { BillingCycle } from '../catalog/billing-cycle';
import { PERCENT_SCALE, PromotionType } from '../catalog/promotion.entity';
import { formatScaled } from '../shared/money';
import { Money } from '../shared/money.types';

/**
 * CL-13: a personal discount staff give one client: a percentage or a fixed
 * amount off a product (or every product and addon), optionally for one
 * billing cycle, from one calendar date to another. How it combines with
 * group discounts and promotions: order-pricing.ts.
 */
@ObjectType({ description: 'A personal discount of a client: a percentage or a fixed amount off each invoice of a product (or of every product and addon), optionally only for one billing cycle, between two dates. Staff only.' })
@Entity()
@Check({ name: 'client_discount_value', expression: "value > 0 and (type <> 'percent' or value <= 10000)" })
@Check({ name: 'client_discount_dates', expression: 'ends_on is null or ends_on >= starts_on' })
export class ClientDiscount {
  [OptionalProps]?: 'createdAt' | 'percent' | 'amount';

  @Field(() => ID, { description: 'Unique id of the discount.' })
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Client, { ref: true, deleteRule: 'cascade' })
  @Index()
  client!: Ref<Client>;

  /** Null: every product and addon. */
  @ManyToOne(() => Product, { ref: true, nullable: true, deleteRule: 'cascade' })
  product?: Ref<Product>;

  @Field(() => BillingCycle, { nullable: true, description: 'Only items billed in this cycle; null for every cycle.' })
  @Enum({ items: () => BillingCycle, nativeEnumName: 'billing_cycle', nullable: true })
  cycle?: BillingCycle;

  @Field(() => PromotionType, { description: 'A percentage or a fixed amount off.' })
  @Enum({ items: () => PromotionType, nativeEnumName: 'promotion_type' })
  type!: PromotionType;

  /** PERCENT: hundredths of a percent; FIXED: minor units of `currency`. */
  @Property({ type: 'bigint' })
  value!: bigint;

  /** The client's currency when the discount was given: a FIXED discount applies only to amounts in it. */
  @Property({ length: 3 })
  currency!: string;

  @Field({ description: 'First day it applies (YYYY-MM-DD, the operator\'s calendar).' })
  @Property({ type: 'date' })
  startsOn!: string;

  @Field(() => String, { nullable: true, description: 'Last day it applies (YYYY-MM-DD); null for no end.' })
  @Property({ type: 'date', nullable: true })
  endsOn?: string;

  @Field({ description: 'When staff gave it.' })
  @Property({ defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => String, { nullable: true, description: 'PERCENT: the percentage, e.g. "12.50"; null for FIXED.' })
  get percent(): string | null {
    return this.type === PromotionType.PERCENT ? formatScaled(BigInt(this.value), PERCENT_SCALE) : null;
  }

  @Field(() => Money, { nullable: true, description: 'FIXED: the amount off each invoice of an item; null for PERCENT.' })
  get amount(): Money | null {
    return this.type === PromotionType.FIXED ? Money.of(BigInt(this.value), this.currency) : null;
  }
}
