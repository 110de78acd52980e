import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, ValidateNested } from '../shared/validators';
import { BillingCycle } from '../catalog/billing-cycle';
import { CartConfigOptionInput } from '../orders/order.inputs';

@InputType({ description: 'What a service is to change to. Fields left out keep their value; configurable options left out keep theirs on the same product and take their default on another product.' })
export class ServiceChangeInput {
  @Field(() => ID, { nullable: true, description: 'The new product; clients may choose one of their product\'s upgrade targets.' })
  productId?: string;

  @Field(() => BillingCycle, { nullable: true, description: 'The new billing cycle, one the product is priced in.' })
  cycle?: BillingCycle;

  @Field(() => [CartConfigOptionInput], { nullable: true, description: 'New values of configurable options.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  configOptions?: CartConfigOptionInput[];
}

@InputType({ description: 'Staff: a change of a service made at once, without an order or invoice.' })
export class ManualServiceChangeInput extends ServiceChangeInput {
  @Field({ nullable: true, description: 'The new recurring amount as a decimal string; recalculated from the catalog (product, cycle, options and the client group\'s discount) when left out.' })
  recurringAmount?: string;

  @Field({ defaultValue: true, description: 'Queue the module\'s change package command (when the product has a module).' })
  runChangePackage!: boolean;
}
