import { OptionalProps, Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { EmailAddressResolver } from 'graphql-scalars';
import { CountryCodeScalar } from '../shared/scalars';
import { Client } from './client.entity';

/** CT-1: a contact person of a client. */
@ObjectType()
@Entity()
export class Contact {
  [OptionalProps]?: 'createdAt';

  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Client, { ref: true, deleteRule: 'cascade' })
  @Index()
  client!: Ref<Client>;

  @Field()
  @Property()
  firstName!: string;

  @Field()
  @Property()
  lastName!: string;

  @Field(() => EmailAddressResolver)
  @Property()
  email!: string;

  @Field({ nullable: true })
  @Property({ nullable: true })
  companyName?: string;

  @Field({ nullable: true })
  @Property({ nullable: true })
  phoneNumber?: string;

  @Field({ nullable: true })
  @Property({ nullable: true })
  address1?: string;

  @Field({ nullable: true })
  @Property({ nullable: true })
  address2?: string;

  @Field({ nullable: true })
  @Property({ nullable: true })
  city?: string;

  @Field({ nullable: true })
  @Property({ nullable: true })
  state?: string;

  @Field({ nullable: true })
  @Property({ nullable: true })
  postcode?: string;

  @Field(() => CountryCodeScalar, { nullable: true })
  @Property({ length: 2, nullable: true })
  country?: string;

  @Field()
  @Property({ defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
