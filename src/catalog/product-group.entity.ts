import { OptionalProps, Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/** Issue 4.3: a group of products as the catalog shows them (e.g. "Shared hosting"). */
@ObjectType()
@Entity()
export class ProductGroup {
  [OptionalProps]?: 'description' | 'sortOrder' | 'hidden' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @Field()
  @Property()
  name!: string;

  @Field()
  @Property({ type: 'text', default: '' })
  description: string = '';

  @Field(() => Int, { description: 'Display order (ascending, then id)' })
  @Property({ default: 0 })
  sortOrder: number = 0;

  @Field({ description: 'Hidden groups and their products are not in the public catalog' })
  @Property({ default: false })
  hidden: boolean = false;

  @Field()
  @Property({ defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
