import { Field, ObjectType } from 'type-graphql';
import { CurrencyScalar } from './scalars';
import { formatAmount } from './money';

@ObjectType({ description: 'An exact amount of money: a decimal string and its currency.' })
export class Money {
  @Field({ description: 'Decimal string with the currency\'s number of decimals, e.g. "12.30"' })
  amount!: string;

  @Field(() => CurrencyScalar, { description: 'ISO 4217 code of the amount\'s currency.' })
  currency!: string;

  static of(minor: bigint, currency: string): Money {
    return Object.assign(new Money(), { amount: formatAmount(minor, currency), currency });
  }
}
