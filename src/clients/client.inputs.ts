import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { EmailAddressResolver, URLResolver } from 'graphql-scalars';
import { CurrencyScalar } from '../shared/scalars';
import { ClientStatus, ClientType } from './client.entity';
import { AddressInputFields } from './address.inputs';
import { OrderByInput } from '../shared/pagination';

/** CL-3: optional client fields an operator can make required. */
export enum RequiredClientField {
  COMPANY_NAME = 'companyName',
  ADDRESS1 = 'address1',
  CITY = 'city',
  STATE = 'state',
  POSTCODE = 'postcode',
  COUNTRY = 'country',
  PHONE_NUMBER = 'phoneNumber',
  SECURITY_QUESTION = 'securityQuestion',
}
registerEnumType(RequiredClientField, { name: 'RequiredClientField' });

const DECIMAL = /^\d{1,15}(\.\d+)?$/;

/** Profile fields a client may also change about itself. */
@InputType()
export class ClientProfileFields extends AddressInputFields {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 100)
  firstName?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 100)
  lastName?: string;

  @Field(() => ClientType, { nullable: true })
  type?: ClientType;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(200)
  companyName?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(200)
  contactPerson?: string;

  @Field(() => EmailAddressResolver, { nullable: true })
  @IsOptional()
  @MaxLength(254)
  email?: string;

  @Field({ nullable: true, description: 'E.164-like: +, digits, spaces, dots, dashes' })
  @IsOptional()
  @Matches(/^\+?[0-9 .\-()]{4,30}$/, { message: 'phoneNumber must be a phone number' })
  phoneNumber?: string;

  @Field({ nullable: true, description: 'BCP 47 language tag' })
  @IsOptional()
  @Matches(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { message: 'language must be a BCP 47 tag such as en or pt-BR' })
  language?: string;

  @Field({ nullable: true })
  marketingEmailsOptOut?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(200)
  securityQuestion?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200)
  securityAnswer?: string;
}

/** Fields only staff set. */
@InputType()
export class ClientStaffFields extends ClientProfileFields {
  @Field({ nullable: true })
  lateFeeExempt?: boolean;

  @Field({ nullable: true })
  overdueNoticesDisabled?: boolean;

  @Field({ nullable: true })
  taxExempt?: boolean;

  @Field({ nullable: true })
  separateInvoices?: boolean;

  @Field({ nullable: true })
  cardProcessingDisabled?: boolean;

  @Field({ nullable: true })
  statusAutoUpdateDisabled?: boolean;

  @Field({ nullable: true })
  singleSignOnAllowed?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(50)
  defaultPaymentMethod?: string;

  @Field(() => CurrencyScalar, { nullable: true })
  currency?: string;

  @Field(() => ID, { nullable: true })
  groupId?: string | null;

  @Field(() => ID, { nullable: true })
  projectId?: string | null;

  @Field(() => ID, { nullable: true, description: 'CT-3: one of the client\'s contacts' })
  billingContactId?: string | null;

  @Field({ nullable: true, description: 'Staff-only notes' })
  @IsOptional()
  @MaxLength(10000)
  adminNotes?: string;

  @Field({ nullable: true, description: 'Sets a new login password' })
  @IsOptional()
  @Length(8, 200)
  password?: string;
}

@InputType()
export class CreateClientInput extends ClientStaffFields {
  @Field()
  @Length(1, 100)
  override firstName!: string;

  @Field()
  @Length(1, 100)
  override lastName!: string;

  @Field(() => EmailAddressResolver)
  @MaxLength(254)
  override email!: string;

  @Field(() => ClientStatus, { nullable: true, defaultValue: ClientStatus.ACTIVE })
  status?: ClientStatus;

  @Field({ nullable: true, description: 'CL-1: opening credit in the client\'s currency, e.g. "25.00"; recorded in the credit log' })
  @IsOptional()
  @Matches(DECIMAL, { message: 'openingCredit must be a positive decimal amount such as 25.00' })
  openingCredit?: string;
}

@InputType()
export class UpdateClientInput extends ClientStaffFields {}

@InputType()
export class RegisterClientInput extends ClientProfileFields {
  @Field()
  @Length(1, 100)
  override firstName!: string;

  @Field()
  @Length(1, 100)
  override lastName!: string;

  @Field(() => EmailAddressResolver)
  @MaxLength(254)
  override email!: string;

  @Field()
  @Length(8, 200)
  password!: string;

  @Field(() => CurrencyScalar, { nullable: true })
  currency?: string;

  @Field(() => ID, { nullable: true, description: 'Project (brand) signed up through' })
  projectId?: string;
}

@InputType()
export class UpdateProfileInput extends ClientProfileFields {
  @Field({ nullable: true, description: 'New password; requires currentPassword' })
  @IsOptional()
  @Length(8, 200)
  newPassword?: string;

  @Field({ nullable: true, description: 'Required to change the email or the password' })
  @IsOptional()
  @MaxLength(200)
  currentPassword?: string;
}

@InputType()
export class ClientFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field({ nullable: true, description: 'Matches first and/or last name (each word)' })
  name?: string;

  @Field({ nullable: true })
  company?: string;

  @Field({ nullable: true, description: 'Substring of the email' })
  email?: string;

  @Field(() => [ClientStatus], { nullable: true })
  status?: ClientStatus[];

  @Field(() => ID, { nullable: true })
  groupId?: string;

  @Field(() => ID, { nullable: true })
  projectId?: string;

  @Field({ nullable: true, description: 'Free text over name, company, email, phone, city and id' })
  search?: string;
}

/** What clients can be sorted by; the values are Client properties. */
export enum ClientOrderField {
  LAST_NAME = 'lastName',
  FIRST_NAME = 'firstName',
  COMPANY_NAME = 'companyName',
  EMAIL = 'email',
  STATUS = 'status',
  CREDIT_BALANCE = 'creditBalanceMinor',
  CREATED_AT = 'createdAt',
}
registerEnumType(ClientOrderField, {
  name: 'ClientOrderField',
  description: 'What clients can be sorted by',
  valuesConfig: {
    LAST_NAME: { description: 'The last name, alphabetically' },
    FIRST_NAME: { description: 'The first name, alphabetically' },
    COMPANY_NAME: { description: 'The company name, alphabetically; clients without one come last ascending' },
    EMAIL: { description: 'The login email, alphabetically' },
    STATUS: { description: 'The status: Active, Inactive, Closed' },
    CREDIT_BALANCE: { description: 'The credit balance in minor units; compare within one currency' },
    CREATED_AT: { description: 'When the client was created' },
  },
});

export const ClientOrder = OrderByInput(ClientOrderField, 'Client', 'clients');
export type ClientOrder = InstanceType<typeof ClientOrder>;

@InputType()
export class ClientGroupInput {
  @Field()
  @Length(1, 100)
  name!: string;

  // No GraphQL defaults: an update that leaves a field out keeps its value (the entity holds the defaults).
  @Field({ nullable: true, description: 'Hex colour, default #808080' })
  @IsOptional()
  @Matches(/^#[0-9a-fA-F]{6}$/, { message: 'colour must look like #1e90ff' })
  colour?: string;

  @Field({ nullable: true, description: 'Percent, 0-100, at most 2 decimals; default 0' })
  @IsOptional()
  @Matches(/^\d{1,3}(\.\d{1,2})?$/, { message: 'discountPercent must be a number 0-100 with at most 2 decimals' })
  discountPercent?: string;

  @Field({ nullable: true, description: 'Default false' })
  separateInvoices?: boolean;
}

@InputType()
export class ProjectInput {
  @Field()
  @Length(1, 100)
  name!: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(200)
  brandName?: string;

  @Field(() => CurrencyScalar, { nullable: true })
  defaultCurrency?: string;

  @Field(() => EmailAddressResolver, { nullable: true })
  supportEmail?: string;

  @Field(() => URLResolver, { nullable: true })
  logoUrl?: string;
}

@ArgsType()
export class DeleteArgs {
  @Field(() => ID)
  id!: string;
}
