import { Field, ID, InputType } from 'type-graphql';
import { IsOptional, Length } from 'class-validator';
import { JSONObjectResolver } from 'graphql-scalars';
import { ProductType } from './product.entity';

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
