import { OptionalProps, Check, Collection, Entity, Enum, Index, ManyToOne, OneToMany, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Authorized, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { EmailAddressResolver } from 'graphql-scalars';
import { CurrencyScalar } from '../shared/scalars';
import { ClientGroup } from './client-group.entity';
import { Project } from './project.entity';
import { Contact, EmailCategory } from './contact.entity';
import { PostalAddress } from './postal-address';
import type { SessionClient } from '../auth/auth-session.entity';

/** CL-5: Active and Inactive clients can log in; Closed clients cannot. */
export enum ClientStatus {
  ACTIVE = 'active',
  INACTIVE = 'inactive',
  CLOSED = 'closed',
}
registerEnumType(ClientStatus, {
  name: 'ClientStatus',
  description: 'Whether a client can log in and whether it has active services.',
  valuesConfig: {
    ACTIVE: { description: 'Can log in; has at least one active service or domain.' },
    INACTIVE: { description: 'Can log in; has no active service or domain.' },
    CLOSED: { description: 'Cannot log in; its data and invoicing of still-active services are kept.' },
  },
});

/** CL-2: a company requires a company name. */
export enum ClientType {
  INDIVIDUAL = 'individual',
  COMPANY = 'company',
}
registerEnumType(ClientType, {
  name: 'ClientType',
  description: 'Whether the client is a person or a company.',
  valuesConfig: {
    INDIVIDUAL: { description: 'A private person.' },
    COMPANY: { description: 'A company; a company name is required.' },
  },
});

@ObjectType({ description: 'A customer account of the hosting company: profile, flags, status and currency. Staff see every client; a client sees only its own account, and its users without the PROFILE permission read only id, status and currency.' })
@Entity()
@Index({ properties: ['lastName', 'firstName'] })
// Substring search (clientWhere: ILIKE '%word%'): only a trigram index serves a leading wildcard.
@Index({ name: 'client_search_trgm', expression: 'create index "client_search_trgm" on "client" using gin ("first_name" gin_trgm_ops, "last_name" gin_trgm_ops, "company_name" gin_trgm_ops, "email" gin_trgm_ops, "phone_number" gin_trgm_ops, "city" gin_trgm_ops)' })
@Check({ name: 'client_credit_balance_not_negative', expression: 'credit_balance_minor >= 0' })
export class Client extends PostalAddress implements SessionClient {
  [OptionalProps]?:
    | 'type' | 'lateFeeExempt' | 'overdueNoticesDisabled' | 'taxExempt' | 'separateInvoices' | 'cardProcessingDisabled'
    | 'marketingEmailsOptOut' | 'statusAutoUpdateDisabled' | 'singleSignOnAllowed' | 'language' | 'status'
    | 'creditBalanceMinor' | 'loginName' | 'createdAt' | 'updatedAt';

  @Field(() => ID, { description: 'Unique id of the client.' })
  @PrimaryKey()
  id!: number;

  @Field(() => ClientType, { description: 'Individual or company.' })
  @Enum({ items: () => ClientType, nativeEnumName: 'client_type', default: ClientType.INDIVIDUAL })
  type: ClientType = ClientType.INDIVIDUAL;

  @Field({ description: 'First name of the client (for a company: of its main person).' })
  @Property()
  firstName!: string;

  @Field({ description: 'Last name of the client (for a company: of its main person).' })
  @Property()
  lastName!: string;

  @Field({ nullable: true, description: 'Company name; always set for a company, optional for an individual.' })
  @Property({ nullable: true })
  @Index()
  companyName?: string;

  @Field({ nullable: true, description: 'Person to contact at a company; null when none was named.' })
  @Property({ nullable: true })
  contactPerson?: string;

  /** Stored lower-cased; unique among clients. */
  @Field(() => EmailAddressResolver, { description: 'Login and contact email, stored lower case; unique among all logins.' })
  @Property({ unique: true })
  email!: string;

  @Property({ nullable: true, hidden: true })
  passwordHash?: string;

  @Field({ nullable: true, description: 'Security question for identifying the client by phone; the answer is never returned.' })
  @Property({ nullable: true })
  securityQuestion?: string;

  @Property({ nullable: true, hidden: true })
  securityAnswerHash?: string;

  @Field({ nullable: true, description: 'Phone number as entered (+, digits, spaces, dots, dashes).' })
  @Property({ nullable: true })
  phoneNumber?: string;

  @Field({ description: 'True when the client is never charged late fees.' })
  @Property({ default: false })
  lateFeeExempt: boolean = false;

  @Field({ description: 'True when the client gets no overdue reminders.' })
  @Property({ default: false })
  overdueNoticesDisabled: boolean = false;

  @Field({ description: 'True when no tax is charged on the client\'s invoices.' })
  @Property({ default: false })
  taxExempt: boolean = false;

  @Field({ description: 'True when each service is invoiced on its own instead of together with others due the same day.' })
  @Property({ default: false })
  separateInvoices: boolean = false;

  @Field({ description: 'True when stored cards are never charged automatically.' })
  @Property({ default: false })
  cardProcessingDisabled: boolean = false;

  @Field({ description: 'True when the client does not want marketing emails.' })
  @Property({ default: false })
  marketingEmailsOptOut: boolean = false;

  /** Issue 15.5: categories of email the client's own address does not receive (shown and set in src/mail). */
  @Enum({ items: () => EmailCategory, array: true, default: [] })
  emailOptOuts?: EmailCategory[];

  @Field({ description: 'True when the status no longer follows the services (staff set it by hand).' })
  @Property({ default: false })
  statusAutoUpdateDisabled: boolean = false;

  @Field({ description: 'True when the client may be logged into connected panels without a second login.' })
  @Property({ default: false })
  singleSignOnAllowed: boolean = false;

  @Field({ nullable: true, description: 'Payment method used for new invoices (a gateway name); null for the operator\'s default.' })
  @Property({ nullable: true })
  defaultPaymentMethod?: string;

  @ManyToOne(() => Contact, { nullable: true, ref: true, deleteRule: 'set null' })
  billingContact?: Ref<Contact>;

  @Field({ description: 'BCP 47 language tag, e.g. "en" or "pt-BR"' })
  @Property({ length: 20, default: 'en' })
  language: string = 'en';

  @Field(() => ClientStatus, { description: 'Active, Inactive or Closed; Closed clients cannot log in.' })
  @Enum({ items: () => ClientStatus, nativeEnumName: 'client_status', default: ClientStatus.ACTIVE })
  @Index()
  status: ClientStatus = ClientStatus.ACTIVE;

  /** CL-5: Closed clients cannot log in, and their sessions stop acting. */
  canLogIn(): boolean {
    return this.status !== ClientStatus.CLOSED;
  }

  @Field(() => CurrencyScalar, { description: 'ISO 4217 currency of the client\'s prices, invoices and credit.' })
  @Property({ length: 3 })
  currency!: string;

  @ManyToOne(() => ClientGroup, { nullable: true, ref: true, deleteRule: 'set null' })
  @Index()
  group?: Ref<ClientGroup>;

  @ManyToOne(() => Project, { nullable: true, ref: true, deleteRule: 'set null' })
  @Index()
  project?: Ref<Project>;

  /** In minor units of `currency`; equals the sum of the credit log (CR-5). */
  @Property({ type: 'bigint', default: 0 })
  creditBalanceMinor: bigint = 0n;

  @Field({ nullable: true, description: 'Notes about the client for staff; staff only. Null when there are none.' })
  @Authorized('STAFF')
  @Property({ type: 'text', nullable: true })
  adminNotes?: string;

  /** CL-14: staff's own mark on the client, a label of the operator's choosing (VIP, problematic, …). */
  @Field({ nullable: true, description: 'Staff\'s mark on the client, such as VIP or problematic; staff only. Null when none.' })
  @Authorized('STAFF')
  @Property({ nullable: true, length: 50 })
  attitude?: string;

  /** CL-14: a phone number staff checked by calling it (fraud protection); the profile's phone is the client's word. */
  @Field({ nullable: true, description: 'A phone number staff have verified belongs to the client; staff only. Null when none is verified.' })
  @Authorized('STAFF')
  @Property({ nullable: true, length: 30 })
  verifiedPhone?: string;

  /** CL-14: a login name other than the email, set by staff; unique among clients. */
  @Property({ nullable: true, length: 100, unique: true })
  customLoginName?: string;

  @Field(() => String, { nullable: true, description: 'Name the client is known by at login: the email unless staff set another; staff only.' })
  @Authorized('STAFF')
  get loginName(): string {
    return this.customLoginName ?? this.email;
  }

  @Field({ description: 'When the client registered or was created.' })
  @Property({ defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field({ nullable: true, description: 'IP address the client signed up from; null when staff created it.' })
  @Property({ nullable: true })
  registrationIp?: string;

  @Field({ description: 'When the client record last changed.' })
  @Property({ defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @OneToMany(() => Contact, (contact) => contact.client)
  contacts = new Collection<Contact>(this);
}
