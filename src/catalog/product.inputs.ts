import { Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, Length, Max, Min } from '../shared/validators';
import { JSONObjectResolver } from 'graphql-scalars';
import { PayType, ProductType } from './product.entity';
import { PriceInput } from './pricing';

@InputType()
export class ProductFields {
  @Field({ nullable: true, description: 'Name shown to clients and on invoices (1-200 characters).' })
  @IsOptional()
  @Length(1, 200)
  name?: string;

  @Field(() => ProductType, { nullable: true, description: 'What kind of product it is.' })
  type?: ProductType;

  @Field(() => String, { nullable: true, description: 'A loaded provisioning module; null for none' })
  module?: string | null;

  @Field(() => JSONObjectResolver, { nullable: true, description: 'Per the module\'s productOptionsSchema' })
  productOptions?: Record<string, unknown>;

  @Field(() => ID, { nullable: true, description: 'Id of the server group new services are placed in; null for none.' })
  serverGroupId?: string | null;

  @Field({ nullable: true, description: 'Description shown in the catalog.' })
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

  @Field({ nullable: true, description: 'True: stock limits how many can be ordered.' })
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

  @Field(() => Boolean, { nullable: true, description: 'Whether paying an order\'s invoices sets this product up at once; null follows the operator\'s setting.' })
  acceptOnPayment?: boolean | null;

  @Field({ nullable: true, description: 'True: not listed in the public catalog.' })
  hidden?: boolean;

  @Field({ nullable: true, description: 'True: no longer sold; existing services keep the product.' })
  retired?: boolean;

  @Field(() => Int, { nullable: true, description: 'Display order within its group (ascending).' })
  sortOrder?: number;

  @Field(() => [ID], { nullable: true, description: 'Replaces the products this one may be upgraded to (not itself)' })
  upgradeTargetIds?: string[];
}

@InputType({ description: 'A new product.' })
export class CreateProductInput extends ProductFields {
  @Field({ description: 'Name shown to clients and on invoices (1-200 characters).' })
  @Length(1, 200)
  override name!: string;

  @Field(() => ProductType, { description: 'What kind of product it is.' })
  override type!: ProductType;
}

@InputType({ description: 'Changes to a product; fields left out keep their value.' })
export class UpdateProductInput extends ProductFields {}
