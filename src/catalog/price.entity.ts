import { OptionalProps, Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, InterfaceType, ObjectType } from 'type-graphql';
import { Currency } from '../currency/currency.entity';
import { BillingCycle } from './billing-cycle';
import { Money } from '../shared/money.types';
import { formatScaled } from '../shared/money';
import { CurrencyScalar } from '../shared/scalars';
import { Product } from './product.entity';
import { Addon } from './addon.entity';

/** An exact amount in an operator-defined currency, formatted with that currency's own decimals. */
export function currencyMoney(minor: bigint, currency: Currency): Money {
  return Object.assign(new Money(), { amount: formatScaled(minor, currency.decimals), currency: currency.code });
}

/**
 * Issue 4.3: a price for one billing cycle in one operator-defined currency,
 * with its setup fee, in minor units of that currency. The currency relation
 * must be loaded (the services and loaders populate it).
 */
@InterfaceType('Price', { description: 'A price for one billing cycle in one currency, with its setup fee.' })
export abstract class CyclePrice {
  [OptionalProps]?: 'setupFeeMinor' | 'currencyCode' | 'amount' | 'setupFee';

  @Field(() => ID, { description: 'Unique id of the price.' })
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Currency, { ref: true, deleteRule: 'restrict' })
  @Index()
  currency!: Ref<Currency>;

  @Field(() => BillingCycle, { description: 'ONE_TIME for one-time prices, else the recurring cycle' })
  @Enum({ items: () => BillingCycle, nativeEnumName: 'billing_cycle' })
  cycle!: BillingCycle;

  @Property({ type: 'bigint' })
  amountMinor!: bigint;

  @Property({ type: 'bigint', default: 0 })
  setupFeeMinor: bigint = 0n;

  @Field(() => CurrencyScalar, { name: 'currency', description: 'ISO 4217 currency of the amounts.' })
  get currencyCode(): string {
    return this.currency.getEntity().code;
  }

  @Field(() => Money, { description: 'The price per cycle (or the one-time price)' })
  get amount(): Money {
    return currencyMoney(this.amountMinor, this.currency.getEntity());
  }

  @Field(() => Money, { description: 'Charged once with the first payment' })
  get setupFee(): Money {
    return currencyMoney(this.setupFeeMinor, this.currency.getEntity());
  }
}

@ObjectType({ implements: CyclePrice, description: 'The price of a product for one cycle in one currency.' })
@Entity()
@Unique({ name: 'product_price_unique', properties: ['product', 'currency', 'cycle'] })
@Check({ name: 'product_price_not_negative', expression: 'amount_minor >= 0 and setup_fee_minor >= 0' })
export class ProductPrice extends CyclePrice {
  @ManyToOne(() => Product, { ref: true, deleteRule: 'cascade' })
  product!: Ref<Product>;
}

@ObjectType({ implements: CyclePrice, description: 'The price of an addon for one cycle in one currency.' })
@Entity()
@Unique({ name: 'addon_price_unique', properties: ['addon', 'currency', 'cycle'] })
@Check({ name: 'addon_price_not_negative', expression: 'amount_minor >= 0 and setup_fee_minor >= 0' })
export class AddonPrice extends CyclePrice {
  @ManyToOne(() => Addon, { ref: true, deleteRule: 'cascade' })
  addon!: Ref<Addon>;
}
