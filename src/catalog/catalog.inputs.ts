import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { IsOptional, Length, Max, Min } from 'class-validator';
import { BillingCycle } from '../provisioning/service.entity';
import { CurrencyScalar } from '../shared/scalars';
import { PayType } from './product.entity';
import { PromotionAppliesTo, PromotionType } from './promotion.entity';
import { ConfigOptionType } from './config-option.entity';
import { PriceInput } from './pricing';
import { OrderByInput } from '../shared/pagination';

@InputType()
export class ProductGroupInput {
  @Field()
  @Length(1, 200)
  name!: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(0, 10000)
  description?: string;

  @Field(() => Int, { nullable: true })
  sortOrder?: number;

  @Field({ nullable: true })
  hidden?: boolean;
}

@InputType({ description: 'Issue 4.3 / SV-4: a predefined addon; every field is replaced' })
export class AddonInput {
  @Field()
  @Length(1, 200)
  name!: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(0, 10000)
  description?: string;

  @Field(() => PayType)
  payType!: PayType;

  @Field(() => [PriceInput], { defaultValue: [] })
  prices!: PriceInput[];

  @Field(() => [ID], { defaultValue: [], description: 'The products it applies to' })
  productIds!: string[];

  @Field({ nullable: true, description: 'Default true' })
  clientOrderable?: boolean;

  @Field({ nullable: true })
  hidden?: boolean;
}

@InputType({ description: 'Issue 4.3: a promotion code; every field is replaced' })
export class PromotionInput {
  @Field({ description: 'Letters, digits, - and _; unique without regard to case' })
  @Length(1, 50)
  code!: string;

  @Field(() => PromotionType)
  type!: PromotionType;

  @Field({ description: 'PERCENT: a percentage above 0 and at most 100 with up to 2 decimals; FIXED: an amount above 0 in `currency`' })
  value!: string;

  @Field(() => CurrencyScalar, { nullable: true, description: 'FIXED only: a defined currency' })
  currency?: string;

  @Field(() => PromotionAppliesTo)
  appliesTo!: PromotionAppliesTo;

  @Field(() => [ID], { defaultValue: [], description: 'Restrict to these products; empty for all' })
  productIds!: string[];

  @Field(() => [BillingCycle], { defaultValue: [], description: 'Restrict to these cycles; empty for all' })
  cycles!: BillingCycle[];

  @Field({ nullable: true })
  startsAt?: Date;

  @Field({ nullable: true })
  expiresAt?: Date;

  @Field(() => Int, { nullable: true, description: 'Null for unlimited' })
  @IsOptional()
  @Min(1)
  maxUses?: number;
}

@InputType()
export class TldYearPriceInput {
  @Field(() => Int, { description: '1-10' })
  years!: number;

  @Field()
  register!: string;

  @Field({ nullable: true, description: 'Null when transfers are not offered' })
  transfer?: string;

  @Field()
  renew!: string;
}

@InputType({ description: 'Issue 4.3: replaces the prices of one TLD in one currency (an empty list removes them)' })
export class TldPricingInput {
  @Field({ description: 'e.g. ".com"; stored lower case' })
  @Length(2, 63)
  tld!: string;

  @Field(() => CurrencyScalar)
  currency!: string;

  @Field(() => [TldYearPriceInput])
  prices!: TldYearPriceInput[];
}

@InputType()
export class ConfigChoiceInput {
  @Field()
  @Length(1, 200)
  name!: string;

  @Field(() => [PriceInput], { defaultValue: [] })
  prices!: PriceInput[];
}

@InputType()
export class ConfigOptionInput {
  @Field()
  @Length(1, 200)
  name!: string;

  @Field(() => ConfigOptionType)
  type!: ConfigOptionType;

  @Field(() => Int, { nullable: true, description: 'QUANTITY: default 0' })
  @IsOptional()
  @Min(0)
  @Max(1000000)
  minQuantity?: number;

  @Field(() => Int, { nullable: true, description: 'QUANTITY: null for no limit' })
  @IsOptional()
  @Min(0)
  @Max(1000000)
  maxQuantity?: number;

  @Field(() => [ConfigChoiceInput], { defaultValue: [], description: 'DROPDOWN: at least one' })
  choices!: ConfigChoiceInput[];

  @Field(() => [PriceInput], { defaultValue: [], description: 'QUANTITY: the price of one unit' })
  unitPrices!: PriceInput[];
}

@InputType({ description: 'Issue 4.3: a configurable option group; every field (options included) is replaced' })
export class ConfigOptionGroupInput {
  @Field()
  @Length(1, 200)
  name!: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(0, 10000)
  description?: string;

  @Field(() => [ID], { defaultValue: [], description: 'The products it is attached to' })
  productIds!: string[];

  @Field(() => [ConfigOptionInput], { defaultValue: [] })
  options!: ConfigOptionInput[];
}

/** Issue 4.3: the promotions list; every given field narrows it. */
@InputType()
export class PromotionFilter {
  @Field({ nullable: true, description: 'Part of the code, without regard to case' })
  @IsOptional()
  @Length(1, 50)
  search?: string;

  @Field({ nullable: true, description: 'true: usable now (started, not expired, uses left); false: not usable now' })
  usable?: boolean;
}

/** What promotion codes can be sorted by; the values are Promotion properties. */
export enum PromotionOrderField {
  CODE = 'code',
  STARTS_AT = 'startsAt',
  EXPIRES_AT = 'expiresAt',
  USES = 'uses',
  CREATED_AT = 'createdAt',
}
registerEnumType(PromotionOrderField, {
  name: 'PromotionOrderField',
  description: 'What promotion codes can be sorted by',
  valuesConfig: {
    CODE: { description: 'The code, alphabetically' },
    STARTS_AT: { description: 'When the code becomes usable; codes usable from the start come last ascending' },
    EXPIRES_AT: { description: 'When the code expires; codes that never expire come last ascending' },
    USES: { description: 'How often the code was redeemed' },
    CREATED_AT: { description: 'When the code was created' },
  },
});

export const PromotionOrder = OrderByInput(PromotionOrderField, 'Promotion', 'promotion codes');
export type PromotionOrder = InstanceType<typeof PromotionOrder>;
