import { OptionalProps, Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/** Issue 4.3: a group of products as the catalog shows them (e.g. "Shared hosting"). */
@ObjectType({ description: 'A group of products as shown in the catalog (e.g. "Shared hosting").' })
@Entity()
export class ProductGroup {
  [OptionalProps]?: 'description' | 'sortOrder' | 'hidden' | 'createdAt';

  @Field(() => ID, { description: 'Unique id of the group.' })
  @PrimaryKey()
  id!: number;

  @Field({ description: 'Name of the group.' })
  @Property()
  name!: string;

  @Field({ description: 'Description shown in the catalog; empty when none.' })
  @Property({ type: 'text', default: '' })
  description: string = '';

  @Field(() => Int, { description: 'Display order (ascending, then id)' })
  @Property({ default: 0 })
  sortOrder: number = 0;

  @Field({ description: 'Hidden groups and their products are not in the public catalog' })
  @Property({ default: false })
  hidden: boolean = false;

  @Field({ description: 'When the group was created.' })
  @Property({ defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
