import { Field, InputType } from 'type-graphql';
import { Length, MaxLength } from 'class-validator';
import { EmailAddressResolver } from 'graphql-scalars';

/** What every new login (a staff member, a client user) is created with. */
@InputType()
export abstract class NewLoginFields {
  @Field(() => EmailAddressResolver)
  @MaxLength(254)
  email!: string;

  @Field()
  @Length(1, 100)
  firstName!: string;

  @Field()
  @Length(1, 100)
  lastName!: string;

  @Field()
  @Length(12, 200)
  password!: string;
}
