import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { IsOptional, Length, Max, Min, ValidateNested } from '../shared/validators';
import { BillingCycle } from './billing-cycle';
import { CurrencyScalar } from '../shared/scalars';
import { PayType } from './product.entity';
import { PromotionAppliesTo, PromotionType } from './promotion.entity';
import { ConfigOptionType } from './config-option.entity';
import { PriceInput } from './pricing';
import { OrderByInput } from '../shared/pagination';

/** Also a service's options (orders, upgrades, staff edits). */
@InputType({ description: 'The value chosen for one configurable option of a product.' })
export class CartConfigOptionInput {
  @Field(() => ID, { description: 'Id of the configurable option.' })
  optionId!: string;

  @Field(() => ID, { nullable: true, description: 'Dropdown options: id of the choice; the first choice when omitted.' })
  choiceId?: string;

  @Field(() => Int, { nullable: true, description: 'Quantity options: how many units; the option\'s minimum when omitted.' })
  @IsOptional()
  @Min(0)
  @Max(100000)
  quantity?: number;
}

@InputType({ description: 'A product group; every field is replaced.' })
export class ProductGroupInput {
  @Field({ description: 'Name of the group (1-200 characters).' })
  @Length(1, 200)
  name!: string;

  @Field({ nullable: true, description: 'Description shown in the catalog.' })
  @IsOptional()
  @Length(0, 10000)
  description?: string;

  @Field(() => Int, { nullable: true, description: 'Display order (ascending); default 0.' })
  sortOrder?: number;

  @Field({ nullable: true, description: 'True: the group and its products are not in the public catalog. Default false.' })
  hidden?: boolean;
}

@InputType({ description: 'A predefined addon; every field is replaced.' })
export class AddonInput {
  @Field({ description: 'Name shown to clients and on invoices (1-200 characters).' })
  @Length(1, 200)
  name!: string;

  @Field({ nullable: true, description: 'Description shown to clients.' })
  @IsOptional()
  @Length(0, 10000)
  description?: string;

  @Field(() => PayType, { description: 'Free, one-time or recurring; the prices must fit it.' })
  payType!: PayType;

  @Field(() => [PriceInput], { defaultValue: [], description: 'Prices per currency and cycle; replaces all prices of the addon.' })
  prices!: PriceInput[];

  @Field(() => [ID], { defaultValue: [], description: 'The products it applies to' })
  productIds!: string[];

  @Field({ nullable: true, description: 'Default true' })
  clientOrderable?: boolean;

  @Field({ nullable: true, description: 'True: not offered in the public catalog. Default false.' })
  hidden?: boolean;
}

@InputType({ description: 'A promotion code; every field is replaced.' })
export class PromotionInput {
  @Field({ description: 'Letters, digits, - and _; unique without regard to case' })
  @Length(1, 50)
  code!: string;

  @Field(() => PromotionType, { description: 'A percentage or a fixed amount off.' })
  type!: PromotionType;

  @Field({ description: 'PERCENT: a percentage above 0 and at most 100 with up to 2 decimals; FIXED: an amount above 0 in `currency`' })
  value!: string;

  @Field(() => CurrencyScalar, { nullable: true, description: 'FIXED only: a defined currency' })
  currency?: string;

  @Field(() => PromotionAppliesTo, { description: 'The first payment only, or every renewal too.' })
  appliesTo!: PromotionAppliesTo;

  @Field(() => [ID], { defaultValue: [], description: 'Restrict to these products; empty for all' })
  productIds!: string[];

  @Field(() => [BillingCycle], { defaultValue: [], description: 'Restrict to these cycles; empty for all' })
  cycles!: BillingCycle[];

  @Field({ nullable: true, description: 'Usable from this moment; null for at once.' })
  startsAt?: Date;

  @Field({ nullable: true, description: 'Usable until this moment; null for no end.' })
  expiresAt?: Date;

  @Field(() => Int, { nullable: true, description: 'Null for unlimited' })
  @IsOptional()
  @Min(1)
  maxUses?: number;

  @Field(() => Int, { nullable: true, description: 'How many orders of one client may use the code; null for no limit per client.' })
  @IsOptional()
  @Min(1)
  maxUsesPerClient?: number;
}

@InputType({ description: 'The prices of a TLD for one registration period.' })
export class TldYearPriceInput {
  @Field(() => Int, { description: '1-10' })
  years!: number;

  @Field({ description: 'Price of a registration for that many years, as a decimal string in the currency.' })
  register!: string;

  @Field({ nullable: true, description: 'Null when transfers are not offered' })
  transfer?: string;

  @Field({ description: 'Price of a renewal for that many years, as a decimal string in the currency.' })
  renew!: string;
}

@InputType({ description: 'The prices of one TLD in one currency; replaces the existing ones (an empty list removes them).' })
export class TldPricingInput {
  @Field({ description: 'e.g. ".com"; stored lower case' })
  @Length(2, 63)
  tld!: string;

  @Field(() => CurrencyScalar, { description: 'An operator-defined currency (ISO 4217).' })
  currency!: string;

  @Field(() => [TldYearPriceInput], { description: 'One entry per registration period offered.' })
  prices!: TldYearPriceInput[];
}

@InputType({ description: 'One choice of a dropdown option with its prices.' })
export class ConfigChoiceInput {
  @Field({ description: 'Name of the choice (1-200 characters).' })
  @Length(1, 200)
  name!: string;

  @Field(() => [PriceInput], { defaultValue: [], description: 'Prices per currency and cycle, added to the product\'s price.' })
  prices!: PriceInput[];
}

@InputType({ description: 'A configurable option: a dropdown of priced choices or a quantity at a unit price.' })
export class ConfigOptionInput {
  @Field({ description: 'Name of the option (1-200 characters).' })
  @Length(1, 200)
  name!: string;

  @Field(() => ConfigOptionType, { description: 'Dropdown or quantity.' })
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
  @ValidateNested({ each: true })
  choices!: ConfigChoiceInput[];

  @Field(() => [PriceInput], { defaultValue: [], description: 'QUANTITY: the price of one unit' })
  unitPrices!: PriceInput[];
}

@InputType({ description: 'A configurable option group; every field, options included, is replaced.' })
export class ConfigOptionGroupInput {
  @Field({ description: 'Name of the group (1-200 characters).' })
  @Length(1, 200)
  name!: string;

  @Field({ nullable: true, description: 'Description shown to clients.' })
  @IsOptional()
  @Length(0, 10000)
  description?: string;

  @Field(() => [ID], { defaultValue: [], description: 'The products it is attached to' })
  productIds!: string[];

  @Field(() => [ConfigOptionInput], { defaultValue: [], description: 'The options, in display order.' })
  @ValidateNested({ each: true })
  options!: ConfigOptionInput[];
}

/** Issue 4.3: the promotions list; every given field narrows it. */
@InputType({ description: 'Criteria for the promotion list; a promotion must match all given ones.' })
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
