import { Field, InputType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length, MaxLength } from 'class-validator';
import { EmailAddressResolver } from 'graphql-scalars';
import { ClientPermission } from '../auth/client-permission';
import { EmailCategory } from './contact.entity';
import { AddressInputFields } from './address.inputs';

/** CT-4: turns a contact into a sub-account: a login with the contact's email and a permission set. */
@InputType()
export class SubAccountInput {
  @Field({ nullable: true, description: 'Required when the contact becomes a sub-account; optional to change it later' })
  @IsOptional()
  @Length(12, 200)
  password?: string;

  @Field(() => [ClientPermission], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  permissions?: ClientPermission[];

  @Field({ nullable: true })
  active?: boolean;
}

@InputType()
export class ContactFields extends AddressInputFields {
  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(200)
  companyName?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(50)
  phoneNumber?: string;

  @Field(() => [EmailCategory], { nullable: true, description: 'CT-2: the categories this contact receives' })
  @IsOptional()
  @ArrayMaxSize(5)
  emailCategories?: EmailCategory[];

  @Field({ nullable: true, description: 'CT-3: make (true) or stop making (false) this the client\'s billing contact' })
  billingContact?: boolean;

  @Field(() => SubAccountInput, { nullable: true, description: 'CT-4: give the contact a login (account holder or staff only)' })
  subAccount?: SubAccountInput;
}

@InputType()
export class CreateContactInput extends ContactFields {
  @Field()
  @Length(1, 100)
  firstName!: string;

  @Field()
  @Length(1, 100)
  lastName!: string;

  @Field(() => EmailAddressResolver)
  @MaxLength(254)
  email!: string;
}

@InputType()
export class UpdateContactInput extends ContactFields {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 100)
  firstName?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 100)
  lastName?: string;

  @Field(() => EmailAddressResolver, { nullable: true })
  @IsOptional()
  @MaxLength(254)
  email?: string;

  @Field({ nullable: true, description: 'CT-4: remove the contact\'s login (account holder or staff only)' })
  removeSubAccount?: boolean;
}
