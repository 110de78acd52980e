import { Field, InputType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length, MaxLength, ValidateNested } from '../shared/validators';
import { EmailAddressResolver } from 'graphql-scalars';
import { ClientPermission } from '../auth/client-permission';
import { EmailCategory } from './contact.entity';
import { AddressInputFields } from './address.inputs';

/** CT-4: turns a contact into a sub-account: a login with the contact's email and a permission set. */
@InputType({ description: 'The login of a contact: it logs in with the contact\'s email and the permissions given here.' })
export class SubAccountInput {
  @Field({ nullable: true, description: 'Required when the contact becomes a sub-account; optional to change it later' })
  @IsOptional()
  @Length(12, 200)
  password?: string;

  @Field(() => [ClientPermission], { nullable: true, description: 'Areas of the client account the contact may see and change; required when the contact becomes a sub-account.' })
  @IsOptional()
  @ArrayMaxSize(20)
  permissions?: ClientPermission[];

  @Field({ nullable: true, description: 'False blocks the login and ends its sessions; default true.' })
  active?: boolean;
}

@InputType()
export class ContactFields extends AddressInputFields {
  @Field({ nullable: true, description: 'Company name (up to 200 characters).' })
  @IsOptional()
  @MaxLength(200)
  companyName?: string;

  @Field({ nullable: true, description: 'Phone number: +, digits, spaces, dots, dashes.' })
  @IsOptional()
  @MaxLength(50)
  phoneNumber?: string;

  @Field(() => [EmailCategory], { nullable: true, description: 'Categories of email this contact receives; replaces the current ones.' })
  @IsOptional()
  @ArrayMaxSize(5)
  emailCategories?: EmailCategory[];

  @Field({ nullable: true, description: 'True makes this the client\'s billing contact (invoices are addressed to it); false stops it being one.' })
  billingContact?: boolean;

  @Field(() => SubAccountInput, { nullable: true, description: 'Gives the contact a login, or changes it. Only the account holder or staff.' })
  @ValidateNested()
  subAccount?: SubAccountInput;
}

@InputType({ description: 'A new contact of a client.' })
export class CreateContactInput extends ContactFields {
  @Field({ description: 'First name (required).' })
  @Length(1, 100)
  firstName!: string;

  @Field({ description: 'Last name (required).' })
  @Length(1, 100)
  lastName!: string;

  @Field(() => EmailAddressResolver, { description: 'Email address (required).' })
  @MaxLength(254)
  email!: string;
}

@InputType({ description: 'Changes to a contact; fields left out keep their value.' })
export class UpdateContactInput extends ContactFields {
  @Field({ nullable: true, description: 'First name.' })
  @IsOptional()
  @Length(1, 100)
  firstName?: string;

  @Field({ nullable: true, description: 'Last name.' })
  @IsOptional()
  @Length(1, 100)
  lastName?: string;

  @Field(() => EmailAddressResolver, { nullable: true, description: 'Email address; for a sub-account also its login.' })
  @IsOptional()
  @MaxLength(254)
  email?: string;

  @Field({ nullable: true, description: 'True removes the contact\'s login. Only the account holder or staff.' })
  removeSubAccount?: boolean;
}
