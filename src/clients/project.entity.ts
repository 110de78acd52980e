import { OptionalProps, Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { EmailAddressResolver, URLResolver } from 'graphql-scalars';
import { CurrencyScalar } from '../shared/scalars';

/** CL-11: a project (brand) a client belongs to, with its own branding and currency defaults. */
@ObjectType({ description: 'A project (brand) clients belong to, with its own branding and currency defaults. Staff list and manage projects; a client can read its own.' })
@Entity()
export class Project {
  [OptionalProps]?: 'createdAt';

  @Field(() => ID, { description: 'Unique id of the project.' })
  @PrimaryKey()
  id!: number;

  @Field({ description: 'Unique name of the project.' })
  @Property({ unique: true })
  name!: string;

  @Field({ nullable: true, description: 'Brand name shown to clients of this project' })
  @Property({ nullable: true })
  brandName?: string;

  @Field(() => CurrencyScalar, { nullable: true, description: 'ISO 4217 default currency for new clients' })
  @Property({ length: 3, nullable: true })
  defaultCurrency?: string;

  @Field(() => EmailAddressResolver, { nullable: true, description: 'Support address shown to the project\'s clients; null when none.' })
  @Property({ nullable: true })
  supportEmail?: string;

  @Field(() => URLResolver, { nullable: true, description: 'URL of the project\'s logo; null when none.' })
  @Property({ nullable: true })
  logoUrl?: string;

  @Field({ description: 'When the project was created.' })
  @Property({ defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
