import { Field, InputType } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { CountryCodeScalar } from '../shared/scalars';

/** The postal address fields clients, contacts and payers share (all optional here). */
@InputType()
export class AddressInputFields {
  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(200)
  address1?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(200)
  address2?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(100)
  city?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(100)
  state?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(20)
  postcode?: string;

  @Field(() => CountryCodeScalar, { nullable: true, description: 'ISO 3166-1 alpha-2' })
  country?: string;
}
