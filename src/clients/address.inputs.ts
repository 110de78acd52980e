import { Field, InputType } from 'type-graphql';
import { IsOptional, MaxLength } from '../shared/validators';
import { CountryCodeScalar } from '../shared/scalars';

/** The postal address fields clients, contacts and payers share (all optional here). */
@InputType()
export class AddressInputFields {
  @Field({ nullable: true, description: 'First street address line.' })
  @IsOptional()
  @MaxLength(200)
  address1?: string;

  @Field({ nullable: true, description: 'Second street address line (building, floor, c/o).' })
  @IsOptional()
  @MaxLength(200)
  address2?: string;

  @Field({ nullable: true, description: 'City or town.' })
  @IsOptional()
  @MaxLength(100)
  city?: string;

  @Field({ nullable: true, description: 'State or province: the ISO 3166-2 subdivision code without the country (QC for CA-QC) or its name; stored as the code.' })
  @IsOptional()
  @MaxLength(100)
  state?: string;

  @Field({ nullable: true, description: 'Postal code, as written in the country.' })
  @IsOptional()
  @MaxLength(20)
  postcode?: string;

  @Field(() => CountryCodeScalar, { nullable: true, description: 'ISO 3166-1 alpha-2' })
  country?: string;
}
