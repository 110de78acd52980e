import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { IsOptional, Length, Matches, MaxLength } from '../shared/validators';
import { EmailAddressResolver, URLResolver } from 'graphql-scalars';
import { CurrencyScalar } from '../shared/scalars';
import { ClientStatus, ClientType } from './client.entity';
import { AddressInputFields } from './address.inputs';
import { OrderByInput } from '../shared/pagination';

const DECIMAL = /^\d{1,15}(\.\d+)?$/;
const PHONE = /^\+?[0-9 .\-()]{4,30}$/;

/** Profile fields a client may also change about itself. */
@InputType()
export class ClientProfileFields extends AddressInputFields {
  @Field({ nullable: true, description: 'First name (1-100 characters).' })
  @IsOptional()
  @Length(1, 100)
  firstName?: string;

  @Field({ nullable: true, description: 'Last name (1-100 characters).' })
  @IsOptional()
  @Length(1, 100)
  lastName?: string;

  @Field(() => ClientType, { nullable: true, description: 'Individual or company; a company needs a company name.' })
  type?: ClientType;

  @Field({ nullable: true, description: 'Company name (up to 200 characters).' })
  @IsOptional()
  @MaxLength(200)
  companyName?: string;

  @Field({ nullable: true, description: 'Person to contact at a company (up to 200 characters).' })
  @IsOptional()
  @MaxLength(200)
  contactPerson?: string;

  @Field(() => EmailAddressResolver, { nullable: true, description: 'Login and contact email; stored lower case, unique among all logins.' })
  @IsOptional()
  @MaxLength(254)
  email?: string;

  @Field({ nullable: true, description: 'E.164-like: +, digits, spaces, dots, dashes' })
  @IsOptional()
  @Matches(PHONE, { message: 'phoneNumber must be a phone number' })
  phoneNumber?: string;

  @Field({ nullable: true, description: 'BCP 47 language tag' })
  @IsOptional()
  @Matches(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { message: 'language must be a BCP 47 tag such as en or pt-BR' })
  language?: string;

  @Field({ nullable: true, description: 'True: no marketing emails.' })
  marketingEmailsOptOut?: boolean;

  @Field({ nullable: true, description: 'Security question for identifying the client (up to 200 characters).' })
  @IsOptional()
  @MaxLength(200)
  securityQuestion?: string;

  @Field({ nullable: true, description: 'Answer to the security question; stored hashed, never returned.' })
  @IsOptional()
  @Length(1, 200)
  securityAnswer?: string;
}

/** Fields only staff set. */
@InputType()
export class ClientStaffFields extends ClientProfileFields {
  @Field({ nullable: true, description: 'True: never charged late fees.' })
  lateFeeExempt?: boolean;

  @Field({ nullable: true, description: 'True: no overdue reminders.' })
  overdueNoticesDisabled?: boolean;

  @Field({ nullable: true, description: 'True: no tax on the client\'s invoices.' })
  taxExempt?: boolean;

  @Field({ nullable: true, description: 'True: each service is invoiced on its own.' })
  separateInvoices?: boolean;

  @Field({ nullable: true, description: 'True: stored cards are never charged automatically.' })
  cardProcessingDisabled?: boolean;

  @Field({ nullable: true, description: 'True: the status no longer follows the services.' })
  statusAutoUpdateDisabled?: boolean;

  @Field({ nullable: true, description: 'True: the client may be logged into connected panels without a second login.' })
  singleSignOnAllowed?: boolean;

  @Field({ nullable: true, description: 'Payment method for new invoices (a gateway name, up to 50 characters).' })
  @IsOptional()
  @MaxLength(50)
  defaultPaymentMethod?: string;

  @Field(() => CurrencyScalar, { nullable: true, description: 'ISO 4217 currency of the client\'s prices, invoices and credit; cannot change while the client has a credit balance. Default: the project\'s, else the operator\'s default currency.' })
  currency?: string;

  @Field(() => ID, { nullable: true, description: 'Id of the client group; null removes the client from its group.' })
  groupId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Id of the project (brand); null removes the client from its project.' })
  projectId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Id of one of the client\'s own contacts to address invoices to; null addresses them to the client again.' })
  billingContactId?: string | null;

  @Field({ nullable: true, description: 'Staff-only notes' })
  @IsOptional()
  @MaxLength(10000)
  adminNotes?: string;

  @Field(() => String, { nullable: true, description: 'Staff\'s mark on the client, such as VIP or problematic (up to 50 characters); null clears it.' })
  @IsOptional()
  @Length(1, 50)
  attitude?: string | null;

  @Field(() => String, { nullable: true, description: 'A phone number staff have verified belongs to the client; null clears it.' })
  @IsOptional()
  @Matches(PHONE, { message: 'verifiedPhone must be a phone number' })
  verifiedPhone?: string | null;

  @Field(() => String, { nullable: true, description: 'A login name other than the email (3-100 letters, digits and . _ @ -), unique among clients; null goes back to the email.' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9._@-]{3,100}$/, { message: 'loginName must be 3-100 letters, digits or . _ @ -' })
  loginName?: string | null;

  @Field({ nullable: true, description: 'Sets a new login password' })
  @IsOptional()
  @Length(8, 200)
  password?: string;
}

@InputType({ description: 'A new client, created by staff.' })
export class CreateClientInput extends ClientStaffFields {
  @Field({ description: 'First name (1-100 characters).' })
  @Length(1, 100)
  override firstName!: string;

  @Field({ description: 'Last name (1-100 characters).' })
  @Length(1, 100)
  override lastName!: string;

  @Field(() => EmailAddressResolver, { description: 'Login and contact email; stored lower case, unique among all logins.' })
  @MaxLength(254)
  override email!: string;

  @Field(() => ClientStatus, { nullable: true, defaultValue: ClientStatus.ACTIVE, description: 'Initial status; default Active.' })
  status?: ClientStatus;

  @Field({ nullable: true, description: 'Opening credit in the client\'s currency as a decimal string, e.g. "25.00"; recorded as the first line of the credit log.' })
  @IsOptional()
  @Matches(DECIMAL, { message: 'openingCredit must be a positive decimal amount such as 25.00' })
  openingCredit?: string;
}

@InputType({ description: 'Changes to a client made by staff; fields left out keep their value.' })
export class UpdateClientInput extends ClientStaffFields {}

@InputType({ description: 'A client signing up. The operator\'s required fields apply (see the requiredClientFields query).' })
export class RegisterClientInput extends ClientProfileFields {
  @Field({ description: 'First name (1-100 characters).' })
  @Length(1, 100)
  override firstName!: string;

  @Field({ description: 'Last name (1-100 characters).' })
  @Length(1, 100)
  override lastName!: string;

  @Field(() => EmailAddressResolver, { description: 'Login email; stored lower case, unique among all logins.' })
  @MaxLength(254)
  override email!: string;

  @Field({ description: 'Login password, 8-200 characters.' })
  @Length(8, 200)
  password!: string;

  @Field(() => CurrencyScalar, { nullable: true, description: 'ISO 4217 currency; default the project\'s, else the operator\'s default currency.' })
  currency?: string;

  @Field(() => ID, { nullable: true, description: 'Project (brand) signed up through' })
  projectId?: string;
}

@InputType({ description: 'Changes a client makes to its own profile; fields left out keep their value.' })
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

@InputType({ description: 'Criteria for the client list; a client must match all given ones.' })
export class ClientFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these clients.' })
  ids?: string[];

  @Field({ nullable: true, description: 'Matches first and/or last name (each word)' })
  name?: string;

  @Field({ nullable: true, description: 'Substring of the company name.' })
  company?: string;

  @Field({ nullable: true, description: 'Substring of the email' })
  email?: string;

  @Field(() => [ClientStatus], { nullable: true, description: 'Only clients with one of these statuses.' })
  status?: ClientStatus[];

  @Field(() => ID, { nullable: true, description: 'Only members of this client group.' })
  groupId?: string;

  @Field(() => ID, { nullable: true, description: 'Only clients of this project.' })
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

@InputType({ description: 'A client group; on update, fields left out keep their value.' })
export class ClientGroupInput {
  @Field({ description: 'Unique name of the group (1-100 characters).' })
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

@InputType({ description: 'A project (brand) with its defaults.' })
export class ProjectInput {
  @Field({ description: 'Unique name of the project (1-100 characters).' })
  @Length(1, 100)
  name!: string;

  @Field({ nullable: true, description: 'Brand name shown to the project\'s clients (up to 200 characters).' })
  @IsOptional()
  @MaxLength(200)
  brandName?: string;

  @Field(() => CurrencyScalar, { nullable: true, description: 'ISO 4217 currency for new clients of this project.' })
  defaultCurrency?: string;

  @Field(() => EmailAddressResolver, { nullable: true, description: 'Support address shown to the project\'s clients.' })
  supportEmail?: string;

  @Field(() => URLResolver, { nullable: true, description: 'URL of the project\'s logo.' })
  logoUrl?: string;
}

@ArgsType()
export class DeleteArgs {
  @Field(() => ID, { description: 'Id of the record to delete.' })
  id!: string;
}
