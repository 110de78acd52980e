import { BeforeCreate, BeforeUpdate, Property, type EventArgs } from '@mikro-orm/core';
import { badInput } from '../shared/errors';
import { normaliseSubdivision } from '../shared/subdivisions';
import { Field, ObjectType } from 'type-graphql';
import { CountryCodeScalar } from '../shared/scalars';

/**
 * The postal address of clients, contacts and payers: the same columns in
 * each of their tables and the same GraphQL fields (inputs share
 * AddressInputFields). Not an entity; the three entities extend it.
 * States are kept as ISO 3166-2 subdivision codes (issue 11.12), checked
 * here for every writer, so tax rules by state always match.
 */
@ObjectType()
export abstract class PostalAddress {
  @Field({ nullable: true, description: 'First street address line.' })
  @Property({ nullable: true })
  address1?: string;

  @Field({ nullable: true, description: 'Second street address line (building, floor, c/o).' })
  @Property({ nullable: true })
  address2?: string;

  @Field({ nullable: true, description: 'City or town.' })
  @Property({ nullable: true })
  city?: string;

  @Field({ nullable: true, description: 'State or province: the ISO 3166-2 subdivision code without the country (QC for CA-QC)' })
  @Property({ nullable: true })
  state?: string;

  @Field({ nullable: true, description: 'Postal code, as written in the country.' })
  @Property({ nullable: true })
  postcode?: string;

  @Field(() => CountryCodeScalar, { nullable: true, description: 'ISO 3166-1 alpha-2' })
  @Property({ length: 2, nullable: true })
  country?: string;

  @BeforeCreate()
  @BeforeUpdate()
  normaliseState(args: EventArgs<PostalAddress>): void {
    // Rows written before states were codes are checked when their address changes, not on every other update.
    const changed = args.changeSet?.payload;
    if (changed && !('state' in changed) && !('country' in changed)) return;
    const result = normaliseSubdivision(this.country, this.state);
    if (!result.ok) throw badInput('state', result.problem, 'INVALID_FORMAT');
    this.state = result.state ?? undefined;
    if (changed && 'state' in changed) (changed as Record<string, unknown>).state = this.state ?? null;
  }
}
