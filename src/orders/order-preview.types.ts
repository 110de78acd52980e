import { Field, Int, ObjectType } from 'type-graphql';
import { Money } from '../shared/money.types';
import { CurrencyScalar } from '../shared/scalars';

/** Issue 14.1: one line of an order preview, as it will be on the invoice. */
@ObjectType({ description: 'One line of an order preview, exactly as it will be on the invoice. Amounts are in the client\'s currency.' })
export class OrderPreviewLine {
  /** Position of the cart item (products with their addons first, then domains), from 1. */
  @Field(() => Int, { description: 'Which item of the order the line belongs to, from 1: products in cart order, each followed by its addons, then domains.' })
  itemPosition!: number;

  @Field({ description: 'Text of the line as it will be printed on the invoice.' })
  description!: string;

  amountMinor!: bigint;
  taxMinor!: bigint;
  totalMinor!: bigint;
  currency!: string;

  @Field(() => Money, { description: 'The line\'s amount as entered on the invoice (net when prices exclude tax, gross when they include it); negative for a discount.' })
  get amount(): Money {
    return Money.of(this.amountMinor, this.currency);
  }

  @Field(() => Money, { description: 'Tax on the line.' })
  get tax(): Money {
    return Money.of(this.taxMinor, this.currency);
  }

  @Field(() => Money, { description: 'The line with its tax.' })
  get total(): Money {
    return Money.of(this.totalMinor, this.currency);
  }
}

/** Issue 14.1: what placing a cart would cost now. */
@ObjectType({ description: 'What an order of the cart would cost if placed now: its lines, discounts, taxes and totals, equal to the invoices placing it creates. Amounts are in the client\'s currency.' })
export class OrderPreview {
  @Field(() => CurrencyScalar, { description: 'ISO 4217 currency of the amounts (the client\'s).' })
  currency!: string;

  @Field(() => [OrderPreviewLine], { description: 'The invoice lines, invoice by invoice.' })
  lines!: OrderPreviewLine[];

  @Field(() => Int, { description: 'How many invoices placing the order creates (several when the client wants separate invoices; none when nothing is to be paid).' })
  invoiceCount!: number;

  @Field(() => String, { nullable: true, description: 'The promotion code applied; null when none.' })
  promotionCode?: string;

  subtotalMinor!: bigint;
  discountMinor!: bigint;
  taxMinor!: bigint;
  totalMinor!: bigint;

  @Field(() => Money, { description: 'Sum of the charges before discounts and taxes.' })
  get subtotal(): Money {
    return Money.of(this.subtotalMinor, this.currency);
  }

  @Field(() => Money, { description: 'Taken off by the promotion code and the client\'s group and personal discounts.' })
  get discount(): Money {
    return Money.of(this.discountMinor, this.currency);
  }

  @Field(() => Money, { description: 'Taxes of the invoices.' })
  get tax(): Money {
    return Money.of(this.taxMinor, this.currency);
  }

  @Field(() => Money, { description: 'What is to be paid: the sum of the invoices\' totals.' })
  get total(): Money {
    return Money.of(this.totalMinor, this.currency);
  }
}
