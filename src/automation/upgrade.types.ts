import { Field, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Money } from '../shared/money.types';
import { CurrencyScalar } from '../shared/scalars';
import { BillingCycle } from '../catalog/billing-cycle';
import { Product } from '../catalog/product.entity';
import { Service } from '../provisioning/service.entity';

/** SV-8: what an upgrade or downgrade costs for the rest of the current cycle. */
@ObjectType({
  description: 'What changing a service would cost now: the old price credited and the new price charged for the days left until the next due date (price / days in cycle × days left), the difference rounded once, half-up. A positive amount is invoiced; a negative one is credited to the client\'s balance when the operator gives credit on downgrades (see creditToBalance). Amounts are in the service\'s currency.',
})
export class ServiceChangePreview {
  @Field(() => Service, { description: 'The service that would change.' }) service!: Service;
  @Field(() => CurrencyScalar, { description: 'ISO 4217 currency of the amounts.' }) currency!: string;
  @Field(() => Product, { description: 'The product after the change.' }) product!: Product;
  @Field(() => Product, { description: 'The product now.' }) previousProduct!: Product;
  @Field(() => BillingCycle, { description: 'The billing cycle after the change.' }) cycle!: BillingCycle;
  @Field(() => BillingCycle, { description: 'The billing cycle now.' }) previousCycle!: BillingCycle;
  @Field(() => LocalDateResolver, { description: 'The last due date: the start of the current cycle.' }) cycleStart!: string;
  @Field(() => LocalDateResolver, { description: 'The next due date; it does not move.' }) nextDueDate!: string;
  @Field(() => Int, { description: 'Days in the current cycle, from its start to the next due date.' }) daysInCycle!: number;
  @Field(() => Int, { description: 'Days in a cycle of the new billing cycle ending on the next due date (the same as daysInCycle when the cycle stays).' }) daysInNewCycle!: number;
  @Field(() => Int, { description: 'Days from today to the next due date.' }) daysLeft!: number;

  recurringMinor!: bigint;
  previousRecurringMinor!: bigint;
  creditedMinor!: bigint;
  debitedMinor!: bigint;
  amountMinor!: bigint;
  creditToBalanceMinor!: bigint;
  taxMinor!: bigint;
  totalMinor!: bigint;

  @Field(() => Money, { description: 'The recurring amount after the change.' })
  get recurringAmount(): Money { return Money.of(this.recurringMinor, this.currency); }

  @Field(() => Money, { description: 'The recurring amount now.' })
  get previousRecurringAmount(): Money { return Money.of(this.previousRecurringMinor, this.currency); }

  @Field(() => Money, { description: 'The current price for the days left (rounded; for information).' })
  get credited(): Money { return Money.of(this.creditedMinor, this.currency); }

  @Field(() => Money, { description: 'The new price for the days left (rounded; for information).' })
  get debited(): Money { return Money.of(this.debitedMinor, this.currency); }

  @Field(() => Money, { description: 'The exact difference rounded once: positive is charged on an invoice, negative is credited.' })
  get amount(): Money { return Money.of(this.amountMinor, this.currency); }

  @Field(() => Money, { description: 'What the change would add to the client\'s credit balance: the credit of a downgrade, or zero when there is none or the operator gives no credit on downgrades.' })
  get creditToBalance(): Money { return Money.of(this.creditToBalanceMinor, this.currency); }

  @Field(() => Money, { description: 'Tax on the charge (zero for a credit).' })
  get tax(): Money { return Money.of(this.taxMinor, this.currency); }

  @Field(() => Money, { description: 'What the invoice would total (zero for a credit).' })
  get total(): Money { return Money.of(this.totalMinor, this.currency); }
}
