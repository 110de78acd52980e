import { OptionalProps, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { EmailAddressResolver } from 'graphql-scalars';
import { Client } from './client.entity';
import { PostalAddress } from './postal-address';

/** CT-2: the five categories of email a contact can subscribe to. */
export enum EmailCategory {
  GENERAL = 'general',
  PRODUCT = 'product',
  DOMAIN = 'domain',
  INVOICE = 'invoice',
  SUPPORT = 'support',
}
registerEnumType(EmailCategory, {
  name: 'EmailCategory',
  description: 'A category of email; emails of a category go to the client and to every contact subscribed to it.',
  valuesConfig: {
    GENERAL: { description: 'General announcements and account emails.' },
    PRODUCT: { description: 'Emails about products and services.' },
    DOMAIN: { description: 'Emails about domains.' },
    INVOICE: { description: 'Invoices and payment emails.' },
    SUPPORT: { description: 'Support tickets and replies.' },
  },
});

/** CT-1: a contact person of a client. */
@ObjectType({ description: 'A contact person of a client. Staff see every contact; a client sees its own (its users need the CONTACTS permission).' })
@Entity()
export class Contact extends PostalAddress {
  [OptionalProps]?: 'createdAt' | 'emailCategories';

  @Field(() => ID, { description: 'Unique id of the contact.' })
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Client, { ref: true, deleteRule: 'cascade' })
  @Index()
  client!: Ref<Client>;

  @Field({ description: 'First name.' })
  @Property()
  firstName!: string;

  @Field({ description: 'Last name.' })
  @Property()
  lastName!: string;

  @Field(() => EmailAddressResolver, { description: 'Email address, lower case.' })
  @Property()
  email!: string;

  @Field({ nullable: true, description: 'Company name; null when none.' })
  @Property({ nullable: true })
  companyName?: string;

  @Field({ nullable: true, description: 'Phone number as entered; null when none.' })
  @Property({ nullable: true })
  phoneNumber?: string;

  @Field(() => [EmailCategory], { description: 'Categories of email this contact receives.' })
  @Enum({ items: () => EmailCategory, array: true, default: [] })
  emailCategories: EmailCategory[] = [];

  @Field({ description: 'When the contact was added.' })
  @Property({ defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
