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
registerEnumType(EmailCategory, { name: 'EmailCategory', description: 'CT-2: emails of a category go to the client and every contact subscribed to it' });

/** CT-1: a contact person of a client. */
@ObjectType()
@Entity()
export class Contact extends PostalAddress {
  [OptionalProps]?: 'createdAt' | 'emailCategories';

  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Client, { ref: true, deleteRule: 'cascade' })
  @Index()
  client!: Ref<Client>;

  @Field()
  @Property()
  firstName!: string;

  @Field()
  @Property()
  lastName!: string;

  @Field(() => EmailAddressResolver)
  @Property()
  email!: string;

  @Field({ nullable: true })
  @Property({ nullable: true })
  companyName?: string;

  @Field({ nullable: true })
  @Property({ nullable: true })
  phoneNumber?: string;

  @Field(() => [EmailCategory], { description: 'CT-2: email categories this contact receives' })
  @Enum({ items: () => EmailCategory, array: true, default: [] })
  emailCategories: EmailCategory[] = [];

  @Field()
  @Property({ defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
