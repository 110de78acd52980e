import { OptionalProps, Check, Collection, Entity, Enum, Index, ManyToOne, OneToMany, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Authorized, Field, ID, ObjectType, UseMiddleware, registerEnumType } from 'type-graphql';
import { EmailAddressResolver } from 'graphql-scalars';
import { CurrencyScalar } from '../shared/scalars';
import { ClientGroup } from './client-group.entity';
import { Project } from './project.entity';
import { Contact } from './contact.entity';
import { PostalAddress } from './postal-address';
import { ClientProfileGuard } from './client-profile.guard';

/** CL-5: Active and Inactive clients can log in; Closed clients cannot. */
export enum ClientStatus {
  ACTIVE = 'active',
  INACTIVE = 'inactive',
  CLOSED = 'closed',
}
registerEnumType(ClientStatus, { name: 'ClientStatus' });

/** CL-2: a company requires a company name. */
export enum ClientType {
  INDIVIDUAL = 'individual',
  COMPANY = 'company',
}
registerEnumType(ClientType, { name: 'ClientType' });

@ObjectType()
@UseMiddleware(ClientProfileGuard)
@Entity()
@Index({ properties: ['lastName', 'firstName'] })
@Check({ name: 'client_credit_balance_not_negative', expression: 'credit_balance_minor >= 0' })
export class Client extends PostalAddress {
  [OptionalProps]?:
    | 'type' | 'lateFeeExempt' | 'overdueNoticesDisabled' | 'taxExempt' | 'separateInvoices' | 'cardProcessingDisabled'
    | 'marketingEmailsOptOut' | 'statusAutoUpdateDisabled' | 'singleSignOnAllowed' | 'language' | 'status'
    | 'creditBalanceMinor' | 'createdAt' | 'updatedAt';

  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @Field(() => ClientType)
  @Enum({ items: () => ClientType, nativeEnumName: 'client_type', default: ClientType.INDIVIDUAL })
  type: ClientType = ClientType.INDIVIDUAL;

  @Field()
  @Property()
  firstName!: string;

  @Field()
  @Property()
  lastName!: string;

  @Field({ nullable: true })
  @Property({ nullable: true })
  @Index()
  companyName?: string;

  @Field({ nullable: true, description: 'CL-2: contact person named for a company' })
  @Property({ nullable: true })
  contactPerson?: string;

  /** Stored lower-cased; unique among clients. */
  @Field(() => EmailAddressResolver)
  @Property({ unique: true })
  email!: string;

  @Property({ nullable: true, hidden: true })
  passwordHash?: string;

  @Field({ nullable: true })
  @Property({ nullable: true })
  securityQuestion?: string;

  @Property({ nullable: true, hidden: true })
  securityAnswerHash?: string;

  @Field({ nullable: true })
  @Property({ nullable: true })
  phoneNumber?: string;

  @Field({ description: 'CL-1: never charged late fees' })
  @Property({ default: false })
  lateFeeExempt: boolean = false;

  @Field({ description: 'CL-1: no overdue reminders' })
  @Property({ default: false })
  overdueNoticesDisabled: boolean = false;

  @Field()
  @Property({ default: false })
  taxExempt: boolean = false;

  @Field()
  @Property({ default: false })
  separateInvoices: boolean = false;

  @Field()
  @Property({ default: false })
  cardProcessingDisabled: boolean = false;

  @Field()
  @Property({ default: false })
  marketingEmailsOptOut: boolean = false;

  @Field({ description: 'CL-5: when true the status no longer follows the services' })
  @Property({ default: false })
  statusAutoUpdateDisabled: boolean = false;

  @Field()
  @Property({ default: false })
  singleSignOnAllowed: boolean = false;

  @Field({ nullable: true })
  @Property({ nullable: true })
  defaultPaymentMethod?: string;

  @ManyToOne(() => Contact, { nullable: true, ref: true, deleteRule: 'set null' })
  billingContact?: Ref<Contact>;

  @Field({ description: 'BCP 47 language tag, e.g. "en" or "pt-BR"' })
  @Property({ length: 20, default: 'en' })
  language: string = 'en';

  @Field(() => ClientStatus)
  @Enum({ items: () => ClientStatus, nativeEnumName: 'client_status', default: ClientStatus.ACTIVE })
  @Index()
  status: ClientStatus = ClientStatus.ACTIVE;

  @Field(() => CurrencyScalar, { description: 'ISO 4217' })
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

  @Field({ nullable: true, description: 'Staff only' })
  @Authorized('STAFF')
  @Property({ type: 'text', nullable: true })
  adminNotes?: string;

  @Field({ description: 'CL-2: registration date' })
  @Property({ defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field({ nullable: true, description: 'CL-2: IP the client registered from (self sign-up)' })
  @Property({ nullable: true })
  registrationIp?: string;

  @Field()
  @Property({ defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @OneToMany(() => Contact, (contact) => contact.client)
  contacts = new Collection<Contact>(this);
}
