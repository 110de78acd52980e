import { Field, InputType } from 'type-graphql';
import { Length, MaxLength } from '../shared/validators';
import { EmailAddressResolver } from 'graphql-scalars';

/** What every new login (a staff member, a client user) is created with. */
@InputType()
export abstract class NewLoginFields {
  @Field(() => EmailAddressResolver, { description: 'Login email; stored lower case, unique among all logins.' })
  @MaxLength(254)
  email!: string;

  @Field({ description: 'First name (1-100 characters).' })
  @Length(1, 100)
  firstName!: string;

  @Field({ description: 'Last name (1-100 characters).' })
  @Length(1, 100)
  lastName!: string;

  @Field({ description: 'Login password, 12-200 characters.' })
  @Length(12, 200)
  password!: string;
}
