import { OptionalProps, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { JSONObjectResolver } from 'graphql-scalars';
import { ServerGroup } from '../provisioning/server-group.entity';

export enum ProductType {
  HOSTING = 'hosting',
  RESELLER = 'reseller',
  SERVER = 'server',
  DOMAIN = 'domain',
  OTHER = 'other',
}
registerEnumType(ProductType, { name: 'ProductType' });

/**
 * A product, minimal for now: what it is, which module provisions it with
 * which options, and which server group its services go to. The catalog
 * (pricing, groups, configurable options) completes it.
 */
@ObjectType()
@Entity()
export class Product {
  [OptionalProps]?: 'productOptions' | 'createdAt' | 'updatedAt';

  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @Field()
  @Property()
  @Index()
  name!: string;

  @Field(() => ProductType)
  @Enum({ items: () => ProductType, nativeEnumName: 'product_type' })
  type!: ProductType;

  @Field({ nullable: true, description: 'Provisioning module name; null for a product without automation' })
  @Property({ nullable: true })
  module?: string;

  @Field(() => JSONObjectResolver, { description: 'Validated against the module\'s productOptionsSchema' })
  @Property({ type: 'json', default: '{}' })
  productOptions: Record<string, unknown> = {};

  @ManyToOne(() => ServerGroup, { nullable: true, ref: true, deleteRule: 'set null' })
  @Index()
  serverGroup?: Ref<ServerGroup>;

  @Field()
  @Property({ defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field()
  @Property({ defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
