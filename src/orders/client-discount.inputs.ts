import { Field, ID, InputType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { BillingCycle } from '../catalog/billing-cycle';
import { PromotionType } from '../catalog/promotion.entity';

@InputType({ description: 'A personal discount for one client.' })
export class ClientDiscountInput {
  @Field(() => ID, { description: 'The client it is for.' })
  clientId!: string;

  @Field(() => ID, { nullable: true, description: 'Only this product; null for every product and addon.' })
  productId?: string | null;

  @Field(() => BillingCycle, { nullable: true, description: 'Only items billed in this cycle; null for every cycle.' })
  cycle?: BillingCycle | null;

  @Field(() => PromotionType, { description: 'A percentage or a fixed amount off.' })
  type!: PromotionType;

  @Field({ description: 'PERCENT: a percentage above 0 and at most 100 with up to 2 decimals; FIXED: an amount above 0 in the client\'s currency, taken off each invoice of an item.' })
  value!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'First day it applies (YYYY-MM-DD); today when omitted.' })
  startsOn?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Last day it applies (YYYY-MM-DD); null for no end.' })
  endsOn?: string | null;
}
