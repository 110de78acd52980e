import { OptionalProps, Check, Entity, Index, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Currency } from '../currency/currency.entity';
import { Money } from '../shared/money.types';
import { CurrencyScalar } from '../shared/scalars';
import { currencyMoney } from './price.entity';

/** Issue 4.3: what registering, transferring and renewing a domain in a TLD costs for a number of years (1-10), in one currency. */
@ObjectType({ description: 'The prices of a TLD for one registration period in one currency. Public.' })
@Entity()
@Unique({ name: 'tld_price_unique', properties: ['tld', 'currency', 'years'] })
@Check({ name: 'tld_price_years', expression: 'years >= 1 and years <= 10' })
@Check({ name: 'tld_price_not_negative', expression: 'register_minor >= 0 and renew_minor >= 0 and (transfer_minor is null or transfer_minor >= 0)' })
export class TldPrice {
  [OptionalProps]?: 'currencyCode' | 'register' | 'transfer' | 'renew';

  @Field(() => ID, { description: 'Unique id of the price.' })
  @PrimaryKey()
  id!: number;

  @Field({ description: 'Lower case with the leading dot, e.g. ".com" or ".co.uk"' })
  @Property()
  @Index()
  tld!: string;

  @ManyToOne(() => Currency, { ref: true, deleteRule: 'restrict' })
  currency!: Ref<Currency>;

  @Field(() => Int, { description: 'Registration period in years (1-10).' })
  @Property({ type: 'smallint' })
  years!: number;

  @Property({ type: 'bigint' })
  registerMinor!: bigint;

  @Property({ type: 'bigint', nullable: true })
  transferMinor?: bigint;

  @Property({ type: 'bigint' })
  renewMinor!: bigint;

  @Field(() => CurrencyScalar, { name: 'currency', description: 'ISO 4217 currency of the amounts.' })
  get currencyCode(): string {
    return this.currency.getEntity().code;
  }

  @Field(() => Money, { description: 'Price of a registration for that many years.' })
  get register(): Money {
    return currencyMoney(this.registerMinor, this.currency.getEntity());
  }

  @Field(() => Money, { nullable: true, description: 'Null when transfers in are not offered' })
  get transfer(): Money | null {
    return this.transferMinor == null ? null : currencyMoney(this.transferMinor, this.currency.getEntity());
  }

  @Field(() => Money, { description: 'Price of a renewal for that many years.' })
  get renew(): Money {
    return currencyMoney(this.renewMinor, this.currency.getEntity());
  }
}
