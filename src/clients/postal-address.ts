import { Property } from '@mikro-orm/core';
import { Field, ObjectType, UseMiddleware } from 'type-graphql';
import { CountryCodeScalar } from '../shared/scalars';
import { ClientProfileGuard } from './client-profile.guard';

/**
 * The postal address of clients, contacts and payers: the same columns in
 * each of their tables and the same GraphQL fields (inputs share
 * AddressInputFields). Not an entity; the three entities extend it.
 */
@ObjectType()
@UseMiddleware(ClientProfileGuard)
export abstract class PostalAddress {
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

  @Field(() => CountryCodeScalar, { nullable: true, description: 'ISO 3166-1 alpha-2' })
  @Property({ length: 2, nullable: true })
  country?: string;
}
