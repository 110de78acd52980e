import { OptionalProps, ArrayType, Check, Entity, Enum, ManyToOne, PrimaryKey, PrimaryKeyProp, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Currency } from '../currency/currency.entity';
import { BillingCycle } from './billing-cycle';
import { Money } from '../shared/money.types';
import { formatScaled } from '../shared/money';
import { Product } from './product.entity';
import { currencyMoney } from './price.entity';

export enum PromotionType {
  PERCENT = 'percent',
  FIXED = 'fixed',
}
registerEnumType(PromotionType, {
  name: 'PromotionType',
  description: 'What a promotion takes off.',
  valuesConfig: {
    PERCENT: { description: 'A percentage of the price.' },
    FIXED: { description: 'A fixed amount in one currency.' },
  },
});

export enum PromotionAppliesTo {
  FIRST_PAYMENT = 'first_payment',
  RECURRING = 'recurring',
}
registerEnumType(PromotionAppliesTo, {
  name: 'PromotionAppliesTo',
  description: 'Which invoices a promotion reduces.',
  valuesConfig: {
    FIRST_PAYMENT: { description: 'The first invoice only.' },
    RECURRING: { description: 'The first invoice and every renewal.' },
  },
});

/** Percentages are stored in hundredths of a percent (12.5% = 1250). */
export const PERCENT_SCALE = 2;

/** Issue 4.3: a promotion code. Codes are unique without regard to case (stored upper case). */
@ObjectType({ description: 'A promotion code clients enter when ordering. Staff only.' })
@Entity()
@Check({ name: 'promotion_value_positive', expression: "value > 0 and (type <> 'percent' or value <= 10000)" })
@Check({ name: 'promotion_fixed_has_currency', expression: "(type = 'fixed') = (currency_id is not null)" })
@Check({ name: 'promotion_uses', expression: 'uses >= 0 and (max_uses is null or max_uses > 0)' })
export class Promotion {
  [OptionalProps]?: 'cycles' | 'uses' | 'createdAt' | 'percent' | 'amount';

  @Field(() => ID, { description: 'Unique id of the promotion.' })
  @PrimaryKey()
  id!: number;

  @Field({ description: 'Upper case; unique without regard to case' })
  @Property({ unique: true })
  code!: string;

  @Field(() => PromotionType, { description: 'A percentage or a fixed amount off.' })
  @Enum({ items: () => PromotionType, nativeEnumName: 'promotion_type' })
  type!: PromotionType;

  /** PERCENT: hundredths of a percent; FIXED: minor units of `currency`. */
  @Property({ type: 'bigint' })
  value!: bigint;

  @ManyToOne(() => Currency, { ref: true, nullable: true, deleteRule: 'restrict' })
  currency?: Ref<Currency>;

  @Field(() => PromotionAppliesTo, { description: 'The first payment only, or every renewal too.' })
  @Enum({ items: () => PromotionAppliesTo, nativeEnumName: 'promotion_applies_to' })
  appliesTo!: PromotionAppliesTo;

  @Field(() => [BillingCycle], { description: 'Cycles it applies to; empty for all' })
  @Property({ type: ArrayType, defaultRaw: `'{}'` })
  cycles: BillingCycle[] = [];

  @Field({ nullable: true, description: 'Usable from this moment; null when usable from the start.' })
  @Property({ nullable: true })
  startsAt?: Date;

  @Field({ nullable: true, description: 'Usable until this moment; null for no end.' })
  @Property({ nullable: true })
  expiresAt?: Date;

  @Field(() => Int, { nullable: true, description: 'Null for unlimited' })
  @Property({ nullable: true })
  maxUses?: number;

  @Field(() => Int, { description: 'How many times it has been used.' })
  @Property({ default: 0 })
  uses: number = 0;

  @Field({ description: 'When the promotion was created.' })
  @Property({ defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => String, { nullable: true, description: 'PERCENT: the percentage, e.g. "12.50"' })
  get percent(): string | null {
    return this.type === PromotionType.PERCENT ? formatScaled(this.value, PERCENT_SCALE) : null;
  }

  @Field(() => Money, { nullable: true, description: 'FIXED: the amount off' })
  get amount(): Money | null {
    return this.type === PromotionType.FIXED && this.currency ? currencyMoney(this.value, this.currency.getEntity()) : null;
  }
}

/** The products a promotion is restricted to (none: every product). */
@Entity()
export class PromotionProduct {
  [PrimaryKeyProp]?: ['promotion', 'product'];

  @ManyToOne(() => Promotion, { primary: true, ref: true, deleteRule: 'cascade' })
  promotion!: Ref<Promotion>;

  @ManyToOne(() => Product, { primary: true, ref: true, deleteRule: 'cascade' })
  product!: Ref<Product>;
}
