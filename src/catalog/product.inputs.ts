import { Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, Length, Max, Min } from 'class-validator';
import { JSONObjectResolver } from 'graphql-scalars';
import { PayType, ProductType } from './product.entity';
import { PriceInput } from './pricing';

@InputType()
export class ProductFields {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200)
  name?: string;

  @Field(() => ProductType, { nullable: true })
  type?: ProductType;

  @Field(() => String, { nullable: true, description: 'A loaded provisioning module; null for none' })
  module?: string | null;

  @Field(() => JSONObjectResolver, { nullable: true, description: 'Per the module\'s productOptionsSchema' })
  productOptions?: Record<string, unknown>;

  @Field(() => ID, { nullable: true })
  serverGroupId?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @Length(0, 10000)
  description?: string;

  @Field(() => PayType, { nullable: true, description: 'Default FREE' })
  payType?: PayType;

  @Field(() => [PriceInput], { nullable: true, description: 'Replaces all prices of the product; must fit the pay type' })
  prices?: PriceInput[];

  @Field(() => ID, { nullable: true, description: 'Product group; null for none' })
  groupId?: string | null;

  @Field(() => String, { nullable: true, description: 'Welcome email template; null for none' })
  @IsOptional()
  @Length(0, 100000)
  welcomeEmail?: string | null;

  @Field({ nullable: true })
  stockControl?: boolean;

  @Field(() => Int, { nullable: true, description: 'Units left (with stockControl); null for unlimited' })
  @IsOptional()
  @Min(0)
  stock?: number | null;

  @Field(() => Int, { nullable: true, description: 'Fixed term in days; null for none' })
  @IsOptional()
  @Min(1)
  @Max(36500)
  autoTerminateDays?: number | null;

  @Field({ nullable: true })
  hidden?: boolean;

  @Field({ nullable: true })
  retired?: boolean;

  @Field(() => Int, { nullable: true })
  sortOrder?: number;

  @Field(() => [ID], { nullable: true, description: 'Replaces the products this one may be upgraded to (not itself)' })
  upgradeTargetIds?: string[];
}

@InputType()
export class CreateProductInput extends ProductFields {
  @Field()
  @Length(1, 200)
  override name!: string;

  @Field(() => ProductType)
  override type!: ProductType;
}

@InputType()
export class UpdateProductInput extends ProductFields {}
