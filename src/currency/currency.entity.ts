import { OptionalProps, Check, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CurrencyScalar } from '../shared/scalars';

/**
 * Issue 4.1: an operator-defined currency. Amounts in it are integer minor
 * units with `decimals` decimals. `exchangeRate` converts from the default
 * currency: amount in this currency = amount in the default × exchangeRate
 * (the default's own rate is 1). Exactly one currency is the default, held by
 * the partial unique index currency_single_default.
 */
@ObjectType('BillingCurrency', { description: 'A currency the operator bills in, with its formatting and exchange rate. (The scalar named Currency is an ISO 4217 code.)' })
@Entity()
@Check({ name: 'currency_decimals_range', expression: 'decimals >= 0 and decimals <= 4' })
@Check({ name: 'currency_exchange_rate_positive', expression: 'exchange_rate > 0' })
@Index({ name: 'currency_single_default', expression: 'create unique index "currency_single_default" on "currency" ("is_default") where "is_default"' })
export class Currency {
  [OptionalProps]?: 'prefix' | 'suffix' | 'isDefault' | 'createdAt';

  @Field(() => ID, { description: 'Unique id of the currency.' })
  @PrimaryKey()
  id!: number;

  @Field(() => CurrencyScalar, { description: 'ISO 4217 code, unique' })
  @Property({ length: 3, unique: true })
  code!: string;

  @Field({ description: 'Printed before amounts, e.g. "$" or "€"' })
  @Property({ length: 10, default: '' })
  prefix: string = '';

  @Field({ description: 'Printed after amounts, e.g. " USD"' })
  @Property({ length: 10, default: '' })
  suffix: string = '';

  @Field(() => Int, { description: 'Decimals of the minor unit, 0-4 (JPY 0, EUR 2, BHD 3)' })
  @Property({ type: 'smallint' })
  decimals!: number;

  @Field({ description: 'Decimal string: amount in this currency = amount in the default currency × exchangeRate (the default\'s is 1)' })
  @Property({ type: 'decimal', precision: 18, scale: 8 })
  exchangeRate!: string;

  @Field({ description: 'Exactly one currency is the default' })
  @Property({ default: false })
  isDefault: boolean = false;

  @Field({ description: 'When the currency was added.' })
  @Property({ defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
